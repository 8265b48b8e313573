import type { Question } from "../models/question.js";
import { clarificationsInForce } from "../clarifications/in-force.js";
import type { InputIssue } from "../issues.js";
import { type Registry, safeExtendRegistry } from "../registry/registry.js";
import { type Settings, issue } from "./validate.js";

/** Questions resolved under the same clarifications: their settings, and their positions among all the questions. @internal */
export interface ClarifiedGroup {
  readonly settings: Settings;
  readonly positions: readonly number[];
}

/**
 * Splits settings into groups of questions resolved under the same clarifications (the same
 * readings and registry): one group when no question carries clarifications in force, which is
 * the settings as given plus the record of none applied. A clarification's registry records are
 * applied on top of the registry given, once per group; every problem (a pinned number a question
 * lacks, records the registry refuses) comes back with its path. `one`: the input had a single
 * `question` (paths say `question`, not `questions[i]`). @internal
 */
export function splitByClarifications(settings: Settings, one: boolean): { readonly success: true; readonly groups: readonly ClarifiedGroup[] } | { readonly success: false; readonly issues: readonly InputIssue[] } {
  const issues: InputIssue[] = [];
  const at = (i: number): (string | number)[] => (one ? ["question"] : ["questions", i]);
  const pin = settings.clarification;
  if (pin !== undefined && pin !== 0) {
    settings.questions.forEach((q, i) => {
      const numbers = (q.clarifications ?? []).map((c) => c.number);
      if (!numbers.includes(pin)) {
        issues.push(
          issue(["clarification"], "unknown-clarification", `${one ? "the question" : `question ${i} (${q.companyId})`} has no clarification ${pin}`, {
            expected: numbers.length === 0 ? "0 (the question has no clarifications)" : `0 or one of ${numbers.join(", ")}`,
            received: String(pin),
          }),
        );
      }
    });
  }
  if (issues.length > 0) return { success: false, issues };
  if (settings.questions.length === 0) return { success: true, groups: [{ settings: { ...settings, clarified: { applied: [], pinned: pin, conflicts: [] } }, positions: [] }] };
  const groups = new Map<string, { settings: Settings; positions: number[] }>();
  settings.questions.forEach((q: Question, i) => {
    const made = clarificationsInForce(q, { asOf: settings.asOf, clarification: pin, readings: settings.hostReadings });
    const key = JSON.stringify([made.clarifications.map((c) => [c.readings, c.registry]), made.inForce]);
    const known = groups.get(key);
    if (known !== undefined) {
      known.positions.push(i);
      return;
    }
    let registry: Registry = settings.registry;
    for (const c of made.clarifications) {
      if (c.registry === undefined) continue;
      const extended = safeExtendRegistry(registry, { ...c.registry, version: `${registry.version}${registry === settings.registry ? "+clarification" : ""}-${c.number}` });
      if (!extended.success) {
        const j = (q.clarifications ?? []).indexOf(c);
        for (const x of extended.issues) {
          const segments = [...at(i), "clarifications", j, "registry", ...x.segments];
          issues.push(issue(segments, x.code, x.message, { ...(x.expected === undefined ? {} : { expected: x.expected }), ...(x.received === undefined ? {} : { received: x.received }) }));
        }
        break;
      }
      registry = extended.data;
    }
    groups.set(key, { settings: { ...settings, questions: [], registry, readings: made.readings, clarified: made.inForce }, positions: [i] });
  });
  if (issues.length > 0) return { success: false, issues };
  return {
    success: true,
    groups: [...groups.values()].map((g) => ({ settings: { ...g.settings, questions: g.positions.map((i) => settings.questions[i] as Question) }, positions: g.positions })),
  };
}
