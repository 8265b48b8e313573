/** Freezes a table of records and each record in it (constants are shared by every caller). */
function freezeTable<T extends Record<string, object>>(table: T): T {
  for (const v of Object.values(table)) Object.freeze(v);
  return Object.freeze(table);
}

/**
 * The resolution criteria of the question series, clause by clause, in our own words.
 * Every verdict cites clauses by these stable IDs; an ID never changes meaning.
 *
 * @example
 * ```ts
 * CLAUSES["C1.subsidiary"].text; // "A wholly-owned subsidiary ... counts as the company ..."
 * ```
 * @dataTable
 */
export const CLAUSES = freezeTable({
  "Q.yes": { group: "Q", text: "The question resolves YES once the company named publicly announces a formal AI partnership with a Russian entity before the deadline." },
  "Q.no": { group: "Q", text: "The question resolves NO if no such announcement is made before the deadline; before the deadline the question is still open." },
  "Q.all": { group: "Q", text: "A partnership qualifies only if it meets every criterion (C1 to C5) and every special rule." },
  "C1.named": { group: "C1", text: "The Chinese party is the very company the question names." },
  "C1.subsidiary": { group: "C1", text: "A wholly-owned subsidiary (100%, directly or through a chain of 100% stakes) counts as the company; a majority or minority stake does not." },
  "C2.state": { group: "C2", text: "Russian government bodies, ministries and state-owned enterprises are Russian entities." },
  "C2.private": { group: "C2", text: "Russian private companies are Russian entities." },
  "C2.research": { group: "C2", text: "Russian research institutions and universities are Russian entities." },
  "C2.control": { group: "C2", text: "An entity is Russian if it is incorporated in Russia or majority-controlled by Russian interests." },
  "C3.focus": { group: "C3", text: "The partnership explicitly focuses on artificial intelligence and includes at least one listed AI activity." },
  "C3.infra.datacenter": { group: "C3", text: "Activity: building or operating data centres for AI workloads." },
  "C3.infra.accelerators": { group: "C3", text: "Activity: supplying, deploying or giving cloud access to AI accelerators (GPU, TPU)." },
  "C3.infra.cloud": { group: "C3", text: "Activity: cloud infrastructure dedicated to AI training or inference." },
  "C3.infra.training": { group: "C3", text: "Activity: facilities or capacity for training AI models." },
  "C3.models.llm": { group: "C3", text: "Activity: developing or deploying large language models together." },
  "C3.models.licensing": { group: "C3", text: "Activity: licensing or providing AI models for use in Russia." },
  "C3.models.integration": { group: "C3", text: "Activity: integrating Chinese AI models into Russian services or products." },
  "C3.models.training": { group: "C3", text: "Activity: training or fine-tuning AI models together." },
  "C3.transfer.hardware": { group: "C3", text: "Activity: supplying AI chips or hardware for AI applications." },
  "C3.transfer.algorithms": { group: "C3", text: "Activity: transferring AI algorithms, architectures or techniques." },
  "C3.transfer.rnd": { group: "C3", text: "Activity: joint AI research and development with technical deliverables." },
  "C3.transfer.cooperation": { group: "C3", text: "Activity: technical cooperation on deploying AI, AI safety or AI infrastructure." },
  "C3.excl.general": { group: "C3", text: "Excluded: general technology cooperation that is not specific to AI." },
  "C3.excl.investment": { group: "C3", text: "Excluded: purely financial or investment arrangements without operational cooperation." },
  "C3.excl.consulting": { group: "C3", text: "Excluded: consulting or advisory services on their own, unless bundled with technical cooperation." },
  "C3.excl.academic": { group: "C3", text: "Excluded: historical or academic exchanges without a current partnership." },
  "C3.excl.onetime": { group: "C3", text: "Excluded: one-time transactions; the partnership or agreement must be ongoing." },
  "C4.instrument": { group: "C4", text: "The partnership takes the form of an agreement, MOU, contract, joint venture, strategic alliance or cooperation framework." },
  "C4.parties": { group: "C4", text: "The announcement names the specific parties: the Chinese company and the Russian entity." },
  "C4.specific": { group: "C4", text: "The announcement describes specific AI cooperation." },
  "C4.mou": { group: "C4", text: "A non-binding MOU qualifies when it describes concrete intentions for AI cooperation." },
  "C4.new": { group: "C4", text: "The cooperation is new or expanded, announced after 2025-01-01." },
  "C5.release": { group: "C5", text: "Source: an official press release or announcement of a company." },
  "C5.government": { group: "C5", text: "Source: an announcement of the Chinese or Russian government." },
  "C5.agency": { group: "C5", text: "Source: coverage by Reuters, Bloomberg, AP, AFP, BBC, FT or WSJ." },
  "C5.cn-media": { group: "C5", text: "Source: Chinese state media (Xinhua, China Daily, Global Times, CCTV)." },
  "C5.ru-media": { group: "C5", text: "Source: Russian state media (TASS, RIA Novosti, Interfax)." },
  "C5.filing": { group: "C5", text: "Source: a regulatory filing of a publicly traded company." },
  "C5.event": { group: "C5", text: "Source: an official statement at a conference, forum or public event." },
  "R.window": { group: "R", text: "Only announcements at or after 2025-01-01T00:00:00Z and before 2027-01-01T00:00:00Z count; partnerships that merely keep operating do not." },
  "R.multiple": { group: "R", text: "One qualifying announcement suffices; several still resolve YES." },
  "R.subsidiary": { group: "R", text: "An announcement by a wholly-owned subsidiary counts for its parent." },
  "R.government": { group: "R", text: "Government-to-government statements count only if they name the company with concrete AI cooperation commitments." },
  "R.intermediary": { group: "R", text: "A partnership through a third-country intermediary counts only if credible reporting confirms the company as the ultimate partner or beneficiary." },
  "R.cancelled": { group: "R", text: "A partnership announced and later cancelled or abandoned still resolves YES: the announcement happened." },
  "R.expansion": { group: "R", text: "For a pre-2025 partnership, only a new or significantly expanded AI partnership counts; continuation does not." },
  "R.research": { group: "R", text: "Partnerships with Russian universities or research institutions count when they involve technical cooperation, not only academic exchange." },
  "R.specificity": { group: "R", text: "Vague statements such as 'exploring opportunities' do not count; a concrete agreement, MOU or partnership is required." },
  "R.multitech": { group: "R", text: "An announcement covering several technologies counts when AI is explicitly a significant component, not a passing mention." },
  "R.public": { group: "R", text: "Private partnerships that were never publicly announced do not count." },
  "R.jv": { group: "R", text: "A joint venture of the company with a Russian entity, focused on AI, counts." },
} as const satisfies Record<string, { group: "Q" | "C1" | "C2" | "C3" | "C4" | "C5" | "R"; text: string }>);



/**
 * The ID of one clause of the criteria, such as `"C1.subsidiary"` or `"R.window"`.
 *
 * @example
 * ```ts
 * const id: ClauseId = "C3.models.llm";
 * ```
 */
export type ClauseId = keyof typeof CLAUSES;

/**
 * Every clause ID, in the order of the criteria.
 *
 * @example
 * ```ts
 * CLAUSE_IDS.length; // 51
 * ```
 */
export const CLAUSE_IDS = Object.freeze(Object.keys(CLAUSES)) as readonly ClauseId[];

/**
 * The twelve C3 activities; an announcement lists those it includes by their clause IDs.
 *
 * @example
 * ```ts
 * AI_ACTIVITIES.includes("C3.models.integration"); // true
 * ```
 */
export const AI_ACTIVITIES = Object.freeze([
  "C3.infra.datacenter",
  "C3.infra.accelerators",
  "C3.infra.cloud",
  "C3.infra.training",
  "C3.models.llm",
  "C3.models.licensing",
  "C3.models.integration",
  "C3.models.training",
  "C3.transfer.hardware",
  "C3.transfer.algorithms",
  "C3.transfer.rnd",
  "C3.transfer.cooperation",
] as const satisfies readonly ClauseId[]);
/**
 * One of the twelve C3 activities (see {@link AI_ACTIVITIES}).
 *
 * @example
 * ```ts
 * const activity: AiActivity = "C3.infra.accelerators";
 * ```
 */
export type AiActivity = (typeof AI_ACTIVITIES)[number];
