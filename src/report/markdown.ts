import type { AnnouncementEvaluation } from "../criteria/announcement.js";
import type { Resolution } from "../resolve.js";

const ORDER = ["company", "russianEntity", "aiScope", "formality", "publicity", "timing"] as const;

function verdictLines(e: AnnouncementEvaluation): string[] {
  return ORDER.map((c) => {
    const v = e.verdicts[c];
    return `- ${v.summary}${v.clauses.length > 0 ? ` [${v.clauses.join(", ")}]` : ""}`;
  });
}

/**
 * Formats a resolution as a Markdown resolution note: the outcome and its reason, the deciding
 * announcement with every criterion's verdict, what a human must settle, and the near misses.
 * An adapter at the edge: it reads a resolution and returns text, nothing else.
 *
 * @example
 * ```ts
 * const note = formatResolutionMarkdown(resolve({ question: { companyId: "alibaba" }, announcements, asOf }));
 * // "## Alibaba Group: YES\n\nYES: Alibaba Group announced …"
 * ```
 */
export function formatResolutionMarkdown(resolution: Resolution): string {
  const r = resolution;
  const out: string[] = [`## ${r.companyName}: ${r.outcome}`, "", `${r.summary} [${r.clauses.join(", ")}]`, ""];
  out.push(`As of ${r.asOf}; window [${r.windowStart}, ${r.deadline}); registry ${r.registryVersion}.`, "");
  if (r.deciding !== undefined) {
    out.push(`### Deciding announcement: ${r.deciding.announcementId}`, "", ...verdictLines(r.deciding.evaluation), "");
    const others = r.qualifying.filter((id) => id !== r.deciding?.announcementId);
    if (others.length > 0) out.push(`Also qualifying (R.multiple): ${others.join(", ")}.`, "");
  }
  if (r.needsReview.length > 0) {
    out.push("### Needs review", "");
    for (const item of r.needsReview) {
      out.push(`- **${item.announcementId}**`);
      for (const c of item.criteria) out.push(`  - ${c.summary} [${c.clauses.join(", ")}]`);
    }
    out.push("");
  }
  const misses = r.evaluations.filter((e) => e.status === "does-not-qualify");
  if (misses.length > 0) {
    out.push("### Considered, not qualifying", "");
    for (const e of misses) out.push(`- **${e.announcementId}**: ${e.failed.map((c) => e.verdicts[c].summary).join(" ")}`);
    out.push("");
  }
  const counts = [
    r.unrelated > 0 ? `${r.unrelated} announcement${r.unrelated === 1 ? "" : "s"} by other companies` : "",
    r.notYetKnown.length > 0 ? `${r.notYetKnown.length} not yet known at ${r.asOf}` : "",
  ].filter((s) => s !== "");
  if (counts.length > 0) out.push(`Not considered: ${counts.join("; ")}.`, "");
  return out.join("\n").trimEnd() + "\n";
}
