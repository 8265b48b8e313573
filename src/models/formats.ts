import { z } from "zod";

/**
 * The issue code of each string format the models check. A value that does not have its
 * field's format is reported with that code (`invalid-url`, `invalid-instant`, …), never with a
 * generic one, so a host can tell a bad URL from a bad instant without reading the message.
 *
 * @example
 * ```ts
 * const code: FormatCode = "invalid-time-zone";
 * ```
 * @inline
 */
export type FormatCode =
  | "invalid-id"
  | "invalid-domain"
  | "invalid-country-code"
  | "invalid-page-location"
  | "invalid-url"
  | "invalid-instant"
  | "invalid-date"
  | "invalid-month"
  | "invalid-time-zone"
  | "blank-text";

/** The code of each pattern the models use, by the pattern's text (`/…/`), as zod reports it. */
const PATTERN_CODES = new Map<string, FormatCode>();

/**
 * A string that matches `pattern` (and, when given, has at most `maxLength` characters: zod, like
 * JSON Schema, counts code points).
 * The pattern is what JSON Schema carries (`pattern`), so it must say all it can; a value that
 * fails it is reported with `code`, and no later check of the same value runs. @internal
 */
export function formatted(code: FormatCode, pattern: RegExp, maxLength: number | undefined, message: string) {
  const key = String(pattern);
  const known = PATTERN_CODES.get(key);
  if (known !== undefined && known !== code) throw new Error(`pattern ${key} has two codes: ${known}, ${code}`);
  PATTERN_CODES.set(key, code);
  const string = maxLength === undefined ? z.string() : z.string().max(maxLength);
  return string.regex(pattern, { message, abort: true });
}

/**
 * The format code of a pattern (its text, `/…/`, as zod reports it in an `invalid_format`
 * issue), or `undefined` for a pattern the models do not use. @internal
 */
export function formatCodeOf(pattern: string | undefined): FormatCode | undefined {
  return pattern === undefined ? undefined : PATTERN_CODES.get(pattern);
}

/**
 * One check the library makes that the JSON Schema of its models does not carry: see
 * {@link CHECKS_OUTSIDE_JSON_SCHEMA}.
 *
 * @example
 * ```ts
 * const check: CheckOutsideJsonSchema = CHECKS_OUTSIDE_JSON_SCHEMA[0]!;
 * check.codes; // ["invalid-instant", "invalid-date"]
 * ```
 */
export interface CheckOutsideJsonSchema {
  /** A stable name for the check. */
  readonly id: "leap-day" | "time-zone-known" | "url-parses" | "window-order" | "quote-source" | "clarification-order";
  /** Where it applies: the fields it checks, by schema. */
  readonly where: string;
  /** The issue codes a value failing it gets (the code of the field's format). */
  readonly codes: readonly (FormatCode | "invalid-window" | "unknown-source" | "invalid-clarifications")[];
  /** What it checks, and why JSON Schema cannot say it. */
  readonly check: string;
  /** A value that passes the JSON Schema and that the library refuses. */
  readonly example: string;
}

/**
 * The checks on input that JSON Schema cannot carry, so a JSON Schema validator may accept a
 * value the library refuses (never the reverse: a value the library accepts always passes the
 * JSON Schema of `z.toJSONSchema(model, { io: "input" })`). Everything else a model checks
 * (types, closed objects, enums, lengths, formats as `pattern`) is in the JSON Schema. A test
 * (`test/contract/json-schema.diff.test.ts`) runs generated and hand-picked inputs through both
 * and fails on any other disagreement. Checks made beyond the schemas (unknown company ids,
 * the registry's own cross-record checks, `LIMITS`) are listed in `docs/json-schema.md`.
 *
 * @example
 * ```ts
 * CHECKS_OUTSIDE_JSON_SCHEMA.map((c) => c.id); // ["leap-day", "time-zone-known", "url-parses", "window-order", "quote-source", "clarification-order"]
 * ```
 */
export const CHECKS_OUTSIDE_JSON_SCHEMA: readonly CheckOutsideJsonSchema[] = Object.freeze(
  [
    {
      id: "leap-day",
      where: "IsoInstant, AnnouncementTime.date, Ownership.asOf",
      codes: ["invalid-instant", "invalid-date"],
      check:
        "29 February exists only in leap years. The pattern already refuses days beyond each month's length (2026-02-30, 2026-04-31); the leap-year rule needs arithmetic on the year.",
      example: "2026-02-29",
    },
    {
      id: "time-zone-known",
      where: "AnnouncementTime.timeZone (under announcedAt, sources[].publishedAt, cancelled.at)",
      codes: ["invalid-time-zone"],
      check:
        "An IANA name must be a zone of the tz database the runtime carries. The pattern already limits names to the tz areas (Europe/…, Asia/…, Etc/…), UTC and fixed offsets up to ±14:00; whether a well-formed name exists is a look-up.",
      example: "Europe/Atlantis",
    },
    {
      id: "url-parses",
      where: "Source.url",
      codes: ["invalid-url"],
      check:
        "The URL must parse as a WHATWG URL with a host, as browsers and Node read it. The pattern carries the http(s):// prefix; JSON Schema's `uri` format follows RFC 3986, which refuses URLs browsers accept (spaces in the path) and so cannot be used.",
      example: "https://exa mple.com/x",
    },
    {
      id: "window-order",
      where: "Question (windowStart, deadline)",
      codes: ["invalid-window"],
      check: "windowStart must be before deadline: a comparison between two fields, which JSON Schema cannot make.",
      example: '{ "companyId": "alibaba", "windowStart": "2027-01-01T00:00:00Z", "deadline": "2025-01-01T00:00:00Z" }',
    },
    {
      id: "quote-source",
      where: "Announcement.quotes[].source",
      codes: ["unknown-source"],
      check: "A quote's source must be the position of a source the announcement lists (below the length of `sources`): a comparison between two fields, which JSON Schema cannot make.",
      example: '{ "id": "a1", "sources": [{ "outlet": "TASS" }], "quotes": [{ "field": "aiRole", "text": "an AI partnership", "source": 1 }] }',
    },
    {
      id: "clarification-order",
      where: "Question.clarifications",
      codes: ["invalid-clarifications"],
      check:
        "Clarifications are listed in order of publication: each number greater than the one before, each publishedAt not before the one before. A comparison between items of an array, which JSON Schema cannot make.",
      example: '{ "companyId": "alibaba", "clarifications": [{ "number": 2, "publishedAt": "2026-05-01T00:00:00Z", "text": "b" }, { "number": 1, "publishedAt": "2026-06-01T00:00:00Z", "text": "a" }] }',
    },
  ].map((c) => Object.freeze(c)) as CheckOutsideJsonSchema[],
);

/** Whether a year of the proleptic Gregorian calendar is a leap year. */
function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/**
 * Whether a `YYYY-MM-DD` (or longer text starting so) that has passed a format pattern names a
 * day that exists: the patterns refuse days past each month's length, so only 29 February of a
 * common year is left to refuse. @internal
 */
export function isRealDay(text: string): boolean {
  if (text.slice(4, 10) !== "-02-29") return true;
  return isLeapYear(Number(text.slice(0, 4)));
}
