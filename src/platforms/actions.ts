import type { Outcome } from "../resolve.js";

/**
 * Why a platform adapter hands a resolution to a person instead of answering:
 * - `needs-review`: the outcome is NEEDS_REVIEW (some announcement has criteria only a human can
 *   settle); no platform gets an automatic answer for it;
 * - `inconsistent-resolution`: the resolution's fields contradict its outcome (a YES without a
 *   deciding announcement, a NO before the deadline, a PENDING at or after it, an outcome this
 *   version does not know, an unreadable instant…), as a resolution edited by hand or stored by
 *   another version might;
 * - `not-as-of-request` (UMA only): the price is asked for at an instant the resolution was not
 *   made as of, and its outcome does not carry over to that instant;
 * - `invalid-request-time` (UMA only): the `requestedAt` option is not a valid instant.
 *
 * @example
 * ```ts
 * const action = toMetaculus(resolution);
 * if (action.action === "human-review" && action.reason === "needs-review") queueForModerators(action.announcementIds);
 * ```
 */
export type HumanReviewReason = "needs-review" | "inconsistent-resolution" | "not-as-of-request" | "invalid-request-time";

/**
 * A value to submit to a platform: the platform's own resolution value (`value`), the outcome it
 * comes from, and a short resolution note in the platform's terms.
 *
 * @example
 * ```ts
 * const a = toManifold(resolution);
 * if (a.action === "submit") await manifold.resolve(marketId, { outcome: a.value }); // "YES" or "NO"
 * ```
 */
export interface SubmitAction<Platform extends string, Value> {
  /** Always `submit`: there is a value to send to the platform. */
  readonly action: "submit";
  /** The platform the value is for (`metaculus`, `manifold`, `kalshi`, `uma`). */
  readonly platform: Platform;
  /** The platform's resolution value, exactly as the platform spells it. */
  readonly value: Value;
  /** The outcome of the resolution the value comes from. */
  readonly outcome: Outcome;
  /** With a YES, the id of the deciding announcement (also named in the note). */
  readonly decidingAnnouncementId: string | undefined;
  /** A short plain-text resolution note: the summary, the deciding announcement, clauses, versions. */
  readonly note: string;
}

/**
 * Nothing to submit yet: the question is still open (PENDING: before the deadline, nothing
 * qualifies and nothing needs review) and the platform has no value meaning "not yet". Resolve
 * again later; at `deadline` the answer becomes NO unless something qualifies first.
 *
 * @example
 * ```ts
 * const a = toKalshi(resolution);
 * if (a.action === "wait") scheduleAgain(a.deadline);
 * ```
 */
export interface WaitAction<Platform extends string> {
  /** Always `wait`: nothing to submit yet. */
  readonly action: "wait";
  /** The platform asked about. */
  readonly platform: Platform;
  /** The outcome of the resolution: `PENDING`. */
  readonly outcome: Outcome;
  /** The question's deadline (exclusive): the last instant a qualifying announcement can be made before it. */
  readonly deadline: string;
  /** A short plain-text note saying the question is still open and until when. */
  readonly note: string;
}

/**
 * No automatic answer: a person must decide (see {@link HumanReviewReason}). `announcementIds`
 * lists the announcements to look at (those needing review, then those whose Chinese party could
 * not be placed); the note says why.
 *
 * @example
 * ```ts
 * const a = toUmaPrice(resolution);
 * if (a.action === "human-review") console.log(a.reason, a.announcementIds.join(", "));
 * ```
 */
export interface HumanReviewAction<Platform extends string> {
  /** Always `human-review`: a person must decide, and no value is proposed. */
  readonly action: "human-review";
  /** The platform asked about. */
  readonly platform: Platform;
  /** The outcome of the resolution, as it stands. */
  readonly outcome: Outcome;
  /** Why a person must decide. */
  readonly reason: HumanReviewReason;
  /** The announcements to look at: those needing review, then those whose Chinese party could not be placed. */
  readonly announcementIds: readonly string[];
  /** A short plain-text note saying why, for the person who decides. */
  readonly note: string;
}

/**
 * What a platform adapter returns, told apart by `action`: a value to `submit`, `wait` (the
 * question is still open), or `human-review` (never an automatic answer).
 *
 * @example
 * ```ts
 * function describe(a: PlatformAction<string, string>): string {
 *   switch (a.action) {
 *     case "submit": return `submit ${a.value}`;
 *     case "wait": return `wait until ${a.deadline} at the latest`;
 *     case "human-review": return `ask a person (${a.reason})`;
 *   }
 * }
 * ```
 */
export type PlatformAction<Platform extends string, Value> = SubmitAction<Platform, Value> | WaitAction<Platform> | HumanReviewAction<Platform>;
