import type { Announcement } from "../models/announcement.js";
import type { ClauseId } from "../models/clause.js";
import { formatInstant } from "../time/interval.js";
import { aiScopeVerdict } from "./ai-scope.js";
import { companyVerdict } from "./company.js";
import { type EvaluationContext, type PreparedContext, prepareContext, checkAnnouncement } from "./context.js";
import { formalityVerdict } from "./formality.js";
import { type ChineseFacts, type RussianFacts, chineseFacts, russianFacts } from "./parties.js";
import { classifier, publicityVerdict, releasePublishers, verifiedSources } from "./publicity.js";
import { russianEntityVerdict } from "./russian-entity.js";
import { type QuotedEvidence, quotedEvidence } from "./quotes.js";
import { announcementSpan, timingVerdict } from "./timing.js";
import { type Judgement, renderVerdict } from "./messages.js";
import type { CriterionName, CriterionStatus, CriterionVerdict } from "./verdict.js";

/**
 * Whether one announcement qualifies: `qualifies` when every criterion is met (Q.all),
 * `does-not-qualify` when any is not met, else `undetermined` (a human must settle the
 * undetermined criteria).
 *
 * @example
 * ```ts
 * const s: AnnouncementStatus = "undetermined";
 * ```
 */
export type AnnouncementStatus = "qualifies" | "does-not-qualify" | "undetermined";

/**
 * Everything decided about one announcement for one question: the status, every criterion's
 * verdict (none is skipped, so a resolver sees all the reasons), which criteria failed and which
 * need a human, when it was made, and a summary for a resolution note.
 *
 * @example
 * ```ts
 * const e = evaluateAnnouncement(announcement, { question: { companyId: "alibaba" } });
 * for (const c of e.unsettled) console.log(e.verdicts[c].summary);
 * ```
 */
export interface AnnouncementEvaluation {
  /** The announcement's id, as the host gave it. */
  readonly announcementId: string;
  /** Whether it qualifies: every criterion met, any not met, or else undetermined (Q.all). */
  readonly status: AnnouncementStatus;
  /** The clause IDs behind the status: Q.all, then those of the deciding verdicts (the failed ones, else the undetermined ones, else all), and R.cancelled when it was cancelled. */
  readonly clauses: readonly ClauseId[];
  /** The verdict on each of the six criteria, every one evaluated (none is skipped). */
  readonly verdicts: { readonly [K in CriterionName]: CriterionVerdict };
  /** Criteria not met. */
  readonly failed: readonly CriterionName[];
  /** Criteria a human must settle. */
  readonly unsettled: readonly CriterionName[];
  /** When it was made (UTC, `end` exclusive), if known. */
  readonly madeAt:
    | {
        /** The earliest instant it may have been made, in UTC (inclusive). */
        readonly start: string;
        /** The instant before which it was made, in UTC (exclusive); one millisecond after `start` for an exact instant. */
        readonly end: string;
      }
    | undefined;
  /** Whether the partnership was later cancelled or abandoned (R.cancelled: it still counts). */
  readonly cancelled: boolean;
  /** The status and the deciding verdicts' summaries in one paragraph, with clause IDs, for a resolution note. */
  readonly summary: string;
}

const ORDER: readonly CriterionName[] = ["company", "russianEntity", "aiScope", "formality", "publicity", "timing"];

/**
 * Runs every criterion on one announcement, without short-circuiting, and combines them
 * (Q.all): any criterion not met means it does not qualify; otherwise any undetermined
 * criterion makes it undetermined. A later cancellation does not change the status (R.cancelled).
 *
 * @throws {InputError} when the announcement does not match the schema (a programmer error).
 * @example
 * ```ts
 * const e = evaluateAnnouncement(
 *   {
 *     id: "alibaba-sber-2026-03",
 *     announcedAt: "2026-03-02T10:00:00+03:00",
 *     chineseParty: { name: "Alibaba Cloud" },
 *     russianParties: [{ name: "Sberbank" }],
 *     instrument: "agreement",
 *     aiRole: "focus",
 *     activities: ["C3.models.integration"],
 *     specificity: "concrete",
 *     priorRelation: "new",
 *     sources: [{ url: "https://tass.com/economy/1" }],
 *   },
 *   { question: { companyId: "alibaba" } },
 * );
 * e.status; // "qualifies"
 * ```
 */
export function evaluateAnnouncement(announcement: Announcement, context: EvaluationContext): AnnouncementEvaluation {
  announcement = checkAnnouncement(announcement);
  const ctx = prepareContext(context);
  return evaluatePrepared(announcement, ctx, chineseFacts(announcement, ctx.registry), russianFacts(announcement, ctx.registry));
}

/**
 * Question-independent verdicts, computed once per announcement when resolving a series, as
 * drafts (no sentence is made until an evaluation is rendered). @internal
 */
export interface SharedVerdicts {
  readonly aiScope: Judgement;
  readonly formality: Judgement;
  readonly publicity: Judgement;
  /** For each source, whether its publisher is verified (only those date the announcement). */
  readonly verified: readonly boolean[];
  /** Its quote evidence, built once and shared by the verdicts of every question (none without quotes). */
  readonly quoted: QuotedEvidence | undefined;
}

/** @internal */
export function sharedVerdicts(
  a: Announcement,
  ctx: PreparedContext,
  chinese: ChineseFacts | undefined,
  russians: readonly RussianFacts[] | undefined,
): SharedVerdicts {
  const publishers = releasePublishers(chinese, russians, ctx);
  const classOf = classifier(a, ctx, publishers);
  const quoted = quotedEvidence(a, ctx.asOf);
  return {
    aiScope: aiScopeVerdict(a, russians, ctx.asOf, quoted),
    formality: formalityVerdict(a, russians, ctx.asOf, quoted),
    publicity: publicityVerdict(a, ctx, publishers, classOf, quoted),
    verified: verifiedSources(a, ctx, publishers, classOf),
    quoted,
  };
}

/**
 * The status of one announcement for one question, how many criteria it fails and when it was
 * made (the start of its span, if known), from the drafts alone: no sentence, summary or merged
 * clauses is made (see {@link evaluatePrepared}, which agrees with it by construction: both read
 * the same drafts). @internal
 */
export function judgePrepared(
  a: Announcement,
  ctx: PreparedContext,
  chinese: ChineseFacts | undefined,
  russians: readonly RussianFacts[] | undefined,
  shared: SharedVerdicts = sharedVerdicts(a, ctx, chinese, russians),
): { readonly status: AnnouncementStatus; readonly failed: number; readonly made: number | undefined } {
  const { verdicts, found } = verdictsOf(a, ctx, russians, shared, companyVerdict(a, ctx, chinese, shared.quoted));
  const { status, failed } = combine(verdicts);
  return new Judged(status, failed, found?.span.start);
}

/**
 * What {@link judgePrepared} answers. A class rather than an object literal: this is made for
 * every announcement and question judged, and V8 may decide to allocate an object literal's
 * objects straight into its old generation (pretenuring, from early survival feedback), where
 * short-lived ones are garbage that makes the heap grow; objects made by a constructor are not.
 */
class Judged {
  constructor(
    readonly status: AnnouncementStatus,
    readonly failed: number,
    readonly made: number | undefined,
  ) {}
}

function verdictsOf(
  a: Announcement,
  ctx: PreparedContext,
  russians: readonly RussianFacts[] | undefined,
  shared: SharedVerdicts,
  company: Judgement,
): { verdicts: { readonly [K in CriterionName]: Judgement }; found: ReturnType<typeof announcementSpan> } {
  const found = announcementSpan(a, ctx.asOf, shared.verified);
  return {
    verdicts: {
      company,
      russianEntity: russianEntityVerdict(ctx, russians, a, shared.quoted),
      aiScope: shared.aiScope,
      formality: shared.formality,
      publicity: shared.publicity,
      timing: timingVerdict(a, ctx, found, shared.quoted),
    },
    found,
  };
}

/** Q.all over the six verdicts: the status, and how many criteria are not met. */
function combine(verdicts: { readonly [K in CriterionName]: { readonly status: CriterionStatus } }): { readonly status: AnnouncementStatus; readonly failed: number } {
  let failed = 0;
  let unsettled = 0;
  for (const c of ORDER) {
    const s = verdicts[c].status;
    if (s === "not-met") failed++;
    else if (s === "undetermined") unsettled++;
  }
  return { status: failed > 0 ? "does-not-qualify" : unsettled > 0 ? "undetermined" : "qualifies", failed };
}

/** A criterion a human must settle, with its verdict. @internal */
export interface Unsettled {
  readonly criterion: CriterionName;
  readonly verdict: CriterionVerdict;
}

/**
 * The criteria a human must settle for an announcement that needs review, each verdict rendered,
 * and nothing else rendered; `undefined` when it does not need review. What a review item shows,
 * at a fraction of a full evaluation's cost. @internal
 * @example
 * ```ts
 * unsettledPrepared(a, ctx, chinese, russians)?.map((u) => u.criterion); // ["aiScope"]
 * ```
 */
export function unsettledPrepared(
  a: Announcement,
  ctx: PreparedContext,
  chinese: ChineseFacts | undefined,
  russians: readonly RussianFacts[] | undefined,
  shared: SharedVerdicts = sharedVerdicts(a, ctx, chinese, russians),
): readonly Unsettled[] | undefined {
  const { verdicts } = verdictsOf(a, ctx, russians, shared, companyVerdict(a, ctx, chinese));
  if (combine(verdicts).status !== "undetermined") return undefined;
  return ORDER.filter((c) => verdicts[c].status === "undetermined").map((c) => ({ criterion: c, verdict: renderVerdict(verdicts[c]) }));
}

/** @internal */
export function evaluatePrepared(
  a: Announcement,
  ctx: PreparedContext,
  chinese: ChineseFacts | undefined,
  russians: readonly RussianFacts[] | undefined,
  shared: SharedVerdicts = sharedVerdicts(a, ctx, chinese, russians),
  company: Judgement = companyVerdict(a, ctx, chinese, shared.quoted),
): AnnouncementEvaluation {
  const drafts = verdictsOf(a, ctx, russians, shared, company);
  const found = drafts.found;
  const verdicts: { readonly [K in CriterionName]: CriterionVerdict } = {
    company: renderVerdict(drafts.verdicts.company),
    russianEntity: renderVerdict(drafts.verdicts.russianEntity),
    aiScope: renderVerdict(drafts.verdicts.aiScope),
    formality: renderVerdict(drafts.verdicts.formality),
    publicity: renderVerdict(drafts.verdicts.publicity),
    timing: renderVerdict(drafts.verdicts.timing),
  };
  const failed = ORDER.filter((c) => verdicts[c].status === "not-met");
  const unsettled = ORDER.filter((c) => verdicts[c].status === "undetermined");
  const { status } = combine(verdicts);
  const deciding = status === "qualifies" ? ORDER : status === "does-not-qualify" ? failed : unsettled;
  const clauses: ClauseId[] = ["Q.all"];
  for (const c of deciding) for (const id of verdicts[c].clauses) if (!clauses.includes(id)) clauses.push(id);
  const cancelled = a.cancelled !== undefined;
  if (cancelled) clauses.push("R.cancelled");
  const madeAt = found === undefined ? undefined : { start: formatInstant(found.span.start), end: formatInstant(found.span.end) };
  let summary: string;
  if (status === "qualifies") summary = `Announcement ${a.id} qualifies: it meets every criterion (Q.all).`;
  else {
    summary = status === "does-not-qualify" ? `Announcement ${a.id} does not qualify (Q.all).` : `Announcement ${a.id} needs a human to settle ${unsettled.length === 1 ? "one criterion" : `${unsettled.length} criteria`} (Q.all).`;
    for (const c of status === "does-not-qualify" ? failed : unsettled) summary += " " + verdicts[c].summary;
  }
  if (cancelled) summary += " It was later cancelled or abandoned, which does not undo the announcement (R.cancelled).";
  return { announcementId: a.id, status, clauses, verdicts, failed, unsettled, madeAt, cancelled, summary };
}
