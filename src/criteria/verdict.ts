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
 * A piece of the input a verdict relied on: a party, a source, or a stated fact.
 *
 * @example
 * ```ts
 * const e: Evidence = { type: "source", index: 0, kind: "ru-state-media", outlet: "TASS", url: "https://tass.com/economy/1" };
 * ```
 */
export type Evidence =
  | {
      readonly type: "party";
      readonly side: "chinese" | "russian" | "intermediary";
      readonly index?: number;
      readonly id?: string;
      readonly name?: string;
    }
  | {
      readonly type: "source";
      readonly index: number;
      readonly kind: SourceKind | "unknown";
      readonly outlet?: string;
      readonly url?: string;
      readonly event?: string;
    }
  | { readonly type: "fact"; readonly field: string; readonly value: string | number | boolean | readonly string[] };

/**
 * One finding behind a verdict: a stable `code`, the clauses it applies, the status it argues
 * for, and a sentence for a resolution note.
 *
 * @example
 * ```ts
 * const r: Reason = {
 *   code: "COMPANY_WHOLLY_OWNED",
 *   status: "met",
 *   clauses: ["C1.subsidiary", "R.subsidiary"],
 *   message: "Alibaba Cloud is wholly owned by Alibaba Group (alibaba-cloud → alibaba, 100%).",
 * };
 * ```
 */
export interface Reason {
  readonly code: ReasonCode;
  readonly status: CriterionStatus;
  readonly clauses: readonly ClauseId[];
  readonly message: string;
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
  readonly criterion: CriterionName;
  readonly status: CriterionStatus;
  readonly clauses: readonly ClauseId[];
  readonly reasons: readonly Reason[];
  readonly summary: string;
  readonly evidence: readonly Evidence[];
}

const LABELS: Record<CriterionName, string> = {
  company: "C1 (Chinese company)",
  russianEntity: "C2 (Russian entity)",
  aiScope: "C3 (AI scope)",
  formality: "C4 (formal partnership)",
  publicity: "C5 (public announcement)",
  timing: "Timing (R.window)",
};

const STATUS_WORDS: Record<CriterionStatus, string> = {
  met: "met",
  "not-met": "not met",
  undetermined: "undetermined",
};

/**
 * Builds a verdict: the deciding reasons are those whose status equals `status`.
 * @internal
 */
export function makeVerdict(
  criterion: CriterionName,
  status: CriterionStatus,
  reasons: readonly Reason[],
  evidence: readonly Evidence[],
): CriterionVerdict {
  const clauses: ClauseId[] = [];
  // Built by concatenation, which the engine keeps as a rope until the text is read: a verdict
  // whose summary nobody reads never copies its sentences.
  let summary = `${LABELS[criterion]} ${STATUS_WORDS[status]}:`;
  for (const r of reasons) {
    if (r.status !== status) continue;
    summary += " " + r.message;
    for (const c of r.clauses) if (!clauses.includes(c)) clauses.push(c);
  }
  return { criterion, status, clauses, reasons, summary, evidence };
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
