/**
 * ai-partnership-rules: typed, pure, explainable resolution of the question series
 * "Will <Chinese company> publicly announce a formal AI partnership with a Russian entity before
 * 2027-01-01T00:00:00Z?".
 *
 * @packageDocumentation
 */

// Models: zod schemas with their inferred types.
export { Announcement, AiRole, ChineseParty, Instrument, PriorRelation, Quote, QuoteField, RussianParty, Source } from "./models/announcement.js";
export { AI_ACTIVITIES, CLAUSES, CLAUSE_IDS, type AiActivity, type ClauseId } from "./models/clause.js";
export { CountryCode, DomainName, Ownership, PageLocation, RecordId } from "./models/common.js";
export { Company } from "./models/company.js";
export { Entity, EntityKind, RussianControl } from "./models/entity.js";
export { Outlet, SourceKind } from "./models/outlet.js";
export { DEFAULT_DEADLINE, DEFAULT_WINDOW_START, Question, type QuestionInput } from "./models/question.js";
export { Clarification } from "./models/clarification.js";
export { AnnouncementTime, IsoInstant } from "./models/time.js";
export { CHECKS_OUTSIDE_JSON_SCHEMA, type CheckOutsideJsonSchema } from "./models/formats.js";

// The extraction profile: announcements as language models fill them in.
export { AnnouncementExtraction, announcementExtractionJsonSchema } from "./models/extraction.js";
export { fromExtraction, toExtraction, type FromExtractionOptions } from "./extraction/convert.js";

// Criteria: one evaluator per criterion, and their combination.
export { evaluateCompany } from "./criteria/company.js";
export { evaluateRussianEntity } from "./criteria/russian-entity.js";
export { evaluateAiScope } from "./criteria/ai-scope.js";
export { evaluateFormality } from "./criteria/formality.js";
export { evaluatePublicity } from "./criteria/publicity.js";
export { evaluateTiming } from "./criteria/timing.js";
export { evaluateAnnouncement, type AnnouncementEvaluation, type AnnouncementStatus } from "./criteria/announcement.js";
export { DEFAULT_READINGS, type EvaluationContext, type Readings } from "./criteria/context.js";
export type { CriterionName, CriterionStatus, CriterionVerdict, Evidence, Reason, ReasonParams } from "./criteria/verdict.js";
export { REASON_CODES, type ReasonCode } from "./criteria/reason-codes.js";

// Resolution.
export {
  resolve,
  resolveSeries,
  safeResolve,
  safeResolveSeries,
  type Outcome,
  type Resolution,
  type ResolveInput,
  type ResolveSeriesInput,
  type ReviewItem,
  type SeriesResolution,
  type UnplacedItem,
} from "./resolve.js";

// Clarifications: which apply to a resolution, and what changed between two resolutions.
export {
  clarificationsInForce,
  type AppliedClarification,
  type ClarificationsInForce,
  type ClarificationsInForceOptions,
  type ReadingConflict,
  type ReadingName,
} from "./clarifications/in-force.js";
export { diffResolutions, type AnnouncementChange, type Cause, type Change, type CriterionChange, type ResolutionDiff, type SetChange, type Standing } from "./diff/diff.js";
export { diffSeries, type SeriesDiff } from "./diff/series.js";

// The engine: announcements validated once, and the incremental resolver.
export { parseAnnouncements, safeParseAnnouncements, type AnnouncementBatch } from "./engine/batch.js";
export type { AuditRecord } from "./audit/record.js";
export { verifyResolution, type AuditDifference, type AuditDifferenceField, type ResolutionVerification } from "./audit/verify.js";
export { LIBRARY_VERSION } from "./version.js";
export { createResolver, safeCreateResolver, type AddReport, type Resolver, type ResolverOptions, type ResolverState } from "./engine/resolver.js";

// Registries: data the criteria consult.
export { BUILTIN_REGISTRY_VERSION, SERIES_COMPANY_IDS, builtinRegistry } from "./registry/builtin.js";
export {
  RegistryData,
  createRegistry,
  extendRegistry,
  safeCreateRegistry,
  safeExtendRegistry,
  type HostMatch,
  type NameLookup,
  type Registry,
  type Resemblance,
} from "./registry/registry.js";
export { SOURCE_TRUST } from "./registry/trust.js";
export { normalizeName, type NormalizedName } from "./registry/normalize.js";

// Adapters.
export { formatResolutionMarkdown } from "./report/markdown.js";

// Limits of one call to a safe entry point.
export { LIMITS } from "./engine/limits.js";

// Input problems.
export { INPUT_ISSUE_CODES, InputError, isInputError, type InputIssue, type InputIssueCode, type Result } from "./issues.js";

// Schemas of the outputs (zod, named `<Type>Schema`), and JSON Schema of every input and output.
export { AnnouncementEvaluationSchema, CriterionVerdictSchema, EvidenceSchema, ReasonSchema } from "./schemas/verdicts.js";
export { ResolutionSchema, ReviewItemSchema, SeriesResolutionSchema, UnplacedItemSchema } from "./schemas/resolutions.js";
export { AuditRecordSchema } from "./schemas/audit.js";
export { InputIssueSchema, ResultFailureSchema } from "./schemas/issues.js";
export { AddReportSchema, ResolverStateSchema } from "./schemas/resolver.js";
export { jsonSchemas, type JsonSchemaName } from "./schemas/json-schema.js";

// Platform adapters: a resolution as each platform's resolution value and note.
export type { HumanReviewAction, HumanReviewReason, PlatformAction, SubmitAction, WaitAction } from "./platforms/actions.js";
export { toMetaculus, type MetaculusAction } from "./platforms/metaculus.js";
export { toManifold, type ManifoldAction } from "./platforms/manifold.js";
export { toKalshi, type KalshiAction } from "./platforms/kalshi.js";
export { UMA_ANCILLARY_DATA_LIMIT, UMA_YES_OR_NO_PRICES, toUmaPrice, type UmaAction, type UmaOptions } from "./platforms/uma.js";
