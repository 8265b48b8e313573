import { z } from "zod";
import { Announcement } from "./models/announcement.js";
import type { ClauseId } from "./models/clause.js";
import { Question, type QuestionInput } from "./models/question.js";
import { IsoInstant } from "./models/time.js";
import { type AnnouncementEvaluation, type SharedVerdicts, evaluatePrepared, sharedVerdicts } from "./criteria/announcement.js";
import { DEFAULT_READINGS, type PreparedContext, type Readings, prepareContext, toEpoch } from "./criteria/context.js";
import { type ChineseFacts, type RussianFacts, chineseFacts, linkTo, russianFacts } from "./criteria/parties.js";
import { publishedBy } from "./criteria/publicity.js";
import type { CriterionName } from "./criteria/verdict.js";
import { type InputIssue, InputError, type Result, formatPath, fromZodIssues } from "./issues.js";
import { builtinRegistry, SERIES_COMPANY_IDS } from "./registry/builtin.js";
import type { Registry } from "./registry/registry.js";
import { formatInstant, toTimeSpan } from "./time/interval.js";

/**
 * The outcome of a question:
 * - `YES`: a qualifying announcement exists (Q.yes);
 * - `NO`: `asOf` is at or past the deadline and nothing qualifies or needs review (Q.no);
 * - `PENDING`: before the deadline, nothing qualifies yet and nothing needs review;
 * - `NEEDS_REVIEW`: nothing qualifies, but some announcement has criteria a human must settle.
 *
 * @example
 * ```ts
 * const o: Outcome = "PENDING";
 * ```
 */
export type Outcome = "YES" | "NO" | "PENDING" | "NEEDS_REVIEW";

/**
 * One announcement a human must look at, with the criteria to settle and why.
 *
 * @example
 * ```ts
 * for (const r of resolution.needsReview) console.log(r.announcementId, r.criteria.map((c) => c.criterion));
 * ```
 */
export interface ReviewItem {
  readonly announcementId: string;
  readonly criteria: readonly { readonly criterion: CriterionName; readonly clauses: readonly ClauseId[]; readonly summary: string }[];
}

/**
 * The resolution of one question as of `asOf`, with the deciding evidence and the reasons.
 * `evaluations` covers every known announcement whose Chinese party is, or may be, the
 * question's company (sorted by id; with `evaluations: "decisive"` only those that qualify or
 * need review); announcements by unrelated companies are only counted in `unrelated`, and those
 * not yet known at `asOf` are listed in `notYetKnown`.
 *
 * @example
 * ```ts
 * const r = resolve({ question: { companyId: "alibaba" }, announcements, asOf: "2026-11-23T00:00:00Z" });
 * if (r.outcome === "YES") console.log(r.deciding?.announcementId, r.deciding?.at);
 * ```
 */
export interface Resolution {
  readonly questionId: string | undefined;
  readonly companyId: string;
  readonly companyName: string;
  readonly outcome: Outcome;
  readonly clauses: readonly ClauseId[];
  readonly summary: string;
  readonly asOf: string;
  readonly windowStart: string;
  readonly deadline: string;
  readonly registryVersion: string;
  /** The earliest qualifying announcement (R.multiple), when the outcome is YES. */
  readonly deciding: { readonly announcementId: string; readonly at: string; readonly evaluation: AnnouncementEvaluation } | undefined;
  /** Ids of every qualifying announcement, earliest first. */
  readonly qualifying: readonly string[];
  readonly needsReview: readonly ReviewItem[];
  readonly evaluations: readonly AnnouncementEvaluation[];
  /** How many related announcements do not qualify (listed in `evaluations` unless only decisive ones are kept). */
  readonly notQualifying: number;
  readonly unrelated: number;
  readonly notYetKnown: readonly string[];
}

/**
 * What {@link resolve} takes: the question, the announcements, the instant to resolve as of
 * (always passed in, never read from the clock), optionally a registry (the built-in one by
 * default) and readings that differ from {@link DEFAULT_READINGS}.
 *
 * @example
 * ```ts
 * const input: ResolveInput = { question: { companyId: "baidu" }, announcements: [], asOf: "2027-01-02T00:00:00Z" };
 * ```
 */
export interface ResolveInput {
  readonly question: QuestionInput;
  readonly announcements: readonly Announcement[];
  readonly asOf: string | Date | number;
  readonly registry?: Registry;
  readonly readings?: Partial<Readings>;
  /**
   * Which evaluations the resolution keeps: `all` related ones (default), or only the
   * `decisive` ones (those that qualify or need review), which bounds memory on large inputs;
   * the others are then only counted in `notQualifying`.
   */
  readonly evaluations?: "all" | "decisive";
}

/**
 * What {@link resolveSeries} takes: like {@link ResolveInput}, with several questions (by
 * default one per company of the built-in series).
 *
 * @example
 * ```ts
 * const input: ResolveSeriesInput = { questions: [{ companyId: "baidu" }, { companyId: "huawei" }], announcements: [], asOf: "2026-06-01T00:00:00Z" };
 * ```
 */
export interface ResolveSeriesInput extends Omit<ResolveInput, "question"> {
  readonly questions?: readonly QuestionInput[];
}

/**
 * The resolutions of several questions over one set of announcements.
 *
 * @example
 * ```ts
 * const s = resolveSeries({ announcements, asOf: "2026-11-23T00:00:00Z" });
 * for (const r of s.resolutions) console.log(r.companyName, r.outcome);
 * ```
 */
export interface SeriesResolution {
  readonly asOf: string;
  readonly registryVersion: string;
  readonly resolutions: readonly Resolution[];
}

const MAX_ANNOUNCEMENTS = 1_000_000;

const RegistryShape = z.custom<Registry>(
  (v) => typeof v === "object" && v !== null && typeof (v as Registry).getCompany === "function" && typeof (v as Registry).matchHost === "function",
  { message: "expected a registry made by createRegistry() or extendRegistry()" },
);
const AsOf = z.union([
  IsoInstant,
  z.date().refine((d) => Number.isFinite(d.getTime()), { message: "invalid Date" }),
  z.number().finite().min(-8.64e15, "epoch milliseconds out of the Date range").max(8.64e15, "epoch milliseconds out of the Date range"),
]);
const ReadingsShape = z
  .strictObject({
    straddlingTime: z.enum(["undetermined", "earliest", "latest"]),
    ownSubsidiaryControl: z.enum(["majority", "wholly-owned"]),
    unrecognizedSource: z.enum(["undetermined", "not-met"]),
  })
  .partial();
const ResolveOptions = {
  announcements: z.array(Announcement).max(MAX_ANNOUNCEMENTS),
  asOf: AsOf,
  registry: RegistryShape.optional(),
  readings: ReadingsShape.optional(),
  evaluations: z.enum(["all", "decisive"]).optional(),
};
const ResolveInputSchema = z.strictObject({ question: Question, ...ResolveOptions });
const ResolveSeriesInputSchema = z.strictObject({ questions: z.array(Question).max(10_000).optional(), ...ResolveOptions });

function companyIssues(registry: Registry, questions: readonly { companyId: string }[], prefix: (i: number) => (string | number)[]): InputIssue[] {
  const issues: InputIssue[] = [];
  questions.forEach((q, i) => {
    if (registry.getCompany(q.companyId) !== undefined) return;
    const segments = [...prefix(i), "companyId"];
    issues.push({ path: formatPath(segments), segments, code: "unknown-company", message: `\`${q.companyId}\` is not a company in registry ${registry.version}` });
  });
  return issues;
}

/**
 * Resolves one question without ever throwing on bad data: the input is validated first, and
 * every problem comes back with its path (`announcements[3].sources[0].url: invalid URL`);
 * nothing is resolved from partly valid input.
 *
 * @example
 * ```ts
 * const r = safeResolve(JSON.parse(body));
 * if (!r.success) for (const i of r.issues) console.log(`${i.path}: ${i.message}`);
 * else console.log(r.data.outcome);
 * ```
 */
export function safeResolve(input: unknown): Result<Resolution> {
  const parsed = ResolveInputSchema.safeParse(input);
  if (!parsed.success) return { success: false, issues: fromZodIssues(parsed.error.issues) };
  const d = parsed.data;
  const registry = d.registry ?? builtinRegistry;
  const issues = companyIssues(registry, [d.question], () => ["question"]);
  if (issues.length > 0) return { success: false, issues };
  return { success: true, data: resolveValid(d.question, d.announcements, d.asOf, registry, d.readings, d.evaluations ?? "all") };
}

/**
 * Resolves one question as of `asOf`. Validates the input like {@link safeResolve} and throws
 * an {@link InputError} listing every problem when it is invalid.
 *
 * @example
 * ```ts
 * const r = resolve({
 *   question: { companyId: "alibaba" },
 *   announcements: [
 *     { id: "a1", announcedAt: "2026-03-02T10:00:00+03:00", chineseParty: { name: "Alibaba Cloud" },
 *       russianParties: [{ name: "Sberbank" }], instrument: "agreement", aiRole: "focus",
 *       activities: ["C3.models.integration"], specificity: "concrete", priorRelation: "new",
 *       sources: [{ url: "https://tass.com/economy/1" }] },
 *   ],
 *   asOf: "2026-11-23T00:00:00Z",
 * });
 * r.outcome; // "YES"
 * ```
 */
export function resolve(input: ResolveInput): Resolution {
  const r = safeResolve(input);
  if (!r.success) throw new InputError(r.issues);
  return r.data;
}

/**
 * Resolves several questions (by default the whole built-in series, one per company) over
 * one set of announcements, without throwing on bad data. Party look-ups and the
 * question-independent criteria are computed once per announcement, not once per question.
 *
 * @example
 * ```ts
 * const r = safeResolveSeries({ announcements, asOf: "2026-11-23T00:00:00Z" });
 * if (r.success) console.table(r.data.resolutions.map((x) => [x.companyId, x.outcome]));
 * ```
 */
export function safeResolveSeries(input: unknown): Result<SeriesResolution> {
  const parsed = ResolveSeriesInputSchema.safeParse(input);
  if (!parsed.success) return { success: false, issues: fromZodIssues(parsed.error.issues) };
  const d = parsed.data;
  const registry = d.registry ?? builtinRegistry;
  const questions = d.questions ?? SERIES_COMPANY_IDS.filter((id) => registry.getCompany(id) !== undefined).map((companyId) => Question.parse({ companyId }));
  const issues = companyIssues(registry, questions, (i) => ["questions", i]);
  if (issues.length > 0) return { success: false, issues };
  const asOf = toEpoch(d.asOf) as number;
  const first = questions[0];
  if (first === undefined) return { success: true, data: { asOf: formatInstant(asOf), registryVersion: registry.version, resolutions: [] } };
  const base = prepareContext({ question: first, registry, asOf, readings: d.readings ?? DEFAULT_READINGS });
  const { prepared, notYetKnown } = prepare(d.announcements, asOf, registry);
  const resolutions = questions.map((q) => {
    const ctx = prepareContext({ question: q, registry, asOf, readings: d.readings ?? DEFAULT_READINGS });
    return finish(q, ctx, prepared, notYetKnown, base, d.evaluations ?? "all");
  });
  return { success: true, data: { asOf: formatInstant(asOf), registryVersion: registry.version, resolutions } };
}

/**
 * Like {@link safeResolveSeries}, but throws an {@link InputError} listing every problem.
 *
 * @example
 * ```ts
 * const { resolutions } = resolveSeries({ announcements, asOf: "2026-11-23T00:00:00Z" });
 * ```
 */
export function resolveSeries(input: ResolveSeriesInput): SeriesResolution {
  const r = safeResolveSeries(input);
  if (!r.success) throw new InputError(r.issues);
  return r.data;
}

/** Whether an announcement is known at `asOf`: made by then, and reported by then if sources are dated. */
function isKnown(a: Announcement, asOf: number): boolean {
  if (a.announcedAt !== undefined) {
    const span = toTimeSpan(a.announcedAt);
    if (span !== undefined && span.start > asOf) return false;
  }
  const sources = a.sources ?? [];
  return sources.length === 0 || sources.some((s) => publishedBy(s, asOf));
}

/**
 * One known announcement with its party look-ups. The Russian look-ups and the
 * question-independent verdicts are filled in on first use, so announcements by unrelated
 * companies cost only their Chinese look-up.
 */
interface Prepared {
  readonly a: Announcement;
  readonly chinese: ChineseFacts | undefined;
  russians?: readonly RussianFacts[] | undefined;
  shared?: SharedVerdicts;
}

function prepare(announcements: readonly Announcement[], asOf: number, registry: Registry): { prepared: Prepared[]; notYetKnown: string[] } {
  const prepared: Prepared[] = [];
  const notYetKnown: string[] = [];
  for (const a of announcements) {
    if (isKnown(a, asOf)) prepared.push({ a, chinese: chineseFacts(a, registry) });
    else notYetKnown.push(a.id);
  }
  return { prepared, notYetKnown: notYetKnown.sort() };
}

function resolveValid(
  question: Question,
  announcements: readonly Announcement[],
  asOfInput: string | Date | number,
  registry: Registry,
  readings: Partial<Readings> | undefined,
  keep: "all" | "decisive",
): Resolution {
  const asOf = toEpoch(asOfInput) as number;
  const ctx = prepareContext({ question, registry, asOf, readings: readings ?? DEFAULT_READINGS });
  const { prepared, notYetKnown } = prepare(announcements, asOf, registry);
  return finish(question, ctx, prepared, notYetKnown, undefined, keep);
}

/** Whether the Chinese party is known and has no ownership link at all to the question's company. */
function unrelatedTo(chinese: ChineseFacts | undefined, ctx: PreparedContext): boolean {
  if (chinese === undefined || chinese.problem !== undefined) return false;
  return linkTo(chinese.id, chinese.owners, ctx.companyId, ctx.registry).relation === "unrelated";
}

function compareEvaluations(x: AnnouncementEvaluation, y: AnnouncementEvaluation): number {
  if (x.announcementId !== y.announcementId) return x.announcementId < y.announcementId ? -1 : 1;
  if (x.summary !== y.summary) return x.summary < y.summary ? -1 : 1;
  // Rare: two announcements share an id and a summary. Order them by content so that the
  // result never depends on the order of the input.
  const a = JSON.stringify(x);
  const b = JSON.stringify(y);
  return a < b ? -1 : a > b ? 1 : 0;
}

function finish(
  question: QuestionInput,
  ctx: PreparedContext,
  prepared: readonly Prepared[],
  notYetKnown: readonly string[],
  shareWith: PreparedContext | undefined,
  keep: "all" | "decisive",
): Resolution {
  const evaluations: AnnouncementEvaluation[] = [];
  let unrelated = 0;
  let notQualifying = 0;
  for (const p of prepared) {
    if (unrelatedTo(p.chinese, ctx)) {
      unrelated++;
      continue;
    }
    if (!("russians" in p)) p.russians = russianFacts(p.a, ctx.registry);
    if (shareWith !== undefined) p.shared ??= sharedVerdicts(p.a, shareWith, p.chinese, p.russians);
    const e = evaluatePrepared(p.a, ctx, p.chinese, p.russians, p.shared);
    if (e.status === "does-not-qualify") {
      notQualifying++;
      if (keep === "decisive") continue;
    }
    evaluations.push(e);
  }
  evaluations.sort(compareEvaluations);

  const qualifying = evaluations
    .filter((e) => e.status === "qualifies")
    .map((e) => ({ e, t: Date.parse((e.madeAt as { start: string }).start) }))
    .sort((x, y) => x.t - y.t || compareEvaluations(x.e, y.e));
  const review = evaluations.filter((e) => e.status === "undetermined");
  const name = ctx.company?.name ?? ctx.companyId;
  const asOf = formatInstant(ctx.asOf as number);
  const deadline = formatInstant(ctx.deadline);
  let outcome: Outcome;
  let clauses: ClauseId[];
  let summary: string;
  let deciding: Resolution["deciding"];
  const first = qualifying[0];
  if (first !== undefined) {
    outcome = "YES";
    deciding = { announcementId: first.e.announcementId, at: formatInstant(first.t), evaluation: first.e };
    clauses = ["Q.yes", "Q.all"];
    const made = first.e.madeAt as { start: string; end: string };
    const when = Date.parse(made.end) - first.t === 1 ? made.start : `between ${made.start} and ${made.end}`;
    summary = `YES: ${name} announced a qualifying AI partnership with a Russian entity in ${first.e.announcementId}, made ${when} (Q.yes).`;
    if (qualifying.length > 1) {
      clauses.push("R.multiple");
      summary += ` ${qualifying.length} announcements qualify; the earliest decides (R.multiple).`;
    }
    if (first.e.cancelled) {
      clauses.push("R.cancelled");
      summary += " It was later cancelled or abandoned, which does not undo YES (R.cancelled).";
    }
  } else if (review.length > 0) {
    outcome = "NEEDS_REVIEW";
    clauses = ["Q.all"];
    for (const e of review) for (const c of e.unsettled) for (const id of e.verdicts[c].clauses) if (!clauses.includes(id)) clauses.push(id);
    const list = review.map((e) => `${e.announcementId} (${e.unsettled.join(", ")})`).join("; ");
    summary = `NEEDS_REVIEW: no announcement by ${name} qualifies as of ${asOf}, but ${review.length === 1 ? "one needs" : `${review.length} need`} a human to settle criteria: ${list}.`;
  } else if ((ctx.asOf as number) >= ctx.deadline) {
    outcome = "NO";
    clauses = ["Q.no"];
    summary = `NO: ${name} made no qualifying announcement before the deadline ${deadline} (Q.no); ${notQualifying} related announcement${notQualifying === 1 ? "" : "s"} considered, none qualifies.`;
  } else {
    outcome = "PENDING";
    clauses = ["Q.no"];
    summary = `PENDING: no qualifying announcement by ${name} as of ${asOf}; the question stays open until ${deadline} (Q.no).`;
  }
  const needsReview: ReviewItem[] = review.map((e) => ({
    announcementId: e.announcementId,
    criteria: e.unsettled.map((c) => ({ criterion: c, clauses: e.verdicts[c].clauses, summary: e.verdicts[c].summary })),
  }));
  return {
    questionId: question.id,
    companyId: ctx.companyId,
    companyName: name,
    outcome,
    clauses,
    summary,
    asOf,
    windowStart: formatInstant(ctx.windowStart),
    deadline,
    registryVersion: ctx.registry.version,
    deciding,
    qualifying: qualifying.map((q) => q.e.announcementId),
    needsReview,
    evaluations,
    notQualifying,
    unrelated,
    notYetKnown,
  };
}

