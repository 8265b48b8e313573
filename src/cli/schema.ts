import type { JsonSchemaName } from "../schemas/json-schema.js";
import { EXIT, type ExitCode } from "./exit.js";
import { type Io, write } from "./terminal.js";

/** Every schema the package ships, by name (checked against the library's list at compile time). */
const NAMES = [
  "announcement", "announcement-extraction", "quote", "quote-field", "ai-role", "announcement-time", "chinese-party", "clarification", "company", "country-code", "domain-name", "entity", "entity-kind", "instrument", "iso-instant",
  "outlet", "ownership", "page-location", "prior-relation", "question", "record-id", "registry-data", "russian-control", "russian-party", "source", "source-kind",
  "add-report", "audit-record", "announcement-evaluation", "criterion-verdict", "evidence", "input-issue", "reason", "resolution", "resolver-state", "result-failure", "review-item",
  "series-resolution", "unplaced-item",
] as const satisfies readonly JsonSchemaName[];
const EVERY_NAME_LISTED: [JsonSchemaName] extends [(typeof NAMES)[number]] ? true : never = true;
void EVERY_NAME_LISTED;

/**
 * The JSON Schemas `schema` can print, by name: every schema the package ships as
 * `ai-partnership-rules/schemas/<name>.schema.json`, inputs (`announcement`, `question`, …) and
 * outputs (`resolution`, `series-resolution`, …), each built on demand from `jsonSchemas()` (so
 * that `--help` does not build them).
 *
 * @example
 * ```ts
 * (await JSON_SCHEMAS.resolution.build()).$schema; // "https://json-schema.org/draft/2020-12/schema"
 * ```
 */
export const JSON_SCHEMAS = Object.fromEntries(
  NAMES.map((name) => [
    name,
    {
      describes: `the schema shipped as ai-partnership-rules/schemas/${name}.schema.json`,
      build: async (): Promise<Record<string, unknown>> => {
        const { jsonSchemas } = await import("../index.js");
        return jsonSchemas()[name] as Record<string, unknown>;
      },
    },
  ]),
) as { readonly [K in (typeof NAMES)[number]]: { readonly describes: string; readonly build: () => Promise<Record<string, unknown>> } };

/**
 * The name of a schema in {@link JSON_SCHEMAS}.
 *
 * @example
 * ```ts
 * const name: SchemaName = "announcement";
 * ```
 */
export type SchemaName = keyof typeof JSON_SCHEMAS;

/**
 * `schema`: prints a JSON Schema (draft 2020-12), `announcement` by default.
 *
 * @example
 * ```ts
 * await runSchema("announcement", io);
 * ```
 */
export async function runSchema(name: SchemaName, io: Io): Promise<ExitCode> {
  await write(io.stdout, JSON.stringify(await JSON_SCHEMAS[name].build(), null, 2) + "\n");
  return EXIT.ok;
}
