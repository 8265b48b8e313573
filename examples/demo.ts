/**
 * Resolves every question of the series over the fictional example dataset and prints one line
 * per company: the outcome, and the deciding announcement or the reason.
 *
 *   npm run demo                          # as of the dataset's asOf
 *   npm run demo -- 2026-06-01T00:00:00Z  # replay: the resolution as it stood on that date
 *   npm run demo -- --note alibaba        # the full Markdown resolution note of one company
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { formatResolutionMarkdown, safeResolveSeries } from "../src/index.js";

const path = fileURLToPath(new URL("./announcements.json", import.meta.url));
const data = JSON.parse(readFileSync(path, "utf8")) as { asOf: string; announcements: unknown[] };
const args = process.argv.slice(2);
const noteFor = args[0] === "--note" ? args[1] : undefined;
const asOf = (noteFor === undefined ? args[0] : args[2]) ?? data.asOf;

const result = safeResolveSeries({ announcements: data.announcements, asOf });
if (!result.success) {
  for (const issue of result.issues) console.error(`${issue.path}: ${issue.message}`);
  process.exit(1);
}

const { resolutions, registryVersion } = result.data;
if (noteFor !== undefined) {
  const one = resolutions.find((r) => r.companyId === noteFor);
  if (one === undefined) {
    console.error(`no question about \`${noteFor}\`; try one of: ${resolutions.map((r) => r.companyId).join(", ")}`);
    process.exit(1);
  }
  console.log(formatResolutionMarkdown(one));
  process.exit(0);
}
console.log(`Resolutions as of ${result.data.asOf} (registry ${registryVersion}); the data is fictional.\n`);
const width = Math.max(...resolutions.map((r) => r.companyName.length));
for (const r of resolutions) {
  let detail: string;
  if (r.outcome === "YES" && r.deciding !== undefined) {
    detail = `${r.deciding.announcementId} at ${r.deciding.at} [${r.clauses.join(", ")}]`;
  } else if (r.outcome === "NEEDS_REVIEW") {
    detail = r.needsReview.map((n) => `${n.announcementId}: settle ${n.criteria.map((c) => `${c.criterion} (${c.clauses.join(", ")})`).join(", ")}`).join("; ");
  } else {
    const misses = r.evaluations.filter((e) => e.status === "does-not-qualify");
    detail = misses.length === 0 ? "no related announcement" : misses.map((e) => `${e.announcementId} fails ${e.failed.join(", ")}`).join("; ");
  }
  console.log(`${r.companyName.padEnd(width)}  ${r.outcome.padEnd(12)}  ${detail}`);
}
