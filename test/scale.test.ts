/**
 * Scale: 100,000 generated announcements (5,000 in the fast run; see test/support/size.ts) over 20 companies, resolved with resolveSeries, must
 * give the same resolutions when the announcements are shuffled, and must agree with resolving
 * shuffled chunks of them and combining the chunk results (YES if any chunk is YES, with the
 * earliest deciding announcement; qualifying ids the union). No speed assertion: the duration is
 * printed: resolveSeries takes about 15 s for 100k announcements × 20 questions on a 2-core machine.
 */
import { describe, expect, it } from "vitest";
import { type Announcement, type Registry, type Resolution, createRegistry, resolveSeries } from "../src/index.js";
import { registry as fixture } from "./fixtures.js";
import { sized } from "./support/size.js";

const N = sized(5_000, 100_000);
const COMPANIES = 20;
const AS_OF = "2026-11-23T00:00:00Z";

/** mulberry32: a small seeded PRNG, so the data set is the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(xs: readonly T[], rand: () => number): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

const ids = Array.from({ length: COMPANIES }, (_, i) => `corp-${String(i).padStart(2, "0")}`);

/** 20 companies, each with a wholly-owned and a 51%-owned subsidiary, plus the fixture's entities and outlets. */
const registry: Registry = createRegistry({
  version: "scale-1",
  companies: [
    ...fixture.companies,
    ...ids.flatMap((id, i) => [
      { id, name: `Corp ${i}`, aliases: [`Корп ${i}`], domains: [`${id}.cn`] },
      { id: `${id}-cloud`, name: `Corp ${i} Cloud`, owners: [{ id, stake: 100 }] },
      { id: `${id}-chips`, name: `Corp ${i} Chips`, owners: [{ id, stake: 51 }] },
    ]),
  ],
  entities: fixture.entities,
  outlets: fixture.outlets,
});

const ENTITIES = ["sber", "mintsifry", "neuro-lab", "mipt", "ras-institute", "ai-alliance", "cyprus-holdco", "kz-ai"];
const URLS = ["https://tass.com/economy/", "https://www.reuters.com/world/", "https://news.cn/", "https://someblog.example/", "https://unknown.example/"];
const INSTRUMENTS = ["agreement", "mou", "contract", "joint-venture", "talks", "investment", "one-time-purchase"] as const;

/**
 * Company k gets announcements of varying quality: for the first eight, about 1 in 400 fully
 * qualifies; for the next six, some need review; the last six never qualify.
 */
function generate(seed: number): Announcement[] {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const out: Announcement[] = [];
  const start = Date.UTC(2024, 6, 1);
  const span = Date.UTC(2027, 2, 1) - start;
  for (let i = 0; i < N; i++) {
    const k = i % COMPANIES;
    const company = ids[k] as string;
    const t = start + Math.floor(rand() * span);
    const good = k < 8 ? rand() < 1 / 400 : false;
    const review = k >= 8 && k < 14 && rand() < 0.01;
    const a: Announcement = {
      id: `ann-${String(i).padStart(6, "0")}`,
      announcedAt: rand() < 0.8 ? new Date(t).toISOString() : { date: new Date(t).toISOString().slice(0, 10), timeZone: pick(["Europe/Moscow", "Asia/Shanghai", "UTC"]) },
      chineseParty: rand() < 0.5 ? { id: pick([company, `${company}-cloud`, `${company}-chips`]) } : { name: pick([`Corp ${k}`, `Корп ${k}`, `Corp ${k} Cloud`, `CORP ${k} CHIPS`]) },
      russianParties: [{ id: pick(ENTITIES) }],
      instrument: good || review ? "agreement" : pick(INSTRUMENTS),
      aiRole: good || review ? "focus" : pick(["focus", "passing-mention", "none"] as const),
      activities: good || review ? ["C3.models.llm"] : rand() < 0.3 ? [] : ["C3.infra.cloud"],
      specificity: good || review ? "concrete" : pick(["concrete", "vague"] as const),
      priorRelation: good ? "new" : review ? pick(["new", "significant-expansion"] as const) : pick(["new", "continuation"] as const),
      sources: [{ url: `${good || review ? "https://tass.com/economy/" : pick(URLS)}${i}`, publishedAt: new Date(t + Math.floor(rand() * 30 * 86_400_000)).toISOString() }],
    };
    if (good) {
      (a as { chineseParty: unknown }).chineseParty = { id: pick([company, `${company}-cloud`]) };
      (a as { russianParties: unknown }).russianParties = [{ id: "sber" }];
    }
    if (review) delete (a as { priorRelation?: unknown }).priorRelation;
    if (!good && !review) {
      // At least one defect, so that only the chosen few qualify.
      const m = a as Record<string, unknown>;
      switch (Math.floor(rand() * 8)) {
        case 0: m.instrument = pick(["talks", "investment", "one-time-purchase"]); break;
        case 1: m.aiRole = pick(["passing-mention", "none"]); break;
        case 2: m.activities = []; break;
        case 3: m.specificity = "vague"; break;
        case 4: m.priorRelation = "continuation"; break;
        case 5: m.sources = [{ url: `https://someblog.example/${i}` }]; break;
        case 6: m.chineseParty = { id: `${company}-chips` }; break;
        default: m.russianParties = [{ id: "kz-ai" }]; break;
      }
    }
    if (rand() < 0.05) (a as { cancelled: unknown }).cancelled = { beforeImplementation: rand() < 0.5 };
    out.push(a);
  }
  return out;
}

/** The parts of a resolution that must not depend on order or chunking. */
const view = (r: Resolution) => ({
  companyId: r.companyId,
  outcome: r.outcome,
  deciding: r.deciding?.announcementId,
  at: r.deciding?.at,
  qualifying: r.qualifying,
  needsReview: r.needsReview.map((x) => x.announcementId),
  evaluations: r.evaluations.map((e) => `${e.announcementId}:${e.status}`),
  unrelated: r.unrelated,
  notYetKnown: r.notYetKnown,
  clauses: r.clauses,
  summary: r.summary,
});

describe("scale", () => {
  it(`resolves ${N.toLocaleString("en")} announcements over ${COMPANIES} companies the same in any order and in chunks`, () => {
    const t0 = performance.now();
    const announcements = generate(20261123);
    const questions = ids.map((companyId) => ({ companyId }));
    const t1 = performance.now();
    const full = resolveSeries({ questions, announcements, asOf: AS_OF, registry });
    const t2 = performance.now();
    const rand = prng(7);
    const shuffled = resolveSeries({ questions, announcements: shuffle(announcements, rand), asOf: AS_OF, registry });
    const t3 = performance.now();

    expect(full.resolutions).toHaveLength(COMPANIES);
    expect(shuffled.resolutions.map(view)).toStrictEqual(full.resolutions.map(view));

    // The data set exercises every outcome but NO (asOf is before the deadline).
    const outcomes = new Set(full.resolutions.map((r) => r.outcome));
    expect(outcomes).toEqual(new Set(["YES", "NEEDS_REVIEW", "PENDING"]));
    for (const r of full.resolutions) expect(r.evaluations.length + r.unrelated + r.notYetKnown.length).toBe(N);

    // Chunks: resolve 7 shuffled chunks separately and combine, for four companies (the first two
    // that resolve YES, the first NEEDS_REVIEW, the first PENDING), to keep the test well under a
    // minute.
    const CHUNKS = 7;
    const firstOf = (outcome: string, skip = 0) => full.resolutions.map((r, i) => (r.outcome === outcome ? i : -1)).filter((i) => i >= 0)[skip] as number;
    const sample = [firstOf("YES"), firstOf("YES", 1), firstOf("NEEDS_REVIEW"), firstOf("PENDING")];
    expect(sample.every((i) => i !== undefined)).toBe(true);
    const order = shuffle(announcements, rand);
    const size = Math.ceil(N / CHUNKS);
    const sampled = sample.map((i) => questions[i] as { companyId: string });
    const parts = Array.from({ length: CHUNKS }, (_, c) => resolveSeries({ questions: sampled, announcements: order.slice(c * size, (c + 1) * size), asOf: AS_OF, registry }));
    const t4 = performance.now();
    sample.forEach((i, q) => {
      const r = full.resolutions[i] as Resolution;
      const chunkResults = parts.map((p) => p.resolutions[q] as Resolution);
      const anyYes = chunkResults.some((c) => c.outcome === "YES");
      const anyReview = chunkResults.some((c) => c.outcome === "NEEDS_REVIEW");
      expect(r.outcome).toBe(anyYes ? "YES" : anyReview ? "NEEDS_REVIEW" : chunkResults[0]?.outcome);
      const decidings = chunkResults
        .filter((c) => c.deciding !== undefined)
        .map((c) => ({ id: c.deciding?.announcementId as string, at: c.deciding?.at as string }))
        .sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
      expect(r.deciding === undefined ? undefined : { id: r.deciding.announcementId, at: r.deciding.at }).toStrictEqual(decidings[0]);
      expect([...r.qualifying].sort()).toStrictEqual(chunkResults.flatMap((c) => c.qualifying).sort());
      expect(r.needsReview.map((x) => x.announcementId).sort()).toStrictEqual(chunkResults.flatMap((c) => c.needsReview.map((x) => x.announcementId)).sort());
      expect(r.unrelated).toBe(chunkResults.reduce((s, c) => s + c.unrelated, 0));
    });
    const t5 = performance.now();
    console.log(
      `scale: generate ${Math.round(t1 - t0)} ms, resolveSeries ${N}×20 ${Math.round(t2 - t1)} ms, shuffled ${Math.round(t3 - t2)} ms, ` +
        `${CHUNKS} chunks ${Math.round(t4 - t3)} ms, compare ${Math.round(t5 - t4)} ms, outcomes ${full.resolutions.map((r) => r.outcome[0]).join("")}`,
    );
  }, 120_000);
});
