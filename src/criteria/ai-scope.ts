import type { Announcement } from "../models/announcement.js";
import { type EvaluationContext, prepareContext, checkAnnouncement } from "./context.js";
import { type RussianFacts, russianFacts } from "./parties.js";
import { type CriterionVerdict, type Evidence, type Reason, allOf, makeVerdict } from "./verdict.js";

/**
 * C3: does the partnership explicitly focus on AI (C3.focus) and include at least one of the
 * twelve listed activities (C3.infra.*, C3.models.*, C3.transfer.*)? A multi-technology deal
 * counts when AI is a significant component, not a passing mention (R.multitech). Excluded:
 * general technology cooperation (C3.excl.general), pure investment (C3.excl.investment),
 * advisory services alone (C3.excl.consulting), academic exchanges (C3.excl.academic) and
 * one-time transactions (C3.excl.onetime). With a university or research institution, the
 * cooperation must be technical (R.research).
 *
 * @throws {InputError} when the announcement does not match the schema (a programmer error).
 * @example
 * ```ts
 * evaluateAiScope(
 *   { id: "a1", aiRole: "focus", activities: ["C3.models.llm"], instrument: "agreement" },
 *   { question: { companyId: "alibaba" } },
 * ).status; // "met"
 * ```
 * @example
 * ```ts
 * // A one-time GPU purchase is excluded even though it concerns AI hardware.
 * evaluateAiScope(
 *   { id: "a2", aiRole: "focus", activities: ["C3.transfer.hardware"], instrument: "one-time-purchase" },
 *   { question: { companyId: "alibaba" } },
 * ).clauses; // ["C3.excl.onetime"]
 * ```
 */
export function evaluateAiScope(announcement: Announcement, context: EvaluationContext): CriterionVerdict {
  announcement = checkAnnouncement(announcement);
  const ctx = prepareContext(context);
  return aiScopeVerdict(announcement, russianFacts(announcement, ctx.registry));
}

/** @internal */
export function aiScopeVerdict(a: Announcement, parties: readonly RussianFacts[] | undefined): CriterionVerdict {
  const reasons: Reason[] = [];
  const evidence: Evidence[] = [];
  if (a.aiRole !== undefined) evidence.push({ type: "fact", field: "aiRole", value: a.aiRole });
  if (a.activities !== undefined) evidence.push({ type: "fact", field: "activities", value: a.activities });
  if (a.instrument !== undefined) evidence.push({ type: "fact", field: "instrument", value: a.instrument });

  switch (a.aiRole) {
    case undefined:
      reasons.push({ code: "AI_ROLE_UNKNOWN", status: "undetermined", clauses: ["C3.focus", "R.multitech"], message: "How central AI is to the partnership is not stated." });
      break;
    case "focus":
      reasons.push({ code: "AI_FOCUS", status: "met", clauses: ["C3.focus"], message: "The partnership explicitly focuses on AI." });
      break;
    case "significant-component":
      reasons.push({ code: "AI_SIGNIFICANT_COMPONENT", status: "met", clauses: ["C3.focus", "R.multitech"], message: "AI is explicitly a significant component of a multi-technology partnership." });
      break;
    case "passing-mention":
      reasons.push({ code: "AI_PASSING_MENTION", status: "not-met", clauses: ["R.multitech", "C3.excl.general"], message: "AI is mentioned only in passing." });
      break;
    case "none":
      reasons.push({ code: "NOT_AI_SPECIFIC", status: "not-met", clauses: ["C3.excl.general"], message: "The cooperation is general technology cooperation without AI specificity." });
      break;
  }

  const activities = a.activities === undefined ? undefined : [...new Set(a.activities)];
  if (activities === undefined) {
    reasons.push({ code: "ACTIVITIES_UNKNOWN", status: "undetermined", clauses: ["C3.focus"], message: "Which AI activities the partnership includes is not stated." });
  } else if (activities.length === 0) {
    reasons.push({ code: "NO_AI_ACTIVITY", status: "not-met", clauses: ["C3.focus"], message: "The partnership includes none of the listed AI activities." });
  } else {
    reasons.push({ code: "AI_ACTIVITIES", status: "met", clauses: activities, message: `It includes ${activities.length === 1 ? "the listed AI activity" : "the listed AI activities"} ${activities.join(", ")}.` });
  }

  switch (a.instrument) {
    case "one-time-purchase":
      reasons.push({ code: "ONE_TIME_TRANSACTION", status: "not-met", clauses: ["C3.excl.onetime"], message: "A one-time transaction is not an ongoing partnership." });
      break;
    case "investment":
      reasons.push({ code: "PURE_INVESTMENT", status: "not-met", clauses: ["C3.excl.investment"], message: "A pure investment without operational cooperation does not qualify." });
      break;
    case "academic-exchange":
      reasons.push({ code: "ACADEMIC_EXCHANGE", status: "not-met", clauses: ["C3.excl.academic"], message: "An academic exchange without a current partnership does not qualify." });
      break;
    default:
      break;
  }

  if (a.includesAdvisory === true) {
    if (activities === undefined) {
      reasons.push({ code: "ADVISORY_BUNDLING_UNKNOWN", status: "undetermined", clauses: ["C3.excl.consulting"], message: "The partnership includes advisory services, and whether technical cooperation comes with them is not stated." });
    } else if (activities.length === 0) {
      reasons.push({ code: "ADVISORY_ONLY", status: "not-met", clauses: ["C3.excl.consulting"], message: "Consulting or advisory services alone do not qualify." });
    } else {
      reasons.push({ code: "ADVISORY_BUNDLED", status: "met", clauses: ["C3.excl.consulting"], message: "Its advisory services are bundled with technical cooperation." });
    }
  }

  const research = (parties ?? []).filter((p) => p.kind === "university" || p.kind === "research-institution");
  if (research.length > 0) {
    const names = research.map((p) => p.label).join(", ");
    if (a.instrument === "academic-exchange" || (activities !== undefined && activities.length === 0)) {
      reasons.push({ code: "RESEARCH_WITHOUT_TECHNICAL_COOPERATION", status: "not-met", clauses: ["R.research", "C2.research"], message: `With ${names}, only technical cooperation counts, not academic exchange.` });
    } else if (activities !== undefined) {
      reasons.push({ code: "RESEARCH_TECHNICAL_COOPERATION", status: "met", clauses: ["R.research"], message: `With ${names}, the cooperation is technical.` });
    }
  }

  return makeVerdict("aiScope", allOf(reasons.map((r) => r.status)), reasons, evidence);
}
