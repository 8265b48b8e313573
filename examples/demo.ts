/**
 * Resolves every question of the series twice: over the fictional edge cases of
 * announcements.json, and over the real reported events of real-events.json. For each company it
 * prints the outcome and the deciding announcement or the reason; for each real event, one line
 * saying why it qualifies or not.
 *
 *   npm run demo                                    # fictional data as of its asOf; real data as of 2026-11-23
 *   npm run demo -- 2026-06-01T00:00:00Z            # replay the fictional data as it stood on that date
 *   npm run demo -- --as-of 2026-01-01T00:00:00Z    # replay the real events as of that instant
 *   npm run demo -- --note alibaba                  # the full Markdown resolution note of one company (fictional data)
 *   npm run demo -- --note china-mobile --real      # the same for the real events (as of --as-of)
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Announcement, SERIES_COMPANY_IDS, evaluateAnnouncement, formatResolutionMarkdown, safeResolveSeries } from "../src/index.js";

/** The date the real-events dataset was compiled: the default instant to resolve it as of. */
const REAL_AS_OF = "2026-11-23T00:00:00Z";

function readJson(name: string): unknown {
  return JSON.parse(readFileSync(fileURLToPath(new URL(name, import.meta.url)), "utf8"));
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

// Flags: --note <company>, --as-of <instant> (real events), --real (the note is about the real
// events), and one positional instant (the fictional data's asOf, as before).
let noteFor: string | undefined;
let realAsOf = REAL_AS_OF;
let noteOnReal = false;
const positional: string[] = [];
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  const a = args[i] as string;
  if (a === "--note" || a === "--as-of") {
    const value = args[++i];
    if (value === undefined || value.startsWith("--")) fail(`${a} needs a value`);
    if (a === "--note") noteFor = value;
    else realAsOf = value;
  } else if (a.startsWith("--as-of=")) realAsOf = a.slice("--as-of=".length);
  else if (a === "--real") noteOnReal = true;
  else if (a.startsWith("--")) fail(`unknown option ${a}; use --note <company>, --as-of <instant>, --real`);
  else positional.push(a);
}

const fictional = readJson("./announcements.json") as { asOf: string; announcements: unknown[] };
const real = readJson("./real-events.json") as unknown[];
const fictionalAsOf = positional[0] ?? fictional.asOf;

function resolveOrExit(announcements: unknown, asOf: string, label: string) {
  const result = safeResolveSeries({ announcements, asOf });
  if (!result.success) fail(result.issues.map((i) => `${label} ${i.path}: ${i.message}`).join("\n"));
  return result.data;
}

if (noteFor !== undefined) {
  const { resolutions } = noteOnReal ? resolveOrExit(real, realAsOf, "real-events.json") : resolveOrExit(fictional.announcements, fictionalAsOf, "announcements.json");
  const one = resolutions.find((r) => r.companyId === noteFor);
  if (one === undefined) fail(`no question about \`${noteFor}\`; try one of: ${resolutions.map((r) => r.companyId).join(", ")}`);
  console.log(formatResolutionMarkdown(one));
  process.exit(0);
}

// Resolve both datasets before printing anything, so a bad date or record stops the demo cleanly.
const fictionalSeries = resolveOrExit(fictional.announcements, fictionalAsOf, "announcements.json");
const realSeries = resolveOrExit(real, realAsOf, "real-events.json");

// ── Fictional edge cases ─────────────────────────────────────────────────────────────────────
{
  const { resolutions, registryVersion, asOf } = fictionalSeries;
  console.log(`Fictional edge cases (examples/announcements.json), as of ${asOf} (registry ${registryVersion}); the data is fictional.\n`);
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
}

// ── Real reported events ─────────────────────────────────────────────────────────────────────
{
  const { resolutions, registryVersion, asOf } = realSeries;
  const notYetKnown = new Set(resolutions[0]?.notYetKnown ?? []);
  console.log(`\nReal reported events (examples/real-events.json, compiled ${REAL_AS_OF.slice(0, 10)}), as of ${asOf} (registry ${registryVersion}).\n`);

  const width = Math.max(...resolutions.map((r) => r.companyName.length));
  for (const r of resolutions) {
    let detail: string;
    if (r.outcome === "YES" && r.deciding !== undefined) {
      detail = `${r.deciding.announcementId} at ${r.deciding.at} [${r.clauses.join(", ")}]`;
    } else if (r.outcome === "NEEDS_REVIEW") {
      detail = r.needsReview.map((n) => `${n.announcementId}: settle ${n.criteria.map((c) => c.criterion).join(", ")}`).join("; ");
    } else {
      // Events whose Chinese party is this company (or wholly owned by it); the others it saw name no series company.
      const own = r.evaluations.filter((e) => e.verdicts.company.status === "met").map((e) => e.announcementId);
      const anonymous = r.evaluations.length - own.length;
      const about = own.length === 0 ? "no event names it" : `${own.length === 1 ? "1 event names" : `${own.length} events name`} it, none qualifies (${own.join(", ")})`;
      detail = `${about}; ${anonymous} event${anonymous === 1 ? "" : "s"} naming no series company fail too`;
    }
    console.log(`${r.companyName.padEnd(width)}  ${r.outcome.padEnd(12)}  ${detail}`);
  }

  // One line per real event, for the series company it names; an event naming none is evaluated
  // for the first question (its failed criteria do not depend on the question).
  console.log("\nWhy each real event qualifies or not:\n");
  for (const raw of real) {
    const parsed = Announcement.safeParse(raw);
    if (!parsed.success) continue; // already reported by resolveOrExit
    const a = parsed.data;
    if (notYetKnown.has(a.id)) {
      console.log(`${"not yet known".padEnd(16)}  ${a.id}: made or reported after ${asOf}.`);
      continue;
    }
    const evaluations = SERIES_COMPANY_IDS.map((companyId) => ({ companyId, e: evaluateAnnouncement(a, { question: { companyId }, asOf }) }));
    const named = evaluations.find((x) => x.e.verdicts.company.status === "met");
    const { companyId, e } = named ?? (evaluations[0] as (typeof evaluations)[number]);
    console.log(`${e.status.padEnd(16)}  [${named === undefined ? "no series company" : companyId}]  ${e.summary}`);
  }
}
