/**
 * Benchmarks the hot path. Prints ratios measured in one run (machines here are shared and
 * noisy, so absolute times mean little):
 * - per-announcement cost of resolve() with and without schema validation;
 * - resolveSeries() over 20 questions against 20 separate resolve() calls;
 * - resolve() against a naive rules-engine baseline that re-evaluates every criterion per
 *   question from scratch through evaluateAnnouncement().
 */
import { performance } from "node:perf_hooks";
import { type Announcement, SERIES_COMPANY_IDS, builtinRegistry, evaluateAnnouncement, resolve, resolveSeries } from "../../src/index.js";

const N = Number(process.env.BENCH_N ?? 20_000);
const chinese = ["Alibaba Cloud", "Baidu", "Huawei", "Tencent Cloud", "ByteDance", "Xiaomi", "Lenovo", "ZTE", "Unknown Co"];
const russian = ["Сбербанк", "Yandex", "VK", "МФТИ", "Rostelecom", "Unknown Partner"];
const hosts = ["https://tass.com/a", "https://www.reuters.com/b", "https://blog.example/c", "https://news.cn/d"];
const instruments = ["agreement", "mou", "talks", "contract", "one-time-purchase"] as const;

let seed = 42;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;

const announcements: Announcement[] = Array.from({ length: N }, (_, i) => ({
  id: `bench-${i}`,
  announcedAt: new Date(Date.UTC(2024, 6, 1) + Math.floor(rnd() * 900) * 86_400_000).toISOString(),
  chineseParty: { name: pick(chinese) },
  russianParties: [{ name: pick(russian) }],
  instrument: pick(instruments),
  aiRole: pick(["focus", "significant-component", "passing-mention"] as const),
  activities: rnd() < 0.8 ? ["C3.models.llm"] : [],
  specificity: rnd() < 0.7 ? "concrete" : "vague",
  priorRelation: rnd() < 0.9 ? "new" : "continuation",
  sources: [{ url: pick(hosts) }],
}));

function time(label: string, fn: () => unknown, repeat = 3): number {
  fn();
  let best = Infinity;
  for (let i = 0; i < repeat; i++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  console.log(`${label.padEnd(58)} ${best.toFixed(1).padStart(9)} ms`);
  return best;
}

const asOf = "2026-11-23T00:00:00Z";
const question = { companyId: "alibaba" };
console.log(`${N} generated announcements, registry ${builtinRegistry.version}\n`);
const full = time("resolve() one question (validates input)", () => resolve({ question, announcements, asOf }));
const naive = time("baseline: evaluateAnnouncement() on every announcement", () => {
  for (const a of announcements) evaluateAnnouncement(a, { question, asOf });
});
const series = time("resolveSeries() over 20 questions", () => resolveSeries({ announcements, asOf }), 1);
const separate = time("20 separate resolve() calls", () => {
  for (const companyId of SERIES_COMPANY_IDS) resolve({ question: { companyId }, announcements, asOf });
}, 1);
console.log(`\nbaseline / resolve():            ${(naive / full).toFixed(2)}x`);
console.log(`20 x resolve() / resolveSeries(): ${(separate / series).toFixed(2)}x`);
console.log(`resolve() per announcement:       ${((full * 1000) / N).toFixed(2)} µs`);

// Memory near the limits: a request as large as LIMITS.evaluations allows, in both modes. Run
// with `node --expose-gc` for exact retained figures (npm run bench does); the peak is the
// process's maximum resident set size.
{
  const { LIMITS, safeResolveSeries } = await import("../../src/index.js");
  const gc = (globalThis as { gc?: () => void }).gc;
  // Each bench announcement is related to about 1.2 of the 20 questions on average (unknown
  // Chinese parties relate to all), so this many stays just under the work limit.
  const n = Math.floor(LIMITS.evaluations / 3.2);
  const big = Array.from({ length: n }, (_, i) => ({ ...(announcements[i % announcements.length] as Announcement), id: `m-${i}` }));
  for (const evaluations of ["decisive", "all"] as const) {
    gc?.();
    const before = process.memoryUsage().heapUsed;
    const t0 = performance.now();
    const r = safeResolveSeries({ announcements: big, asOf, evaluations });
    const ms = performance.now() - t0;
    gc?.();
    const after = process.memoryUsage().heapUsed;
    const kept = r.success ? r.data.resolutions.reduce((s, x) => s + x.evaluations.length, 0) : 0;
    console.log(
      `limits: ${n} announcements × 20 questions, evaluations "${evaluations}": ${r.success ? "ok" : r.issues[0]?.code}, ${kept} evaluations kept, ` +
        `${Math.round((after - before) / 2 ** 20)} MB retained${gc === undefined ? " (approx.)" : ""}, ${(ms / 1000).toFixed(1)} s; peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`,
    );
  }
}
