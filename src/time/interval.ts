import { TZDate } from "@date-fns/tz";
import type { AnnouncementTime } from "../models/time.js";
import { offsetMinutes, parseInstant } from "../models/time.js";

/**
 * A half-open span of time in epoch milliseconds: `start` inclusive, `end` exclusive.
 * An exact instant `t` is the span `[t, t + 1)`.
 *
 * @example
 * ```ts
 * const day: TimeSpan = { start: Date.UTC(2026, 0, 1), end: Date.UTC(2026, 0, 2) };
 * ```
 */
export interface TimeSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * The span of time an announcement time stands for: an instant is one millisecond; a date is
 * that whole day in its time zone, from its midnight to the next day's (23 or 25 hours on a day
 * when daylight saving time starts or ends at midnight); a month is that whole month there. A
 * zone may also be a fixed offset such as `+03:00`. Returns `undefined` for text that is not a
 * valid time (schema-validated input never is).
 *
 * @example
 * ```ts
 * toTimeSpan("2027-01-01T01:00:00+03:00"); // { start: Date.UTC(2026, 11, 31, 22), end: start + 1 }
 * toTimeSpan({ date: "2026-12-31", timeZone: "Europe/Moscow" }); // 2026-12-30T21:00Z to 2026-12-31T21:00Z
 * ```
 */
export function toTimeSpan(time: AnnouncementTime): TimeSpan | undefined {
  if (typeof time === "string") return instantSpan(time);
  return "instant" in time ? instantSpan(time.instant) : calendarSpan(time);
}

function calendarSpan(time: Exclude<AnnouncementTime, string | { instant: string }>): TimeSpan | undefined {
  // A day (`YYYY-MM-DD`) and a month (`YYYY-MM`) never share a text, so one map per zone holds both.
  const key = "date" in time ? time.date : time.month;
  let inZone = calendarSpans.get(time.timeZone);
  if (inZone === undefined) calendarSpans.set(time.timeZone, (inZone = new Map()));
  const known = inZone.get(key);
  if (known !== undefined || inZone.has(key)) return known;
  let span: TimeSpan | undefined;
  if ("date" in time) {
    const [y, m, d] = time.date.split("-").map(Number) as [number, number, number];
    span = between(midnight(y, m, d, time.timeZone), midnight(y, m, d + 1, time.timeZone));
  } else {
    const [y, m] = time.month.split("-").map(Number) as [number, number];
    span = between(midnight(y, m, 1, time.timeZone), midnight(y, m + 1, 1, time.timeZone));
  }
  if (++calendarSpansKept > CALENDAR_SPANS_KEPT) {
    calendarSpans.clear();
    calendarSpansKept = 1;
    calendarSpans.set(time.timeZone, (inZone = new Map()));
  }
  inZone.set(key, span === undefined ? undefined : Object.freeze(span));
  return span;
}

/**
 * Spans of calendar days and months already computed, by zone and then by day or month: a pure
 * function's memo (finding a zone's midnight is the costly step of a span, and a corpus names
 * few distinct days), bounded so that it never holds more than a few megabytes (cleared when it
 * holds {@link CALENDAR_SPANS_KEPT} spans). Looked up without building a key. Results never
 * depend on it.
 */
const calendarSpans = new Map<string, Map<string, TimeSpan | undefined>>();
const CALENDAR_SPANS_KEPT = 65_536;
let calendarSpansKept = 0;

function between(start: number | undefined, end: number | undefined): TimeSpan | undefined {
  return start === undefined || end === undefined || end <= start ? undefined : { start, end };
}

/**
 * The instant a calendar day starts in a zone (month and day may overflow: day 32 is the next
 * month's first). A fixed offset is plain arithmetic, the same on every runtime. Years 0-99 are
 * set explicitly, as the Date constructor maps them to 1900-1999.
 */
function midnight(year: number, month: number, day: number, timeZone: string): number | undefined {
  const offset = offsetMinutes(timeZone);
  if (offset !== undefined) {
    const utc = new Date(0);
    utc.setUTCFullYear(year, month - 1, day);
    const t = utc.getTime() - offset * 60_000;
    return Number.isNaN(t) ? undefined : t;
  }
  const start = new TZDate(2000, 0, 1, timeZone);
  start.setFullYear(year, month - 1, day);
  start.setHours(0, 0, 0, 0);
  const t = start.getTime();
  return Number.isNaN(t) ? undefined : t;
}

function instantSpan(text: string): TimeSpan | undefined {
  const slot = (text.length + text.charCodeAt(text.length - 1) + text.charCodeAt(text.length - 5)) & (RECENT_INSTANTS - 1);
  if (recentTexts[slot] === text) return recentSpans[slot];
  const t = parseInstant(text);
  if (t === undefined) return undefined;
  const span = Object.freeze({ start: t, end: t + 1 });
  recentTexts[slot] = text;
  recentSpans[slot] = span;
  return span;
}

/**
 * Spans of the instants parsed last, by their text: a small memo of a pure function (each text
 * in one slot, chosen from a few of its characters). An instant is read again while its
 * announcement is judged (by several criteria and questions), rarely after; a memo holding
 * many (a map, or a weak map by time object, as before) kept each text and span long enough for
 * the garbage collector to move it to the old generation, only to drop it later: at a million
 * announcements, old-generation garbage that made the heap grow by a hundred megabytes.
 */
const RECENT_INSTANTS = 16;
const recentTexts: (string | undefined)[] = new Array<string | undefined>(RECENT_INSTANTS).fill(undefined);
const recentSpans: (TimeSpan | undefined)[] = new Array<TimeSpan | undefined>(RECENT_INSTANTS).fill(undefined);

/**
 * Where a span lies against the window `[windowStart, deadline)`: wholly `inside`, wholly
 * `before` or `after` it, or `straddles-start` / `straddles-deadline` when it crosses a bound.
 *
 * @example
 * ```ts
 * placeInWindow({ start: 10, end: 11 }, 0, 100); // "inside"
 * placeInWindow({ start: 95, end: 105 }, 0, 100); // "straddles-deadline"
 * ```
 */
export function placeInWindow(
  span: TimeSpan,
  windowStart: number,
  deadline: number,
): "inside" | "before" | "after" | "straddles-start" | "straddles-deadline" {
  if (span.end <= windowStart) return "before";
  if (span.start >= deadline) return "after";
  if (span.start < windowStart) return "straddles-start";
  if (span.end > deadline) return "straddles-deadline";
  return "inside";
}

/**
 * Formats epoch milliseconds as an ISO 8601 UTC instant.
 *
 * @example
 * ```ts
 * formatInstant(Date.UTC(2027, 0, 1)); // "2027-01-01T00:00:00.000Z"
 * ```
 */
export function formatInstant(ms: number): string {
  return new Date(ms).toISOString();
}

/**
 * Whether a source was surely published by `asOf`: a source dated only to a day or month
 * counts once that whole span has passed. A source of unknown date is kept. @internal
 * @example
 * ```ts
 * publishedBy({ publishedAt: { date: "2026-03-02", timeZone: "UTC" } }, Date.UTC(2026, 2, 2, 12)); // false: the day has not passed
 * ```
 */
export function publishedBy(s: { readonly publishedAt?: AnnouncementTime | undefined }, asOf: number | undefined): boolean {
  if (asOf === undefined || s.publishedAt === undefined) return true;
  const span = toTimeSpan(s.publishedAt);
  return span === undefined || span.end - 1 <= asOf;
}
