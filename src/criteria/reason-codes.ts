import { deepFreeze } from "../freeze.js";
import type { CriterionName } from "./verdict.js";

/**
 * Every reason code a verdict can carry, with the criterion that emits it and what it means.
 * Codes are stable: a host may switch on them, store them, or translate them. A new code may
 * be added in a minor release; an existing one never changes meaning.
 *
 * @example
 * ```ts
 * REASON_CODES.COMPANY_NOT_WHOLLY_OWNED.meaning; // "The Chinese party is owned by the company through a stake below 100% …"
 * ```
 * @dataTable
 */
export const REASON_CODES = deepFreeze({
  // C1: the Chinese company
  CHINESE_PARTY_MISSING: { criterion: "company", meaning: "The announcement does not say who the Chinese party is." },
  CHINESE_PARTY_UNKNOWN: { criterion: "company", meaning: "The Chinese party's id or name is not in the registry (or mixes scripts); the string is quoted." },
  COMPANY_NAMED: { criterion: "company", meaning: "The Chinese party is the company the question names." },
  COMPANY_WHOLLY_OWNED: { criterion: "company", meaning: "The Chinese party is wholly owned by the company through a chain of 100% stakes." },
  COMPANY_NOT_WHOLLY_OWNED: { criterion: "company", meaning: "The Chinese party is owned by the company through a stake below 100% somewhere in the chain." },
  OWNERSHIP_INCOMPLETE: { criterion: "company", meaning: "The ownership chain runs through records the registry lacks." },
  OWNERSHIP_UNDISCLOSED: { criterion: "company", meaning: "The company holds the Chinese party through a stake of undisclosed size, so whether it is wholly owned is unknown." },
  COMPANY_OTHER: { criterion: "company", meaning: "The Chinese party has no ownership link to the company." },
  INTERMEDIARY_CONFIRMED: { criterion: "company", meaning: "A third-country intermediary is used, and credible reporting confirms the company as the ultimate partner." },
  INTERMEDIARY_NOT_CONFIRMED: { criterion: "company", meaning: "A third-country intermediary is used, and reporting does not confirm the company." },
  INTERMEDIARY_UNCONFIRMED: { criterion: "company", meaning: "A third-country intermediary is used, and no credible confirmation is given either way." },
  // C2: the Russian entity
  RUSSIAN_PARTY_MISSING: { criterion: "russianEntity", meaning: "The announcement does not say who the Russian-side parties are." },
  NO_RUSSIAN_PARTY: { criterion: "russianEntity", meaning: "The list of Russian-side parties is empty." },
  RUSSIAN_ENTITY: { criterion: "russianEntity", meaning: "The party is incorporated in Russia or majority-controlled by Russian interests; its kind names the C2 clause." },
  RUSSIAN_PARTY_IS_OWN_SUBSIDIARY: { criterion: "russianEntity", meaning: "The party is controlled by the company itself, so it is not a partner." },
  RUSSIAN_PARTY_MAY_BE_OWN: { criterion: "russianEntity", meaning: "The party may be controlled by the company itself: it is held through an undisclosed stake or records the registry lacks, or its name looks like or contains the name of a Chinese company." },
  RUSSIAN_PARTY_IS_CHINESE: { criterion: "russianEntity", meaning: "The party is a Chinese company in the registry, not a Russian entity." },
  RUSSIAN_PARTY_UNKNOWN: { criterion: "russianEntity", meaning: "The party is not in the registry and the announcement gives no facts about it." },
  NOT_RUSSIAN: { criterion: "russianEntity", meaning: "The party is incorporated elsewhere and not majority-controlled by Russian interests." },
  RUSSIAN_STATUS_UNKNOWN: { criterion: "russianEntity", meaning: "Its country of incorporation or its control is unknown." },
  // C3: AI scope
  AI_ROLE_UNKNOWN: { criterion: "aiScope", meaning: "How central AI is to the partnership is not stated." },
  AI_FOCUS: { criterion: "aiScope", meaning: "The partnership explicitly focuses on AI." },
  AI_SIGNIFICANT_COMPONENT: { criterion: "aiScope", meaning: "AI is a significant component of a multi-technology partnership." },
  AI_PASSING_MENTION: { criterion: "aiScope", meaning: "AI is mentioned only in passing." },
  NOT_AI_SPECIFIC: { criterion: "aiScope", meaning: "General technology cooperation without AI specificity." },
  ACTIVITIES_UNKNOWN: { criterion: "aiScope", meaning: "Which AI activities the partnership includes is not stated." },
  NO_AI_ACTIVITY: { criterion: "aiScope", meaning: "The partnership includes none of the twelve listed AI activities." },
  AI_ACTIVITIES: { criterion: "aiScope", meaning: "The partnership includes the cited AI activities." },
  ONE_TIME_TRANSACTION: { criterion: "aiScope", meaning: "A one-time transaction, not an ongoing partnership." },
  PURE_INVESTMENT: { criterion: "aiScope", meaning: "A pure investment without operational cooperation." },
  ACADEMIC_EXCHANGE: { criterion: "aiScope", meaning: "An academic exchange without a current partnership." },
  ADVISORY_ONLY: { criterion: "aiScope", meaning: "Consulting or advisory services alone." },
  ADVISORY_BUNDLED: { criterion: "aiScope", meaning: "Advisory services bundled with technical cooperation." },
  ADVISORY_BUNDLING_UNKNOWN: { criterion: "aiScope", meaning: "Advisory services, and whether technical cooperation comes with them is not stated." },
  RESEARCH_TECHNICAL_COOPERATION: { criterion: "aiScope", meaning: "With a university or research institution, the cooperation is technical." },
  RESEARCH_WITHOUT_TECHNICAL_COOPERATION: { criterion: "aiScope", meaning: "With a university or research institution, the cooperation is not technical." },
  // C4: formal partnership
  INSTRUMENT_UNKNOWN: { criterion: "formality", meaning: "The form of the cooperation is not stated." },
  QUALIFYING_INSTRUMENT: { criterion: "formality", meaning: "An agreement, contract, strategic alliance or cooperation framework." },
  JOINT_VENTURE: { criterion: "formality", meaning: "A joint venture with the Russian party." },
  MOU_CONCRETE: { criterion: "formality", meaning: "An MOU with concrete AI cooperation intentions." },
  MOU_VAGUE: { criterion: "formality", meaning: "An MOU without concrete AI cooperation intentions." },
  MOU_CONCRETENESS_UNKNOWN: { criterion: "formality", meaning: "An MOU whose concreteness is not stated." },
  NOT_AN_AGREEMENT: { criterion: "formality", meaning: "Talks or a stated intention, not a concrete agreement." },
  GOVERNMENT_STATEMENT_WITH_COMMITMENTS: { criterion: "formality", meaning: "A government statement naming the company with concrete AI commitments." },
  GOVERNMENT_STATEMENT: { criterion: "formality", meaning: "A government-to-government statement that does not name the company or lacks concrete AI commitments." },
  GOVERNMENT_STATEMENT_UNCLEAR: { criterion: "formality", meaning: "A government statement whose naming of the company or concreteness is not stated." },
  NOT_A_PARTNERSHIP_FORM: { criterion: "formality", meaning: "A one-time purchase, investment, acquisition, academic exchange or membership." },
  PARTIES_NAMED: { criterion: "formality", meaning: "The announcement names both parties." },
  PARTIES_NOT_NAMED: { criterion: "formality", meaning: "The announcement does not name the Chinese company or the Russian entity." },
  PARTIES_UNKNOWN: { criterion: "formality", meaning: "Whether the announcement names both parties is not stated." },
  SPECIFIC: { criterion: "formality", meaning: "The announcement describes specific AI cooperation." },
  VAGUE: { criterion: "formality", meaning: "A vague statement such as \"exploring opportunities\"." },
  SPECIFICITY_UNKNOWN: { criterion: "formality", meaning: "Whether the cooperation is specific is not stated." },
  NEW_COOPERATION: { criterion: "formality", meaning: "New cooperation." },
  SIGNIFICANT_EXPANSION: { criterion: "formality", meaning: "A significant expansion of a pre-2025 partnership." },
  MERE_CONTINUATION: { criterion: "formality", meaning: "A mere continuation of a pre-2025 partnership." },
  NOVELTY_UNKNOWN: { criterion: "formality", meaning: "Whether the cooperation is new, expanded or continued is not stated." },
  // C5: public announcement
  NOT_PUBLIC: { criterion: "publicity", meaning: "The partnership was not publicly announced." },
  SOURCES_MISSING: { criterion: "publicity", meaning: "No source is given, or none is known yet at asOf." },
  SOURCE_QUALIFIES: { criterion: "publicity", meaning: "The source is one of the qualifying channels; the clause names which." },
  SOURCE_NOT_QUALIFYING: { criterion: "publicity", meaning: "The source is an outlet outside the qualifying channels." },
  SOURCE_UNRECOGNIZED: { criterion: "publicity", meaning: "Nothing identifies the source: no kind is declared and its outlet or host is unknown (the unrecognizedSource reading decides)." },
  SOURCE_CLAIM_UNVERIFIED: { criterion: "publicity", meaning: "The source declares a kind (release, outlet kind, event) that the registry cannot verify: no URL, an unknown host, an outlet name on a host not its own, or an unnamed event." },
  SOURCE_USER_CONTENT: { criterion: "publicity", meaning: "The source is a page on a platform that carries anyone's content and is not a registered official account, so its publisher cannot be verified." },
  SOURCE_PUBLISHER_UNPLACED: { criterion: "publicity", meaning: "The source is a company's site, and a party that might be that company could not be identified, so whether it is an official release is unknown." },
  // R.window: timing
  TIME_UNVERIFIED: { criterion: "timing", meaning: "The announcement is dated only, or differently, by sources whose publisher cannot be verified." },
  TIME_CONFLICT: { criterion: "timing", meaning: "Sources were published before the stated announcedAt (a source cannot report an announcement before it is made), and the two place it differently against the window." },
  TIME_UNKNOWN: { criterion: "timing", meaning: "When the announcement was made is not stated." },
  IN_WINDOW: { criterion: "timing", meaning: "Made inside the window." },
  BEFORE_WINDOW: { criterion: "timing", meaning: "Made before the window start." },
  AFTER_DEADLINE: { criterion: "timing", meaning: "Made at or after the deadline." },
  TIME_STRADDLES_START: { criterion: "timing", meaning: "Known only to a day or month that crosses the window start." },
  TIME_STRADDLES_DEADLINE: { criterion: "timing", meaning: "Known only to a day or month that crosses the deadline." },
  TIME_STRADDLE_READ: { criterion: "timing", meaning: "A straddling day or month placed at its earliest or latest instant, as the readings ask." },
} as const satisfies Record<string, { criterion: CriterionName; meaning: string }>);

/**
 * A stable reason code (see {@link REASON_CODES}).
 *
 * @example
 * ```ts
 * const code: ReasonCode = "SOURCE_UNRECOGNIZED";
 * ```
 */
export type ReasonCode = keyof typeof REASON_CODES;
