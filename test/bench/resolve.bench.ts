/**
 * The side-by-side benchmark (`npm run bench`, which builds first: the library is measured as
 * users get it, from dist/). On a seeded realistic corpus (test/bench/corpus.ts), in one process,
 * alternated and repeated:
 * - json-rules-engine with a faithful encoding of the criteria over pre-computed look-up facts
 *   (test/bench/contenders/json-rules-engine.ts); the look-ups (schema parse + registry) are
 *   timed on their own, and added to its time for the ratios, since a user must do them too;
 * - the hand-written floor: a synchronous check with a schema parse and the same look-ups
 *   (test/bench/contenders/floor.ts);
 * - the library: resolve() for one question, resolveSeries() for the 20 questions of the series
 *   (both with `evaluations: "decisive"`), the incremental resolver fed in chunks of 1,000, and
 *   resolveSeries() over a batch validated once by parseAnnouncements().
 * Then an agreement check (every contender qualifies the same announcements for every question),
 * the ratios with min / median / max over the repeats, and the scaling run (test/bench/scale.bench.ts:
 * 10k, 100k, 1M announcements, each in a fresh process). Machines here are shared and noisy: read
 * the ratios, not the absolute times. `BENCH_N` (default 20,000), `BENCH_REPEATS` (default 5) and
 * `SCALE_SIZES` (default 10000,100000,1000000; `none` to skip) tune it.
 */
import { execFileSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { realisticCorpus } from "./corpus.js";
import { lookUpFacts } from "./contenders/facts.js";
import { floorQualifies, floorQualifiesSeries } from "./contenders/floor.js";
import { createJreEngine, jreQualifies } from "./contenders/json-rules-engine.js";
import { Announcement, SERIES_COMPANY_IDS, builtinRegistry, createResolver, parseAnnouncements, resolve, resolveSeries } from "./lib.js";

const N = Number(process.env.BENCH_N ?? 20_000);
const REPEATS = Number(process.env.BENCH_REPEATS ?? 5);
const AS_OF = "2026-11-23T00:00:00Z";
const asOf = Date.parse(AS_OF);
const ONE = "alibaba";
const corpus = realisticCorpus(N, 1);

type Run = () => unknown;
const times = new Map<string, number[]>();
async function time(label: string, run: Run): Promise<unknown> {
  const t0 = performance.now();
  const out = await run();
  const ms = performance.now() - t0;
  times.set(label, [...(times.get(label) ?? []), ms]);
  return out;
}

const engine = createJreEngine();
const lookUps = () => corpus.map((a) => lookUpFacts(Announcement.parse(a), builtinRegistry));
const contenders: [string, Run][] = [
  ["look-ups (parse + registry), for jre", lookUps],
  ["jre, one question (facts given)", async () => jreQualifies(engine, facts, ONE, asOf)],
  ["floor, one question", () => floorQualifies(corpus, ONE, builtinRegistry, asOf)],
  ["library resolve(), one question", () => resolve({ question: { companyId: ONE }, announcements: corpus, asOf: AS_OF, evaluations: "decisive" })],
  ["floor, series of 20", () => floorQualifiesSeries(corpus, SERIES_COMPANY_IDS, builtinRegistry, asOf)],
  ["library resolveSeries(), series of 20", () => resolveSeries({ announcements: corpus, asOf: AS_OF, evaluations: "decisive" })],
  [
    "library resolver, series of 20, chunks of 1,000",
    () => {
      const r = createResolver({ asOf: AS_OF, nearMisses: 0 });
      for (let i = 0; i < corpus.length; i += 1000) r.add(corpus.slice(i, i + 1000));
      return r.series();
    },
  ],
  ["library parseAnnouncements() (validate once)", () => parseAnnouncements(corpus)],
  ["library resolve() over the batch, one question", () => resolve({ question: { companyId: ONE }, announcements: batch, asOf: AS_OF, evaluations: "decisive" })],
  ["library resolveSeries() over the batch", () => resolveSeries({ announcements: batch, asOf: AS_OF, evaluations: "decisive" })],
];
// Warm-up (and the inputs some contenders take).
let facts = lookUps();
let batch = parseAnnouncements(corpus);
for (const [, run] of contenders) await run();
console.log(`realisticCorpus(${N}), asOf ${AS_OF}, ${REPEATS} alternated repeats, Node ${process.version}\n`);
for (let r = 0; r < REPEATS; r++) {
  // Alternate the order, so that no contender always runs after the same one.
  const order = r % 2 === 0 ? contenders : [...contenders].reverse();
  for (const [label, run] of order) {
    const out = await time(label, run);
    if (label.startsWith("look-ups")) facts = out as typeof facts;
    if (label.startsWith("library parseAnnouncements")) batch = out as typeof batch;
  }
}
// The series through json-rules-engine: 20 runs over the same facts (slow; fewer repeats).
const jreSeries = "jre, series of 20 (facts given)";
for (let r = 0; r < Math.min(REPEATS, 3); r++) await time(jreSeries, async () => { for (const c of SERIES_COMPANY_IDS) await jreQualifies(engine, facts, c, asOf); });

// Agreement: the same qualify decisions for every question.
const series = resolveSeries({ announcements: corpus, asOf: AS_OF, evaluations: "decisive" });
const floor = floorQualifiesSeries(corpus, SERIES_COMPANY_IDS, builtinRegistry, asOf);
let disagreements = 0;
for (const [q, companyId] of SERIES_COMPANY_IDS.entries()) {
  const lib = new Set(series.resolutions[q]?.qualifying);
  const jre = await jreQualifies(engine, facts, companyId, asOf);
  corpus.forEach((a, i) => {
    const l = lib.has(a.id);
    if (l !== floor[q]?.[i] || l !== jre[i]) {
      disagreements++;
      if (disagreements <= 5) console.log(`DISAGREE ${companyId} ${a.id}: library ${l}, floor ${floor[q]?.[i]}, jre ${jre[i]}`);
    }
  });
}
const qualifying = series.resolutions.reduce((n, r) => n + r.qualifying.length, 0);
console.log(`agreement: ${disagreements === 0 ? "all three contenders qualify the same" : `${disagreements} differences`} (${qualifying} qualifying pairs over ${SERIES_COMPANY_IDS.length} questions)\n`);

// Times and ratios.
const ms = (label: string) => times.get(label) as number[];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
console.log(`${"contender".padEnd(52)} ${"min ms".padStart(9)} ${"median".padStart(9)} ${"µs/ann.".padStart(9)}`);
for (const [label, xs] of times) console.log(`${label.padEnd(52)} ${Math.min(...xs).toFixed(0).padStart(9)} ${median(xs).toFixed(0).padStart(9)} ${((median(xs) * 1000) / N).toFixed(1).padStart(9)}`);

/** Ratio a/b per repeat (the i-th of each, run close in time), as min / median / max. */
function ratio(label: string, a: number[], b: number[]): void {
  const rs = a.map((x, i) => x / (b[i % b.length] as number));
  console.log(`${label.padEnd(62)} ${median(rs).toFixed(2).padStart(6)}x  (min ${Math.min(...rs).toFixed(2)}, max ${Math.max(...rs).toFixed(2)})`);
}
const jreOne = ms("jre, one question (facts given)").map((x, i) => x + (ms("look-ups (parse + registry), for jre")[i] as number));
const jreAll = ms(jreSeries).map((x, i) => x + (ms("look-ups (parse + registry), for jre")[i] as number));
console.log("\nratios (median over repeats; > 1 means the first is slower):");
ratio("library resolve() / floor, one question", ms("library resolve(), one question"), ms("floor, one question"));
ratio("library resolveSeries() / floor, series", ms("library resolveSeries(), series of 20"), ms("floor, series of 20"));
ratio("library resolver / floor, series", ms("library resolver, series of 20, chunks of 1,000"), ms("floor, series of 20"));
ratio("jre (with look-ups) / library resolve(), one question", jreOne, ms("library resolve(), one question"));
ratio("jre (with look-ups) / library resolveSeries(), series", jreAll, ms("library resolveSeries(), series of 20"));
// The rules alone: json-rules-engine over its pre-computed facts against the library over
// announcements validated and looked up once (parseAnnouncements), each without its look-ups.
ratio("jre (facts given) / library over the batch, one question", ms("jre, one question (facts given)"), ms("library resolve() over the batch, one question"));
ratio("jre (facts given) / library over the batch, series", ms(jreSeries), ms("library resolveSeries() over the batch"));

// Scaling: fresh processes.
if (process.env.SCALE_SIZES !== "none") {
  console.log("\nscaling (each size in a fresh process, default heap):");
  const script = fileURLToPath(new URL("./scale.bench.ts", import.meta.url));
  execFileSync(process.execPath, ["--import", "tsx", script], { stdio: "inherit" });
}
