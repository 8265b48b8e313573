import type { Announcement, Instrument } from "../models/announcement.js";
import { type EvaluationContext, prepareContext, checkAnnouncement } from "./context.js";
import { type RussianFacts, russianFacts } from "./parties.js";
import { type CriterionVerdict, type Evidence, type Reason, allOf, makeVerdict } from "./verdict.js";

const INSTRUMENT_WORDS: Record<Instrument, string> = {
  agreement: "an agreement",
  mou: "an MOU",
  contract: "a contract",
  "joint-venture": "a joint venture",
  "strategic-alliance": "a strategic alliance",
  "cooperation-framework": "a cooperation framework",
  talks: "talks",
  "stated-intention": "a stated intention",
  "one-time-purchase": "a one-time purchase",
  investment: "an investment",
  acquisition: "an acquisition",
  "academic-exchange": "an academic exchange",
  membership: "a membership",
  "government-statement": "a government statement",
};

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * C4: is it a formal partnership? It must take a qualifying form (C4.instrument: agreement,
 * MOU, contract, joint venture, strategic alliance or cooperation framework; a joint venture
 * counts under R.jv), name the parties (C4.parties), describe specific AI cooperation
 * (C4.specific, R.specificity: "exploring opportunities" is not enough), and be new or a
 * significant expansion of a pre-2025 partnership (C4.new, R.expansion). A non-binding MOU
 * counts when its intentions are concrete (C4.mou). A government-to-government statement counts
 * only if it names the company with concrete AI commitments (R.government).
 *
 * @throws {InputError} when the announcement does not match the schema (a programmer error).
 * @example
 * ```ts
 * evaluateFormality(
 *   { id: "a1", instrument: "mou", binding: false, specificity: "concrete", activities: ["C3.models.llm"],
 *     priorRelation: "new", chineseParty: { id: "alibaba" }, russianParties: [{ id: "sberbank" }] },
 *   { question: { companyId: "alibaba" } },
 * ).status; // "met" (C4.mou)
 * ```
 * @example
 * ```ts
 * // "Exploring opportunities" is not a partnership.
 * evaluateFormality({ id: "a2", instrument: "talks", specificity: "vague" }, { question: { companyId: "alibaba" } }).status; // "not-met"
 * ```
 */
export function evaluateFormality(announcement: Announcement, context: EvaluationContext): CriterionVerdict {
  announcement = checkAnnouncement(announcement);
  const ctx = prepareContext(context);
  return formalityVerdict(announcement, russianFacts(announcement, ctx.registry));
}

/** @internal */
export function formalityVerdict(a: Announcement, parties: readonly RussianFacts[] | undefined): CriterionVerdict {
  const reasons: Reason[] = [];
  const evidence: Evidence[] = [];
  const concrete = a.specificity === "concrete" && a.activities !== undefined && a.activities.length > 0;
  const vague = a.specificity === "vague" || (a.activities !== undefined && a.activities.length === 0);
  if (a.instrument !== undefined) evidence.push({ type: "fact", field: "instrument", value: a.instrument });
  if (a.specificity !== undefined) evidence.push({ type: "fact", field: "specificity", value: a.specificity });
  if (a.priorRelation !== undefined) evidence.push({ type: "fact", field: "priorRelation", value: a.priorRelation });

  switch (a.instrument) {
    case undefined:
      reasons.push({ code: "INSTRUMENT_UNKNOWN", status: "undetermined", clauses: ["C4.instrument"], message: "The form of the cooperation (agreement, MOU, contract, …) is not stated." });
      break;
    case "agreement":
    case "contract":
    case "strategic-alliance":
    case "cooperation-framework":
      reasons.push({ code: "QUALIFYING_INSTRUMENT", status: "met", clauses: ["C4.instrument"], message: `It is ${INSTRUMENT_WORDS[a.instrument]}.` });
      break;
    case "joint-venture":
      reasons.push({ code: "JOINT_VENTURE", status: "met", clauses: ["C4.instrument", "R.jv"], message: "It is a joint venture with the Russian party." });
      break;
    case "mou":
      if (concrete) reasons.push({ code: "MOU_CONCRETE", status: "met", clauses: ["C4.instrument", "C4.mou"], message: `It is ${a.binding === false ? "a non-binding" : "an"} MOU with concrete AI cooperation intentions.` });
      else if (vague) reasons.push({ code: "MOU_VAGUE", status: "not-met", clauses: ["C4.mou", "R.specificity"], message: "It is an MOU without concrete AI cooperation intentions." });
      else reasons.push({ code: "MOU_CONCRETENESS_UNKNOWN", status: "undetermined", clauses: ["C4.mou"], message: "It is an MOU, and whether its AI intentions are concrete is not stated." });
      break;
    case "talks":
    case "stated-intention":
      reasons.push({ code: "NOT_AN_AGREEMENT", status: "not-met", clauses: ["C4.instrument", "R.specificity"], message: `${a.instrument === "talks" ? "Talks are" : "A stated intention is"} not a concrete agreement, MOU or partnership.` });
      break;
    case "government-statement": {
      const named = a.chineseParty !== undefined && (a.chineseParty.id !== undefined || a.chineseParty.name !== undefined);
      if (named && concrete) reasons.push({ code: "GOVERNMENT_STATEMENT_WITH_COMMITMENTS", status: "met", clauses: ["R.government", "C4.instrument"], message: "It is a government statement that names the company with concrete AI cooperation commitments." });
      else if (a.chineseParty !== undefined && !named) reasons.push({ code: "GOVERNMENT_STATEMENT", status: "not-met", clauses: ["R.government"], message: "It is a government-to-government statement that does not name the company." });
      else if (vague) reasons.push({ code: "GOVERNMENT_STATEMENT", status: "not-met", clauses: ["R.government"], message: "It is a government-to-government statement without concrete AI commitments from the company." });
      else reasons.push({ code: "GOVERNMENT_STATEMENT_UNCLEAR", status: "undetermined", clauses: ["R.government"], message: "It is a government statement, and whether it names the company with concrete AI commitments is not stated." });
      break;
    }
    default:
      reasons.push({ code: "NOT_A_PARTNERSHIP_FORM", status: "not-met", clauses: ["C4.instrument"], message: `${capitalize(INSTRUMENT_WORDS[a.instrument])} is not an agreement, MOU, contract, joint venture, strategic alliance or cooperation framework.` });
  }

  const chineseNamed = a.chineseParty === undefined ? undefined : a.chineseParty.id !== undefined || a.chineseParty.name !== undefined;
  const russianNamed = parties === undefined ? undefined : parties.some((p) => p.named);
  if (chineseNamed === false || russianNamed === false) {
    const who = chineseNamed === false ? "the Chinese company" : "the Russian entity";
    reasons.push({ code: "PARTIES_NOT_NAMED", status: "not-met", clauses: ["C4.parties"], message: `The announcement does not name ${who}.` });
  } else if (chineseNamed === undefined || russianNamed === undefined) {
    reasons.push({ code: "PARTIES_UNKNOWN", status: "undetermined", clauses: ["C4.parties"], message: "Whether the announcement names both parties is not stated." });
  } else {
    reasons.push({ code: "PARTIES_NAMED", status: "met", clauses: ["C4.parties"], message: "It names both parties." });
  }

  switch (a.specificity) {
    case undefined:
      reasons.push({ code: "SPECIFICITY_UNKNOWN", status: "undetermined", clauses: ["C4.specific", "R.specificity"], message: "Whether the announcement describes specific AI cooperation is not stated." });
      break;
    case "vague":
      reasons.push({ code: "VAGUE", status: "not-met", clauses: ["C4.specific", "R.specificity"], message: "The statement is vague (such as \"exploring opportunities\")." });
      break;
    case "concrete":
      reasons.push({ code: "SPECIFIC", status: "met", clauses: ["C4.specific", "R.specificity"], message: "It describes specific AI cooperation." });
      break;
  }

  switch (a.priorRelation) {
    case undefined:
      reasons.push({ code: "NOVELTY_UNKNOWN", status: "undetermined", clauses: ["C4.new", "R.expansion"], message: "Whether this is new cooperation or continues a pre-2025 partnership is not stated." });
      break;
    case "new":
      reasons.push({ code: "NEW_COOPERATION", status: "met", clauses: ["C4.new"], message: "It is new cooperation." });
      break;
    case "significant-expansion":
      reasons.push({ code: "SIGNIFICANT_EXPANSION", status: "met", clauses: ["C4.new", "R.expansion"], message: "It significantly expands a pre-2025 partnership." });
      break;
    case "continuation":
      reasons.push({ code: "MERE_CONTINUATION", status: "not-met", clauses: ["C4.new", "R.expansion", "R.window"], message: "It merely continues a pre-2025 partnership." });
      break;
  }

  return makeVerdict("formality", allOf(reasons.map((r) => r.status)), reasons, evidence);
}
