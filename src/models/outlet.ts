import { z } from "zod";
import { CountryCode, DomainName, PageLocation, RecordId, Text } from "./common.js";

/**
 * The kind of a source, which decides the C5 clause it meets:
 * `company-release` C5.release, `government` C5.government, `news-agency` C5.agency,
 * `cn-state-media` C5.cn-media, `ru-state-media` C5.ru-media, `regulatory-filing` C5.filing,
 * `public-event` C5.event. `other` meets none: an outlet outside these kinds never suffices alone.
 *
 * @example
 * ```ts
 * SourceKind.parse("ru-state-media");
 * ```
 */
export const SourceKind = z.enum([
  "company-release",
  "government",
  "news-agency",
  "cn-state-media",
  "ru-state-media",
  "regulatory-filing",
  "public-event",
  "other",
]);
/** The kind of a source (see {@link SourceKind}). */
export type SourceKind = z.infer<typeof SourceKind>;

/**
 * A publisher that sources can be matched to by name or by URL host: a news agency, a state
 * medium, a government site, an exchange's disclosure site, or an outlet that does not qualify.
 * `greyCase` records why classifying it is a reading (CGTN as part of China Media Group, say)
 * rather than a fact; a host that reads it otherwise overrides the record.
 *
 * `userContent: true` marks a platform that carries anyone's content (a blog platform, a video
 * site, a marketplace, a messenger's public accounts): a page there is nobody's official release
 * by its host alone, so a source on it is undetermined unless a more specific `pages` entry of a
 * company, entity or outlet (its official account) matches the URL. Such an outlet has kind
 * `other`. `pages` lists locations on shared hosts that belong to this outlet.
 *
 * @example
 * ```ts
 * const tass = Outlet.parse({ id: "tass", name: "TASS", aliases: ["ТАСС"], kind: "ru-state-media", domains: ["tass.ru", "tass.com"] });
 * const habr = Outlet.parse({ id: "habr", name: "Habr", kind: "other", userContent: true, domains: ["habr.com"] });
 * ```
 */
export const Outlet = z.object({
  id: RecordId,
  name: Text.max(300),
  aliases: z.array(Text.max(300)).max(200).optional(),
  domains: z.array(DomainName).max(200),
  pages: z.array(PageLocation).max(200).optional(),
  kind: SourceKind.exclude(["company-release", "public-event"]),
  userContent: z.boolean().optional(),
  country: CountryCode.optional(),
  greyCase: Text.optional(),
});
/** A publisher of sources (see {@link Outlet}). */
export type Outlet = z.infer<typeof Outlet>;
