import { parseInstant } from "../models/time.js";
import type { Resolution } from "../resolve.js";
import type { HumanReviewAction, HumanReviewReason, SubmitAction } from "./actions.js";
import { company, facts, humanReview, instant, plain, reviewFirst, truncateUtf8, utf8Length } from "./note.js";

/**
 * The four answers of UMA's `YES_OR_NO_QUERY` price identifier (UMIP-107) with their default
 * values, as the decimal strings of the int256 prices (p1 to p3 scaled by 1e18):
 * `p1` NO (0), `p2` YES (1), `p3` unknown / 50-50 (0.5), and `p4` "too early", the minimum
 * int256 (−2²⁵⁵), for a request made before the question can be settled. `p3` is listed for
 * completeness: no adapter proposes it, only a person may.
 *
 * @example
 * ```ts
 * BigInt(UMA_YES_OR_NO_PRICES.p2) === 10n ** 18n; // true
 * BigInt(UMA_YES_OR_NO_PRICES.p4) === -(2n ** 255n); // true
 * ```
 */
export const UMA_YES_OR_NO_PRICES = Object.freeze({
  /** NO: 0. */
  p1: "0",
  /** YES: 1, scaled by 1e18. */
  p2: "1000000000000000000",
  /** Unknown or 50-50: 0.5, scaled by 1e18; never proposed by an adapter, only by a person. */
  p3: "500000000000000000",
  /** Too early (the minimum int256, −2²⁵⁵): the request came before the question can be settled. */
  p4: "-57896044618658097711785492504343953926634992332820282019728792003956564819968",
} as const);

/**
 * The most bytes of ancillary data a price request to UMA's optimistic oracle may carry: 8,139,
 * OptimisticOracleV2's `OO_ANCILLARY_DATA_LIMIT`, which is its `ancillaryBytesLimit` (8,192, what
 * the DVM's voters accept) less 53 bytes kept for the `,ooRequester:<address>` (13 bytes and 40
 * hex digits) the oracle appends when a disputed request goes to the DVM. The UMA note of
 * {@link toUmaPrice} fits in it by default. Polymarket's adapter (UmaCtfAdapter, every version
 * from 2.0.0 on) checks the same 8,139 bytes (`MAX_ANCILLARY_DATA`) after appending its own
 * `,initializer:<address>` (another 53 bytes) to a question's ancillary data, so text handed to
 * its `initialize` must stay within 8,086 bytes: pass `maxBytes: 8086` for that use. Sources in
 * docs/platforms.md.
 *
 * @example
 * ```ts
 * new TextEncoder().encode(toUmaPrice(resolution).note).length <= UMA_ANCILLARY_DATA_LIMIT; // true
 * new TextEncoder().encode(toUmaPrice(resolution, { maxBytes: 8086 }).note + ",initializer:" + "0".repeat(40)).length <= 8139; // true
 * ```
 */
export const UMA_ANCILLARY_DATA_LIMIT = 8139;

/** The smallest `maxBytes` accepted: room for the marker and a useful opening. */
const MIN_NOTE_BYTES = 64;
/** OptimisticOracleV2's `ancillaryBytesLimit`: the most ancillary data the DVM accepts. */
const ORACLE_ANCILLARY_LIMIT = 8192;
/** What ends a note cut to fit. */
const TRUNCATION_MARKER = " … [truncated]";

/**
 * Options of {@link toUmaPrice}.
 *
 * @example
 * ```ts
 * const options: UmaOptions = { requestedAt: "2027-01-03T12:00:00Z", maxBytes: 4000 };
 * ```
 */
export interface UmaOptions {
  /**
   * The instant the price is for: the price request's timestamp or, for an event-based request
   * (as Polymarket's adapter makes them), the time of the proposal. An ISO 8601 instant with an
   * offset, or a `Date`. Left out, the resolution's `asOf` is taken to be that instant.
   */
  readonly requestedAt?: string | Date;
  /** The most UTF-8 bytes the note may take; {@link UMA_ANCILLARY_DATA_LIMIT} by default (64 to 8,192). */
  readonly maxBytes?: number;
}

/**
 * What {@link toUmaPrice} returns: a `YES_OR_NO_QUERY` price to propose (`value`, the int256 as a
 * decimal string, with its `answer` name), or a person's decision. There is no `wait`: a request
 * made before the question can be settled is answered p4 (too early). Every note fits in the
 * byte limit; `truncated` says whether it had to be cut.
 *
 * @example
 * ```ts
 * const a: UmaAction = toUmaPrice(resolution);
 * if (a.action === "submit") console.log(a.answer, BigInt(a.value)); // "p2" 1000000000000000000n
 * ```
 */
export type UmaAction =
  | (SubmitAction<"uma", (typeof UMA_YES_OR_NO_PRICES)["p1" | "p2" | "p4"]> & {
      /** Which answer the price is: `p1` NO, `p2` YES, `p4` too early. */
      readonly answer: "p1" | "p2" | "p4";
      /** The price identifier the value is for. */
      readonly identifier: "YES_OR_NO_QUERY";
      /** Whether the note was cut to fit in the byte limit (it then ends with a marker). */
      readonly truncated: boolean;
    })
  | (HumanReviewAction<"uma"> & {
      /** Whether the note was cut to fit in the byte limit (it then ends with a marker). */
      readonly truncated: boolean;
    });

const ANSWER_WORDS = { p1: "p1 = 0 (NO)", p2: "p2 = 1 (YES)", p4: "p4 (too early)" } as const;

function noteBytes(options: UmaOptions | undefined): number {
  const max = options?.maxBytes ?? UMA_ANCILLARY_DATA_LIMIT;
  if (!Number.isInteger(max) || max < MIN_NOTE_BYTES || max > ORACLE_ANCILLARY_LIMIT) {
    throw new RangeError(`toUmaPrice: maxBytes must be an integer from ${MIN_NOTE_BYTES} to ${ORACLE_ANCILLARY_LIMIT}, not ${String(max)}`);
  }
  return max;
}

/** The `requestedAt` option in epoch milliseconds; `undefined` when left out, NaN when unreadable. */
function requestInstant(options: UmaOptions | undefined): number | undefined {
  const at = options?.requestedAt;
  if (at === undefined) return undefined;
  if (at instanceof Date) return at.getTime();
  return typeof at === "string" ? (parseInstant(at) ?? Number.NaN) : Number.NaN;
}

/**
 * Maps a resolution to the price a proposer would submit to UMA's optimistic oracle for a
 * `YES_OR_NO_QUERY` request (as Polymarket's markets make), with a note sized to fit in ancillary
 * data (by default {@link UMA_ANCILLARY_DATA_LIMIT} bytes of UTF-8, cut on a character boundary
 * with a marker when longer):
 *
 * | outcome | action |
 * |---|---|
 * | YES | `submit` p2 (`1000000000000000000`), the note naming the deciding announcement |
 * | NO | `submit` p1 (`0`): the deadline has passed, nothing qualified, nothing needs review |
 * | PENDING | `submit` p4 (too early): before the deadline nothing qualifies yet, so the question cannot be settled at this instant |
 * | NEEDS_REVIEW | `human-review`: never p3 (unknown / 50-50), nor any other price, automatically |
 *
 * **Too early.** UMIP-107 has voters return p4 when the answer cannot be determined yet and the
 * request comes before the last instant the question names (here the deadline); Polymarket's
 * adapter then asks again. A PENDING resolution is exactly that: made as of an instant before the
 * deadline, with nothing qualifying and nothing to review. It is not NO, which needs the deadline
 * to have passed.
 *
 * **The instant.** The price must answer the question as it stood at `requestedAt`. Left out,
 * that is the resolution's `asOf`. Given, a YES whose deciding announcement qualified at or
 * before it answers p2 (a YES is never undone); any other resolution must have been made as of
 * exactly that instant, or the answer goes to a person (`not-as-of-request`: resolve again with
 * `asOf` = `requestedAt`). An unreadable `requestedAt` goes to a person too.
 *
 * A resolution whose fields contradict its outcome goes to a person. Pure: it reads the
 * resolution, never changes it, and never throws on one the library produced (only on a
 * `maxBytes` outside 64 to 8,192, a RangeError).
 *
 * @example
 * ```ts
 * const r = resolve({ question: { companyId: "tencent" }, announcements, asOf: "2026-06-01T00:00:00Z" });
 * const a = toUmaPrice(r, { requestedAt: "2026-06-01T00:00:00Z" });
 * if (a.action === "submit") a.answer; // "p4" while PENDING: too early to settle
 * ```
 */
export function toUmaPrice(resolution: Resolution, options?: UmaOptions): UmaAction {
  const r = resolution;
  const maxBytes = noteBytes(options);
  const who = company(r);
  const refusal = `UMA YES_OR_NO_QUERY: no price proposed for ${who}; for a person to decide (p3, unknown, is never proposed automatically).`;
  const review = reviewFirst("uma", r, refusal);
  if (review !== undefined) return fitted(review, maxBytes);

  const requestedAt = requestInstant(options);
  const refuse = (reason: HumanReviewReason, why: string) => fitted(humanReview("uma", r, reason, refusal, why), maxBytes);
  if (requestedAt !== undefined) {
    if (Number.isNaN(requestedAt)) return refuse("invalid-request-time", `Not mapped automatically: requestedAt (${plain(options?.requestedAt)}) is not an ISO 8601 instant with an offset, or a valid Date.`);
    const carriesOver = r.outcome === "YES" ? instant(r.deciding?.qualifiedFrom) <= requestedAt : instant(r.asOf) === requestedAt;
    if (!carriesOver) {
      const at = new Date(requestedAt).toISOString();
      return refuse(
        "not-as-of-request",
        `Not mapped automatically: the price is for ${at}, but this ${r.outcome} resolution was made as of ${plain(r.asOf)} and does not carry over; resolve again as of ${at}.`,
      );
    }
  }

  const answer = r.outcome === "YES" ? "p2" : r.outcome === "NO" ? "p1" : "p4";
  const opening =
    answer === "p4"
      ? `UMA YES_OR_NO_QUERY: propose ${ANSWER_WORDS.p4} for ${who}: as of ${plain(r.asOf)}, before the deadline ${plain(r.deadline)}, no announcement qualifies and none needs review, so the question cannot be settled yet.`
      : `UMA YES_OR_NO_QUERY: propose ${ANSWER_WORDS[answer]} for ${who}.`;
  const { text, truncated } = truncateUtf8([opening, ...facts(r)].join("\n"), maxBytes, TRUNCATION_MARKER);
  return {
    action: "submit",
    platform: "uma",
    identifier: "YES_OR_NO_QUERY",
    answer,
    value: UMA_YES_OR_NO_PRICES[answer],
    outcome: r.outcome,
    decidingAnnouncementId: r.outcome === "YES" ? r.deciding?.announcementId : undefined,
    note: text,
    truncated,
  };
}

function fitted(action: HumanReviewAction<"uma">, maxBytes: number): HumanReviewAction<"uma"> & { readonly truncated: boolean } {
  if (utf8Length(action.note) <= maxBytes) return { ...action, truncated: false };
  const { text } = truncateUtf8(action.note, maxBytes, TRUNCATION_MARKER);
  return { ...action, note: text, truncated: true };
}
