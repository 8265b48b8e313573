import { z } from "zod";
import { formatted, isRealDay } from "./formats.js";

/** Longest string the schemas accept in a free-text field. Longer input is a data problem, not a crash. */
export const MAX_TEXT_LENGTH = 10_000;

/** The pattern of a {@link RecordId}. @internal */
export const RECORD_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A registry identifier: lower-case kebab-case ASCII, such as `alibaba-cloud` or `sberbank`.
 *
 * @example
 * ```ts
 * RecordId.parse("alibaba-cloud"); // "alibaba-cloud"
 * RecordId.safeParse("Alibaba Cloud").success; // false
 * ```
 */
export const RecordId = formatted("invalid-id", RECORD_ID_PATTERN, 100, "expected a kebab-case id such as `alibaba-cloud`").meta({
  description: "A registry id: lower-case ASCII words joined by hyphens, such as `alibaba-cloud` or `sberbank`.",
  examples: ["alibaba-cloud"],
});
/** A registry identifier (see {@link RecordId}). */
export type RecordId = z.infer<typeof RecordId>;

/**
 * Human-written text of at most `max` characters (code points) as given, with at least one character
 * that is not white space; leading and trailing white space is trimmed away. (The length is that
 * of the text as given, so that JSON Schema's `maxLength` says the same.) @internal
 */
export function text(max: number = MAX_TEXT_LENGTH) {
  return formatted("blank-text", /\S/, max, "expected text that is not blank").trim();
}

/**
 * A registrable host name (no scheme, no path), lower case, such as `alibabacloud.com` or `tass.ru`.
 *
 * @example
 * ```ts
 * DomainName.parse("tass.ru"); // "tass.ru"
 * DomainName.safeParse("https://tass.ru").success; // false
 * ```
 */
export const DomainName = formatted(
  "invalid-domain",
  /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/,
  253,
  "expected a lower-case domain name such as `tass.ru`",
).meta({
  description: "A host name in lower case, without scheme or path, such as `tass.ru`; it also covers its subdomains on label boundaries.",
  examples: ["tass.ru"],
});
/** A host name (see {@link DomainName}). */
export type DomainName = z.infer<typeof DomainName>;

/** The pattern of a {@link CountryCode}. @internal */
export const COUNTRY_CODE_PATTERN = /^[A-Z]{2}$/;

/**
 * An ISO 3166-1 alpha-2 country code in upper case (`RU`, `CN`, `AE`).
 *
 * @example
 * ```ts
 * CountryCode.parse("RU"); // "RU"
 * ```
 */
export const CountryCode = formatted("invalid-country-code", COUNTRY_CODE_PATTERN, undefined, "expected an ISO 3166-1 alpha-2 code such as `RU`").meta({
  description: "A country as an ISO 3166-1 alpha-2 code in upper case: `RU` for Russia, `CN` for China.",
  examples: ["RU"],
});
/** A country code (see {@link CountryCode}). */
export type CountryCode = z.infer<typeof CountryCode>;

/**
 * An official location on a shared host: a lower-case host followed by one or more path
 * segments, with no scheme, query or trailing slash, such as `habr.com/ru/companies/yandex` or
 * `vk.com/sber`. A URL whose host is that host and whose path starts with those segments (whole
 * segments only, compared without case) belongs to the record that lists the page.
 *
 * @example
 * ```ts
 * PageLocation.parse("habr.com/ru/companies/yandex"); // ok
 * PageLocation.safeParse("https://habr.com/ru/companies/yandex/").success; // false: no scheme, no trailing slash
 * ```
 */
export const PageLocation = formatted(
  "invalid-page-location",
  /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9](?:\/[^/?#\sA-Z]+)+$/,
  500,
  "expected a lower-case `host/path` such as `habr.com/ru/companies/yandex`",
).meta({
  description: "An official location on a shared host: a lower-case host and one or more path segments, no scheme, query or trailing slash, such as `habr.com/ru/companies/yandex`. URLs under it belong to the record listing it (C5.release).",
  examples: ["habr.com/ru/companies/yandex"],
});
/** An official location on a shared host (see {@link PageLocation}). */
export type PageLocation = z.infer<typeof PageLocation>;

/** The pattern of an ownership's `asOf` (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). @internal */
export const OWNERSHIP_AS_OF_PATTERN = /^[0-9]{4}(?:-(?:0[1-9]|1[0-2])|-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9])|(?:0[13-9]|1[0-2])-30|(?:0[13578]|1[02])-31))?$/;

/**
 * One ownership fact: `stake` percent of the record is held by the record `id`.
 * A stake of exactly 100 is what "wholly owned" means (clause C1.subsidiary). A `stake` left out
 * means the holder is known but the size of its stake is not disclosed: whether the record is
 * wholly owned or controlled through it is then unknown, and the criteria that depend on it are
 * undetermined rather than guessed. `control: true` records, for such an undisclosed stake, that
 * the holder is known to control the record (it calls it its subsidiary): enough to refuse it as
 * a partner of its own parent (C2), never enough to count it as wholly owned (C1.subsidiary).
 * `source` says briefly where the fact comes from and `asOf` when it was true
 * (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
 *
 * @example
 * ```ts
 * Ownership.parse({ id: "alibaba", stake: 100, source: "Alibaba Group annual report", asOf: "2025-03" });
 * Ownership.parse({ id: "huawei", source: "parent named in the company register; stake not disclosed" });
 * Ownership.parse({ id: "huawei", control: true, source: "the parent calls it its subsidiary; stake not disclosed" });
 * ```
 */
export const Ownership = z
  .strictObject({
    id: RecordId.meta({
      description: "The registry id of the holder: a company or entity that owns part of this record. A chain of 100% holdings up to the company a question names makes the record count as that company (C1.subsidiary).",
      examples: ["alibaba"],
    }),
    stake: z.number().min(0).max(100).optional().meta({
      description: "The percentage of the record the holder owns, 0 to 100; exactly 100 means wholly owned (C1.subsidiary). Left out: the stake is not disclosed, so whether the record is wholly owned or controlled through it is unknown, and C1 and C2 are undetermined rather than guessed.",
      examples: [100],
    }),
    control: z.literal(true).optional().meta({
      description: "Only `true`: for an undisclosed stake, the holder is known to control the record (it calls it its subsidiary). Enough to refuse the record as a partner of its own parent (C2.control), never enough to count it as wholly owned (C1.subsidiary).",
    }),
    source: text().optional().meta({ description: "Where the ownership fact comes from, briefly (an annual report, a company register).", examples: ["Alibaba Group annual report"] }),
    asOf: formatted(
      "invalid-date",
      OWNERSHIP_AS_OF_PATTERN,
      undefined,
      "expected YYYY, YYYY-MM or YYYY-MM-DD",
    )
      .refine(isRealDay, { message: "not a calendar date: 29 February of a common year", params: { code: "invalid-date", check: "leap-day" } })
      .optional()
      .meta({ description: "When the ownership fact was true: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.", examples: ["2025-03"] }),
  })
  .meta({ description: "One ownership fact: the record `id` holds `stake` percent of the record that lists it (C1.subsidiary, C2.control). Unknown fields are refused." });
/** One ownership fact (see {@link Ownership}). */
export type Ownership = z.infer<typeof Ownership>;
