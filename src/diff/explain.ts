import type { Cause, ResolutionDiff } from "./diff.js";

/** One setting difference in a few words: `reading straddlingTime latest (clarification 1) → earliest (clarification 2)`. */
function say(c: Cause): string {
  switch (c.kind) {
    case "reading": {
      const by = (n: number | undefined) => (n === undefined ? "" : ` (clarification ${n})`);
      return `reading ${c.reading} ${c.a}${by(c.clarification.a)} → ${c.b}${by(c.clarification.b)}`;
    }
    case "registry":
      return `registry ${c.a} → ${c.b}${c.records.length === 0 ? "" : ` (records ${c.records.join(", ")})`}`;
    case "asOf":
      return `asOf ${c.a} → ${c.b}`;
    case "window":
      return `window [${c.a.windowStart}, ${c.a.deadline}) → [${c.b.windowStart}, ${c.b.deadline})`;
  }
}

/**
 * The sentences of a diff: the clarifications on each side, the outcome, then each announcement
 * with the criteria that changed, their clauses and causes. @internal
 */
export function explain(d: Omit<ResolutionDiff, "explanation">): string[] {
  const out: string[] = [];
  const clar = (ns: readonly number[]) => (ns.length === 0 ? "no clarification" : `clarification${ns.length === 1 ? "" : "s"} ${ns.join(", ")}`);
  if (d.clarifications.a.join() !== d.clarifications.b.join()) out.push(`Resolved under ${clar(d.clarifications.a)} (A) and ${clar(d.clarifications.b)} (B).`);
  if (d.outcome !== undefined) out.push(`${d.companyName}: ${d.outcome.a} → ${d.outcome.b}${d.deciding?.b !== undefined ? `, decided by ${d.deciding.b}` : d.deciding?.a !== undefined ? ` (A was decided by ${d.deciding.a})` : ""}.`);
  else if (d.deciding !== undefined) out.push(`${d.companyName}: still YES, now decided by ${d.deciding.b ?? "none"} instead of ${d.deciding.a ?? "none"} (R.multiple).`);
  for (const x of d.announcements) {
    const head = `${x.announcementId}: ${x.a ?? "-"} → ${x.b ?? "-"}`;
    if (x.criteria.length === 0) {
      out.push(`${head}.`);
      continue;
    }
    const parts = x.criteria.map((c) => `${c.criterion} ${c.a} → ${c.b} [${c.clauses.join(", ")}]${c.because.length === 0 ? "" : ` because of ${c.because.map(say).join("; ")}`}`);
    out.push(`${head}: ${parts.join("; ")}.`);
  }
  if (d.announcements.length === 0 && d.deadlineBetween && d.outcome !== undefined) out.push("No announcement changed: the deadline passed between the two instants (Q.no).");
  return out;
}

