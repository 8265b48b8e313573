import type { QuoteField } from "../models/announcement.js";
import type { ClauseId } from "../models/clause.js";
import type { SourceKind } from "../models/outlet.js";
import type { ReasonCode } from "./reason-codes.js";

/**
 * Three-valued status of one criterion: `met`, `not-met`, or `undetermined` when a fact it
 * needs is missing or ambiguous and a human must settle it.
 *
 * @example
 * ```ts
 * const s: CriterionStatus = "undetermined";
 * ```
 */
export type CriterionStatus = "met" | "not-met" | "undetermined";

/**
 * The six criteria an announcement is judged by: C1 `company`, C2 `russianEntity`, C3 `aiScope`,
 * C4 `formality`, C5 `publicity`, and the R.window `timing`.
 *
 * @example
 * ```ts
 * const c: CriterionName = "aiScope";
 * ```
 */
export type CriterionName = "company" | "russianEntity" | "aiScope" | "formality" | "publicity" | "timing";

/**
 * A piece of the input a verdict relied on: a party, a source, a stated fact, or a quote.
 * A `quote` is the words of a source (its position `source` in `sources`, with its `outlet` and
 * `url` when given) that the announcement offers for a fact (`field`) the verdict reads; it is
 * cited for the reviewer, and never decides the status (the criteria judge the facts alone).
 * Quotes from sources published after `asOf` are not cited.
 *
 * @example
 * ```ts
 * const e: Evidence = { type: "source", index: 0, kind: "ru-state-media", outlet: "TASS", url: "https://tass.com/economy/1" };
 * const q: Evidence = { type: "quote", field: "aiRole", text: "The partnership centres on generative AI.", source: 0, outlet: "TASS" };
 * ```
 */
export type Evidence =
  | {
      /** A party of the announcement (C1, C2, R.intermediary). */
      readonly type: "party";
      /** Which side the party is on: the Chinese party, a Russian-side party, or the third-country intermediary. */
      readonly side: "chinese" | "russian" | "intermediary";
      /** The party's position in `russianParties` (Russian side only). */
      readonly index?: number;
      /** The registry id the party was given or resolved to, when there is one. */
      readonly id?: string;
      /** The party's name as the announcement gives it. */
      readonly name?: string;
    }
  | {
      /** A source of the announcement (C5, R.window). */
      readonly type: "source";
      /** The source's position in the announcement's `sources`. */
      readonly index: number;
      /** The kind of publisher the registry verified (the C5 channel), or `unknown` when it could not place it. */
      readonly kind: SourceKind | "unknown";
      /** The outlet's name as the source gives it. */
      readonly outlet?: string;
      /** The source's URL, whose host and path tell who published it. */
      readonly url?: string;
      /** The public event where the announcement was made (C5.event). */
      readonly event?: string;
    }
  | {
      /** A fact stated in the announcement that the criterion read. */
      readonly type: "fact";
      /** The announcement's field the fact is in, such as `instrument` or `aiRole`. */
      readonly field: string;
      /** The value stated. */
      readonly value: string | number | boolean | readonly string[];
    }
  | {
      /** Words of a source offered for a fact the criterion read; shown to reviewers, never deciding the status. */
      readonly type: "quote";
      /** The fact the quote supports. */
      readonly field: QuoteField;
      /** The words quoted, as the source publishes them. */
      readonly text: string;
      /** The quoted source's position in the announcement's `sources`. */
      readonly source: number;
      /** The quoted source's outlet, when it gives one. */
      readonly outlet?: string;
      /** The quoted source's URL, when it gives one. */
      readonly url?: string;
    };

/**
 * The facts a {@link Reason}'s sentence is made of, by name, so that a host can word a reason in
 * its own language from `code` and `params` alone, without parsing the English `message`. Every
 * value is plain JSON data (a string, a number, a boolean or an array of strings). Each code
 * always carries the same fields, except those marked "absent when …"; a code whose sentence has
 * nothing to fill in carries an empty (frozen, shared) object. Instants are epoch milliseconds
 * (UTC); a span of time is `start` (inclusive) to `end` (exclusive), and `end - start === 1` is an
 * exact instant. Fields documented as "in English" are clauses of the library's own text (as in
 * the message) that no code spells out further.
 *
 * @example
 * ```ts
 * // COMPANY_WHOLLY_OWNED
 * const p: ReasonParams = { party: "Alibaba Cloud", company: "Alibaba Group", path: ["alibaba-cloud", "alibaba"], stakes: ["100"] };
 * const text = `${p.party} belongs wholly to ${p.company}`; // a host's own wording
 * ```
 */
export interface ReasonParams {
  /**
   * The party the reason is about, as the announcement names it (its name, else its registry
   * record's name, else its id; a Russian-side party without either is its description or
   * `party <index>`). C1: COMPANY_NAMED, COMPANY_WHOLLY_OWNED, COMPANY_NOT_WHOLLY_OWNED,
   * OWNERSHIP_UNDISCLOSED, OWNERSHIP_INCOMPLETE, COMPANY_OTHER (the Chinese party). C2: every code
   * but RUSSIAN_PARTY_MISSING and NO_RUSSIAN_PARTY (one Russian-side party).
   */
  readonly party?: string;
  /**
   * The name of the company the question names. CHINESE_PARTY_UNKNOWN, COMPANY_NAMED,
   * COMPANY_WHOLLY_OWNED, COMPANY_NOT_WHOLLY_OWNED, OWNERSHIP_UNDISCLOSED, OWNERSHIP_INCOMPLETE,
   * COMPANY_OTHER, RUSSIAN_PARTY_IS_OWN_SUBSIDIARY, and RUSSIAN_PARTY_MAY_BE_OWN unless `why` is
   * `identity`.
   */
  readonly company?: string;
  /**
   * Registry ids of an ownership chain, from the party up to the company (the party itself is
   * `"(party)"` when it has no registry id; a one-id path means the party is the company).
   * COMPANY_WHOLLY_OWNED, COMPANY_NOT_WHOLLY_OWNED, OWNERSHIP_UNDISCLOSED,
   * RUSSIAN_PARTY_IS_OWN_SUBSIDIARY, and RUSSIAN_PARTY_MAY_BE_OWN when `why` is `undisclosed-stake`.
   */
  readonly path?: readonly string[];
  /**
   * With `path`: `stakes[i]` is the stake `path[i + 1]` holds in `path[i]`, a percentage as a
   * decimal number (`"100"`, `"51.5"`), or `"undisclosed"`.
   */
  readonly stakes?: readonly string[];
  /** Why the registry cannot place the party, naming the string it could not place (in English). CHINESE_PARTY_UNKNOWN, RUSSIAN_PARTY_UNKNOWN. */
  readonly problem?: string;
  /** The third-country intermediary's name. INTERMEDIARY_CONFIRMED, INTERMEDIARY_NOT_CONFIRMED, INTERMEDIARY_UNCONFIRMED. */
  readonly intermediary?: string;
  /** The intermediary's country as given (absent when not given). With `intermediary`. */
  readonly intermediaryCountry?: string;
  /**
   * RUSSIAN_PARTY_MAY_BE_OWN: `identity` (who the party is must be settled: see `doubt`),
   * `undisclosed-stake` (the company holds it through a stake of undisclosed size: see `path`),
   * or `records-missing` (its ownership runs through records the registry lacks).
   */
  readonly why?: "identity" | "undisclosed-stake" | "records-missing";
  /**
   * Why who the party is must be settled by a human, as the rest of a sentence about it (in
   * English: its name looks like or contains a Chinese company's, mixes scripts, or contradicts
   * the registry). RUSSIAN_PARTY_MAY_BE_OWN when `why` is `identity`.
   */
  readonly doubt?: string;
  /** The registry's version. RUSSIAN_PARTY_IS_CHINESE. */
  readonly registryVersion?: string;
  /** RUSSIAN_ENTITY: the kind of Russian entity (an `EntityKind`; absent when not known). */
  readonly entityKind?: string;
  /** RUSSIAN_ENTITY: why it is Russian, `incorporated` (in Russia) or `controlled` (majority-controlled by Russian interests). */
  readonly basis?: "incorporated" | "controlled";
  /** Country of incorporation (ISO 3166-1 alpha-2). NOT_RUSSIAN; RUSSIAN_STATUS_UNKNOWN (absent when unknown). */
  readonly country?: string;
  /** Russian control (`majority`, `minority`, `none`). RUSSIAN_STATUS_UNKNOWN (absent when unknown). */
  readonly control?: string;
  /** The listed AI activities (clause ids such as `C3.models.llm`), without repeats. AI_ACTIVITIES. */
  readonly activities?: readonly string[];
  /** The universities and research institutions among the Russian-side parties, as named. RESEARCH_TECHNICAL_COOPERATION, RESEARCH_WITHOUT_TECHNICAL_COOPERATION. */
  readonly parties?: readonly string[];
  /** The form of the cooperation (an `Instrument`). QUALIFYING_INSTRUMENT, NOT_AN_AGREEMENT, NOT_A_PARTNERSHIP_FORM. */
  readonly instrument?: string;
  /** MOU_CONCRETE: whether the MOU is binding (absent when not stated). */
  readonly binding?: boolean;
  /** GOVERNMENT_STATEMENT: what it lacks, `naming` (it does not name the company) or `commitments` (no concrete AI commitments). */
  readonly lacks?: "naming" | "commitments";
  /** PARTIES_NOT_NAMED: the side not named, `chinese` (checked first) or `russian`. */
  readonly side?: "chinese" | "russian";
  /** The source's position in `sources`. SOURCE_QUALIFIES, SOURCE_NOT_QUALIFYING, SOURCE_UNRECOGNIZED, SOURCE_CLAIM_UNVERIFIED, SOURCE_USER_CONTENT, SOURCE_PUBLISHER_UNPLACED. */
  readonly index?: number;
  /** With `index`: the source as the announcement gives it (its outlet, else its event, else its URL, else `source <index>`). */
  readonly source?: string;
  /** With `index`: how the source was classified, what the registry knows of it (in English). */
  readonly how?: string;
  /** SOURCE_QUALIFIES: the kind of qualifying channel (a `SourceKind`). */
  readonly sourceKind?: string;
  /** SOURCES_MISSING: how many sources are published after `asOf` (not yet known). */
  readonly later?: number;
  /** SOURCES_MISSING: the `asOf` instant (absent when `later` is 0). */
  readonly asOf?: number;
  /**
   * The span the announcement was made in: IN_WINDOW, BEFORE_WINDOW, AFTER_DEADLINE,
   * TIME_STRADDLES_START, TIME_STRADDLES_DEADLINE (after a straddle is read, the instant read);
   * TIME_CONFLICT (its `announcedAt`); TIME_UNVERIFIED (the sources whose publisher is verified;
   * absent when none dates it).
   */
  readonly start?: number;
  /** With `start`: the end of the span (exclusive). */
  readonly end?: number;
  /** TIME_UNVERIFIED: the span every source, verifiable or not, dates it to. */
  readonly unverifiedStart?: number;
  /** With `unverifiedStart`: the end of that span (exclusive). */
  readonly unverifiedEnd?: number;
  /** TIME_CONFLICT: the span its sources were published in, before its `announcedAt`. */
  readonly sourcesStart?: number;
  /** With `sourcesStart`: the end of that span (exclusive). */
  readonly sourcesEnd?: number;
  /** TIME_STRADDLE_READ: the input field the time comes from (`announcedAt`, `sources[0].publishedAt`, or two of them joined by ` and `). */
  readonly field?: string;
  /** TIME_STRADDLE_READ: the reading applied, `earliest` or `latest` (see `Readings.straddlingTime`). */
  readonly reading?: "earliest" | "latest";
  /** TIME_STRADDLE_READ: the instant read. */
  readonly at?: number;
  /** The window start. IN_WINDOW, BEFORE_WINDOW. */
  readonly windowStart?: number;
  /** The deadline. IN_WINDOW, AFTER_DEADLINE. */
  readonly deadline?: number;
}

/**
 * One finding behind a verdict: a stable `code`, the clauses it applies, the status it argues
 * for, the facts it rests on (`params`, see {@link ReasonParams}: enough to word it in another
 * language), and the English sentence made of them for a resolution note (`message`).
 *
 * @example
 * ```ts
 * const r: Reason = {
 *   code: "COMPANY_WHOLLY_OWNED",
 *   status: "met",
 *   clauses: ["C1.subsidiary", "R.subsidiary"],
 *   message: "Alibaba Cloud is wholly owned by Alibaba Group (alibaba-cloud → alibaba (100%)), so its announcement counts for Alibaba Group.",
 *   params: { party: "Alibaba Cloud", company: "Alibaba Group", path: ["alibaba-cloud", "alibaba"], stakes: ["100"] },
 * };
 * ```
 */
export interface Reason {
  /** The stable code of the finding, listed with its criterion and meaning in {@link REASON_CODES}; switch on it, never on `message`. */
  readonly code: ReasonCode;
  /** The status this finding argues for; the verdict's status combines those of its reasons (any `not-met` wins, then any `undetermined`). */
  readonly status: CriterionStatus;
  /** The clause IDs of the criteria ({@link CLAUSES}) the finding applies, such as `C1.subsidiary`. */
  readonly clauses: readonly ClauseId[];
  /** The finding as one English sentence, made from `code` and `params` alone, fit to paste into a resolution note. */
  readonly message: string;
  /** The facts the message is made of (always present; an empty object when there are none). */
  readonly params: ReasonParams;
}

/**
 * The verdict on one criterion for one announcement: its status, the clauses that decided it,
 * the reasons (every finding, deciding or not), a summary sentence made of the deciding
 * reasons, and the evidence used.
 *
 * @example
 * ```ts
 * const v = evaluateCompany(announcement, { question: { companyId: "alibaba" }, registry: builtinRegistry });
 * if (v.status === "undetermined") console.log(v.summary);
 * ```
 */
export interface CriterionVerdict {
  /** Which of the six criteria this verdict is on (C1 `company` … C5 `publicity`, and `timing` for R.window). */
  readonly criterion: CriterionName;
  /** `met`, `not-met`, or `undetermined` when a fact the criterion needs is missing or cannot be verified (a human settles it). */
  readonly status: CriterionStatus;
  /** The clause IDs that decided the status: those of the deciding reasons, without repeats. */
  readonly clauses: readonly ClauseId[];
  /** Every finding on the criterion, deciding or not, each with its code, status, clauses and facts. */
  readonly reasons: readonly Reason[];
  /** One sentence made of the deciding reasons' messages, for a resolution note. */
  readonly summary: string;
  /** The parts of the announcement the verdict relied on: parties, sources, stated facts, and the quotes offered for them. */
  readonly evidence: readonly Evidence[];
}

/**
 * Kleene conjunction over statuses: any `not-met` wins, then any `undetermined`, else `met`.
 * @internal
 */
export function allOf(statuses: Iterable<CriterionStatus>): CriterionStatus {
  let result: CriterionStatus = "met";
  for (const s of statuses) {
    if (s === "not-met") return "not-met";
    if (s === "undetermined") result = "undetermined";
  }
  return result;
}

/**
 * Kleene disjunction over statuses: any `met` wins, then any `undetermined`, else `not-met`.
 * @internal
 */
export function anyOf(statuses: Iterable<CriterionStatus>): CriterionStatus {
  let result: CriterionStatus = "not-met";
  for (const s of statuses) {
    if (s === "met") return "met";
    if (s === "undetermined") result = "undetermined";
  }
  return result;
}
