import type { Announcement } from "../models/announcement.js";
import { type EvaluationContext, type PreparedContext, prepareContext, checkAnnouncement } from "./context.js";
import { type ChineseFacts, chineseFacts, describeChain, linkTo } from "./parties.js";
import { classifySource, publishedBy, sourceEvidence } from "./publicity.js";
import { type CriterionVerdict, type Evidence, type Reason, allOf, makeVerdict } from "./verdict.js";

/**
 * C1: is the Chinese party the company the question names (C1.named), or one of its
 * wholly-owned subsidiaries, directly or through a chain of 100% stakes (C1.subsidiary,
 * R.subsidiary)? A majority or minority stake anywhere in the chain is not enough. When the deal
 * runs through a third-country intermediary, credible reporting must confirm the company as
 * the ultimate partner (R.intermediary).
 *
 * @throws {InputError} when the announcement does not match the schema (a programmer error).
 * @example
 * ```ts
 * // Alibaba Cloud is wholly owned by Alibaba Group: met (C1.subsidiary, R.subsidiary).
 * evaluateCompany({ id: "a1", chineseParty: { name: "Alibaba Cloud" } }, { question: { companyId: "alibaba" } }).status; // "met"
 * ```
 * @example
 * ```ts
 * // Ant Group is about a third owned by Alibaba: not met.
 * evaluateCompany({ id: "a2", chineseParty: { id: "ant-group" } }, { question: { companyId: "alibaba" } }).status; // "not-met"
 * ```
 * @example
 * ```ts
 * // A name the registry does not know is not guessed: undetermined, naming the string.
 * evaluateCompany({ id: "a3", chineseParty: { name: "Alibaba Clouds" } }, { question: { companyId: "alibaba" } }).status; // "undetermined"
 * ```
 */
export function evaluateCompany(announcement: Announcement, context: EvaluationContext): CriterionVerdict {
  announcement = checkAnnouncement(announcement);
  const ctx = prepareContext(context);
  return companyVerdict(announcement, ctx, chineseFacts(announcement, ctx.registry));
}

/** @internal */
export function companyVerdict(a: Announcement, ctx: PreparedContext, facts: ChineseFacts | undefined): CriterionVerdict {
  const reasons: Reason[] = [];
  const evidence: Evidence[] = [];
  const target = ctx.company?.name ?? ctx.companyId;
  if (facts === undefined) {
    reasons.push({ code: "CHINESE_PARTY_MISSING", status: "undetermined", clauses: ["C1.named"], message: "The announcement does not say who the Chinese party is." });
    return makeVerdict("company", "undetermined", reasons, evidence);
  }
  evidence.push({ type: "party", side: "chinese", ...(facts.id === undefined ? {} : { id: facts.id }), ...(facts.label === undefined ? {} : { name: facts.label }) });
  if (facts.problem !== undefined) {
    reasons.push({ code: "CHINESE_PARTY_UNKNOWN", status: "undetermined", clauses: ["C1.named", "C1.subsidiary"], message: `Cannot tell whether the Chinese party is ${target}: ${facts.problem}.` });
  } else {
    const link = linkTo(facts.id, facts.owners, ctx.companyId, ctx.registry);
    const who = facts.label ?? facts.id ?? "the Chinese party";
    switch (link.relation) {
      case "self":
        reasons.push({ code: "COMPANY_NAMED", status: "met", clauses: ["C1.named"], message: `${who === target ? "The Chinese party" : who} is ${target}, the company the question names.` });
        break;
      case "wholly-owned":
        reasons.push({ code: "COMPANY_WHOLLY_OWNED", status: "met", clauses: ["C1.subsidiary", "R.subsidiary"], message: `${who} is wholly owned by ${target} (${describeChain(link)}), so its announcement counts for ${target}.` });
        break;
      case "controlled":
      case "partial":
        reasons.push({ code: "COMPANY_NOT_WHOLLY_OWNED", status: "not-met", clauses: ["C1.subsidiary"], message: `${who} is not wholly owned by ${target} (${describeChain(link)}); only 100% ownership counts.` });
        break;
      case "undisclosed":
        reasons.push({ code: "OWNERSHIP_UNDISCLOSED", status: "undetermined", clauses: ["C1.subsidiary"], message: `${who} is held by ${target} through a stake of undisclosed size (${describeChain(link)}), so whether ${target} wholly owns it is unknown.` });
        break;
      case "unknown":
        reasons.push({ code: "OWNERSHIP_INCOMPLETE", status: "undetermined", clauses: ["C1.subsidiary"], message: `The ownership of ${who} runs through records the registry lacks, so whether ${target} wholly owns it is unknown.` });
        break;
      case "unrelated":
        reasons.push({ code: "COMPANY_OTHER", status: "not-met", clauses: ["C1.named", "C1.subsidiary"], message: `${who} is neither ${target} nor a wholly-owned subsidiary of it.` });
        break;
    }
  }
  const via = a.chineseParty?.intermediary;
  if (via !== undefined) {
    const where = via.country === undefined ? "" : ` (${via.country})`;
    evidence.push({ type: "party", side: "intermediary", name: via.name });
    const credible = (via.confirmedBy ?? [])
      .map((s, i) => ({ s, i, kind: publishedBy(s, ctx.asOf) ? classifySource(s, ctx).kind : "unknown" }))
      .filter((x) => CREDIBLE.has(x.kind));
    for (const c of credible) evidence.push(sourceEvidence(c.s, c.i, c.kind));
    if (via.ultimatePartnerConfirmed === false) {
      reasons.push({ code: "INTERMEDIARY_NOT_CONFIRMED", status: "not-met", clauses: ["R.intermediary"], message: `The deal runs through ${via.name}${where}, and reporting does not confirm the Chinese company as the ultimate partner.` });
    } else if (via.ultimatePartnerConfirmed === true || credible.length > 0) {
      reasons.push({ code: "INTERMEDIARY_CONFIRMED", status: "met", clauses: ["R.intermediary"], message: `The deal runs through ${via.name}${where}; credible reporting confirms the Chinese company as the ultimate partner.` });
    } else {
      reasons.push({ code: "INTERMEDIARY_UNCONFIRMED", status: "undetermined", clauses: ["R.intermediary"], message: `The deal runs through ${via.name}${where}, and no credible reporting is given that confirms who the ultimate Chinese partner is.` });
    }
  }
  return makeVerdict("company", allOf(reasons.map((r) => r.status)), reasons, evidence);
}

const CREDIBLE = new Set<string>(["news-agency", "cn-state-media", "ru-state-media", "government", "regulatory-filing"]);
