/**
 * Scaling run: the whole series over 10k, 100k and 1M announcements of the realistic corpus,
 * each size in a fresh Node process under its default heap, printing time per announcement and
 * peak resident memory.
 * The corpus is first written as an NDJSON file (one announcement per line, ids unique), as a
 * scraper or a model would hand it over; each mode reads it in a child process:
 * - `stream`: read line by line, each line parsed and added in chunks of 100 (`SCALE_CHUNK`) to
 *   one incremental resolver, as a CLI does; the input never exists whole in memory. The time
 *   includes reading and parsing the lines. The peak before the resolutions are built is printed
 *   too.
 * - `one-shot`: the whole array read first (not timed; it counts towards the peak), then one
 *   `safeResolveSeries(..., evaluations: "decisive")` call.
 *
 * Each child is this file bundled by esbuild and run by plain Node, as a host runs the library:
 * under tsx, the TypeScript loader alone would add about 60 MB to every figure. The child prints
 * its resident memory after the warm-up (`baseline`: Node, the library, the built-in registry)
 * besides the peak.
 *
 * Then each mode runs once more over 100,000 announcements under V8's CPU profiler (the resolution
 * only), and prints the share of garbage collection, of time-zone arithmetic and of zod, and the
 * heaviest functions (test/bench/profile-summary.ts).
 *
 * `node --import tsx test/bench/scale.bench.ts` runs every size; `SCALE_SIZES=10000,100000`
 * chooses sizes, `SCALE_MODES=stream` modes, `SCALE_PROFILE=none` skips the profiles, `SCALE_REPEATS` the fresh processes per size under a million (3; the row is the run of median time). A child is
 * `node <bundle> <mode> <n> <ndjson file>` (`SCALE_PROFILE_FILE=<file>` to profile it).
 */
import { execFileSync } from "node:child_process";
import { closeSync, createReadStream, mkdirSync, openSync, writeFileSync, writeSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import type { Announcement } from "../../src/index.js";
import { createResolver, safeResolveSeries } from "./lib.js";
import { realisticCorpus } from "./corpus.js";
import { formatSummary, summariseProfile } from "./profile-summary.js";

const AS_OF = "2026-11-23T00:00:00Z";
/** Announcements per `add` call (what a CLI batching lines does); `SCALE_CHUNK` changes it. */
const CHUNK = Number(process.env.SCALE_CHUNK ?? 100);

/** The `k`th chunk of the corpus, with ids made unique across chunks. */
function chunk(k: number, size = CHUNK): Announcement[] {
  return realisticCorpus(size, 1_000 + k).map((a) => ({ ...a, id: `${k}:${a.id}` }));
}

/**
 * Runs the code paths of the measured run on 20,000 other announcements: items parsed from JSON
 * text (objects made by `JSON.parse` have other hidden classes than objects made in code, and the
 * validator's inline caches learn them) and added in chunks of `CHUNK`, in both modes.
 */
function warmUp(): void {
  const warm = createResolver({ asOf: AS_OF });
  const all: unknown[] = [];
  for (let k = 0; k < 20; k++) {
    const items = JSON.parse(JSON.stringify(realisticCorpus(1_000, 7 + k).map((a) => ({ ...a, id: `w${k}:${a.id}` })))) as unknown[];
    for (let i = 0; i < items.length; i += CHUNK) warm.add(items.slice(i, i + CHUNK));
    all.push(...items);
  }
  warm.series();
  const r = safeResolveSeries({ announcements: all, asOf: AS_OF, evaluations: "decisive" });
  if (!r.success) throw new Error("warm-up failed");
}

/** Writes the first `n` announcements of the corpus as NDJSON (one line each, as a scraper would hand them over). */
function writeCorpus(file: string, n: number): void {
  mkdirSync(dirname(file), { recursive: true });
  const fd = openSync(file, "w");
  try {
    for (let k = 0; k * CHUNK < n; k++) writeSync(fd, chunk(k, Math.min(CHUNK, n - k * CHUNK)).map((a) => `${JSON.stringify(a)}\n`).join(""));
  } finally {
    closeSync(fd);
  }
}

function lines(file: string): AsyncIterable<string> {
  return createInterface({ input: createReadStream(file), crlfDelay: Infinity });
}

async function child(mode: string, n: number, file: string): Promise<void> {
  // Warm-up (JIT, the built-in registry's first use) on 20,000 other announcements in chunks, as
  // the measured run adds them, so that the time per announcement is the steady state even at
  // 10,000; its memory counts towards the peak, and is printed as the baseline. A run of a million
  // is its own warm-up (the first seconds are a few percent of it), and its peak is then that of
  // a process doing nothing else, as a CLI streaming a file.
  if (n < 1_000_000) warmUp();
  const baseline = Math.round(process.memoryUsage().rss / 1024 / 1024);
  // With a profile file named, the resolution alone is profiled (not the warm-up, nor reading a
  // whole file first in one-shot mode).
  const profileFile = process.env.SCALE_PROFILE_FILE;
  const session = profileFile === undefined ? undefined : new Session();
  const startProfile = async () => {
    if (session === undefined) return;
    session.connect();
    await session.post("Profiler.enable");
    await session.post("Profiler.start");
  };
  let rssBeforeOutput = 0;
  let reading = 0;
  let outcomes: string;
  if (mode === "stream") await startProfile();
  const t0 = performance.now();
  if (mode === "stream") {
    // As a CLI does: the NDJSON file read line by line, each line parsed and added in chunks.
    const resolver = createResolver({ asOf: AS_OF });
    let items: unknown[] = [];
    const flush = () => {
      const report = resolver.add(items);
      if (report.rejected.length > 0) throw new Error(`rejected: ${JSON.stringify(report.issues.slice(0, 3))}`);
      items = [];
    };
    for await (const line of lines(file)) {
      items.push(JSON.parse(line));
      if (items.length === CHUNK) flush();
    }
    flush();
    if (resolver.added !== n) throw new Error(`added ${resolver.added} of ${n}`);
    rssBeforeOutput = Math.round(process.resourceUsage().maxRSS / 1024);
    outcomes = resolver.series().resolutions.map((r) => r.outcome[0]).join("");
  } else {
    // The whole array read first (not timed; it counts towards the peak), then one call.
    const all: Announcement[] = [];
    for await (const line of lines(file)) all.push(JSON.parse(line) as Announcement);
    reading = performance.now() - t0;
    await startProfile();
    const r = safeResolveSeries({ announcements: all, asOf: AS_OF, evaluations: "decisive" });
    if (!r.success) throw new Error(`failed: ${JSON.stringify(r.issues.slice(0, 3))}`);
    outcomes = r.data.resolutions.map((x) => x.outcome[0]).join("");
  }
  const ms = performance.now() - t0 - reading;
  if (session !== undefined) {
    const { profile } = await session.post("Profiler.stop");
    writeFileSync(profileFile as string, JSON.stringify(profile));
    session.disconnect();
  }
  const rss = Math.round(process.resourceUsage().maxRSS / 1024);
  console.log(JSON.stringify({ mode, n, usPerAnnouncement: (ms * 1000) / n, seconds: ms / 1000, readingSeconds: reading / 1000, peakRssMB: rss, rssBeforeOutput, baseline, outcomes }));
}

const [mode, size, corpusFile] = process.argv.slice(2);
if (mode !== undefined) await child(mode, Number(size), corpusFile as string);
else {
  const sizes = (process.env.SCALE_SIZES ?? "10000,100000,1000000").split(",").map(Number);
  /** Fresh processes per size under a million (`SCALE_REPEATS`). */
  const REPEATS = Number(process.env.SCALE_REPEATS ?? 3);
  type Row = { usPerAnnouncement: number; peakRssMB: number; rssBeforeOutput: number; baseline: number; outcomes: string };
  // Two levels below the package root, so that lib.ts finds ../../dist from the bundle too.
  const bundle = fileURLToPath(new URL("../../node_modules/.bench/scale.mjs", import.meta.url));
  const { buildSync } = await import("esbuild");
  buildSync({ entryPoints: [fileURLToPath(import.meta.url)], bundle: true, platform: "node", format: "esm", target: "node20", outfile: bundle, external: ["esbuild"], logLevel: "warning" });
  const files = new Map<number, string>();
  const corpusOf = (n: number): string => {
    let file = files.get(n);
    if (file === undefined) {
      file = join(dirname(bundle), `corpus-${n}.ndjson`);
      writeCorpus(file, n);
      files.set(n, file);
    }
    return file;
  };
  console.log("mode       announcements   µs/announcement   peak RSS   (before output)   baseline   outcomes (series)");
  const rows: { mode: string; n: number; us: number }[] = [];
  for (const m of (process.env.SCALE_MODES ?? "stream,one-shot").split(",")) {
    for (const n of sizes) {
      try {
        // Sizes under a million run in several fresh processes (a run of 10,000 lasts under a
        // second, where this shared machine's noise is largest); the row is the run of median time.
        const runs: Row[] = [];
        for (let k = 0; k < (n < 1_000_000 ? REPEATS : 1); k++) {
          const out = execFileSync(process.execPath, [bundle, m, String(n), corpusOf(n)], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 1 << 20 });
          runs.push(JSON.parse(out.trim().split("\n").pop() as string) as Row);
        }
        runs.sort((a, b) => a.usPerAnnouncement - b.usPerAnnouncement);
        const r = runs[Math.floor(runs.length / 2)] as Row;
        rows.push({ mode: m, n, us: r.usPerAnnouncement });
        const before = r.rssBeforeOutput > 0 ? `${r.rssBeforeOutput} MB` : "";
        const spread = runs.length > 1 ? `   (${runs.length} runs: ${runs.map((x) => x.usPerAnnouncement.toFixed(1)).join(", ")} µs)` : "";
        console.log(`${m.padEnd(10)} ${String(n).padStart(13)} ${r.usPerAnnouncement.toFixed(2).padStart(17)} ${`${r.peakRssMB} MB`.padStart(10)} ${before.padStart(17)} ${`${r.baseline} MB`.padStart(10)}   ${r.outcomes}${spread}`);
      } catch (e) {
        const err = e as { stderr?: string; message: string };
        console.log(`${m.padEnd(10)} ${String(n).padStart(13)}   FAILED: ${(err.stderr ?? err.message).split("\n").filter((l) => /heap|Error/.test(l)).slice(0, 2).join(" | ")}`);
      }
    }
    const mine = rows.filter((r) => r.mode === m);
    if (mine.length > 1) {
      const us = mine.map((r) => r.us);
      const mean = us.reduce((a, b) => a + b, 0) / us.length;
      const off = (x: number) => `${x >= mean ? "+" : ""}${(((x - mean) / mean) * 100).toFixed(0)}%`;
      console.log(`${m}: time per announcement from ${mine[0]?.n} to ${mine[mine.length - 1]?.n}: max/min ${(Math.max(...us) / Math.min(...us)).toFixed(2)}x; from their mean ${off(Math.min(...us))} to ${off(Math.max(...us))}`);
    }
  }
  // CPU profiles of the whole series over 100,000 announcements (`SCALE_PROFILE`, `none` to
  // skip), each in a fresh process: the share of garbage collection and of time-zone arithmetic.
  const profiled = process.env.SCALE_PROFILE ?? "100000";
  if (profiled !== "none") {
    console.log(`\nCPU profile of the series over ${profiled} announcements (the resolution only, sampled by V8's profiler):`);
    for (const m of ["stream", "one-shot"]) {
      const file = join(dirname(bundle), `profile-${m}.cpuprofile`);
      execFileSync(process.execPath, [bundle, m, profiled, corpusOf(Number(profiled))], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, SCALE_PROFILE_FILE: file } });
      console.log(formatSummary(m, summariseProfile(file)));
    }
  }
}
