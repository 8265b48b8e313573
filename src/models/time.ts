import { z } from "zod";
import { formatted, isRealDay } from "./formats.js";

const INSTANT_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  if (month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) return 29;
  return MONTH_DAYS[month - 1] ?? 0;
}

/**
 * Parses a strict ISO 8601 instant with an explicit offset (`Z` or `±hh:mm`) into epoch
 * milliseconds, or returns `undefined` when the text is not one. Rejects calendar
 * impossibilities (`2026-02-30`), `24:00`, leap seconds, extended years and offsets beyond ±14:00.
 *
 * @example
 * ```ts
 * parseInstant("2027-01-01T01:00:00+03:00"); // Date.UTC(2026, 11, 31, 22)
 * parseInstant("2026-02-30T00:00:00Z"); // undefined
 * ```
 */
export function parseInstant(text: string): number | undefined {
  if (text.length > 40) return undefined;
  const m = INSTANT_PATTERN.exec(text);
  if (m === null) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  const millis = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  let offsetMinutes = 0;
  const zone = m[8] as string;
  if (zone !== "Z") {
    const oh = Number(zone.slice(1, 3));
    const om = Number(zone.slice(4, 6));
    if (om > 59 || oh * 60 + om > 14 * 60) return undefined;
    offsetMinutes = (zone[0] === "-" ? -1 : 1) * (oh * 60 + om);
  }
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day);
  utc.setUTCHours(hour, minute, second, millis);
  return utc.getTime() - offsetMinutes * 60_000;
}

/** Canonical IANA zone names, read once: checking a name against them is far cheaper than building a formatter. */
let canonicalZones: ReadonlySet<string> | undefined;

/** A fixed offset used as a zone: `+03:00`, `-05:30`, up to ±14:00. */
const OFFSET_ZONE = /^([+-])(\d{2}):(\d{2})$/;
/** An IANA name in one of the tz database's areas (`Europe/Moscow`, `America/Argentina/Buenos_Aires`, `Etc/GMT-3`), or `UTC`. */
const IANA_ZONE = /^(?:(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)(?:\/[A-Za-z0-9_+-]{1,30}){1,2}|UTC)$/;

/**
 * The offset from UTC in minutes of a fixed-offset zone written `±hh:mm` (at most ±14:00), or
 * `undefined` for anything else.
 *
 * @example
 * ```ts
 * offsetMinutes("+03:00"); // 180
 * offsetMinutes("Europe/Moscow"); // undefined
 * ```
 * @internal
 */
export function offsetMinutes(zone: string): number | undefined {
  const m = OFFSET_ZONE.exec(zone);
  if (m === null) return undefined;
  const h = Number(m[2]);
  const min = Number(m[3]);
  if (min > 59 || h * 60 + min > 14 * 60) return undefined;
  return (m[1] === "-" ? -1 : 1) * (h * 60 + min);
}

/**
 * Whether `zone` is a time zone the schemas accept, with the same answer on every runtime: an
 * IANA name in one of the tz database's areas (`Europe/Moscow`, `Asia/Shanghai`, `Etc/GMT-3`) or
 * `UTC`, that the runtime knows; or a fixed offset `±hh:mm` up to ±14:00 (a day "in +03:00" runs
 * from 21:00Z to 21:00Z). Abbreviations (`EST`, `MSK`, `CST`) are refused: they are ambiguous or
 * not zones, and runtimes disagree about them. Old aliases outside the areas (`US/Eastern`, `W-SU`)
 * are refused too: use the canonical name.
 *
 * @example
 * ```ts
 * isTimeZone("Europe/Moscow"); // true
 * isTimeZone("+03:00"); // true
 * isTimeZone("EST"); // false
 * isTimeZone("Mars/Olympus"); // false
 * ```
 */
export function isTimeZone(zone: string): boolean {
  const known = zonesSeen.get(zone);
  if (known !== undefined) return known;
  const answer = checkZone(zone);
  if (zonesSeen.size >= 4096) zonesSeen.clear();
  zonesSeen.set(zone, answer);
  return answer;
}

/** Answers already given, by zone (a bounded memo: a corpus names few zones, and a zone outside the canonical list costs a formatter). */
const zonesSeen = new Map<string, boolean>();

function checkZone(zone: string): boolean {
  if (zone.length === 0 || zone.length > 64) return false;
  if (offsetMinutes(zone) !== undefined) return true;
  if (!IANA_ZONE.test(zone)) return false;
  canonicalZones ??= new Set(typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : []);
  if (zone === "UTC" || canonicalZones.has(zone)) return true;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The pattern of an {@link IsoInstant} (29 February of a common year is refused by a check after it). @internal */
export const ISO_INSTANT_PATTERN = /^[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9])|(?:0[13-9]|1[0-2])-30|(?:0[13578]|1[02])-31)T(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\.[0-9]{1,9})?)?(?:Z|[+-](?:(?:0[0-9]|1[0-3]):[0-5][0-9]|14:00))$/;
/** The pattern of a time zone (whether an IANA name exists is checked after it). @internal */
export const TIME_ZONE_PATTERN = /^(?:[+-](?:(?:0[0-9]|1[0-3]):[0-5][0-9]|14:00)|UTC|(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)(?:\/[A-Za-z0-9_+-]{1,30}){1,2})$/;
/** The pattern of a calendar day `YYYY-MM-DD` (29 February of a common year is refused by a check after it). @internal */
export const DATE_PATTERN = /^[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9])|(?:0[13-9]|1[0-2])-30|(?:0[13578]|1[02])-31)$/;
/** The pattern of a calendar month `YYYY-MM`. @internal */
export const MONTH_PATTERN = /^[0-9]{4}-(?:0[1-9]|1[0-2])$/;

/**
 * An exact instant as an ISO 8601 string with an explicit offset, such as
 * `2026-12-31T23:30:00+03:00` or `2025-06-01T09:00:00Z`.
 *
 * @example
 * ```ts
 * IsoInstant.parse("2026-12-31T23:30:00+03:00");
 * IsoInstant.safeParse("2026-12-31T23:30:00").success; // false: no offset
 * ```
 */
export const IsoInstant = formatted(
  "invalid-instant",
  ISO_INSTANT_PATTERN,
  undefined,
  "expected an ISO 8601 instant with an offset, such as 2026-12-31T23:30:00+03:00",
)
  .refine((s) => parseInstant(s) !== undefined, {
    message: "not a calendar date: 29 February of a common year",
    params: { code: "invalid-instant", check: "leap-day" },
  })
  .meta({
    description: "An exact instant in ISO 8601 with seconds optional and an explicit offset (`Z` or `±hh:mm`, at most ±14:00), such as `2026-12-31T23:30:00+03:00`.",
    examples: ["2026-12-31T23:30:00+03:00", "2025-06-01T09:00:00Z"],
  });
/** An ISO 8601 instant with offset (see {@link IsoInstant}). */
export type IsoInstant = z.infer<typeof IsoInstant>;

const TimeZone = formatted(
  "invalid-time-zone",
  TIME_ZONE_PATTERN,
  64,
  "expected an IANA time zone such as Europe/Moscow, or a fixed offset such as +03:00",
)
  .refine(isTimeZone, { message: "not a time zone this runtime knows", params: { code: "invalid-time-zone", check: "time-zone-known" } })
  .meta({
    description:
      "The time zone the calendar day or month is read in: an IANA name in one of the tz database's areas (`Europe/Moscow`, `Asia/Shanghai`, `Etc/GMT-3`) or `UTC`, or a fixed offset `±hh:mm` up to ±14:00 (`+03:00`). Abbreviations (`MSK`, `EST`) and old aliases (`US/Eastern`) are refused: they are ambiguous or read differently by different runtimes (R.window).",
    examples: ["Europe/Moscow", "Asia/Shanghai", "+03:00"],
  });

/**
 * When an announcement (or a source) was made. One of:
 * - `{ instant }`: an exact instant with an offset;
 * - `{ date, timeZone }`: a calendar day (`YYYY-MM-DD`) in a zone, meaning the whole day there;
 * - `{ month, timeZone }`: a calendar month (`YYYY-MM`) in a zone, meaning the whole month there.
 *
 * A zone is an IANA name in one of the tz database's areas (`Europe/Moscow`, `Etc/GMT-3`) or
 * `UTC`, that the runtime knows, or a fixed offset `±hh:mm` up to ±14:00 (`+03:00`);
 * abbreviations (`EST`, `MSK`) and old aliases outside the areas (`US/Eastern`) are refused.
 *
 * A bare ISO instant string is accepted as shorthand for `{ instant }`.
 *
 * @example
 * ```ts
 * AnnouncementTime.parse({ instant: "2026-12-31T23:30:00+03:00" });
 * AnnouncementTime.parse({ date: "2025-01-01", timeZone: "Asia/Shanghai" });
 * AnnouncementTime.parse({ month: "2026-12", timeZone: "Europe/Moscow" });
 * ```
 */
export const AnnouncementTime = z
  .union([
    IsoInstant,
    z
      .strictObject({ instant: IsoInstant })
      .meta({ description: "An exact instant, written as an object." }),
    z
      .strictObject({
        date: formatted(
          "invalid-date",
          DATE_PATTERN,
          undefined,
          "expected a calendar date YYYY-MM-DD",
        )
          .refine(isRealDay, { message: "not a calendar date: 29 February of a common year", params: { code: "invalid-date", check: "leap-day" } })
          .meta({
            description: "A calendar day `YYYY-MM-DD`, meaning the whole day in `timeZone`, from its midnight to the next. A day that crosses a window bound leaves timing undetermined (R.window).",
            examples: ["2026-03-02"],
          }),
        timeZone: TimeZone,
      })
      .meta({ description: "A calendar day in a time zone, when only the day is known." }),
    z
      .strictObject({
        month: formatted("invalid-month", MONTH_PATTERN, undefined, "expected a calendar month YYYY-MM").meta({
          description: "A calendar month `YYYY-MM`, meaning the whole month in `timeZone`. A month that crosses a window bound leaves timing undetermined (R.window).",
          examples: ["2026-12"],
        }),
        timeZone: TimeZone,
      })
      .meta({ description: "A calendar month in a time zone, when only the month is known." }),
  ])
  .meta({
    description:
      "When something was made public: an exact instant with an offset (a string, or `{ instant }`), or, when only the day or month is known, `{ date, timeZone }` or `{ month, timeZone }`. Instants are compared in UTC against the window (R.window).",
    examples: ["2026-03-02T10:00:00+03:00", { date: "2025-01-01", timeZone: "Asia/Shanghai" }, { month: "2026-12", timeZone: "Europe/Moscow" }],
  });
/** When an announcement was made (see {@link AnnouncementTime}). */
export type AnnouncementTime = z.infer<typeof AnnouncementTime>;
