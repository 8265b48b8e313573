import { z } from "zod";
import { AI_ACTIVITIES } from "./clause.js";
import { CountryCode, MAX_TEXT_LENGTH, Ownership, RecordId, Text } from "./common.js";
import { EntityKind, RussianControl } from "./entity.js";
import { SourceKind } from "./outlet.js";
import { AnnouncementTime } from "./time.js";

const Url = z
  .string()
  .max(2048)
  .refine(
    (s) => {
      if (!/^https?:\/\//i.test(s)) return false;
      try {
        return new URL(s).hostname.length > 0;
      } catch {
        return false;
      }
    },
    { message: "invalid URL: expected an absolute http(s) URL" },
  );

/**
 * One place the announcement was published or reported. `kind` may be given, or left out for
 * the registry to infer from `url` or `outlet`; a source of unknown kind never satisfies C5 alone.
 * `publishedAt` lets a host replay a resolution as of a past date: a source published after
 * `asOf` is not yet known.
 *
 * @example
 * ```ts
 * Source.parse({ url: "https://tass.com/economy/123", outlet: "TASS", kind: "ru-state-media", publishedAt: "2026-03-02T10:00:00+03:00" });
 * Source.parse({ kind: "public-event", event: "St Petersburg International Economic Forum 2026" });
 * ```
 */
export const Source = z.strictObject({
  kind: SourceKind.optional(),
  outlet: Text.max(300).optional(),
  url: Url.optional(),
  event: Text.max(300).optional(),
  publishedAt: AnnouncementTime.optional(),
  title: Text.max(1000).optional(),
});
/** Where an announcement was published (see {@link Source}). */
export type Source = z.infer<typeof Source>;

/**
 * The Chinese side of an announcement: `id` of a registry company, or its `name` as the
 * announcement gives it (resolved through the registry), optionally with `owners` when the
 * announcement itself establishes a stake the registry lacks.
 *
 * `intermediary` is set when the deal runs through a third-country intermediary; then `id`/`name`
 * are the Chinese company reported as the ultimate partner, and R.intermediary asks for credible
 * confirmation.
 *
 * @example
 * ```ts
 * ChineseParty.parse({ id: "alibaba-cloud" });
 * ChineseParty.parse({ name: "Volcano Engine", intermediary: { name: "Gulf AI Holdings", country: "AE", ultimatePartnerConfirmed: true } });
 * ```
 */
export const ChineseParty = z.strictObject({
  id: RecordId.optional(),
  name: Text.max(300).optional(),
  owners: z.array(Ownership).max(50).optional(),
  intermediary: z
    .strictObject({
      name: Text.max(300),
      country: CountryCode.optional(),
      ultimatePartnerConfirmed: z.boolean().optional(),
      confirmedBy: z.array(Source).max(100).optional(),
    })
    .optional(),
});
/** The Chinese side of an announcement (see {@link ChineseParty}). */
export type ChineseParty = z.infer<typeof ChineseParty>;

/**
 * One party on the Russian side of an announcement: `id` of a registry entity, or its `name`,
 * with any facts the announcement itself gives (they take precedence over the registry).
 * A party with only a `description` ("a major Russian bank") is not named (C4.parties).
 *
 * @example
 * ```ts
 * RussianParty.parse({ id: "sberbank" });
 * RussianParty.parse({ name: "Neuro Lab LLC", kind: "private-company", countryOfIncorporation: "RU" });
 * RussianParty.parse({ description: "a large Russian state bank" });
 * ```
 */
export const RussianParty = z.strictObject({
  id: RecordId.optional(),
  name: Text.max(300).optional(),
  description: Text.max(1000).optional(),
  kind: EntityKind.optional(),
  countryOfIncorporation: CountryCode.optional(),
  russianControl: RussianControl.optional(),
  owners: z.array(Ownership).max(50).optional(),
});
/** One party on the Russian side (see {@link RussianParty}). */
export type RussianParty = z.infer<typeof RussianParty>;

/**
 * The legal form the announced cooperation takes. The first six qualify under C4.instrument;
 * the rest do not: talks and stated intentions fail R.specificity; government statements count
 * only under R.government; one-time purchases, investments and academic exchanges are also
 * excluded by C3 (C3.excl.onetime, C3.excl.investment, C3.excl.academic); acquisitions and
 * memberships are simply not partnership forms.
 *
 * @example
 * ```ts
 * Instrument.parse("mou");
 * ```
 */
export const Instrument = z.enum([
  "agreement",
  "mou",
  "contract",
  "joint-venture",
  "strategic-alliance",
  "cooperation-framework",
  "talks",
  "stated-intention",
  "one-time-purchase",
  "investment",
  "acquisition",
  "academic-exchange",
  "membership",
  "government-statement",
]);
/** The legal form of the cooperation (see {@link Instrument}). */
export type Instrument = z.infer<typeof Instrument>;

/**
 * How central AI is to the announcement: its `focus`, a `significant-component` of a
 * multi-technology deal (R.multitech), a `passing-mention`, or `none`.
 *
 * @example
 * ```ts
 * AiRole.parse("significant-component");
 * ```
 */
export const AiRole = z.enum(["focus", "significant-component", "passing-mention", "none"]);
/** How central AI is (see {@link AiRole}). */
export type AiRole = z.infer<typeof AiRole>;

/**
 * Relation to a partnership that existed before 2025: `new`, a `significant-expansion`
 * (R.expansion), or a mere `continuation`.
 *
 * @example
 * ```ts
 * PriorRelation.parse("continuation");
 * ```
 */
export const PriorRelation = z.enum(["new", "significant-expansion", "continuation"]);
/** Relation to a pre-2025 partnership (see {@link PriorRelation}). */
export type PriorRelation = z.infer<typeof PriorRelation>;

/**
 * Everything a resolver needs to know about one announced partnership. Every fact is optional
 * except `id`: a fact left out is unknown, and an unknown fact makes the criteria that need it
 * undetermined rather than silently met or failed.
 *
 * @example
 * ```ts
 * const a = Announcement.parse({
 *   id: "alibaba-sber-2026-03",
 *   announcedAt: "2026-03-02T10:00:00+03:00",
 *   chineseParty: { id: "alibaba-cloud" },
 *   russianParties: [{ id: "sberbank" }],
 *   instrument: "agreement",
 *   aiRole: "focus",
 *   activities: ["C3.models.integration"],
 *   specificity: "concrete",
 *   priorRelation: "new",
 *   publiclyAnnounced: true,
 *   sources: [{ kind: "ru-state-media", outlet: "TASS", url: "https://tass.com/economy/1" }],
 * });
 * ```
 */
export const Announcement = z.strictObject({
  id: z.string().min(1).max(200),
  title: Text.max(1000).optional(),
  announcedAt: AnnouncementTime.optional(),
  chineseParty: ChineseParty.optional(),
  russianParties: z.array(RussianParty).max(100).optional(),
  instrument: Instrument.optional(),
  binding: z.boolean().optional(),
  aiRole: AiRole.optional(),
  activities: z.array(z.enum(AI_ACTIVITIES)).max(AI_ACTIVITIES.length * 4).optional(),
  includesAdvisory: z.boolean().optional(),
  specificity: z.enum(["concrete", "vague"]).optional(),
  priorRelation: PriorRelation.optional(),
  publiclyAnnounced: z.boolean().optional(),
  sources: z.array(Source).max(500).optional(),
  cancelled: z
    .strictObject({
      at: AnnouncementTime.optional(),
      beforeImplementation: z.boolean().optional(),
    })
    .optional(),
  notes: z.string().max(MAX_TEXT_LENGTH).optional(),
});
/** One announced partnership (see {@link Announcement}). */
export type Announcement = z.infer<typeof Announcement>;
