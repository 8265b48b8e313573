import type { AnnouncementEvaluation } from "../criteria/announcement.js";
import type { Evidence } from "../criteria/verdict.js";
import type { Resolution } from "../resolve.js";

const ORDER = ["company", "russianEntity", "aiScope", "formality", "publicity", "timing"] as const;

const BREAKS = /[\p{Cc}\u2028\u2029]+/gu;
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu;
const SYNTAX = /[\\`*_[\]<>&|~!#@]/g;
const SCHEME = /:\/\//g;
const WWW = /\b(www)\./gi;
/** Spaces at the start: four would open a code block where the text begins a line. */
const LEADING_SPACES = /^ +/;
/** A bullet or a setext underline at the start of a line. */
const BULLET = /^[-+=]/;
/** An ordered list item at the start of a line (`1.`, `1)` before a space): its dot or parenthesis is escaped, since a backslash before a digit shows. */
const ORDERED = /^(\d{1,9})([.)])(?= |$)/;

/**
 * Text made safe to place inside a line of Markdown: line breaks and other control characters
 * become spaces (so no heading, quote or list can start a new line), default-ignorable code
 * points (bidi overrides, zero-width characters) are dropped, and every character that could
 * open Markdown or HTML syntax (emphasis, code, links, images, tags, entities, tables,
 * strikethrough, autolinks, mentions) is backslash-escaped, which renders as the character
 * itself; and, should the text begin a line, leading spaces (an indented code block) are
 * dropped and a bullet or ordered-list marker at the start is escaped.
 * The one escaper of the library's Markdown (the resolution note here and the CLI's Markdown
 * output); internal: not exported from the package's entry point.
 *
 * @example
 * ```ts
 * markdownText("[x](http://evil)"); // "\\[x\\](http:\\/\\/evil)"
 * markdownText("<img src=x onerror=alert(1)>"); // "\\<img src=x onerror=alert(1)\\>"
 * markdownText("1. not a list"); // "1\\. not a list"
 * markdownText("2026.11.0"); // "2026.11.0" (no space after the dot: not a list)
 * ```
 */
export function markdownText(s: string): string {
  return s.replace(BREAKS, " ").replace(IGNORABLE, "").replace(SYNTAX, "\\$&").replace(SCHEME, ":\\/\\/").replace(WWW, "$1\\.").replace(LEADING_SPACES, "").replace(BULLET, "\\$&").replace(ORDERED, "$1\\$2");
}

function clauseList(clauses: readonly string[]): string {
  return clauses.length > 0 ? ` [${clauses.map(markdownText).join(", ")}]` : "";
}

/** The quotes a verdict cites, one indented line each: the words, then the fact and the source. */
function quoteLines(evidence: readonly Evidence[], indent: string): string[] {
  const out: string[] = [];
  for (const e of evidence) {
    if (e.type !== "quote") continue;
    const where = e.outlet ?? e.url;
    out.push(`${indent}- Quoted for ${e.field}: “${markdownText(e.text)}” (source ${e.source}${where === undefined ? "" : `, ${markdownText(where)}`})`);
  }
  return out;
}

function verdictLines(e: AnnouncementEvaluation): string[] {
  return ORDER.flatMap((c) => {
    const v = e.verdicts[c];
    return [`- ${markdownText(v.summary)}${clauseList(v.clauses)}`, ...quoteLines(v.evidence, "  ")];
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
  const out: string[] = [`## ${markdownText(r.companyName)}: ${r.outcome}`, "", `${markdownText(r.summary)}${clauseList(r.clauses)}`, ""];
  out.push(`As of ${r.asOf}; window \\[${r.windowStart}, ${r.deadline}); registry ${markdownText(r.registryVersion)}.`, "");
  const applied = r.clarifications.applied;
  if (applied.length > 0) {
    out.push(`Under the question's clarification${applied.length === 1 ? "" : "s"} ${applied.map((c) => `${c.number} (published ${markdownText(c.publishedAt)})`).join(", ")}${r.clarifications.pinned === undefined ? "" : `, pinned to ${r.clarifications.pinned}`}.`, "");
  }
  for (const c of r.clarifications.conflicts) out.push(`Reading ${c.reading}: ${markdownText(c.clarification)} as clarification ${c.number} fixes it, not ${markdownText(c.host)} as the host asked.`, "");
  if (r.deciding !== undefined) {
    out.push(`### Deciding announcement: ${markdownText(r.deciding.announcementId)}`, "", ...verdictLines(r.deciding.evaluation), "");
    const others = r.qualifying.filter((id) => id !== r.deciding?.announcementId);
    if (others.length > 0) out.push(`Also qualifying (R.multiple): ${others.map(markdownText).join(", ")}.`, "");
  }
  if (r.needsReview.length > 0) {
    out.push("### Needs review", "");
    const byId = new Map(r.evaluations.map((e) => [e.announcementId, e]));
    for (const item of r.needsReview) {
      out.push(`- **${markdownText(item.announcementId)}**`);
      const evaluation = byId.get(item.announcementId);
      for (const c of item.criteria) {
        out.push(`  - ${markdownText(c.summary)}${clauseList(c.clauses)}`);
        if (evaluation !== undefined) out.push(...quoteLines(evaluation.verdicts[c.criterion].evidence, "    "));
      }
    }
    out.push("");
  }
  const misses = r.evaluations.filter((e) => e.status === "does-not-qualify");
  if (misses.length > 0) {
    out.push("### Considered, not qualifying", "");
    for (const e of misses) out.push(`- **${markdownText(e.announcementId)}**: ${markdownText(e.failed.map((c) => e.verdicts[c].summary).join(" "))}`);
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
  const readings = `straddlingTime ${markdownText(a.readings.straddlingTime)}, ownSubsidiaryControl ${markdownText(a.readings.ownSubsidiaryControl)}, unrecognizedSource ${markdownText(a.readings.unrecognizedSource)}`;
  const n = a.announcements.count;
  // Plain text, escaped like every field (a resolution handed in may not be the library's): the note holds no code spans.
  return `Audit: ai-partnership-rules ${markdownText(a.libraryVersion)}; input digest ${markdownText(a.inputDigest)} over ${n} announcement${n === 1 ? "" : "s"} (digest ${markdownText(a.announcements.digest)}); registry digest ${markdownText(a.registry.digest)}; rules digest ${markdownText(a.rulesDigest)}; readings: ${readings}.`;
}
