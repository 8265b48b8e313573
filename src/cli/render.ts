import { type AnnouncementEvaluation, type Outcome, type Resolution, type SeriesResolution, formatResolutionMarkdown } from "../index.js";
// The library's own escaper (internal to the package, not exported: the bin imports dist/report/markdown.js).
import { markdownText } from "../report/markdown.js";
import { printable } from "./feed.js";
import type { Styles } from "./terminal.js";

const CRITERIA = ["company", "russianEntity", "aiScope", "formality", "publicity", "timing"] as const;

/** Pads to a width counted in code points (names here are short; wide characters may misalign). */
function pad(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - [...text].length));
}

/**
 * Rows as aligned columns separated by two spaces; a colour may be applied to a cell after
 * padding, so escape codes do not upset the alignment.
 *
 * @example
 * ```ts
 * table([["COMPANY", "OUTCOME"], ["Baidu", "PENDING"]]); // "COMPANY  OUTCOME\nBaidu    PENDING"
 * ```
 */
export function table(rows: readonly (readonly string[])[], paint?: (row: number, column: number, cell: string) => string): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, [...cell].length)));
  return rows
    .map((row, r) =>
      row
        .map((cell, c) => {
          const padded = c === row.length - 1 ? cell : pad(cell, widths[c] ?? 0);
          return paint === undefined ? padded : paint(r, c, padded);
        })
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

/**
 * An outcome in its colour: YES green, NO red, NEEDS_REVIEW yellow, PENDING plain.
 *
 * @example
 * ```ts
 * paintOutcome("YES", styles(true)); // "\u001b[32mYES\u001b[39m"
 * ```
 */
export function paintOutcome(text: string, paint: Styles): string {
  const outcome = text.trim() as Outcome;
  if (outcome === "YES") return paint.green(text);
  if (outcome === "NO") return paint.red(text);
  if (outcome === "NEEDS_REVIEW") return paint.yellow(text);
  return text;
}

function someIds(ids: readonly string[], max = 3): string {
  const shown = ids.slice(0, max).join(", ");
  return ids.length > max ? `${shown} and ${ids.length - max} more` : shown;
}

/** What decides a resolution, in a few words: the deciding announcement, or what a human must look at. */
function decidedBy(r: Resolution): string {
  if (r.deciding !== undefined) return `deciding: ${r.deciding.announcementId}`;
  const review = [...r.needsReview.map((i) => i.announcementId), ...r.unplaced];
  const parts: string[] = [];
  if (review.length > 0) parts.push(`to review: ${someIds(review)}`);
  if (r.rejected > 0) parts.push(`${r.rejected} refused`);
  return parts.join("; ");
}

/**
 * A series as a table for a terminal: one row per question with its outcome and what decides
 * it, under a line saying as of when, and the announcements whose Chinese party cannot be placed.
 *
 * @example
 * ```ts
 * console.log(seriesTable(series, styles(false)));
 * // As of 2026-11-23T00:00:00.000Z (registry 2026.11.0)
 * // COMPANY  OUTCOME  DECIDED BY
 * // …
 * ```
 */
export function seriesTable(series: SeriesResolution, paint: Styles): string {
  const rows = [["COMPANY", "OUTCOME", "DECIDED BY"], ...series.resolutions.map((r) => [printable(`${r.companyName} (${r.companyId})`), r.outcome, printable(decidedBy(r))])];
  const out = [paint.dim(`As of ${series.asOf} (registry ${series.registryVersion})`), table(rows, (row, column, cell) => (row === 0 ? paint.bold(cell) : column === 1 ? paintOutcome(cell, paint) : cell))];
  if (series.unplaced.length > 0) {
    out.push("", `Chinese party not placed (${series.unplaced.length}):`);
    for (const u of series.unplaced) out.push(printable(`  ${u.announcementId}: ${u.chineseParty ?? "(not named)"}; might be ${u.mightBe.join(", ")}`));
  }
  return out.join("\n") + "\n";
}

/**
 * A series as a Markdown document: a title with the instant, each question's resolution note
 * (`formatResolutionMarkdown`), and the announcements whose Chinese party cannot be placed.
 *
 * @example
 * ```ts
 * const md = seriesMarkdown(series); // "# Resolutions as of 2026-11-23T00:00:00.000Z\n\n## Alibaba Group: YES …"
 * ```
 */
export function seriesMarkdown(series: SeriesResolution): string {
  const out = [`# Resolutions as of ${series.asOf}`, ""];
  for (const r of series.resolutions) out.push(formatResolutionMarkdown(r));
  if (series.unplaced.length > 0) {
    out.push("## Announcements whose Chinese party cannot be placed", "");
    for (const u of series.unplaced) {
      out.push(`- **${markdownText(u.announcementId)}** (${markdownText(u.chineseParty ?? "not named")}): ${markdownText(u.problem)}; might be ${u.mightBe.map(markdownText).join(", ")}`);
      for (const c of u.criteria) out.push(`  - ${markdownText(c.summary)} \\[${c.clauses.map(markdownText).join(", ")}\\]`);
    }
    out.push("");
  }
  return out.join("\n").trimEnd() + "\n";
}

/**
 * One announcement's evaluation for one question as plain text: its status and summary, then
 * each criterion with its status, the clauses that decided it and every reason (code and message).
 *
 * @example
 * ```ts
 * console.log(evaluationText(evaluation, "Alibaba Group (alibaba)", asOf, styles(false)));
 * ```
 */
export function evaluationText(e: AnnouncementEvaluation, question: string, asOf: string, paint: Styles): string {
  const status = e.status === "qualifies" ? paint.green("QUALIFIES") : e.status === "undetermined" ? paint.yellow("UNDETERMINED") : paint.red("DOES NOT QUALIFY");
  const out = [paint.bold(printable(`${e.announcementId} for ${question}, as of ${asOf}`)), `${status}: ${printable(e.summary)}${e.clauses.length > 0 ? ` [${e.clauses.join(", ")}]` : ""}`];
  // A span of one millisecond is an exact instant (spans end exclusive).
  if (e.madeAt !== undefined) out.push(`made: ${Date.parse(e.madeAt.end) - Date.parse(e.madeAt.start) <= 1 ? e.madeAt.start : `${e.madeAt.start} to ${e.madeAt.end} (exclusive)`}${e.cancelled ? " (later cancelled)" : ""}`);
  out.push("");
  const width = Math.max(...CRITERIA.map((c) => c.length));
  for (const c of CRITERIA) {
    const v = e.verdicts[c];
    const s = v.status === "met" ? paint.green(pad(v.status, 12)) : v.status === "not-met" ? paint.red(pad(v.status, 12)) : paint.yellow(pad(v.status, 12));
    out.push(`${pad(c, width)}  ${s}  ${printable(v.summary)}${v.clauses.length > 0 ? ` [${v.clauses.join(", ")}]` : ""}`);
    for (const reason of v.reasons) out.push(`${" ".repeat(width + 2)}- ${reason.code}: ${printable(reason.message)}`);
  }
  return out.join("\n") + "\n";
}

/**
 * One announcement's evaluation as Markdown, every text from the input escaped.
 *
 * @example
 * ```ts
 * const md = evaluationMarkdown(evaluation, "Alibaba Group (alibaba)", asOf); // "## demo-alibaba-sber-llm for Alibaba Group (alibaba): qualifies …"
 * ```
 */
export function evaluationMarkdown(e: AnnouncementEvaluation, question: string, asOf: string): string {
  const out = [`## ${markdownText(e.announcementId)} for ${markdownText(question)}: ${e.status}`, "", `${markdownText(e.summary)}${e.clauses.length > 0 ? ` \\[${e.clauses.map(markdownText).join(", ")}\\]` : ""}`, "", `As of ${markdownText(asOf)}.`, ""];
  for (const c of CRITERIA) {
    const v = e.verdicts[c];
    out.push(`- **${c}: ${v.status}**: ${markdownText(v.summary)}${v.clauses.length > 0 ? ` \\[${v.clauses.map(markdownText).join(", ")}\\]` : ""}`);
    for (const r of v.reasons) out.push(`  - \`${r.code}\`: ${markdownText(r.message)}`);
  }
  return out.join("\n") + "\n";
}
