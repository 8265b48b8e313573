import type { Announcement } from "../models/announcement.js";
import type { ClauseId } from "../models/clause.js";
import type { EntityKind } from "../models/entity.js";
import { type EvaluationContext, type PreparedContext, prepareContext, checkAnnouncement } from "./context.js";
import { type RussianFacts, describeChain, linkTo, russianFacts } from "./parties.js";
import { type CriterionStatus, type CriterionVerdict, type Evidence, type Reason, anyOf, makeVerdict } from "./verdict.js";

const KIND_CLAUSE: Record<EntityKind, ClauseId | undefined> = {
  "government-body": "C2.state",
  ministry: "C2.state",
  "state-owned-enterprise": "C2.state",
  "private-company": "C2.private",
  "research-institution": "C2.research",
  university: "C2.research",
  other: undefined,
};

const KIND_WORDS: Record<EntityKind, string> = {
  "government-body": "a Russian government body",
  ministry: "a Russian ministry",
  "state-owned-enterprise": "a Russian state-owned enterprise",
  "private-company": "a Russian private company",
  "research-institution": "a Russian research institution",
  university: "a Russian university",
  other: "a Russian organisation",
};

/**
 * C2: is at least one counterparty a Russian entity? Government bodies, ministries and
 * state-owned enterprises (C2.state), private companies (C2.private), research institutions
 * and universities (C2.research), or anything incorporated in Russia or majority-controlled by
 * Russian interests (C2.control). A "Russian" party that the Chinese company itself controls
 * (its own Russian subsidiary) is not a partner. Facts the announcement gives override the
 * registry's; a party neither knows enough about is undetermined.
 *
 * @throws {InputError} when the announcement does not match the schema (a programmer error).
 * @example
 * ```ts
 * evaluateRussianEntity({ id: "a1", russianParties: [{ name: "Сбербанк" }] }, { question: { companyId: "alibaba" } }).clauses;
 * // ["C2.state", "C2.control"]
 * ```
 * @example
 * ```ts
 * // Incorporated in Kazakhstan, control unknown: undetermined.
 * evaluateRussianEntity({ id: "a2", russianParties: [{ name: "Steppe AI", countryOfIncorporation: "KZ" }] }, { question: { companyId: "alibaba" } }).status;
 * ```
 */
export function evaluateRussianEntity(announcement: Announcement, context: EvaluationContext): CriterionVerdict {
  announcement = checkAnnouncement(announcement);
  const ctx = prepareContext(context);
  return russianEntityVerdict(ctx, russianFacts(announcement, ctx.registry));
}

/** @internal */
export function russianEntityVerdict(ctx: PreparedContext, parties: readonly RussianFacts[] | undefined): CriterionVerdict {
  const reasons: Reason[] = [];
  const evidence: Evidence[] = [];
  if (parties === undefined) {
    reasons.push({ code: "RUSSIAN_PARTY_MISSING", status: "undetermined", clauses: ["C2.control"], message: "The announcement does not say who the Russian-side parties are." });
    return makeVerdict("russianEntity", "undetermined", reasons, evidence);
  }
  if (parties.length === 0) {
    reasons.push({ code: "NO_RUSSIAN_PARTY", status: "not-met", clauses: ["C2.control"], message: "The announcement names no Russian-side party." });
    return makeVerdict("russianEntity", "not-met", reasons, evidence);
  }
  const statuses: CriterionStatus[] = [];
  for (const p of parties) {
    evidence.push({ type: "party", side: "russian", index: p.index, ...(p.id === undefined ? {} : { id: p.id }), name: p.label });
    const r = judgeParty(p, ctx);
    statuses.push(r.status);
    reasons.push(r);
  }
  return makeVerdict("russianEntity", anyOf(statuses), reasons, evidence);
}

function judgeParty(p: RussianFacts, ctx: PreparedContext): Reason {
  const target = ctx.company?.name ?? ctx.companyId;
  const link = linkTo(p.id, p.owners, ctx.companyId, ctx.registry);
  const majority = ctx.readings.ownSubsidiaryControl === "majority";
  const owns = link.relation === "self" || link.relation === "wholly-owned" || (majority && (link.relation === "controlled" || (link.relation === "undisclosed" && link.controlled === true)));
  if (owns) {
    const chain = link.relation === "self" ? "" : ` (${describeChain(link)})`;
    return { code: "RUSSIAN_PARTY_IS_OWN_SUBSIDIARY", status: "not-met", clauses: ["C2.control", "C1.subsidiary"], message: `${p.label} is controlled by ${target} itself${chain}; a company cannot partner with itself.` };
  }
  // A look-alike of a Chinese company's name is never taken for a Russian partner, whatever
  // facts the host passes with it.
  if (p.doubt !== undefined) {
    return { code: "RUSSIAN_PARTY_MAY_BE_OWN", status: "undetermined", clauses: ["C2.control"], message: `${p.label} ${p.doubt}, so who it is, and whether it is a Russian partner rather than a Chinese company or its own arm, must be settled by a human.` };
  }
  if (link.relation === "undisclosed" || link.relation === "unknown") {
    const why = link.relation === "undisclosed" ? `${target} holds it through a stake of undisclosed size (${describeChain(link)})` : "its ownership runs through records the registry lacks";
    return { code: "RUSSIAN_PARTY_MAY_BE_OWN", status: "undetermined", clauses: ["C2.control", "C1.subsidiary"], message: `${p.label} may be controlled by ${target} itself: ${why}.` };
  }
  if (p.chinese) {
    return { code: "RUSSIAN_PARTY_IS_CHINESE", status: "not-met", clauses: ["C2.control"], message: `${p.label} is a Chinese company in registry ${ctx.registry.version}, not a Russian entity.` };
  }
  const incorporated = p.country === "RU";
  const controlled = p.control === "majority";
  if (incorporated || controlled) {
    const basis = incorporated ? "incorporated in Russia" : "majority-controlled by Russian interests";
    const clause = p.kind === undefined ? undefined : KIND_CLAUSE[p.kind];
    const what = p.kind === undefined ? "a Russian entity" : KIND_WORDS[p.kind];
    return { code: "RUSSIAN_ENTITY", status: "met", clauses: clause === undefined ? ["C2.control"] : [clause, "C2.control"], message: `${p.label} is ${what} (${basis}).` };
  }
  if (p.problem !== undefined && p.country === undefined && p.control === undefined) {
    return { code: "RUSSIAN_PARTY_UNKNOWN", status: "undetermined", clauses: ["C2.control"], message: `Cannot tell whether ${p.label} is a Russian entity: ${p.problem}.` };
  }
  if (p.country !== undefined && (p.control === "none" || p.control === "minority")) {
    return { code: "NOT_RUSSIAN", status: "not-met", clauses: ["C2.control"], message: `${p.label} is incorporated in ${p.country} and not majority-controlled by Russian interests.` };
  }
  const known = p.country !== undefined ? `incorporated in ${p.country}, Russian control unknown` : p.control !== undefined ? `country of incorporation unknown, Russian control ${p.control}` : "neither its country of incorporation nor its control is known";
  return { code: "RUSSIAN_STATUS_UNKNOWN", status: "undetermined", clauses: ["C2.control"], message: `Cannot tell whether ${p.label} is a Russian entity: ${known}.` };
}
