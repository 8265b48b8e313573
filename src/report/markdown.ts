import type { AnnouncementEvaluation } from "../criteria/announcement.js";
import type { Evidence } from "../criteria/verdict.js";
import type { Resolution } from "../resolve.js";

const ORDER = ["company", "russianEntity", "aiScope", "formality", "publicity", "timing"] as const;

const BREAKS = /[\p{Cc}\u2028\u2029]+/gu;
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu;
const SYNTAX = /[\\`*_[\]<>&|~!#@]/g;
const SCHEME = /:\/\//g;
const WWW = /\b(www)\./gi;

/**
 * Text made safe to place inside a line of Markdown: line breaks and other control characters
 * become spaces (so no heading or list can start), default-ignorable code points (bidi
 * overrides, zero-width characters) are dropped, and every character that could open Markdown
 * or HTML syntax (emphasis, code, links, images, tags, entities, tables, autolinks) is
 * backslash-escaped, which renders as the character itself.
 */
function text(s: string): string {
  return s.replace(BREAKS, " ").replace(IGNORABLE, "").replace(SYNTAX, "\\$&").replace(SCHEME, ":\\/\\/").replace(WWW, "$1\\.");
}

function clauseList(clauses: readonly string[]): string {
  return clauses.length > 0 ? ` [${clauses.map(text).join(", ")}]` : "";
}

/** The quotes a verdict cites, one indented line each: the words, then the fact and the source. */
function quoteLines(evidence: readonly Evidence[], indent: string): string[] {
  const out: string[] = [];
  for (const e of evidence) {
    if (e.type !== "quote") continue;
    const where = e.outlet ?? e.url;
    out.push(`${indent}- Quoted for ${e.field}: “${text(e.text)}” (source ${e.source}${where === undefined ? "" : `, ${text(where)}`})`);
  }
  return out;
}

function verdictLines(e: AnnouncementEvaluation): string[] {
  return ORDER.flatMap((c) => {
    const v = e.verdicts[c];
    return [`- ${text(v.summary)}${clauseList(v.clauses)}`, ...quoteLines(v.evidence, "  ")];
  });
}

/**
 * Formats a resolution as a Markdown resolution note: the outcome and its reason, the deciding
 * announcement with every criterion's verdict, what a human must settle, and the near misses.
 * Under a verdict (of the deciding announcement, or a criterion to settle), each quote it cites
 * is a line of its own: the words, the fact they support and their source.
 * An adapter at the edge: it reads a resolution and returns text, nothing else. Every text that
 * comes from the input (ids, names, sources, registry versions) is escaped, so an announcement
 * cannot add headings, links, images or HTML to the note, however it is written.
 *
 * @example
 * ```ts
 * const note = formatResolutionMarkdown(resolve({ question: { companyId: "alibaba" }, announcements, asOf }));
 * // "## Alibaba Group: YES\n\nYES: Alibaba Group announced …"
 * ```
 */
export function formatResolutionMarkdown(resolution: Resolution): string {
  const r = resolution;
  const out: string[] = [`## ${text(r.companyName)}: ${r.outcome}`, "", `${text(r.summary)}${clauseList(r.clauses)}`, ""];
  out.push(`As of ${r.asOf}; window \\[${r.windowStart}, ${r.deadline}); registry ${text(r.registryVersion)}.`, "");
  if (r.deciding !== undefined) {
    out.push(`### Deciding announcement: ${text(r.deciding.announcementId)}`, "", ...verdictLines(r.deciding.evaluation), "");
    const others = r.qualifying.filter((id) => id !== r.deciding?.announcementId);
    if (others.length > 0) out.push(`Also qualifying (R.multiple): ${others.map(text).join(", ")}.`, "");
  }
  if (r.needsReview.length > 0) {
    out.push("### Needs review", "");
    const byId = new Map(r.evaluations.map((e) => [e.announcementId, e]));
    for (const item of r.needsReview) {
      out.push(`- **${text(item.announcementId)}**`);
      const evaluation = byId.get(item.announcementId);
      for (const c of item.criteria) {
        out.push(`  - ${text(c.summary)}${clauseList(c.clauses)}`);
        if (evaluation !== undefined) out.push(...quoteLines(evaluation.verdicts[c.criterion].evidence, "    "));
      }
    }
    out.push("");
  }
  const misses = r.evaluations.filter((e) => e.status === "does-not-qualify");
  if (misses.length > 0) {
    out.push("### Considered, not qualifying", "");
    for (const e of misses) out.push(`- **${text(e.announcementId)}**: ${text(e.failed.map((c) => e.verdicts[c].summary).join(" "))}`);
    out.push("");
  }
  const counts = [
    r.unrelated > 0 ? `${r.unrelated} announcement${r.unrelated === 1 ? "" : "s"} by other companies` : "",
    r.notYetKnown.length > 0 ? `${r.notYetKnown.length} not yet known at ${r.asOf}` : "",
  ].filter((s) => s !== "");
  if (counts.length > 0) out.push(`Not considered: ${counts.join("; ")}.`, "");
  out.push(auditLine(r.audit), "");
  return out.join("\n").trimEnd() + "\n";
}

/** The audit record in one line: what a reader needs to reproduce the note and verify it (docs/audit.md). */
function auditLine(a: Resolution["audit"]): string {
  const readings = `straddlingTime ${text(a.readings.straddlingTime)}, ownSubsidiaryControl ${text(a.readings.ownSubsidiaryControl)}, unrecognizedSource ${text(a.readings.unrecognizedSource)}`;
  const n = a.announcements.count;
  // Plain text, escaped like every field (a resolution handed in may not be the library's): the note holds no code spans.
  return `Audit: ai-partnership-rules ${text(a.libraryVersion)}; input digest ${text(a.inputDigest)} over ${n} announcement${n === 1 ? "" : "s"} (digest ${text(a.announcements.digest)}); registry digest ${text(a.registry.digest)}; rules digest ${text(a.rulesDigest)}; readings: ${readings}.`;
}
