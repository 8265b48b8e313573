/**
 * Checks that the contenders agree with the library: over realisticCorpus(20000), as of
 * 2026-11-23, for each of the 20 series questions, the ids the library qualifies
 * (`resolveSeries(...).resolutions[q].qualifying`) must equal the ids jreQualifies and
 * floorQualifiesSeries call qualifying. Prints the corpus mix, per-question counts, the first few
 * disagreements with the library's reasons, and rough timings (one question each).
 *
 *   node --import tsx test/bench/contenders/agree.ts
 *
 * AGREE_N, AGREE_SEED and AGREE_AS_OF change the corpus size, its seed and asOf. The library's
 * runtime comes from the built package (`../lib.ts`): run `npm run build` first.
 */
import { performance } from "node:perf_hooks";
import { Announcement, SERIES_COMPANY_IDS, builtinRegistry, evaluateAnnouncement, resolve, resolveSeries } from "../lib.js";
import { realisticCorpus } from "../corpus.js";
import { lookUpFacts } from "./facts.js";
import { floorQualifies, floorQualifiesSeries } from "./floor.js";
import { createJreEngine, jreQualifies } from "./json-rules-engine.js";

const N = Number(process.env.AGREE_N ?? 20_000);
const SEED = Number(process.env.AGREE_SEED ?? 1);
const AS_OF = process.env.AGREE_AS_OF ?? "2026-11-23T00:00:00Z";
const asOf = Date.parse(AS_OF);

const corpus = realisticCorpus(N, SEED);
const byId = new Map(corpus.map((a) => [a.id, a]));

// The library.
const series = resolveSeries({ announcements: corpus, asOf: AS_OF, evaluations: "decisive" });
const library = new Map(series.resolutions.map((r) => [r.companyId, new Set(r.qualifying)]));
const review = new Map(series.resolutions.map((r) => [r.companyId, new Set(r.needsReview.map((x) => x.announcementId))]));

// The contenders.
const parsed = corpus.map((a) => Announcement.parse(a));
const facts = parsed.map((a) => lookUpFacts(a, builtinRegistry));
const engine = createJreEngine();
const jre = new Map<string, Set<string>>();
for (const companyId of SERIES_COMPANY_IDS) {
  const q = await jreQualifies(engine, facts, companyId, asOf);
  jre.set(companyId, new Set(corpus.filter((_, i) => q[i]).map((a) => a.id)));
}
const floorSeries = floorQualifiesSeries(corpus, SERIES_COMPANY_IDS, builtinRegistry, asOf);
const floor = new Map(SERIES_COMPANY_IDS.map((c, q) => [c, new Set(corpus.filter((_, i) => floorSeries[q]?.[i] === true).map((a) => a.id))]));

// The mix.
const qualifiesSome = new Set<string>();
const reviewSome = new Set<string>();
for (const s of library.values()) for (const id of s) qualifiesSome.add(id);
for (const s of review.values()) for (const id of s) if (!qualifiesSome.has(id)) reviewSome.add(id);
const notYetKnown = series.resolutions[0]?.notYetKnown.length ?? 0;
const pct = (x: number) => `${((100 * x) / N).toFixed(1)}%`;
console.log(`realisticCorpus(${N}, ${SEED}), asOf ${AS_OF}, registry ${series.registryVersion}`);
console.log(`announcements qualifying for some question: ${qualifiesSome.size} (${pct(qualifiesSome.size)})`);
console.log(`  needing review for some question (qualifying for none): ${reviewSome.size} (${pct(reviewSome.size)})`);
console.log(`  qualifying for no question and needing no review: ${N - qualifiesSome.size - reviewSome.size} (${pct(N - qualifiesSome.size - reviewSome.size)})`);
console.log(`  not yet known at asOf: ${notYetKnown}\n`);

// Per question.
const diff = (a: Set<string>, b: Set<string>) => [...a].filter((x) => !b.has(x));
let disagreements = 0;
console.log(`${"question".padEnd(14)} ${"outcome".padEnd(13)} ${"qualify".padStart(7)} ${"review".padStart(7)} ${"no".padStart(7)} ${"unrel.".padStart(7)} ${"jre".padStart(5)} ${"floor".padStart(6)}  agreement`);
const problems: string[] = [];
for (const r of series.resolutions) {
  const lib = library.get(r.companyId) as Set<string>;
  const j = jre.get(r.companyId) as Set<string>;
  const f = floor.get(r.companyId) as Set<string>;
  const cases = [
    ...diff(lib, j).map((id) => ({ id, who: "jre", says: false })),
    ...diff(j, lib).map((id) => ({ id, who: "jre", says: true })),
    ...diff(lib, f).map((id) => ({ id, who: "floor", says: false })),
    ...diff(f, lib).map((id) => ({ id, who: "floor", says: true })),
  ];
  disagreements += cases.length;
  console.log(`${r.companyId.padEnd(14)} ${r.outcome.padEnd(13)} ${String(lib.size).padStart(7)} ${String(r.needsReview.length).padStart(7)} ${String(r.notQualifying).padStart(7)} ${String(r.unrelated).padStart(7)} ${String(j.size).padStart(5)} ${String(f.size).padStart(6)}  ${cases.length === 0 ? "exact" : `${cases.length} differ`}`);
  for (const c of cases.slice(0, 3)) {
    const a = byId.get(c.id) as Announcement;
    const e = evaluateAnnouncement(a, { question: { companyId: r.companyId }, asOf: AS_OF });
    const known = r.notYetKnown.includes(c.id) ? " (not yet known)" : "";
    problems.push(`  ${r.companyId} ${c.id}: ${c.who} says ${c.says ? "qualifies" : "does not"}; library ${lib.has(c.id) ? "qualifies" : e.status}${known}. ${e.summary}\n    ${JSON.stringify(a)}`);
  }
}
if (problems.length > 0) console.log(`\nFirst disagreements:\n${problems.join("\n")}`);
console.log(`\n${disagreements === 0 ? "AGREE: all three give the same qualifying set on every question." : `DISAGREE: ${disagreements} differences.`}\n`);

// Rough timings, one question (alibaba), best of 3 after a warm-up.
function time<T>(label: string, fn: () => T): T {
  let out = fn();
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    out = fn();
    best = Math.min(best, performance.now() - t0);
  }
  console.log(`${label.padEnd(62)} ${best.toFixed(0).padStart(7)} ms`);
  return out;
}
async function timeAsync(label: string, fn: () => Promise<unknown>): Promise<void> {
  await fn();
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    await fn();
    best = Math.min(best, performance.now() - t0);
  }
  console.log(`${label.padEnd(62)} ${best.toFixed(0).padStart(7)} ms`);
}
const question = { companyId: "alibaba" };
console.log(`Rough timings on ${N} announcements, one question (alibaba):`);
time("look-ups: parse + lookUpFacts (shared by jre and floor)", () => corpus.map((a) => lookUpFacts(Announcement.parse(a), builtinRegistry)));
await timeAsync("jre: jreQualifies over precomputed facts", () => jreQualifies(engine, facts, question.companyId, asOf));
time("floor: floorQualifies (parse + look-ups + ifs)", () => floorQualifies(corpus, question.companyId, builtinRegistry, asOf));
time("library: resolve() (validates input)", () => resolve({ question, announcements: corpus, asOf: AS_OF, evaluations: "decisive" }));
process.exitCode = disagreements === 0 ? 0 : 1;
