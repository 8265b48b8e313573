import { z } from "zod";
import { AI_ACTIVITIES } from "./clause.js";
import { CLAUSES } from "./clause.js";
import { CountryCode, MAX_TEXT_LENGTH, Ownership, RecordId, text } from "./common.js";
import { describedEnum, memberList, type MemberMeanings } from "./enum.js";
import { ENTITY_KIND_MEMBERS, EntityKind, RUSSIAN_CONTROL_MEMBERS, RussianControl } from "./entity.js";
import { formatted } from "./formats.js";
import { SOURCE_KIND_MEMBERS, SourceKind } from "./outlet.js";
import { AnnouncementTime } from "./time.js";

/** `URL.canParse`, where the runtime has it (Node 19.9+, current browsers). */
const canParseUrl: ((s: string) => boolean) | undefined = typeof (URL as { canParse?: unknown }).canParse === "function" ? (s) => (URL as unknown as { canParse: (s: string) => boolean }).canParse(s) : undefined;
/** The pattern of a source's `url`: an http(s) scheme (the rest is checked by {@link urlParses}). @internal */
export const URL_PATTERN = /^[Hh][Tt][Tt][Pp][Ss]?:\/\//;
/**
 * Whether a text that has passed {@link URL_PATTERN} parses as a URL. The pattern has passed, so
 * the scheme is http or https, which the URL standard refuses without a host: parsing is the
 * whole check, and `URL.canParse` (where the runtime has it) makes it without building a URL.
 * @internal
 */
export function urlParses(s: string): boolean {
  if (canParseUrl !== undefined) return canParseUrl(s);
  try {
    return new URL(s).hostname.length > 0;
  } catch {
    return false;
  }
}
const Url = formatted("invalid-url", URL_PATTERN, 2048, "invalid URL: expected an absolute http(s) URL").refine(
  urlParses,
  { message: "invalid URL: expected an absolute http(s) URL", params: { code: "invalid-url", check: "url-parses" } },
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
export const Source = z
  .strictObject({
    kind: SourceKind.optional().meta({
      description: `The kind of publisher, which decides the C5 clause the source meets. Leave it out for the registry to infer it from \`url\` or \`outlet\`; a declared kind counts only as far as the registry can verify the publisher.\n${memberList(SOURCE_KIND_MEMBERS)}`,
      examples: ["ru-state-media"],
    }),
    outlet: text(300).optional().meta({ description: "The publisher's name as the source gives it (`TASS`, `Reuters`); matched against the registry's outlets (C5).", examples: ["TASS"] }),
    url: Url.optional().meta({
      description: "The absolute http(s) URL of the publication. Its host and path tell the registry who published it: an outlet, a party's official site (C5.release) or a platform carrying anyone's content.",
      examples: ["https://tass.com/economy/1"],
    }),
    event: text(300).optional().meta({
      description: "The conference, forum or public event where the announcement was made, for a `public-event` source (C5.event).",
      examples: ["St Petersburg International Economic Forum 2026"],
    }),
    publishedAt: AnnouncementTime.optional().meta({
      description: "When this source was published. A source published after `asOf` is not yet known; without `announcedAt`, sources whose publisher the registry verifies date the announcement (R.window).",
    }),
    title: text(1000).optional().meta({ description: "The headline of the publication, for people reading the resolution." }),
  })
  .meta({ description: "One place the announcement was published or reported; at least one source of a C5 kind is needed (C5, R.public). Unknown fields are refused." });
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
export const ChineseParty = z
  .strictObject({
    id: RecordId.optional().meta({
      description: "The registry id of the Chinese company that made the announcement, such as `alibaba-cloud`. It counts for the company a question names when it is that company or wholly owned by it (C1.named, C1.subsidiary, R.subsidiary).",
      examples: ["alibaba-cloud"],
    }),
    name: text(300).optional().meta({
      description: "The Chinese company's name as the announcement gives it, in any script (`Alibaba Cloud`, `阿里云`, `Алибаба`); looked up in the registry, never guessed (C1.named).",
      examples: ["Alibaba Cloud"],
    }),
    owners: z.array(Ownership).max(50).optional().meta({
      description: "Ownership the announcement states. Identity and ownership come from the registry: facts here that contradict a registry record, or concern a company it lacks, make C1 undetermined instead of overriding it (C1.subsidiary).",
    }),
    intermediary: z
      .strictObject({
        name: text(300).meta({ description: "The third-country company the deal runs through.", examples: ["Gulf AI Holdings"] }),
        country: CountryCode.optional().meta({ description: "The intermediary's country, as an ISO 3166-1 alpha-2 code (`AE`).", examples: ["AE"] }),
        ultimatePartnerConfirmed: z.boolean().optional().meta({
          description: "Whether credible reporting confirms the Chinese company as the ultimate partner or beneficiary (R.intermediary). Left out: unknown, so C1 is undetermined.",
        }),
        confirmedBy: z.array(Source).max(100).optional().meta({ description: "The reports that confirm the Chinese company as the ultimate partner (R.intermediary)." }),
      })
      .optional()
      .meta({
        description: "Set when the deal runs through a third-country intermediary; then `id` or `name` is the Chinese company reported as the ultimate partner, and the partnership counts only if credible reporting confirms it (R.intermediary).",
      }),
  })
  .meta({ description: "The Chinese side of the announcement, by registry `id` or by `name` (C1). Unknown fields are refused." });
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
export const RussianParty = z
  .strictObject({
    id: RecordId.optional().meta({
      description: "The registry id of the entity, such as `sberbank`. An id the registry does not know is only a label: the name checks still apply (C2).",
      examples: ["sberbank"],
    }),
    name: text(300).optional().meta({
      description: "The entity's name as the announcement gives it, in any script (`Сбербанк`, `Sber`). A name that looks like, or contains, a Chinese company's name is never taken as a Russian partner (C2, C4.parties).",
      examples: ["Сбербанк"],
    }),
    description: text(1000).optional().meta({
      description: "How the announcement describes an unnamed party (`a large Russian state bank`). A party known only so is not named, so C4.parties is not met by it.",
      examples: ["a large Russian state bank"],
    }),
    kind: EntityKind.optional().meta({
      description: `What kind of organisation the party is, as the announcement says; it decides the C2 clause met. A fact contradicting the registry makes C2 undetermined.\n${memberList(ENTITY_KIND_MEMBERS)}`,
      examples: ["private-company"],
    }),
    countryOfIncorporation: CountryCode.optional().meta({
      description: "Where the party is incorporated, as an ISO 3166-1 alpha-2 code; `RU` makes it a Russian entity (C2.control).",
      examples: ["RU"],
    }),
    russianControl: RussianControl.optional().meta({
      description: `How much of the party Russian interests control; \`majority\` makes it a Russian entity wherever it is incorporated (C2.control).\n${memberList(RUSSIAN_CONTROL_MEMBERS)}`,
      examples: ["majority"],
    }),
    owners: z.array(Ownership).max(50).optional().meta({
      description: "Ownership the announcement states. A party owned by the Chinese company itself is its own subsidiary, not a partner (C2); facts contradicting the registry make C2 undetermined.",
    }),
  })
  .meta({ description: "One party on the Russian side of the announcement, by registry `id`, by `name`, or only by `description` (C2, C4.parties). Unknown fields are refused." });
/** One party on the Russian side (see {@link RussianParty}). */
export type RussianParty = z.infer<typeof RussianParty>;

const INSTRUMENT_MEMBERS = {
  agreement: "a signed cooperation or partnership agreement (C4.instrument), e.g. an agreement to build a language model together.",
  mou: "a memorandum of understanding; it qualifies when it describes concrete AI cooperation, binding or not (C4.mou), e.g. an MOU on integrating a model into a bank's assistant.",
  contract: "a commercial contract for ongoing work (C4.instrument), e.g. a three-year contract to run AI inference for a telecom operator.",
  "joint-venture": "a jointly owned company; one focused on AI counts (R.jv), e.g. a joint company developing AI chips.",
  "strategic-alliance": "a declared strategic alliance or partnership (C4.instrument), e.g. a strategic partnership on AI cloud services.",
  "cooperation-framework": "a framework agreement under which cooperation proceeds (C4.instrument), e.g. a framework for joint AI research programmes.",
  talks: "negotiations without an agreement; vague, so not a qualifying form (R.specificity), e.g. 'the companies discussed AI cooperation'.",
  "stated-intention": "a stated wish to cooperate, with nothing signed (R.specificity), e.g. 'exploring opportunities in AI'.",
  "one-time-purchase": "a single purchase or sale, not an ongoing partnership (C3.excl.onetime), e.g. one shipment of servers.",
  investment: "a purely financial stake without operational cooperation (C3.excl.investment), e.g. a fund buying shares in an AI start-up.",
  acquisition: "one party buying another or part of it; not a partnership form, e.g. buying a Russian AI studio outright.",
  "academic-exchange": "academic or historical exchanges without a current partnership (C3.excl.academic, R.research), e.g. a student exchange programme.",
  membership: "joining an association or alliance of many members; not a bilateral partnership, e.g. both joining an industry AI alliance.",
  "government-statement": "a government-to-government statement; it counts only if it names the company with concrete AI commitments (R.government), e.g. a joint communique listing the company's AI project.",
} as const satisfies MemberMeanings<string>;

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
export const Instrument = describedEnum(
  [
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
  ],
  "The legal form the announced cooperation takes (C4.instrument). The first six are partnership forms; the others are not.",
  INSTRUMENT_MEMBERS,
);
/** The legal form of the cooperation (see {@link Instrument}). */
export type Instrument = z.infer<typeof Instrument>;

const AI_ROLE_MEMBERS = {
  focus: "AI is what the partnership is about (C3.focus), e.g. joint development of a large language model.",
  "significant-component": "AI is explicitly a significant part of a deal covering several technologies (R.multitech), e.g. a 5G and AI agreement with a named AI work programme.",
  "passing-mention": "AI is only mentioned in passing in a wider deal, which does not count (R.multitech), e.g. a logistics deal that 'may use AI'.",
  none: "the deal is not about AI at all (C3.excl.general), e.g. a smartphone distribution agreement.",
} as const satisfies MemberMeanings<string>;

/**
 * How central AI is to the announcement: its `focus`, a `significant-component` of a
 * multi-technology deal (R.multitech), a `passing-mention`, or `none`.
 *
 * @example
 * ```ts
 * AiRole.parse("significant-component");
 * ```
 */
export const AiRole = describedEnum(["focus", "significant-component", "passing-mention", "none"], "How central AI is to the announced partnership (C3.focus, R.multitech).", AI_ROLE_MEMBERS);
/** How central AI is (see {@link AiRole}). */
export type AiRole = z.infer<typeof AiRole>;

const PRIOR_RELATION_MEMBERS = {
  new: "no such partnership existed before (C4.new), e.g. a first agreement between the two.",
  "significant-expansion": "a pre-2025 partnership significantly expanded into new AI work (R.expansion), e.g. a cloud deal extended to joint model training.",
  continuation: "a pre-2025 partnership merely continuing or renewed as it was, which does not count (R.expansion, R.window), e.g. renewing a 2023 agreement unchanged.",
} as const satisfies MemberMeanings<string>;

/**
 * Relation to a partnership that existed before 2025: `new`, a `significant-expansion`
 * (R.expansion), or a mere `continuation`.
 *
 * @example
 * ```ts
 * PriorRelation.parse("continuation");
 * ```
 */
export const PriorRelation = describedEnum(
  ["new", "significant-expansion", "continuation"],
  "How the announced cooperation relates to a partnership between the parties that existed before 2025 (C4.new, R.expansion).",
  PRIOR_RELATION_MEMBERS,
);
/** Relation to a pre-2025 partnership (see {@link PriorRelation}). */
export type PriorRelation = z.infer<typeof PriorRelation>;

const SPECIFICITY_MEMBERS = {
  concrete: "the announcement describes specific AI cooperation (C4.specific, C4.mou), e.g. integrating a named model into a named service.",
  vague: "only general statements, which do not count (R.specificity), e.g. 'exploring opportunities in AI'.",
} as const satisfies MemberMeanings<"concrete" | "vague">;

/** Short examples of the twelve C3 activities, beside their clause text. */
const ACTIVITY_EXAMPLES: MemberMeanings<(typeof AI_ACTIVITIES)[number]> = {
  "C3.infra.datacenter": "a data centre for model training built in Russia",
  "C3.infra.accelerators": "GPU capacity rented to a Russian bank",
  "C3.infra.cloud": "a cloud region dedicated to AI inference",
  "C3.infra.training": "a training cluster shared by the partners",
  "C3.models.llm": "a jointly developed Russian-language model",
  "C3.models.licensing": "a Chinese model licensed to a Russian operator",
  "C3.models.integration": "a Chinese model built into a Russian search engine",
  "C3.models.training": "fine-tuning a model on the partner's data",
  "C3.transfer.hardware": "AI chips supplied for a robotics line",
  "C3.transfer.algorithms": "a computer-vision technique handed over",
  "C3.transfer.rnd": "a joint lab with agreed technical deliverables",
  "C3.transfer.cooperation": "joint work on AI safety testing",
};

const ACTIVITY_MEMBERS = Object.fromEntries(
  AI_ACTIVITIES.map((id) => [id, `${CLAUSES[id].text.replace(/^Activity: /, "")} E.g. ${ACTIVITY_EXAMPLES[id]}.`]),
) as MemberMeanings<(typeof AI_ACTIVITIES)[number]>;

const Activity = z.enum(AI_ACTIVITIES).meta({
  description: `One AI activity of clause C3, by its clause ID.\n${memberList(ACTIVITY_MEMBERS)}`,
  examples: ["C3.models.integration"],
});

const QUOTE_FIELD_MEMBERS = {
  chineseParty: "who the Chinese party is (C1.named, C4.parties), e.g. 'Alibaba Cloud, the cloud arm of Alibaba Group, signed …'.",
  intermediary: "that credible reporting confirms the Chinese company behind an intermediary (R.intermediary), e.g. 'the fund is a vehicle of Volcano Engine, two people involved said'.",
  russianParties: "who the Russian parties are (C2, C4.parties), e.g. 'Sber, Russia's largest state bank, …'.",
  instrument: "the form of the deal (C4.instrument), e.g. 'the companies signed a memorandum of understanding'.",
  binding: "whether it binds the parties (C4.mou), e.g. 'the memorandum is not legally binding'.",
  aiRole: "how central AI is (C3.focus, R.multitech), e.g. 'the partnership centres on generative AI'.",
  activities: "the AI activities it covers (C3.focus), e.g. 'Qwen models will be built into GigaChat services'.",
  includesAdvisory: "advisory work in the deal (C3.excl.consulting), e.g. 'Alibaba will also advise on cloud strategy'.",
  specificity: "how concrete the cooperation is (C4.specific, R.specificity), e.g. 'a joint team will fine-tune the model by March'.",
  priorRelation: "new, expanded or continued cooperation (C4.new, R.expansion), e.g. 'extending their 2023 cloud agreement to model training'.",
  publiclyAnnounced: "that the deal was announced publicly (R.public), e.g. 'the companies announced on Tuesday'.",
  announcedAt: "when it was announced (R.window), e.g. 'on 2 March the companies said …'.",
} as const satisfies MemberMeanings<string>;

/**
 * The facts of an announcement a {@link Quote} may support: the judgement fields (taken on trust,
 * see docs/reliability.md), the parties, and the date. A verdict that reads one of these facts
 * cites its quotes in its evidence.
 *
 * @example
 * ```ts
 * QuoteField.parse("aiRole");
 * ```
 */
export const QuoteField = describedEnum(
  ["chineseParty", "intermediary", "russianParties", "instrument", "binding", "aiRole", "activities", "includesAdvisory", "specificity", "priorRelation", "publiclyAnnounced", "announcedAt"],
  "The fact of the announcement the quote supports, by its field name (`intermediary` is `chineseParty.intermediary`).",
  QUOTE_FIELD_MEMBERS,
);
/** A fact a quote may support (see {@link QuoteField}). */
export type QuoteField = z.infer<typeof QuoteField>;

/**
 * The words of a source that support one fact of an announcement: the `field` the fact is in,
 * the `text` quoted (as published, in any language), and the position of the source in the
 * announcement's `sources`. A quote is a claim like any other: it is shown to the people
 * reviewing a verdict and never makes a criterion met on its own; the library cannot open the
 * source to check that it says so.
 *
 * @example
 * ```ts
 * Quote.parse({ field: "aiRole", text: "The partnership centres on generative AI.", source: 0 });
 * ```
 */
export const Quote = z
  .strictObject({
    field: QuoteField.meta({
      description: `The fact the quote supports, by its field name.\n${memberList(QUOTE_FIELD_MEMBERS)}`,
      examples: ["aiRole"],
    }),
    text: text(2000).meta({ description: "The words quoted, as the source publishes them (any language), at most 2,000 characters; shown to reviewers beside the verdicts that read the fact.", examples: ["The partnership centres on generative AI."] }),
    source: z.number().int().min(0).max(499).meta({
      description: "The position (from 0) of the quoted source in the announcement's `sources`; it must name one of them.",
      examples: [0],
    }),
  })
  .meta({ description: "The words of one source that support one fact of the announcement; shown to reviewers, never enough on its own to meet a criterion. Unknown fields are refused." });
/** The words of a source that support a fact (see {@link Quote}). */
export type Quote = z.infer<typeof Quote>;

/**
 * Each quote must name a source the announcement lists (`source` below `sources.length`): a
 * check across two fields, which JSON Schema cannot carry (`quote-source` in
 * CHECKS_OUTSIDE_JSON_SCHEMA). Runs even when other fields fail, so every problem comes back in
 * one pass; values of the wrong shape are left to the schema's own issues.
 */
function quotedSourcesExist(a: unknown, ctx: z.RefinementCtx): void {
  if (typeof a !== "object" || a === null) return;
  const { quotes, sources } = a as { quotes?: unknown; sources?: unknown };
  if (!Array.isArray(quotes)) return;
  const count = Array.isArray(sources) ? sources.length : 0;
  quotes.forEach((q: unknown, i) => {
    const source = typeof q === "object" && q !== null ? (q as { source?: unknown }).source : undefined;
    if (typeof source !== "number" || !Number.isInteger(source) || source < 0 || source < count) return;
    ctx.addIssue({
      code: "custom",
      path: ["quotes", i, "source"],
      input: source,
      message: count === 0 ? `a quote names source ${source}, but the announcement lists no sources` : `a quote names source ${source}, but the announcement lists ${count} (0 to ${count - 1})`,
      params: { code: "unknown-source", check: "quote-source", expected: count === 0 ? "no source to name" : `0 to ${count - 1}` },
    });
  });
}

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
export const Announcement = z
  .strictObject({
    id: z.string().min(1).max(200).meta({ description: "The host's own identifier of the announcement, unique in its data; reported back in every evaluation.", examples: ["alibaba-sber-2026-03"] }),
    title: text(1000).optional().meta({ description: "A short title for people reading the resolution.", examples: ["Alibaba Cloud and Sber agree on AI model integration"] }),
    announcedAt: AnnouncementTime.optional().meta({
      description: "When the partnership was publicly announced. It must fall on or after the window start and before the deadline (R.window). Left out, the announcement is dated by sources whose publisher the registry verifies; sources surely published before it that place it differently make timing undetermined.",
      examples: ["2026-03-02T10:00:00+03:00"],
    }),
    chineseParty: ChineseParty.optional().meta({ description: "The Chinese company that announced the partnership: the company a question names or a wholly-owned subsidiary of it (C1.named, C1.subsidiary). Left out: C1 is undetermined." }),
    russianParties: z.array(RussianParty).max(100).optional().meta({
      description: "The parties on the Russian side; at least one must be a named Russian entity (C2, C4.parties). Left out: C2 is undetermined.",
    }),
    instrument: Instrument.optional().meta({
      description: `The legal form of the cooperation (C4.instrument); only the first six forms qualify.\n${memberList(INSTRUMENT_MEMBERS)}`,
      examples: ["agreement"],
    }),
    binding: z.boolean().optional().meta({ description: "Whether the instrument binds the parties. A non-binding MOU still qualifies when it describes concrete AI cooperation (C4.mou)." }),
    aiRole: AiRole.optional().meta({
      description: `How central AI is to the partnership (C3.focus, R.multitech).\n${memberList(AI_ROLE_MEMBERS)}`,
      examples: ["focus"],
    }),
    activities: z.array(Activity).max(AI_ACTIVITIES.length * 4).optional().meta({
      description: "The C3 activities the partnership includes, by clause ID; at least one is needed (C3.focus). Left out: C3 is undetermined.",
      examples: [["C3.models.integration"]],
    }),
    includesAdvisory: z.boolean().optional().meta({
      description: "Whether the deal includes consulting or advisory services. Advisory work alone does not count; bundled with technical cooperation it does (C3.excl.consulting).",
    }),
    specificity: z.enum(["concrete", "vague"]).optional().meta({
      description: `Whether the announcement describes specific AI cooperation (C4.specific, R.specificity).\n${memberList(SPECIFICITY_MEMBERS)}`,
      examples: ["concrete"],
    }),
    priorRelation: PriorRelation.optional().meta({
      description: `How the cooperation relates to a partnership of the parties from before 2025 (C4.new, R.expansion).\n${memberList(PRIOR_RELATION_MEMBERS)}`,
      examples: ["new"],
    }),
    publiclyAnnounced: z.boolean().optional().meta({ description: "Whether the partnership was announced publicly at all; a private partnership never counts (R.public)." }),
    sources: z.array(Source).max(500).optional().meta({ description: "Where the announcement was published or reported; at least one must be of a C5 kind the registry can verify (C5, R.public)." }),
    cancelled: z
      .strictObject({
        at: AnnouncementTime.optional().meta({ description: "When the partnership was cancelled or abandoned." }),
        beforeImplementation: z.boolean().optional().meta({ description: "Whether it was cancelled before any implementation. Either way the announcement still counts (R.cancelled)." }),
      })
      .optional()
      .meta({ description: "Set when the partnership was later cancelled or abandoned. A cancelled partnership still resolves YES: the announcement happened (R.cancelled)." }),
    quotes: z.array(Quote).max(24).optional().meta({
      description:
        "Words of the sources that support the facts above (at most 24, two per fact), each naming its fact (`field`) and its source (`source`, a position in `sources`). Shown beside the verdicts that read each fact; a quote never meets a criterion on its own, and leaving quotes out changes no verdict.",
    }),
    notes: z.string().max(MAX_TEXT_LENGTH).optional().meta({ description: "Free notes for people; the rules never read them." }),
  })
  .superRefine(quotedSourcesExist, { when: () => true })
  .meta({
    description:
      "One announced partnership between a Chinese company and Russian parties, with every fact the criteria need. Only `id` is required: a fact left out is unknown, and an unknown fact makes the criteria that need it undetermined (never met or failed). Unknown fields are refused.",
  });
/** One announced partnership (see {@link Announcement}). */
export type Announcement = z.infer<typeof Announcement>;
