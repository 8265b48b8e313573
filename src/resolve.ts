import type { Announcement } from "./models/announcement.js";
import type { ClauseId } from "./models/clause.js";
import type { QuestionInput } from "./models/question.js";
import type { AnnouncementEvaluation } from "./criteria/announcement.js";
import type { Readings } from "./criteria/context.js";
import type { ClarificationsInForce } from "./clarifications/in-force.js";
import { type ClarifiedGroup, splitByClarifications } from "./engine/clarified.js";
import { prepare } from "./engine/prepared.js";
import type { CriterionName } from "./criteria/verdict.js";
import type { AnnouncementBatch } from "./engine/batch.js";
import { batchContents } from "./engine/batch-store.js";
import type { Prepared } from "./engine/prepared.js";
import type { AuditRecord } from "./audit/record.js";
import { IncrementalResolver, tooMuchWorkMessage } from "./engine/resolver.js";
import { IssueList, readAnnouncements, validateSettings } from "./engine/validate.js";
import { InputError, type Result } from "./issues.js";
import { deepFreeze } from "./freeze.js";
import type { Registry } from "./registry/registry.js";

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
  /** The id of the announcement to review, as the host gave it. */
  readonly announcementId: string;
  /** Its undetermined criteria (Q.all: none of them failed, so settling them decides whether it qualifies). */
  readonly criteria: readonly {
    /** The criterion left undetermined. */
    readonly criterion: CriterionName;
    /** The clause IDs a human must settle for it. */
    readonly clauses: readonly ClauseId[];
    /** Why it is undetermined, as the verdict's summary says. */
    readonly summary: string;
  }[];
}

/**
 * The resolution of one question as of `asOf`, with the deciding evidence and the reasons.
 * `evaluations` covers every known announcement whose Chinese party is, or may be, the
 * question's company (sorted by id; with `evaluations: "decisive"` only the qualifying ones that
 * first qualified and the near misses asked for, while those needing review are in
 * `needsReview`); announcements by unrelated companies are only counted in `unrelated`, and
 * those not yet known at `asOf` are listed in `notYetKnown`.
 *
 * @example
 * ```ts
 * const r = resolve({ question: { companyId: "alibaba" }, announcements, asOf: "2026-11-23T00:00:00Z" });
 * if (r.outcome === "YES") console.log(r.deciding?.announcementId, r.deciding?.at);
 * ```
 */
export interface Resolution {
  /** The question's own `id`, when the host gave one. */
  readonly questionId: string | undefined;
  /** The registry id of the company the question names (C1.named). */
  readonly companyId: string;
  /** The company's name in the registry. */
  readonly companyName: string;
  /** `YES`, `NO`, `PENDING` or `NEEDS_REVIEW` (Q.yes, Q.no, Q.all). */
  readonly outcome: Outcome;
  /** The clause IDs the outcome rests on: Q.yes and Q.all (and R.multiple, R.cancelled) for YES, Q.no for NO and PENDING, Q.all and the clauses left open for NEEDS_REVIEW. */
  readonly clauses: readonly ClauseId[];
  /** The outcome in one paragraph, with the clause IDs, fit for a resolution note. */
  readonly summary: string;
  /** The instant resolved as of, in UTC (`2026-11-23T00:00:00.000Z`): announcements and sources known later are ignored. */
  readonly asOf: string;
  /** The start of the question's window, in UTC: announcements made before it do not count (R.window). */
  readonly windowStart: string;
  /** The question's deadline, in UTC, exclusive: announcements must be made before it (R.window); at or after it, nothing qualifying means NO (Q.no). */
  readonly deadline: string;
  /** The version of the registry the parties and sources were looked up in, so that a resolution can be reproduced. */
  readonly registryVersion: string;
  /**
   * The readings the resolution was made under: the defaults, the host's `readings`, and what
   * the clarifications in force fix (a clarification's reading wins over the host's; see
   * `clarifications.conflicts`).
   */
  readonly readings: Readings;
  /**
   * The clarifications the resolution was made under (see {@link ClarificationsInForce}): those
   * applied, in order of publication, with when each was published, the readings it fixes and
   * the registry records it adds; the number it was pinned to, if any; and the host's readings a
   * clarification overrode. Its `applied` list is empty when the question has none in force.
   */
  readonly clarifications: ClarificationsInForce;
  /**
   * When the outcome is YES, the qualifying announcement that decided it (R.multiple): the first
   * to qualify (`qualifiedFrom`: the earliest instant at which, on this input, it met every
   * criterion), then the earliest made (`at`: the start of its span). Later replays never name
   * another one, since announcements and sources learnt of later qualify later.
   */
  readonly deciding:
    | {
        /** The deciding announcement's id. */
        readonly announcementId: string;
        /** When it was made, in UTC: the start of the span its time places it in. */
        readonly at: string;
        /** The earliest instant, in UTC, at which it met every criterion on this input (a source published later qualifies it later). */
        readonly qualifiedFrom: string;
        /** Its six verdicts. */
        readonly evaluation: AnnouncementEvaluation;
      }
    | undefined;
  /** Ids of every qualifying announcement: the deciding one first, then the others in the order they were made. */
  readonly qualifying: readonly string[];
  /** Announcements with undetermined criteria and none failed, each with the criteria a human must settle (Q.all); they make the outcome NEEDS_REVIEW unless one qualifies. */
  readonly needsReview: readonly ReviewItem[];
  /** The evaluations kept of the announcements related to the company, sorted by id: all of them, or with `evaluations: "decisive"` the qualifying ones that first qualified and the near misses asked for. */
  readonly evaluations: readonly AnnouncementEvaluation[];
  /** How many related announcements do not qualify (listed in `evaluations` unless only decisive ones are kept). */
  readonly notQualifying: number;
  /** How many announcements are by companies other than the question's (their Chinese party is placed elsewhere, C1), counted but not listed. */
  readonly unrelated: number;
  /** Ids of announcements made, or known only from sources published, after `asOf`: ignored, so a replay as of an earlier date gives the answer of that date. */
  readonly notYetKnown: readonly string[];
  /**
   * Announcements (or whole inputs) a resolver could not add because they were invalid or over
   * a limit; always 0 from `resolve`, which fails instead. While it is above 0 and nothing
   * qualifies, the outcome is NEEDS_REVIEW: an announcement left out might have qualified.
   */
  readonly rejected: number;
  /**
   * When questions about several companies are resolved together: ids of announcements whose
   * Chinese party cannot be placed and that need review for this question (the party might be
   * this company). Each is evaluated once and listed once, in {@link SeriesResolution.unplaced}.
   * Empty when one company is asked about; its announcements are then in `needsReview`.
   */
  readonly unplaced: readonly string[];
  /**
   * What the resolution was made by and over: library version, rules digest, registry version and
   * content digest, every reading applied, `asOf`, the question, an order-free digest of the
   * announcements, and one digest of the whole input. See {@link AuditRecord} and
   * {@link verifyResolution}.
   */
  readonly audit: AuditRecord;
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
  /** The question: the company it names (`companyId`), and its window if it is not the series' default. */
  readonly question: QuestionInput;
  /** The announcements: untrusted items, or a batch validated once by `parseAnnouncements`. */
  readonly announcements: readonly Announcement[] | AnnouncementBatch;
  /** The instant to resolve as of: an ISO 8601 instant with its offset, a `Date`, or epoch milliseconds; never read from the clock. */
  readonly asOf: string | Date | number;
  /** The registry to look parties and sources up in; the built-in one by default (it must be the one a batch was parsed with). */
  readonly registry?: Registry;
  /** Readings of what the criteria leave open that differ from {@link DEFAULT_READINGS}. */
  readonly readings?: Partial<Readings>;
  /**
   * Resolve under the question's clarifications numbered up to this one, whenever published
   * (`0`: under none); by default, under those published at or before `asOf`. Every question
   * resolved must have a clarification of this number (or it is `0`).
   */
  readonly clarification?: number;
  /**
   * Which evaluations the resolution keeps: `all` related ones (default), or only the
   * `decisive` ones (the qualifying ones that first qualified, and `nearMisses`), which bounds
   * memory on large inputs; announcements needing review are then in `needsReview` only, the
   * other qualifying ones in `qualifying`, and the rest counted in `notQualifying`.
   */
  readonly evaluations?: "all" | "decisive";
  /**
   * With `evaluations: "decisive"`, how many not qualifying announcements to keep per question
   * besides (those failing the fewest criteria, then by id): 0 by default.
   */
  readonly nearMisses?: number;
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
  /** The questions to resolve; by default one per company of the built-in series ({@link SERIES_COMPANY_IDS}), with the default window. */
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
  /** The instant resolved as of, in UTC. */
  readonly asOf: string;
  /** The version of the registry used. */
  readonly registryVersion: string;
  /** One resolution per question, in the order the questions were given. */
  readonly resolutions: readonly Resolution[];
  /**
   * Announcements whose Chinese party cannot be placed (unknown, or not named), each listed once:
   * the party as written, why it cannot be placed, the companies it might be (those whose question
   * it needs review for), and the criteria left open for the first of them (its full evaluation
   * too with `evaluations: "all"`). Only when the questions name
   * several companies; with `evaluations: "all"`, those that do not qualify for any question too.
   */
  readonly unplaced: readonly UnplacedItem[];
}

/**
 * An announcement whose Chinese party cannot be placed, listed once for a series.
 *
 * @example
 * ```ts
 * for (const u of series.unplaced) console.log(u.announcementId, u.chineseParty, u.mightBe.join(", "));
 * ```
 */
export interface UnplacedItem {
  /** The id of the announcement whose Chinese party cannot be placed. */
  readonly announcementId: string;
  /** The Chinese party as the announcement names it, if it does. */
  readonly chineseParty: string | undefined;
  /** Why the registry cannot place it. */
  readonly problem: string;
  /** Ids of the companies it might be: those whose question it needs review for. */
  readonly mightBe: readonly string[];
  /** The criteria a human must settle, for the first company it might be (as in {@link ReviewItem}). */
  readonly criteria: ReviewItem["criteria"];
  /**
   * With `evaluations: "all"`, its full evaluation for the first company it might be (or the
   * first question); with `"decisive"`, `undefined`: a resolver's `evaluations(id, question)`
   * gives it for any question, and a million-announcement series does not carry thousands of them.
   */
  readonly evaluation: AnnouncementEvaluation | undefined;
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
  const r = resolveOnce(input, "one");
  return r.success ? { success: true, data: r.data.resolutions[0] as Resolution } : r;
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
  return resolveOnce(input, "series");
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

/**
 * Resolves validated settings over announcements in one pass through an incremental resolver:
 * each announcement is validated, prepared and added in turn, so that only what can decide an
 * outcome stays in memory. Nothing is resolved from partly valid input: any problem, or work
 * over `LIMITS.evaluations`, fails the call.
 */
function resolveOnce(input: unknown, shape: "one" | "series"): Result<SeriesResolution> {
  const valid = validateSettings(input, shape);
  if (!valid.success) {
    // Every problem in one pass: the announcements' too, read against the registry given.
    if (valid.rest === undefined) return { success: false, issues: valid.issues };
    const issues = new IssueList();
    issues.add(valid.issues);
    readAnnouncements(valid.rest.announcements, valid.rest.registry, issues, 1, () => undefined, () => undefined, true);
    return { success: false, issues: issues.result() };
  }
  const { settings, announcements } = valid.data;
  const split = splitByClarifications(settings, shape === "one");
  if (!split.success) {
    const issues = new IssueList();
    issues.add(split.issues);
    readAnnouncements(announcements, settings.registry, issues, 1, () => undefined, () => undefined, true);
    return { success: false, issues: issues.result() };
  }
  const resolvers = split.groups.map((g) => new IncrementalResolver(g.settings));
  const issues = new IssueList();
  let overloaded = false;
  // A batch's digest is computed once per batch; other announcements are digested as they come.
  const batch = batchContents(announcements);
  const taken: Prepared[] | undefined = batch === undefined ? undefined : [];
  readAnnouncements(
    announcements,
    settings.registry,
    issues,
    settings.questions.length,
    (p) => {
      if (overloaded || issues.items.length > 0) return;
      split.groups.forEach((g, i) => {
        // A clarification's registry records change the look-ups: the announcement is prepared again against them.
        const here = g.settings.registry === settings.registry ? p : prepare(p.a, g.settings.registry);
        if (!overloaded && !(resolvers[i] as IncrementalResolver).take(here)) overloaded = true;
      });
      if (overloaded) return;
      // Each group's resolver digests the same announcements (one group unless questions are
      // under different clarifications).
      if (taken === undefined) for (const r of resolvers) r.digestInput(p);
      else taken.push(p);
    },
    () => undefined,
    true,
  );
  if (issues.items.length > 0) return { success: false, issues: issues.result() };
  if (batch !== undefined && taken !== undefined && !overloaded) for (const r of resolvers) r.digestBatch(announcements as object, batch, taken);
  if (overloaded) return { success: false, issues: [{ path: "", segments: [], code: "too-much-work", message: tooMuchWorkMessage() }] };
  return { success: true, data: joinGroups(split.groups, resolvers.map((r) => r.series()), settings.questions.length, settings.registry.version) };
}

/**
 * The series resolution of groups of questions resolved apart (under different clarifications):
 * each resolution at its question's position; an unplaced announcement listed once, with every
 * company it might be; the series' `registryVersion` that of the registry given, unless every
 * group used the same one. @internal
 */
export function joinGroups(groups: readonly ClarifiedGroup[], parts: readonly SeriesResolution[], questions: number, baseVersion: string): SeriesResolution {
  if (parts.length === 1) return parts[0] as SeriesResolution;
  const resolutions: Resolution[] = new Array<Resolution>(questions);
  const unplaced = new Map<string, UnplacedItem>();
  groups.forEach((g, i) => {
    const part = parts[i] as SeriesResolution;
    g.positions.forEach((position, k) => {
      resolutions[position] = part.resolutions[k] as Resolution;
    });
    for (const u of part.unplaced) {
      const known = unplaced.get(u.announcementId);
      unplaced.set(u.announcementId, known === undefined ? u : { ...known, mightBe: [...new Set([...known.mightBe, ...u.mightBe])] });
    }
  });
  const versions = new Set(parts.map((p) => p.registryVersion));
  return deepFreeze({
    asOf: (parts[0] as SeriesResolution).asOf,
    registryVersion: versions.size === 1 ? ((parts[0] as SeriesResolution).registryVersion) : baseVersion,
    resolutions,
    unplaced: [...unplaced.values()].sort((a, b) => (a.announcementId < b.announcementId ? -1 : a.announcementId > b.announcementId ? 1 : 0)),
  });
}
