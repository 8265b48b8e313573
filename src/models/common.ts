import { z } from "zod";

/** Longest string the schemas accept in a free-text field. Longer input is a data problem, not a crash. */
export const MAX_TEXT_LENGTH = 10_000;

/**
 * A registry identifier: lower-case kebab-case ASCII, such as `alibaba-cloud` or `sberbank`.
 *
 * @example
 * ```ts
 * RecordId.parse("alibaba-cloud"); // "alibaba-cloud"
 * RecordId.safeParse("Alibaba Cloud").success; // false
 * ```
 */
export const RecordId = z
  .string()
  .max(100)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected a kebab-case id such as `alibaba-cloud`");
/** A registry identifier (see {@link RecordId}). */
export type RecordId = z.infer<typeof RecordId>;

/** A non-empty line of human-written text. */
export const Text = z.string().trim().min(1).max(MAX_TEXT_LENGTH);

/**
 * A registrable host name (no scheme, no path), lower case, such as `alibabacloud.com` or `tass.ru`.
 *
 * @example
 * ```ts
 * DomainName.parse("tass.ru"); // "tass.ru"
 * DomainName.safeParse("https://tass.ru").success; // false
 * ```
 */
export const DomainName = z
  .string()
  .max(253)
  .regex(
    /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/,
    "expected a lower-case domain name such as `tass.ru`",
  );
/** A host name (see {@link DomainName}). */
export type DomainName = z.infer<typeof DomainName>;

/**
 * An ISO 3166-1 alpha-2 country code in upper case (`RU`, `CN`, `AE`).
 *
 * @example
 * ```ts
 * CountryCode.parse("RU"); // "RU"
 * ```
 */
export const CountryCode = z.string().regex(/^[A-Z]{2}$/, "expected an ISO 3166-1 alpha-2 code such as `RU`");
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
export const PageLocation = z
  .string()
  .max(500)
  .regex(
    /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9](?:\/[^/?#\sA-Z]+)+$/,
    "expected a lower-case `host/path` such as `habr.com/ru/companies/yandex`",
  );
/** An official location on a shared host (see {@link PageLocation}). */
export type PageLocation = z.infer<typeof PageLocation>;

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
export const Ownership = z.object({
  id: RecordId,
  stake: z.number().min(0).max(100).optional(),
  control: z.literal(true).optional(),
  source: Text.optional(),
  asOf: z
    .string()
    .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, "expected YYYY, YYYY-MM or YYYY-MM-DD")
    .optional(),
});
/** One ownership fact (see {@link Ownership}). */
export type Ownership = z.infer<typeof Ownership>;
