/**
 * What every platform adapter shares: checking that a resolution is consistent with its outcome,
 * the facts of a resolution note, plain-text cleaning and UTF-8 truncation. Internal.
 */
import type { Outcome, Resolution } from "../resolve.js";
import { PACKAGE_VERSION } from "../schemas/json-schema.js";
import type { HumanReviewAction, HumanReviewReason, WaitAction } from "./actions.js";

const OUTCOMES: readonly string[] = ["YES", "NO", "PENDING", "NEEDS_REVIEW"] satisfies readonly Outcome[];

/** How many announcement ids a note lists before saying how many more there are. */
export const NOTE_ID_LIMIT = 20;

const BREAKS = /[\p{Cc}\u2028\u2029]+/gu;
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text from the input made safe for one line of plain text: line breaks and other control
 * characters become a space, default-ignorable code points (bidi overrides, zero-width
 * characters) are dropped, and lone surrogates become U+FFFD (as a UTF-8 encoder would write them).
 */
export function plain(value: unknown): string {
  return String(value).replace(LONE_SURROGATE, "\uFFFD").replace(BREAKS, " ").replace(IGNORABLE, "");
}

/** Milliseconds since the epoch of an instant, or NaN when it is not a string a Date can read. */
export function instant(value: unknown): number {
  return typeof value === "string" ? Date.parse(value) : Number.NaN;
}

/** The ids a person must look at: those needing review, then the unplaced ones, each once. */
export function reviewIds(r: Resolution): string[] {
  const ids = new Set<string>();
  for (const item of Array.isArray(r.needsReview) ? r.needsReview : []) if (typeof item?.announcementId === "string") ids.add(item.announcementId);
  for (const id of Array.isArray(r.unplaced) ? r.unplaced : []) if (typeof id === "string") ids.add(id);
  return [...ids];
}

function isEmptyList(value: unknown): boolean {
  return Array.isArray(value) && value.length === 0;
}

/**
 * Why a resolution cannot be taken at its word, or `undefined` when its fields agree with its
 * outcome: YES names a deciding announcement; NO is at or past the deadline, PENDING before it,
 * and neither has anything qualifying, to review, unplaced or rejected; the instants are readable.
 */
export function inconsistency(r: Resolution): string | undefined {
  if (!OUTCOMES.includes(r.outcome)) return `the outcome ${plain(r.outcome)} is not one this version knows`;
  const asOf = instant(r.asOf);
  const deadline = instant(r.deadline);
  if (Number.isNaN(asOf) || Number.isNaN(deadline)) return "its asOf or deadline is not a readable instant";
  if (r.outcome === "YES") {
    const d = r.deciding;
    if (d === undefined || d === null || typeof d.announcementId !== "string" || Number.isNaN(instant(d.at)) || Number.isNaN(instant(d.qualifiedFrom))) {
      return "it is YES without a deciding announcement and its instants";
    }
    return undefined;
  }
  if (r.outcome === "NO" || r.outcome === "PENDING") {
    if (r.outcome === "NO" && asOf < deadline) return `it is NO as of ${plain(r.asOf)}, before the deadline ${plain(r.deadline)}`;
    if (r.outcome === "PENDING" && asOf >= deadline) return `it is PENDING as of ${plain(r.asOf)}, at or after the deadline ${plain(r.deadline)}`;
    if (r.deciding !== undefined || !isEmptyList(r.qualifying)) return `it is ${r.outcome} but names a qualifying announcement`;
    if (!isEmptyList(r.needsReview) || !isEmptyList(r.unplaced)) return `it is ${r.outcome} but lists announcements to review`;
    if (r.rejected !== 0) return `it is ${r.outcome} but ${plain(r.rejected)} announcements were rejected`;
  }
  return undefined;
}

/** "a, b, c and 3 more", at most {@link NOTE_ID_LIMIT} ids. */
export function idList(ids: readonly string[]): string {
  const shown = ids.slice(0, NOTE_ID_LIMIT).map(plain).join(", ");
  return ids.length > NOTE_ID_LIMIT ? `${shown} and ${ids.length - NOTE_ID_LIMIT} more` : shown;
}

/**
 * The facts every note carries after its platform's opening, shortest and most needed first (so
 * that a note cut to fit keeps them): the deciding announcement (id, when made, when it first
 * qualified), the clauses, the instants and versions the resolution was made with, then the
 * resolution's summary and the ids to review (at most {@link NOTE_ID_LIMIT}, then a count).
 */
export function facts(r: Resolution): string[] {
  const lines: string[] = [];
  const d = r.outcome === "YES" ? r.deciding : undefined;
  if (d !== undefined && d !== null) {
    lines.push(`Deciding announcement: ${plain(d.announcementId)}, made ${plain(d.at)}, qualifying from ${plain(d.qualifiedFrom)}.`);
  }
  const clauses = Array.isArray(r.clauses) ? r.clauses : [];
  if (clauses.length > 0) lines.push(`Clauses: ${clauses.map(plain).join(", ")}.`);
  // A resolution stored by a version before clarifications has none to name.
  const applied = Array.isArray(r.clarifications?.applied) ? r.clarifications.applied : [];
  const under = applied.length === 0 ? "" : ` under clarification${applied.length === 1 ? "" : "s"} ${applied.map((c) => plain(String(c.number))).join(", ")}`;
  lines.push(
    `Resolved as of ${plain(r.asOf)} for the window [${plain(r.windowStart)}, ${plain(r.deadline)}) with registry ${plain(r.registryVersion)}${under}; note written by ai-partnership-rules ${PACKAGE_VERSION}.`,
  );
  lines.push(plain(r.summary));
  const ids = reviewIds(r);
  if (ids.length > 0) lines.push(`To review (${ids.length}): ${idList(ids)}.`);
  return lines;
}

/** The question's company, for a note's opening. */
export function company(r: Resolution): string {
  return plain(r.companyName ?? r.companyId);
}

/** A {@link HumanReviewAction} with its note: the platform's opening, why, then the facts. */
export function humanReview<P extends string>(platform: P, r: Resolution, reason: HumanReviewReason, opening: string, why: string): HumanReviewAction<P> {
  return { action: "human-review", platform, outcome: r.outcome, reason, announcementIds: reviewIds(r), note: [opening, why, ...facts(r)].join("\n") };
}

/**
 * The human review every adapter returns before looking at the outcome's value: an inconsistent
 * resolution, or NEEDS_REVIEW. `undefined` when the resolution can be mapped.
 */
export function reviewFirst<P extends string>(platform: P, r: Resolution, opening: string): HumanReviewAction<P> | undefined {
  const problem = inconsistency(r);
  if (problem !== undefined) return humanReview(platform, r, "inconsistent-resolution", opening, `Not mapped automatically: ${problem}.`);
  if (r.outcome === "NEEDS_REVIEW") {
    return humanReview(platform, r, "needs-review", opening, "Not mapped automatically: some announcement has criteria only a person can settle.");
  }
  return undefined;
}

/** A {@link WaitAction}: the question is still open. */
export function wait<P extends string>(platform: P, r: Resolution, opening: string): WaitAction<P> {
  return {
    action: "wait",
    platform,
    outcome: r.outcome,
    deadline: r.deadline,
    note: [opening, `Nothing to submit yet: resolve again later; it becomes NO at ${plain(r.deadline)} unless an announcement qualifies first.`, ...facts(r)].join("\n"),
  };
}

/** The number of bytes of a string in UTF-8 (lone surrogates counting as U+FFFD, three bytes). */
export function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0) as number;
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return n;
}

/**
 * `s` itself when its UTF-8 encoding fits in `maxBytes`; otherwise its longest prefix, ending on a
 * code point boundary (never inside a multi-byte character or a surrogate pair), that leaves room
 * for `marker`, followed by the marker. `maxBytes` must be at least the marker's length.
 */
export function truncateUtf8(s: string, maxBytes: number, marker: string): { text: string; truncated: boolean } {
  if (utf8Length(s) <= maxBytes) return { text: s, truncated: false };
  const budget = maxBytes - utf8Length(marker);
  let used = 0;
  let end = 0;
  for (const ch of s) {
    const size = utf8Length(ch);
    if (used + size > budget) break;
    used += size;
    end += ch.length;
  }
  return { text: s.slice(0, end) + marker, truncated: true };
}
