import type { ClauseId } from "../models/clause.js";
import type { AnnouncementEvaluation } from "../criteria/announcement.js";
import type { CriterionName, CriterionStatus } from "../criteria/verdict.js";
import type { ReadingName } from "../clarifications/in-force.js";
import type { Outcome, Resolution } from "../resolve.js";
import { explain } from "./explain.js";

/**
 * Where an announcement stands in a resolution: it decides it, qualifies, needs review, its
 * Chinese party cannot be placed, it does not qualify (listed in `evaluations`), or it is not yet
 * known at `asOf`. `undefined` in a diff when the resolution does not list it at all (unrelated,
 * or not kept).
 *
 * @example
 * ```ts
 * const s: Standing = "needs-review";
 * ```
 */
export type Standing = "deciding" | "qualifies" | "needs-review" | "unplaced" | "not-qualifying" | "not-yet-known";

/**
 * A value on side A and on side B.
 *
 * @example
 * ```ts
 * const outcome: Change<string> = { a: "PENDING", b: "YES" };
 * ```
 */
export interface Change<T> {
  /** The value in resolution `a`, the first argument of `diffResolutions` (the "before" side). */
  readonly a: T;
  /** The value in resolution `b`, the second argument of `diffResolutions` (the "after" side). */
  readonly b: T;
}

/**
 * Ids in B and not in A (`added`), in A and not in B (`removed`).
 *
 * @example
 * ```ts
 * const c: SetChange = { added: ["x"], removed: [] };
 * ```
 */
export interface SetChange {
  /** Announcement ids listed in resolution `b` but not in `a`, sorted. */
  readonly added: readonly string[];
  /** Announcement ids listed in resolution `a` but no longer in `b`, sorted. */
  readonly removed: readonly string[];
}

/**
 * What differs between the settings two resolutions were made under, and which criteria each
 * difference can move. A criterion's change is explained by the differences that bear on it.
 *
 * @example
 * ```ts
 * const c: Cause = { kind: "reading", reading: "straddlingTime", a: "latest", b: "earliest", clarification: { a: 1, b: 2 } };
 * ```
 */
export type Cause =
  | {
      /** A reading differs; `clarification` gives the clarification that fixed it on each side (`undefined`: the host's reading or the default). */
      readonly kind: "reading";
      /** The reading that differs; it bears on timing (`straddlingTime`, R.window), the Russian party (`ownSubsidiaryControl`, C2.control, R.subsidiary) or publicity (`unrecognizedSource`, C5.release, C5.agency). */
      readonly reading: ReadingName;
      /** The reading's value resolution `a` was made under, e.g. `"latest"`. */
      readonly a: string;
      /** The reading's value resolution `b` was made under, e.g. `"earliest"`. */
      readonly b: string;
      /** The number of the last applied clarification that fixed the reading on each side; `undefined` where the host's reading or the default was used. */
      readonly clarification: Change<number | undefined>;
    }
  | {
      /** The registry differs; `records` are the ids of the records the clarifications applied on one side but not the other add or correct. */
      readonly kind: "registry";
      /** The registry version resolution `a` looked parties and sources up in (`<version>+clarification-N` when clarifications added records). */
      readonly a: string;
      /** The registry version resolution `b` looked parties and sources up in. */
      readonly b: string;
      /** Ids of the company, entity and outlet records a clarification adds or corrects on one side only, sorted; they can move the company, Russian-entity, publicity and timing criteria (C1.named, C2.state, C5.release, R.window). */
      readonly records: readonly string[];
    }
  | {
      /** The resolutions were made as of different instants, so different announcements and sources are known (publicity and timing can move). */
      readonly kind: "asOf";
      /** The instant resolution `a` was made as of, in UTC. */
      readonly a: string;
      /** The instant resolution `b` was made as of, in UTC. */
      readonly b: string;
    }
  | {
      /** The question's window differs, which moves timing (R.window). */
      readonly kind: "window";
      /** Resolution `a`'s window. */
      readonly a: {
        /** The first instant at which an announcement counts in `a`, in UTC (R.window). */
        readonly windowStart: string;
        /** `a`'s deadline, in UTC, exclusive: announcements must be made before it (R.window, Q.no). */
        readonly deadline: string;
      };
      /** Resolution `b`'s window. */
      readonly b: {
        /** The first instant at which an announcement counts in `b`, in UTC (R.window). */
        readonly windowStart: string;
        /** `b`'s deadline, in UTC, exclusive: announcements must be made before it (R.window, Q.no). */
        readonly deadline: string;
      };
    };

/**
 * One criterion of one announcement whose status differs, with the clauses its verdicts cite,
 * the reason codes on each side (when the resolution kept the full evaluation), and the setting
 * differences that bear on it.
 *
 * @example
 * ```ts
 * const c: CriterionChange = { criterion: "timing", a: "not-met", b: "met", clauses: ["R.window"], reasons: { a: ["TIME_STRADDLE_READ"], b: ["TIME_STRADDLE_READ"] }, because: [] };
 * ```
 */
export interface CriterionChange {
  /** The criterion whose status differs: `company` (C1), `russianEntity` (C2), `aiScope` (C3), `formality` (C4), `publicity` (C5) or `timing` (R.window). */
  readonly criterion: CriterionName;
  /** Its status in resolution `a`; `undefined` where the resolution does not say (the announcement is not kept there). */
  readonly a: CriterionStatus | undefined;
  /** Its status in resolution `b`; `undefined` where the resolution does not say (the announcement is not kept there). */
  readonly b: CriterionStatus | undefined;
  /** The clause IDs to read to see why (`R.window`, `C2.control`, …): those the verdicts on either side cite, plus those of any reading in `because`; sorted. */
  readonly clauses: readonly ClauseId[];
  /** Reason codes on each side, when the resolution holds the verdict (empty otherwise). */
  readonly reasons: Change<readonly string[]>;
  /** The setting differences that can move this criterion (a reading it turns on, the registry, `asOf`, the window); empty when none does, so the change comes from the announcements themselves. */
  readonly because: readonly Cause[];
}

/**
 * One announcement whose standing or criteria differ between the two resolutions.
 *
 * @example
 * ```ts
 * const c: AnnouncementChange = { announcementId: "x", a: "needs-review", b: "not-qualifying", criteria: [] };
 * ```
 */
export interface AnnouncementChange {
  /** The announcement's `id`, as the resolutions list it. */
  readonly announcementId: string;
  /** Where it stands in resolution `a` (deciding, qualifies, needs review, …); `undefined` when `a` does not list it. */
  readonly a: Standing | undefined;
  /** Where it stands in resolution `b`; `undefined` when `b` does not list it. */
  readonly b: Standing | undefined;
  /** Its criteria whose status differs, in the order C1 to C5 then timing; empty when only its standing moved. */
  readonly criteria: readonly CriterionChange[];
}

/**
 * What changed from resolution `a` to resolution `b` of the same question, and why: the
 * outcome, the deciding announcement, the qualifying and needs-review sets, every announcement
 * whose standing or criteria changed (each criterion with the setting differences that bear on
 * it: readings, registry, `asOf`, window), the settings that differ, and sentences saying so.
 *
 * @example
 * ```ts
 * const d = diffResolutions(before, after);
 * if (d.outcome !== undefined) console.log(`${d.outcome.a} → ${d.outcome.b}`, d.explanation.join(" "));
 * ```
 */
export interface ResolutionDiff {
  /** The question's own `id` as resolution `a` gives it; `undefined` when the host gave none. */
  readonly questionId: string | undefined;
  /** The registry id of the company both resolutions are about (C1.named). */
  readonly companyId: string;
  /** The company's name in resolution `a`'s registry, as the explanation names it. */
  readonly companyName: string;
  /** Whether anything differs in what the resolutions decide (outcome, deciding, sets, announcements). */
  readonly changed: boolean;
  /** The outcome on each side (`YES`, `NO`, `PENDING`, `NEEDS_REVIEW`; Q.yes, Q.no, Q.all); `undefined` when it is the same. */
  readonly outcome: Change<Outcome> | undefined;
  /** The id of the deciding announcement on each side (`undefined` on a side with none); `undefined` when it is the same (R.multiple). */
  readonly deciding: Change<string | undefined> | undefined;
  /** Announcements that qualify (meet every criterion, Q.all) in `b` and not in `a`, and the reverse. */
  readonly qualifying: SetChange;
  /** Announcements a human must review (undetermined criteria, none failed) in `b` and not in `a`, and the reverse. */
  readonly needsReview: SetChange;
  /** Every announcement whose standing or criterion statuses differ, by id; empty when none does. */
  readonly announcements: readonly AnnouncementChange[];
  /** Every setting that differs (whether or not it changed anything). */
  readonly settings: readonly Cause[];
  /** The clarifications applied on each side, by number. */
  readonly clarifications: Change<readonly number[]>;
  /** Whether the deadline falls between the two `asOf` instants. */
  readonly deadlineBetween: boolean;
  /** What changed and why, in English sentences citing clause IDs and reading names. */
  readonly explanation: readonly string[];
}

const CRITERIA: readonly CriterionName[] = ["company", "russianEntity", "aiScope", "formality", "publicity", "timing"];
/** Which criterion each reading bears on. */
const READS: { readonly [R in ReadingName]: CriterionName } = { straddlingTime: "timing", ownSubsidiaryControl: "russianEntity", unrecognizedSource: "publicity" };
/** The clauses a reading's criterion turns on when that reading decides it. */
const READING_CLAUSES: { readonly [R in ReadingName]: readonly ClauseId[] } = { straddlingTime: ["R.window"], ownSubsidiaryControl: ["C2.control", "R.subsidiary"], unrecognizedSource: ["C5.release", "C5.agency"] };
/** Criteria that look parties or sources up in the registry. */
const REGISTRY_CRITERIA = new Set<CriterionName>(["company", "russianEntity", "publicity", "timing"]);
/** Criteria that depend on what is known at `asOf` (sources published later are not yet known). */
const AS_OF_CRITERIA = new Set<CriterionName>(["publicity", "timing"]);

interface Side {
  readonly standing: Map<string, Standing>;
  readonly evaluations: Map<string, AnnouncementEvaluation>;
  readonly review: Map<string, ReadonlySet<CriterionName>>;
  readonly qualifying: ReadonlySet<string>;
}

function sideOf(r: Resolution): Side {
  const standing = new Map<string, Standing>();
  const evaluations = new Map<string, AnnouncementEvaluation>();
  for (const e of r.evaluations) evaluations.set(e.announcementId, e);
  if (r.deciding !== undefined) evaluations.set(r.deciding.announcementId, r.deciding.evaluation);
  for (const id of r.notYetKnown) standing.set(id, "not-yet-known");
  for (const e of r.evaluations) if (e.status === "does-not-qualify") standing.set(e.announcementId, "not-qualifying");
  for (const id of r.unplaced) standing.set(id, "unplaced");
  const review = new Map<string, ReadonlySet<CriterionName>>();
  for (const item of r.needsReview) {
    standing.set(item.announcementId, "needs-review");
    review.set(item.announcementId, new Set(item.criteria.map((c) => c.criterion)));
  }
  for (const id of r.qualifying) standing.set(id, "qualifies");
  if (r.deciding !== undefined) standing.set(r.deciding.announcementId, "deciding");
  return { standing, evaluations, review, qualifying: new Set(r.qualifying) };
}

/** A criterion's status on one side, as far as the resolution says. */
function statusOf(side: Side, id: string, c: CriterionName): CriterionStatus | undefined {
  const e = side.evaluations.get(id);
  if (e !== undefined) return e.verdicts[c].status;
  // An announcement needing review has no criterion not met (Q.all): those not listed are met.
  const open = side.review.get(id);
  if (open !== undefined) return open.has(c) ? "undetermined" : "met";
  if (side.qualifying.has(id)) return "met";
  return undefined;
}

function setChange(a: readonly string[], b: readonly string[]): SetChange {
  const sa = new Set(a);
  const sb = new Set(b);
  return { added: b.filter((x) => !sa.has(x)).sort(), removed: a.filter((x) => !sb.has(x)).sort() };
}

/** The clarification that fixed a reading on one side (the last applied that sets it). */
function setBy(r: Resolution, reading: ReadingName): number | undefined {
  let n: number | undefined;
  for (const c of r.clarifications.applied) if (c.readings[reading] !== undefined) n = c.number;
  return n;
}

/** Every setting that differs between two resolutions. */
function settingsDiff(a: Resolution, b: Resolution): Cause[] {
  const out: Cause[] = [];
  for (const reading of Object.keys(READS) as ReadingName[]) {
    if (a.readings[reading] !== b.readings[reading]) out.push({ kind: "reading", reading, a: a.readings[reading], b: b.readings[reading], clarification: { a: setBy(a, reading), b: setBy(b, reading) } });
  }
  if (a.registryVersion !== b.registryVersion || recordsOf(a).join() !== recordsOf(b).join()) {
    const ra = new Set(recordsOf(a));
    const rb = new Set(recordsOf(b));
    const records = [...new Set([...ra, ...rb])].filter((id) => ra.has(id) !== rb.has(id)).sort();
    out.push({ kind: "registry", a: a.registryVersion, b: b.registryVersion, records });
  }
  if (Date.parse(a.asOf) !== Date.parse(b.asOf)) out.push({ kind: "asOf", a: a.asOf, b: b.asOf });
  if (a.windowStart !== b.windowStart || a.deadline !== b.deadline) out.push({ kind: "window", a: { windowStart: a.windowStart, deadline: a.deadline }, b: { windowStart: b.windowStart, deadline: b.deadline } });
  return out;
}

function recordsOf(r: Resolution): string[] {
  return r.clarifications.applied.flatMap((c) => c.registryRecords);
}

/** The setting differences that bear on a criterion. */
function causesFor(criterion: CriterionName, settings: readonly Cause[]): Cause[] {
  return settings.filter((s) => (s.kind === "reading" ? READS[s.reading] === criterion : s.kind === "registry" ? REGISTRY_CRITERIA.has(criterion) : s.kind === "asOf" ? AS_OF_CRITERIA.has(criterion) : criterion === "timing"));
}

/**
 * What changed from resolution `a` to resolution `b` of the same question, and why (see
 * {@link ResolutionDiff}). Pure, and reads nothing but the two resolutions, so it works on
 * resolutions loaded from JSON (`ResolutionSchema.parse`). A criterion's status is known on a
 * side when the resolution holds the announcement's evaluation, lists it for review (the
 * criteria not listed are then met), or lists it as qualifying (all met); under
 * `evaluations: "decisive"` the others are `undefined`. Throws a `RangeError` when the two are
 * resolutions of different companies (a programmer error).
 *
 * @example
 * ```ts
 * const question = { companyId: "baidu", clarifications: [
 *   { number: 1, publishedAt: "2026-03-01T00:00:00Z", text: "…", readings: { unrecognizedSource: "undetermined" } },
 *   { number: 2, publishedAt: "2026-09-01T00:00:00Z", text: "…", readings: { unrecognizedSource: "not-met" } },
 * ] };
 * const a = resolve({ question, announcements, asOf: "2027-01-15T00:00:00Z", clarification: 1 });
 * const b = resolve({ question, announcements, asOf: "2027-01-15T00:00:00Z", clarification: 2 });
 * const d = diffResolutions(a, b);
 * d.outcome; // { a: "NEEDS_REVIEW", b: "NO" }
 * d.announcements[0]?.criteria[0]?.because[0]; // { kind: "reading", reading: "unrecognizedSource", a: "undetermined", b: "not-met", clarification: { a: 1, b: 2 } }
 * ```
 */
export function diffResolutions(a: Resolution, b: Resolution): ResolutionDiff {
  if (a.companyId !== b.companyId) throw new RangeError(`diffResolutions compares two resolutions of one question; got ${a.companyId} and ${b.companyId}`);
  const sa = sideOf(a);
  const sb = sideOf(b);
  const settings = settingsDiff(a, b);
  const ids = [...new Set([...sa.standing.keys(), ...sb.standing.keys(), ...sa.evaluations.keys(), ...sb.evaluations.keys()])].sort();
  const announcements: AnnouncementChange[] = [];
  for (const id of ids) {
    const criteria: CriterionChange[] = [];
    for (const criterion of CRITERIA) {
      const x = statusOf(sa, id, criterion);
      const y = statusOf(sb, id, criterion);
      if (x === y || x === undefined || y === undefined) continue;
      const va = sa.evaluations.get(id)?.verdicts[criterion];
      const vb = sb.evaluations.get(id)?.verdicts[criterion];
      const because = causesFor(criterion, settings);
      const cited = [...(va?.clauses ?? []), ...(vb?.clauses ?? [])];
      for (const c of because) if (c.kind === "reading") cited.push(...READING_CLAUSES[c.reading]);
      criteria.push({ criterion, a: x, b: y, clauses: [...new Set(cited)].sort(), reasons: { a: (va?.reasons ?? []).map((r) => r.code), b: (vb?.reasons ?? []).map((r) => r.code) }, because });
    }
    const x = sa.standing.get(id);
    const y = sb.standing.get(id);
    // `notYetKnown` lists a series' announcements whatever their company: one learnt of and then
    // not listed is unrelated to this question, and no change to it.
    const unrelated = (x === "not-yet-known" && y === undefined) || (x === undefined && y === "not-yet-known");
    if ((x !== y && !unrelated) || criteria.length > 0) announcements.push({ announcementId: id, a: x, b: y, criteria });
  }
  const outcome = a.outcome === b.outcome ? undefined : { a: a.outcome, b: b.outcome };
  const deciding = a.deciding?.announcementId === b.deciding?.announcementId ? undefined : { a: a.deciding?.announcementId, b: b.deciding?.announcementId };
  const qualifying = setChange(a.qualifying, b.qualifying);
  const needsReview = setChange(
    a.needsReview.map((r) => r.announcementId),
    b.needsReview.map((r) => r.announcementId),
  );
  const deadline = Date.parse(a.deadline);
  const deadlineBetween = a.deadline === b.deadline && Date.parse(a.asOf) < deadline !== Date.parse(b.asOf) < deadline;
  const changed = outcome !== undefined || deciding !== undefined || announcements.length > 0 || qualifying.added.length + qualifying.removed.length + needsReview.added.length + needsReview.removed.length > 0;
  const clarifications = { a: a.clarifications.applied.map((c) => c.number), b: b.clarifications.applied.map((c) => c.number) };
  const diff = { questionId: a.questionId, companyId: a.companyId, companyName: a.companyName, changed, outcome, deciding, qualifying, needsReview, announcements, settings, clarifications, deadlineBetween };
  return { ...diff, explanation: explain(diff) };
}
