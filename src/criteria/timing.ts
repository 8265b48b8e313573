import type { Announcement } from "../models/announcement.js";
import { type TimeSpan, formatInstant, placeInWindow, toTimeSpan } from "../time/interval.js";
import { chineseFacts, russianFacts } from "./parties.js";
import { releasePublishers, verifiedSources } from "./publicity.js";
import { type EvaluationContext, type PreparedContext, prepareContext, checkAnnouncement } from "./context.js";
import { type CriterionVerdict, type Evidence, type Reason, makeVerdict } from "./verdict.js";

/** An announcement's span, where it comes from, and the span its unverifiable sources would give with the rest. @internal */
export interface FoundSpan {
  readonly span: TimeSpan;
  readonly from: string;
  /** The span from every source, verifiable or not, when it differs from `span`. */
  readonly withUnverified?: TimeSpan;
  /**
   * With `announcedAt`: the span its sources date it to, when they were surely published before
   * `announcedAt` could have been (the input contradicts itself).
   */
  readonly contradicted?: TimeSpan;
}

/**
 * The span of time an announcement was made in: its `announcedAt`; or else, as it was first made
 * public by its earliest publication, the span from the earliest start to the earliest end of
 * its sources' `publishedAt` (the first publication happened no earlier than the first possible
 * one and no later than the first sure one). Only sources that may have been published by
 * `asOf` (their span has started) are used, so a source learnt of later can only narrow what is
 * known, never move the span past a bound it was inside. Only sources whose publisher the
 * registry establishes (`verified[i]`) date the announcement; the others are returned as
 * `withUnverified`, to make the timing undetermined where they would place it otherwise.
 * `undefined` when nothing dates it.
 * @internal
 */
export function announcementSpan(a: Announcement, asOf: number | undefined, verified?: readonly boolean[]): FoundSpan | undefined {
  if (a.announcedAt !== undefined) {
    const span = toTimeSpan(a.announcedAt);
    if (span === undefined) return undefined;
    // A source cannot report an announcement before it is made: a source surely published
    // before the stated time contradicts it (one whose publisher cannot be verified too: were
    // it verified, it would).
    const sources = sourcesSpan(a, asOf, () => true);
    return sources !== undefined && sources.span.end <= span.start ? { span, from: "announcedAt", contradicted: sources.span } : { span, from: "announcedAt" };
  }
  const sure = sourcesSpan(a, asOf, (i) => verified === undefined || verified[i] === true);
  const all = verified === undefined ? sure : sourcesSpan(a, asOf, () => true);
  if (sure === undefined) return all === undefined ? undefined : { span: all.span, from: all.from, withUnverified: all.span };
  const differs = all !== undefined && (all.span.start !== sure.span.start || all.span.end !== sure.span.end);
  return differs ? { ...sure, withUnverified: all.span } : sure;
}

function sourcesSpan(a: Announcement, asOf: number | undefined, use: (i: number) => boolean): { span: TimeSpan; from: string } | undefined {
  let start: { t: number; i: number } | undefined;
  let end: { t: number; i: number } | undefined;
  (a.sources ?? []).forEach((s, i) => {
    if (s.publishedAt === undefined || !use(i)) return;
    const span = toTimeSpan(s.publishedAt);
    if (span === undefined || (asOf !== undefined && span.start > asOf)) return;
    if (start === undefined || span.start < start.t) start = { t: span.start, i };
    if (end === undefined || span.end < end.t) end = { t: span.end, i };
  });
  if (start === undefined || end === undefined) return undefined;
  const from = start.i === end.i ? `sources[${start.i}].publishedAt` : `sources[${start.i}].publishedAt and sources[${end.i}].publishedAt`;
  return { span: { start: start.t, end: end.t }, from };
}

function describe(span: TimeSpan): string {
  let text = described.get(span);
  if (text === undefined) {
    text = span.end - span.start === 1 ? formatInstant(span.start) : `between ${formatInstant(span.start)} and ${formatInstant(span.end)}`;
    described.set(span, text);
  }
  return text;
}

/** Spans already described: a span read for many questions is formatted once (held only while the span lives). */
const described = new WeakMap<TimeSpan, string>();

/**
 * R.window: was the announcement made at or after the window start (inclusive,
 * 2025-01-01T00:00:00Z by default) and before the deadline (exclusive, 2027-01-01T00:00:00Z)?
 * Instants are compared in UTC. An announcement known only to the day or month is that whole
 * span in its time zone; a span that crosses a bound is undetermined (see
 * {@link Readings.straddlingTime}). Without `announcedAt`, only sources whose publisher the
 * registry verifies date it; sources that cannot be verified can only make it undetermined
 * (TIME_UNVERIFIED), never place it outside the window.
 *
 * @throws {InputError} when the announcement does not match the schema (a programmer error).
 * @example
 * ```ts
 * const q = { question: { companyId: "alibaba" } };
 * evaluateTiming({ id: "a", announcedAt: "2027-01-01T01:00:00+03:00" }, q).status; // "met": 22:00Z on Dec 31
 * evaluateTiming({ id: "b", announcedAt: "2025-01-01T02:00:00+08:00" }, q).status; // "not-met": before the window
 * evaluateTiming({ id: "c", announcedAt: { date: "2026-12-31", timeZone: "Pacific/Honolulu" } }, q).status; // "undetermined"
 * ```
 */
export function evaluateTiming(announcement: Announcement, context: EvaluationContext): CriterionVerdict {
  announcement = checkAnnouncement(announcement);
  const ctx = prepareContext(context);
  const publishers = releasePublishers(chineseFacts(announcement, ctx.registry), russianFacts(announcement, ctx.registry), ctx);
  return timingVerdict(announcement, ctx, announcementSpan(announcement, ctx.asOf, verifiedSources(announcement, ctx, publishers)));
}

/** @internal */
export function timingVerdict(
  a: Announcement,
  ctx: PreparedContext,
  found: FoundSpan | undefined = announcementSpan(a, ctx.asOf),
): CriterionVerdict {
  const reasons: Reason[] = [];
  const evidence: Evidence[] = [];
  if (found === undefined) {
    reasons.push({ code: "TIME_UNKNOWN", status: "undetermined", clauses: ["R.window"], message: "When the announcement was made is not stated." });
    return makeVerdict("timing", "undetermined", reasons, evidence);
  }
  const { from } = found;
  let span = found.span;
  evidence.push({ type: "fact", field: from, value: describe(span) });
  let place = placeInWindow(span, ctx.windowStart, ctx.deadline);
  const unverified = found.withUnverified;
  if (unverified !== undefined && (unverified === span || placeInWindow(unverified, ctx.windowStart, ctx.deadline) !== place)) {
    const message =
      unverified === span
        ? `It is dated only by sources whose publisher cannot be verified (${describe(span)}); a human must establish when it was made.`
        : `Sources whose publisher can be verified date it ${describe(span)}, but sources that cannot be verified date it ${describe(unverified)}, which places it otherwise against the window; a human must establish when it was made.`;
    reasons.push({ code: "TIME_UNVERIFIED", status: "undetermined", clauses: ["R.window"], message });
    return makeVerdict("timing", "undetermined", reasons, evidence);
  }
  const contradicted = found.contradicted;
  if (contradicted !== undefined && placeInWindow(contradicted, ctx.windowStart, ctx.deadline) !== place) {
    const message = `Its announcedAt says ${describe(span)}, but its sources were published ${describe(contradicted)}, before that, which places it otherwise against the window; a human must establish when it was made.`;
    reasons.push({ code: "TIME_CONFLICT", status: "undetermined", clauses: ["R.window"], message });
    return makeVerdict("timing", "undetermined", reasons, evidence);
  }
  const window = `[${formatInstant(ctx.windowStart)}, ${formatInstant(ctx.deadline)})`;
  if ((place === "straddles-start" || place === "straddles-deadline") && ctx.readings.straddlingTime !== "undetermined") {
    const t = ctx.readings.straddlingTime === "earliest" ? span.start : span.end - 1;
    span = { start: t, end: t + 1 };
    place = placeInWindow(span, ctx.windowStart, ctx.deadline);
    reasons.push({ code: "TIME_STRADDLE_READ", status: place === "inside" ? "met" : "not-met", clauses: ["R.window"], message: `Its ${from} crosses a bound of the window; read as its ${ctx.readings.straddlingTime} instant, ${formatInstant(t)}.` });
  }
  switch (place) {
    case "inside":
      reasons.push({ code: "IN_WINDOW", status: "met", clauses: ["R.window"], message: `It was made ${describe(span)}, inside the window ${window}.` });
      break;
    case "before":
      reasons.push({ code: "BEFORE_WINDOW", status: "not-met", clauses: ["R.window"], message: `It was made ${describe(span)}, before the window opened at ${formatInstant(ctx.windowStart)}.` });
      break;
    case "after":
      reasons.push({ code: "AFTER_DEADLINE", status: "not-met", clauses: ["R.window", "Q.no"], message: `It was made ${describe(span)}, at or after the deadline ${formatInstant(ctx.deadline)}.` });
      break;
    case "straddles-start":
    case "straddles-deadline":
      reasons.push({ code: place === "straddles-start" ? "TIME_STRADDLES_START" : "TIME_STRADDLES_DEADLINE", status: "undetermined", clauses: ["R.window"], message: `It is known only to have been made ${describe(span)}, which crosses the ${place === "straddles-start" ? "window start" : "deadline"}; a human must establish the exact time.` });
      break;
  }
  const status = reasons[reasons.length - 1]?.status ?? "undetermined";
  return makeVerdict("timing", status, reasons, evidence);
}
