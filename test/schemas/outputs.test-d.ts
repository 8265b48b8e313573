/**
 * The output schemas cannot drift from the output types: the data each schema accepts (`z.infer`
 * of the schema as zod types it; for a resolver state, `z.input`, the form `merge` takes) and the
 * data the TypeScript type allows are mutually assignable, once both are read as JSON reads them
 * (a property that may be `undefined` may as well be absent, and nothing is readonly). The
 * exported `…Schema` is the same schema typed by the interface. Compiled by `npm run typecheck`.
 */
import { describe, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import type {
  AddReport,
  AnnouncementEvaluation,
  AuditRecord,
  CriterionVerdict,
  Evidence,
  InputIssue,
  Reason,
  Resolution,
  ResolverState,
  Result,
  ReviewItem,
  SeriesResolution,
  UnplacedItem,
} from "../../src/index.js";
import { ResolutionSchema, ResolverStateSchema, ResultFailureSchema } from "../../src/index.js";
import { InputIssueZod, ResultFailureZod } from "../../src/schemas/issues.js";
import { ResolutionZod, ReviewItemZod, SeriesResolutionZod, UnplacedItemZod } from "../../src/schemas/resolutions.js";
import { AddReportZod, ResolverStateZod } from "../../src/schemas/resolver.js";
import { AuditRecordZod } from "../../src/schemas/audit.js";
import { AnnouncementEvaluationZod, CriterionVerdictZod, EvidenceZod, ReasonZod } from "../../src/schemas/verdicts.js";

/** Keys of `T` whose value may be `undefined`. */
type MaybeUndefinedKeys<T> = { [K in keyof T]-?: undefined extends T[K] ? K : never }[keyof T];

/** `T` as JSON carries it: no readonly, and a key that may hold `undefined` is optional. */
type AsJson<T> = T extends readonly (infer U)[]
  ? AsJson<U>[]
  : T extends object
    ? { -readonly [K in Exclude<keyof T, MaybeUndefinedKeys<T>>]: AsJson<T[K]> } & { -readonly [K in MaybeUndefinedKeys<T>]?: AsJson<Exclude<T[K], undefined>> }
    : T;

/** `true` when each of `A` and `B` is assignable to the other, else `false`. */
type Mutual<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** `true` when the schema's data and the type's are the same JSON. */
type Same<Data, Type> = Mutual<AsJson<Data>, AsJson<Type>>;

type Failure = Extract<Result<unknown>, { success: false }>;

describe("each output schema accepts exactly its type's data", () => {
  it("verdicts and evaluations", () => {
    const reason: Same<z.infer<typeof ReasonZod>, Reason> = true;
    const evidence: Same<z.infer<typeof EvidenceZod>, Evidence> = true;
    const verdict: Same<z.infer<typeof CriterionVerdictZod>, CriterionVerdict> = true;
    const evaluation: Same<z.infer<typeof AnnouncementEvaluationZod>, AnnouncementEvaluation> = true;
    void [reason, evidence, verdict, evaluation];
  });

  it("resolutions", () => {
    const review: Same<z.infer<typeof ReviewItemZod>, ReviewItem> = true;
    const unplaced: Same<z.infer<typeof UnplacedItemZod>, UnplacedItem> = true;
    const resolution: Same<z.infer<typeof ResolutionZod>, Resolution> = true;
    const series: Same<z.infer<typeof SeriesResolutionZod>, SeriesResolution> = true;
    const audit: Same<z.infer<typeof AuditRecordZod>, AuditRecord> = true;
    void [review, unplaced, resolution, series, audit];
  });

  it("issues, failures, and a resolver's state and add report", () => {
    const issue: Same<z.infer<typeof InputIssueZod>, InputIssue> = true;
    const failure: Same<z.infer<typeof ResultFailureZod>, Failure> = true;
    const state: Same<z.input<typeof ResolverStateZod>, ResolverState> = true;
    const report: Same<z.infer<typeof AddReportZod>, AddReport> = true;
    void [issue, failure, state, report];
  });

  it("exports each schema typed by its interface: parse returns the library's own type", () => {
    expectTypeOf(ResolutionSchema.parse).returns.toEqualTypeOf<Resolution>();
    expectTypeOf(ResolverStateSchema.parse).returns.toEqualTypeOf<ResolverState>();
    expectTypeOf(ResultFailureSchema.parse).returns.toEqualTypeOf<Failure>();
  });

  it("catches drift: a field missing, a field too many, a wider enum, a required field made optional", () => {
    // @ts-expect-error: the schema lacks a field of the type
    const missing: Same<z.infer<ReturnType<typeof ResolutionZod.omit<{ rejected: true }>>>, Resolution> = true;
    // @ts-expect-error: the schema has a field the type lacks
    const extra: Same<z.infer<ReturnType<typeof ReviewItemZod.extend<{ note: z.ZodString }>>>, ReviewItem> = true;
    // @ts-expect-error: the schema takes an outcome the type does not
    const wider: Same<z.infer<ReturnType<typeof ResolutionZod.extend<{ outcome: z.ZodString }>>>, Resolution> = true;
    // @ts-expect-error: the schema lets out a field the type always has
    const optional: Same<z.infer<ReturnType<typeof ResolutionZod.partial>>, Resolution> = true;
    void [missing, extra, wider, optional];
  });
});
