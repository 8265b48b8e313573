import { z } from "zod";
import { Question } from "../models/question.js";
import type { AuditRecord } from "../audit/record.js";
import { Count, OutputInstant, named, typedAs } from "./defs.js";
import { ReadingsZod } from "./resolver.js";

/** A SHA-256 digest in lower-case hex. */
const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

/** {@link AuditRecordSchema} as zod types it: the type test proves its data is that of `AuditRecord`. @internal */
export const AuditRecordZod = named(
  "AuditRecord",
  "What a resolution was made by and over, enough to reproduce it and to prove that a published resolution is the one an input gives (docs/audit.md says how each digest is computed).",
  z.strictObject({
    format: z.literal("ai-partnership-rules/audit@1").meta({ description: "The record's format and its version: `ai-partnership-rules/audit@1`." }),
    libraryVersion: z.string().meta({ description: "The version of ai-partnership-rules that resolved." }),
    rulesDigest: Sha256Hex.meta({ description: "SHA-256 (hex) of `JSON.stringify({ clauses: CLAUSES, reasonCodes: REASON_CODES })`: a change of a clause's wording or of the reason codes changes it." }),
    registry: z
      .strictObject({
        version: z.string().meta({ description: "The registry's version (every extension of the built-in registry without its own is `<version>+custom`)." }),
        digest: Sha256Hex.meta({ description: "SHA-256 (hex) of the registry's content: its version and its tables of companies, entities and outlets as validated." }),
      })
      .meta({ description: "The registry the parties and sources were looked up in." }),
    readings: ReadingsZod.meta({ description: "Every reading applied, defaults included." }),
    asOf: OutputInstant.meta({ description: "The instant resolved as of." }),
    question: Question.meta({ description: "The question as validated, its window bounds filled in (R.window)." }),
    announcements: z
      .strictObject({
        count: Count.meta({ description: "How many announcements the resolution is made over (those added; not those rejected)." }),
        digest: Sha256Hex.meta({ description: "MuHash3072 digest (hex) of their canonical texts: the same whatever their order, or how they were split into chunks or shards." }),
      })
      .meta({ description: "The announcements, as validated, by count and digest." }),
    clarifications: z.array(z.number().int().min(0)).optional().meta({ description: "Numbers of the question's clarifications the resolution applied, when it applied any; absent otherwise. What they fix is in readings and in the registry's version and digest." }),
    inputDigest: Sha256Hex.meta({ description: "SHA-256 (hex) of the canonical JSON of `question`, `asOf`, `readings`, `registry` and `announcements` (and `clarifications` when present), in that order." }),
  }),
);

/**
 * The JSON form of an `AuditRecord`: what a resolution was made by and over. Named
 * `AuditRecordSchema` because `AuditRecord` is the TypeScript type.
 *
 * @example
 * ```ts
 * const audit = AuditRecordSchema.parse(JSON.parse(stored).audit);
 * console.log(audit.libraryVersion, audit.registry.digest, audit.inputDigest);
 * ```
 */
export const AuditRecordSchema: z.ZodType<AuditRecord> = typedAs(AuditRecordZod);
