import type { Announcement } from "./models/announcement.js";
import type { ClauseId } from "./models/clause.js";
import type { QuestionInput } from "./models/question.js";
import { type AnnouncementEvaluation, type SharedVerdicts, evaluatePrepared, sharedVerdicts } from "./criteria/announcement.js";
import { DEFAULT_READINGS, type PreparedContext, type Readings, prepareContext } from "./criteria/context.js";
import { type ChineseFacts, type RussianFacts, chineseFacts, linkTo, russianFacts } from "./criteria/parties.js";
import { publishedBy } from "./criteria/publicity.js";
import type { CriterionName } from "./criteria/verdict.js";
import { LIMITS } from "./engine/limits.js";
import { type ValidInput, validateInput } from "./engine/validate.js";
import { deepFreeze } from "./freeze.js";
import { InputError, type Result } from "./issues.js";
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
  /**
   * When the outcome is YES, the qualifying announcement that decided it (R.multiple): the first
   * to qualify (`qualifiedFrom`: the earliest instant at which, on this input, it met every
   * criterion), then the earliest made (`at`: the start of its span). Later replays never name
   * another one, since announcements and sources learnt of later qualify later.
   */
  readonly deciding: { readonly announcementId: string; readonly at: string; readonly qualifiedFrom: string; readonly evaluation: AnnouncementEvaluation } | undefined;
  /** Ids of every qualifying announcement: the deciding one first, then the others in the order they were made. */
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
  const valid = validateInput(input, "one");
  if (!valid.success) return valid;
  const r = resolveValid(valid.data);
  return r.success ? { success: true, data: r.data[0] as Resolution } : r;
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
  const valid = validateInput(input, "series");
  if (!valid.success) return valid;
  const r = resolveValid(valid.data);
  if (!r.success) return r;
  return { success: true, data: deepFreeze({ asOf: formatInstant(valid.data.asOf), registryVersion: valid.data.registry.version, resolutions: r.data }) };
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

/** Thrown inside a resolution when it would exceed {@link LIMITS.evaluations}; caught at the entry. */
class TooMuchWork extends Error {}

/**
 * Resolves validated input, one resolution per question. Party look-ups and the
 * question-independent criteria are computed once per announcement; the work is bounded by
 * {@link LIMITS.evaluations}. Results are deep-frozen.
 */
function resolveValid(v: ValidInput): Result<Resolution[]> {
  const readings = v.readings ?? DEFAULT_READINGS;
  const first = v.questions[0];
  if (first === undefined) return { success: true, data: [] };
  const base = prepareContext({ question: first, registry: v.registry, asOf: v.asOf, readings });
  const { prepared, notYetKnown } = prepare(v.announcements, v.asOf, v.registry);
  // Which announcements each company's questions must evaluate, found once per company; the
  // work this implies is checked against the limit before any evaluation is made.
  const related = new Map<string, boolean[]>();
  for (const q of v.questions) {
    if (related.has(q.companyId)) continue;
    const ctx = prepareContext({ question: q, registry: v.registry, asOf: v.asOf, readings });
    related.set(q.companyId, prepared.map((p) => !unrelatedTo(p.chinese, ctx)));
  }
  const distinct = new Map<string, QuestionInput>();
  for (const q of v.questions) distinct.set(JSON.stringify(q), q);
  let planned = 0;
  for (const q of distinct.values()) (related.get(q.companyId) as boolean[]).forEach((r, i) => (planned += r ? cost((prepared[i] as Prepared).a) : 0));
  if (planned > LIMITS.evaluations) return tooMuchWork();
  const budget = { evaluations: 0 };
  try {
    // Identical questions are resolved once; their resolution is frozen, so sharing it is safe.
    const done = new Map<string, Resolution>();
    const data = v.questions.map((q) => {
      const key = JSON.stringify(q);
      const known = done.get(key);
      if (known !== undefined) return known;
      const ctx = prepareContext({ question: q, registry: v.registry, asOf: v.asOf, readings });
      const r = deepFreeze(finish(q, ctx, prepared, related.get(q.companyId) as boolean[], notYetKnown, v.questions.length > 1 ? base : undefined, v.keep, budget));
      done.set(key, r);
      return r;
    });
    return { success: true, data };
  } catch (e) {
    if (!(e instanceof TooMuchWork)) throw e;
    return tooMuchWork();
  }
}

/** Charges one evaluation to the budget; over the limit, the resolution stops. */
function spend(budget: { evaluations: number }, a: Announcement): void {
  budget.evaluations += cost(a);
  if (budget.evaluations > LIMITS.evaluations) throw new TooMuchWork();
}

/**
 * What evaluating one announcement costs against {@link LIMITS.evaluations}: one, plus one per
 * five sources and Russian parties (each adds a reason and evidence to every evaluation kept).
 */
function cost(a: Announcement): number {
  return 1 + Math.floor(((a.sources?.length ?? 0) + (a.russianParties?.length ?? 0)) / 5);
}

function tooMuchWork(): Result<never> {
  const message = `resolving would take more than ${LIMITS.evaluations.toLocaleString("en-US")} units of work (one per announcement evaluated for a question, plus one per five of its sources and Russian parties); split the announcements or the questions into several calls`;
  return { success: false, issues: [{ path: "", segments: [], code: "too-much-work", message }] };
}

/** Whether the Chinese party is known and has no ownership link at all to the question's company. */
function unrelatedTo(chinese: ChineseFacts | undefined, ctx: PreparedContext): boolean {
  if (chinese === undefined || chinese.problem !== undefined) return false;
  return linkTo(chinese.id, chinese.owners, ctx.companyId, ctx.registry).relation === "unrelated";
}

/**
 * A rank for each evaluation: by id, then summary; announcements that share both are ordered by
 * content, so that the result never depends on the order of the input. Each evaluation is
 * compared by its rank, so the sort does not compare long texts again and again, and a content
 * is serialized only when its id and summary are shared.
 */
function rankEvaluations(all: readonly AnnouncementEvaluation[]): Map<AnnouncementEvaluation, number> {
  const groups = new Map<string, AnnouncementEvaluation[]>();
  for (const e of all) {
    const k = JSON.stringify([e.announcementId, e.summary]);
    const g = groups.get(k);
    if (g === undefined) groups.set(k, [e]);
    else g.push(e);
  }
  const heads = [...groups.values()].sort((x, y) => {
    const a = x[0] as AnnouncementEvaluation;
    const b = y[0] as AnnouncementEvaluation;
    if (a.announcementId !== b.announcementId) return a.announcementId < b.announcementId ? -1 : 1;
    return a.summary < b.summary ? -1 : a.summary > b.summary ? 1 : 0;
  });
  const rank = new Map<AnnouncementEvaluation, number>();
  let next = 0;
  for (const g of heads) {
    if (g.length === 1) {
      rank.set(g[0] as AnnouncementEvaluation, next++);
      continue;
    }
    const contents = g.map((e) => JSON.stringify(e));
    const order = new Map([...new Set(contents)].sort().map((c, i) => [c, i]));
    g.forEach((e, i) => rank.set(e, next + (order.get(contents[i] as string) as number)));
    next += order.size;
  }
  return rank;
}


/**
 * The earliest instant at which, on this input, the announcement met every criterion. Every
 * criterion is monotone in `asOf` (sources and announcements only become known, and a timing
 * span from sources only narrows), so the announcement qualifies from some instant on; that
 * instant is one of the few where a span of its input starts or surely ends, found by binary
 * search. @internal
 */
function qualifiedSince(p: Prepared, ctx: PreparedContext, budget: { evaluations: number }): number {
  const asOf = ctx.asOf as number;
  const points = new Set<number>();
  const add = (t: Announcement["announcedAt"]) => {
    const span = t === undefined ? undefined : toTimeSpan(t);
    if (span === undefined) return;
    if (span.start <= asOf) points.add(span.start);
    if (span.end - 1 <= asOf) points.add(span.end - 1);
  };
  add(p.a.announcedAt);
  for (const s of p.a.sources ?? []) add(s.publishedAt);
  for (const s of p.a.chineseParty?.intermediary?.confirmedBy ?? []) add(s.publishedAt);
  const candidates = [...points].sort((x, y) => x - y);
  let lo = 0;
  let hi = candidates.length - 1;
  let since = asOf;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = candidates[mid] as number;
    const at = { ...ctx, asOf: t };
    spend(budget, p.a);
    if (isKnown(p.a, t) && evaluatePrepared(p.a, at, p.chinese, p.russians).status === "qualifies") {
      since = t;
      hi = mid - 1;
    } else lo = mid + 1;
  }
  return since;
}

/**
 * The qualifying announcements with the deciding one first: the first to qualify (then the
 * earliest made, then by rank), the others in the order they were made. When an announcement
 * first qualified is searched for only where it could be first: never before it was known
 * (`knownFrom`, read off its dates without evaluating), and once per distinct content.
 */
function firstToQualify(
  qualified: readonly { e: AnnouncementEvaluation; p: Prepared }[],
  ctx: PreparedContext,
  budget: { evaluations: number },
  byRank: (x: AnnouncementEvaluation, y: AnnouncementEvaluation) => number,
): { e: AnnouncementEvaluation; t: number; since: number }[] {
  const all = qualified
    .map(({ e, p }) => ({ e, p, t: Date.parse((e.madeAt as { start: string }).start), from: knownFrom(p.a), since: Infinity }))
    .sort((x, y) => x.from - y.from || x.t - y.t || byRank(x.e, y.e));
  let best = Infinity;
  const memo = new Map<string, number>();
  for (const q of all) {
    if (q.from > best) break;
    const key = JSON.stringify(q.p.a);
    let since = memo.get(key);
    if (since === undefined) memo.set(key, (since = qualifiedSince(q.p, ctx, budget)));
    q.since = since;
    best = Math.min(best, since);
  }
  const byMade = (x: (typeof all)[number], y: (typeof all)[number]) => x.t - y.t || byRank(x.e, y.e);
  const first = all.filter((q) => q.since === best).sort(byMade)[0];
  return first === undefined ? [] : [first, ...all.filter((q) => q !== first).sort(byMade)];
}

/** The earliest instant an announcement can be known at: no qualifying can start before it. */
function knownFrom(a: Announcement): number {
  let from = -Infinity;
  if (a.announcedAt !== undefined) from = toTimeSpan(a.announcedAt)?.start ?? -Infinity;
  const sources = a.sources ?? [];
  if (sources.length > 0) {
    let earliest = Infinity;
    for (const s of sources) {
      const span = s.publishedAt === undefined ? undefined : toTimeSpan(s.publishedAt);
      earliest = Math.min(earliest, span === undefined ? -Infinity : span.end - 1);
    }
    from = Math.max(from, earliest);
  }
  return from;
}

function finish(
  question: QuestionInput,
  ctx: PreparedContext,
  prepared: readonly Prepared[],
  related: readonly boolean[],
  notYetKnown: readonly string[],
  shareWith: PreparedContext | undefined,
  keep: "all" | "decisive",
  budget: { evaluations: number },
): Resolution {
  const evaluations: AnnouncementEvaluation[] = [];
  const qualified: { e: AnnouncementEvaluation; p: Prepared }[] = [];
  let unrelated = 0;
  let notQualifying = 0;
  prepared.forEach((p, i) => {
    if (related[i] !== true) {
      unrelated++;
      return;
    }
    spend(budget, p.a);
    if (!("russians" in p)) p.russians = russianFacts(p.a, ctx.registry);
    if (shareWith !== undefined) p.shared ??= sharedVerdicts(p.a, shareWith, p.chinese, p.russians);
    const e = evaluatePrepared(p.a, ctx, p.chinese, p.russians, p.shared);
    if (e.status === "qualifies") qualified.push({ e, p });
    if (e.status === "does-not-qualify") {
      notQualifying++;
      if (keep === "decisive") return;
    }
    evaluations.push(e);
  });
  const rank = rankEvaluations(evaluations);
  const byRank = (x: AnnouncementEvaluation, y: AnnouncementEvaluation) => (rank.get(x) as number) - (rank.get(y) as number);
  evaluations.sort(byRank);

  const qualifying = firstToQualify(qualified, ctx, budget, byRank);
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
    deciding = { announcementId: first.e.announcementId, at: formatInstant(first.t), qualifiedFrom: formatInstant(first.since), evaluation: first.e };
    clauses = ["Q.yes", "Q.all"];
    const made = first.e.madeAt as { start: string; end: string };
    const when = Date.parse(made.end) - first.t === 1 ? made.start : `between ${made.start} and ${made.end}`;
    summary = `YES: ${name} announced a qualifying AI partnership with a Russian entity in ${first.e.announcementId}, made ${when} (Q.yes).`;
    if (qualifying.length > 1) {
      clauses.push("R.multiple");
      summary += ` ${qualifying.length} announcements qualify; the first to qualify decides (R.multiple).`;
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

