import { z } from "zod";
import { AiRole, Announcement, ChineseParty, Instrument, PriorRelation, Quote, QuoteField, RussianParty, Source } from "../models/announcement.js";
import { AnnouncementExtraction } from "../models/extraction.js";
import { CountryCode, DomainName, Ownership, PageLocation, RecordId } from "../models/common.js";
import { Company } from "../models/company.js";
import { Entity, EntityKind, RussianControl } from "../models/entity.js";
import { Outlet, SourceKind } from "../models/outlet.js";
import { Question } from "../models/question.js";
import { Clarification } from "../models/clarification.js";
import { AnnouncementTime, IsoInstant } from "../models/time.js";
import { RegistryData } from "../registry/registry.js";
import { deepFreeze } from "../freeze.js";
import { LIBRARY_VERSION } from "../version.js";
import { OUTPUT_DEFS } from "./defs.js";
import { InputIssueSchema, ResultFailureSchema } from "./issues.js";
import { AuditRecordSchema } from "./audit.js";
import { ResolutionSchema, ReviewItemSchema, SeriesResolutionSchema, UnplacedItemSchema } from "./resolutions.js";
import { AddReportSchema, ResolverStateSchema } from "./resolver.js";
import { AnnouncementEvaluationSchema, CriterionVerdictSchema, EvidenceSchema, ReasonSchema } from "./verdicts.js";

/** The package's version, which every schema's `$id` carries (a test keeps it equal to package.json's). @internal */
export const PACKAGE_VERSION = LIBRARY_VERSION;

/** Where the published schema files live: the package's `dist/schemas/` at this version, on unpkg. @internal */
export const SCHEMA_BASE_URI = `https://unpkg.com/ai-partnership-rules@${PACKAGE_VERSION}/dist/schemas/`;

/** Every input model, by schema name, with the name it is exported under. */
const INPUTS = {
  announcement: ["Announcement", Announcement],
  "announcement-extraction": ["AnnouncementExtraction", AnnouncementExtraction],
  quote: ["Quote", Quote],
  "quote-field": ["QuoteField", QuoteField],
  "ai-role": ["AiRole", AiRole],
  "announcement-time": ["AnnouncementTime", AnnouncementTime],
  "chinese-party": ["ChineseParty", ChineseParty],
  clarification: ["Clarification", Clarification],
  company: ["Company", Company],
  "country-code": ["CountryCode", CountryCode],
  "domain-name": ["DomainName", DomainName],
  entity: ["Entity", Entity],
  "entity-kind": ["EntityKind", EntityKind],
  instrument: ["Instrument", Instrument],
  "iso-instant": ["IsoInstant", IsoInstant],
  outlet: ["Outlet", Outlet],
  ownership: ["Ownership", Ownership],
  "page-location": ["PageLocation", PageLocation],
  "prior-relation": ["PriorRelation", PriorRelation],
  question: ["Question", Question],
  "record-id": ["RecordId", RecordId],
  "registry-data": ["RegistryData", RegistryData],
  "russian-control": ["RussianControl", RussianControl],
  "russian-party": ["RussianParty", RussianParty],
  source: ["Source", Source],
  "source-kind": ["SourceKind", SourceKind],
} as const satisfies Partial<Record<JsonSchemaName, readonly [string, z.ZodType]>>;

/**
 * Every output, by schema name, with its name in `$defs` and the form it is converted in: what
 * the library returns (`output`), except a resolver state, which `merge` also takes back.
 */
const OUTPUTS = {
  "add-report": ["AddReport", AddReportSchema, "output"],
  "audit-record": ["AuditRecord", AuditRecordSchema, "output"],
  "announcement-evaluation": ["AnnouncementEvaluation", AnnouncementEvaluationSchema, "output"],
  "criterion-verdict": ["CriterionVerdict", CriterionVerdictSchema, "output"],
  evidence: ["Evidence", EvidenceSchema, "output"],
  "input-issue": ["InputIssue", InputIssueSchema, "output"],
  reason: ["Reason", ReasonSchema, "output"],
  resolution: ["Resolution", ResolutionSchema, "output"],
  "resolver-state": ["ResolverState", ResolverStateSchema, "input"],
  "result-failure": ["ResultFailure", ResultFailureSchema, "output"],
  "review-item": ["ReviewItem", ReviewItemSchema, "output"],
  "series-resolution": ["SeriesResolution", SeriesResolutionSchema, "output"],
  "unplaced-item": ["UnplacedItem", UnplacedItemSchema, "output"],
} as const satisfies Partial<Record<JsonSchemaName, readonly [string, z.ZodType, "input" | "output"]>>;

/**
 * The name of one JSON Schema the package ships: an input model (`announcement`, `question`,
 * `registry-data`, …) or an output (`resolution`, `series-resolution`,
 * `announcement-evaluation`, `criterion-verdict`, `input-issue`, `result-failure`,
 * `resolver-state`, `add-report`, …). It is also the file's name in the package:
 * `ai-partnership-rules/schemas/<name>.schema.json`.
 *
 * @example
 * ```ts
 * const name: JsonSchemaName = "series-resolution";
 * const file = `ai-partnership-rules/schemas/${name}.schema.json`;
 * ```
 */
export type JsonSchemaName =
  | "announcement"
  | "announcement-extraction"
  | "quote"
  | "quote-field"
  | "ai-role"
  | "announcement-time"
  | "chinese-party"
  | "clarification"
  | "company"
  | "country-code"
  | "domain-name"
  | "entity"
  | "entity-kind"
  | "instrument"
  | "iso-instant"
  | "outlet"
  | "ownership"
  | "page-location"
  | "prior-relation"
  | "question"
  | "record-id"
  | "registry-data"
  | "russian-control"
  | "russian-party"
  | "source"
  | "source-kind"
  | "add-report"
  | "audit-record"
  | "announcement-evaluation"
  | "criterion-verdict"
  | "evidence"
  | "input-issue"
  | "reason"
  | "resolution"
  | "resolver-state"
  | "result-failure"
  | "review-item"
  | "series-resolution"
  | "unplaced-item";

// Every name has a schema, input or output (checked at compile time).
type Covered = keyof typeof INPUTS | keyof typeof OUTPUTS;
const EVERY_NAME_HAS_A_SCHEMA: [JsonSchemaName] extends [Covered] ? true : never = true;
void EVERY_NAME_HAS_A_SCHEMA;

type Json = z.core.JSONSchema.JSONSchema;

let built: { readonly [K in JsonSchemaName]: Json } | undefined;

/**
 * The JSON Schema (draft 2020-12) of every input model and every output of the library, by name:
 * the same documents the package ships as `ai-partnership-rules/schemas/<name>.schema.json`,
 * for hosts in other languages (a Python bot, a Rust service, a store of resolutions) to
 * validate what they send and what they get back.
 *
 * Each is self-contained: `$schema`, an `$id` naming the package version
 * (`https://unpkg.com/ai-partnership-rules@<version>/dist/schemas/<name>.schema.json`), a
 * `title`, a description on every property (citing the clause IDs it concerns), and the parts
 * an output shares (`CriterionVerdict`, `Reason`, `ClauseId`, …) once each under `$defs`.
 * Inputs are in `io: "input"` form (fields with a default are optional), as
 * `z.toJSONSchema(model, { io: "input" })` gives them; outputs describe what the library returns
 * (a resolver state in input form, since `merge` takes it back). Every object is closed
 * (`additionalProperties: false`): validate an output with the schemas of the version that made
 * it. The checks JSON Schema cannot carry are listed in `CHECKS_OUTSIDE_JSON_SCHEMA`.
 *
 * Built once, on the first call; the record and every schema in it are frozen.
 *
 * @example
 * ```ts
 * import { Ajv2020 } from "ajv/dist/2020.js";
 *
 * const schemas = jsonSchemas();
 * schemas.resolution.$id; // "https://unpkg.com/ai-partnership-rules@0.1.0/dist/schemas/resolution.schema.json"
 * const valid = new Ajv2020().compile(schemas["series-resolution"]);
 * valid(JSON.parse(body)); // true for anything resolveSeries returns
 * ```
 */
export function jsonSchemas(): { readonly [K in JsonSchemaName]: Json } {
  return (built ??= deepFreeze(build()));
}

function build(): { [K in JsonSchemaName]: Json } {
  const out = {} as { [K in JsonSchemaName]: Json };
  for (const [name, [title, model]] of Object.entries(INPUTS) as [JsonSchemaName, readonly [string, z.ZodType]][]) {
    out[name] = document(name, { title, ...z.toJSONSchema(model, { io: "input" }) });
  }
  const parts = {
    output: z.toJSONSchema(OUTPUT_DEFS, { io: "output", uri: (id) => `#/$defs/${id}` }).schemas,
    input: z.toJSONSchema(OUTPUT_DEFS, { io: "input", uri: (id) => `#/$defs/${id}` }).schemas,
  };
  for (const [name, [def, , io]] of Object.entries(OUTPUTS) as [JsonSchemaName, readonly [string, z.ZodType, "input" | "output"]][]) {
    const all = parts[io];
    const defs: Record<string, Json> = {};
    for (const used of referenced(all[def], all, new Set([def])).sort()) {
      const { $schema, $id, ...part } = all[used] as Json;
      defs[used] = part;
    }
    out[name] = document(name, { ...(all[def] as Json), $defs: defs });
  }
  return out;
}

/** A schema as a document of its own: `$schema`, its `$id`, `title` and `description` first. */
function document(name: JsonSchemaName, json: Json): Json {
  const { $schema, $id, title, description, ...rest } = json;
  return { $schema, $id: `${SCHEMA_BASE_URI}${name}.schema.json`, ...(title === undefined ? {} : { title }), ...(description === undefined ? {} : { description }), ...rest };
}

/** The names of the parts `node` refers to (`#/$defs/<name>`), and those they refer to in turn. */
function referenced(node: unknown, all: Record<string, Json>, seen: Set<string>): string[] {
  const found: string[] = [];
  const stack: unknown[] = [node];
  while (stack.length > 0) {
    const n = stack.pop();
    if (typeof n !== "object" || n === null) continue;
    const ref = (n as { $ref?: unknown }).$ref;
    if (typeof ref === "string" && ref.startsWith("#/$defs/")) {
      const name = ref.slice("#/$defs/".length);
      if (!seen.has(name)) {
        seen.add(name);
        found.push(name);
        stack.push(all[name]);
      }
    }
    for (const v of Object.values(n)) stack.push(v);
  }
  return found;
}
