/**
 * Red team on the new engine: validated batches, the incremental resolver, its state and merge.
 * One describe per promise. A test that fails names a bug that is still there; a test that
 * passes guards an attack that was tried and held. No timed assertions: the slow inputs found
 * (promise 5) are reported with their figures, and only their results are checked here.
 */
import { describe, expect, it } from "vitest";
import { type Announcement, type ResolverState, LIMITS, builtinRegistry, createResolver, parseAnnouncements, resolveSeries, safeCreateResolver, safeParseAnnouncements } from "../../src/index.js";
import { qualifying, registry, variant } from "../fixtures.js";
import { LONG } from "../support/size.js";

const AS_OF = "2026-11-23T00:00:00Z";
const AFTER = "2027-02-01T00:00:00Z";
const two = [{ companyId: "acme-group" }, { companyId: "other-tech" }];
const make = (extra: object = {}) => createResolver({ questions: two, asOf: AS_OF, registry, ...extra });
const json = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const unplaced = (id: string): Announcement => variant({ id, chineseParty: { name: "Zorblax Holdings" } });

function isDeepFrozen(x: unknown, seen = new Set<unknown>()): boolean {
  if (typeof x !== "object" || x === null || seen.has(x)) return true;
  seen.add(x);
  return Object.isFrozen(x) && Object.values(x).every((v) => isDeepFrozen(v, seen));
}

describe("promise 1: the safe entry points and the resolver's methods never throw", () => {
  const empty = () => make().state();

  // Was a bug (fixed): merge copied these lists with `push(...list)`; StateShape allows 1,000,000 items, and
  // past about 120,000 the spread overflowed the stack (RangeError: Maximum call stack size exceeded).
  it("merge: a state whose notYetKnown holds 300,000 ids (StateShape allows 1,000,000) does not throw", () => {
    const state = { ...empty(), notYetKnown: Array.from({ length: 300_000 }, (_, i) => `n${i}`) };
    expect(() => make().merge(state)).not.toThrow();
  });

  it("merge: a state with 300,000 unplaced ids (not part of the state format) is refused without throwing", () => {
    const state = { ...empty(), unplaced: [Array.from({ length: 300_000 }, (_, i) => `u${i}`), []] };
    expect(() => make().merge(state as never)).not.toThrow();
    expect(make().merge(state as never).success).toBe(false);
  });

  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  const boom = () => {
    throw new Error("boom");
  };
  const hostileStates: [string, () => unknown][] = [
    ["a revoked Proxy", () => revoked.proxy],
    ["a Proxy whose traps throw", () => new Proxy({}, { get: boom, ownKeys: boom, getPrototypeOf: boom })],
    ["a Proxy around a real resolver whose getPrototypeOf throws", () => new Proxy(make(), { getPrototypeOf: boom })],
    ["a throwing getter", () => Object.defineProperty({ ...empty() }, "counts", { get: boom, enumerable: true })],
    ["a toJSON that throws", () => ({ toJSON: boom })],
    ["a cycle", () => { const s: Record<string, unknown> = { ...empty() }; s.self = s; return s; }],
    ["a bigint count", () => ({ ...empty(), rejected: 1n })],
    ["NaN, negative and fractional counts", () => ({ ...empty(), rejected: NaN, added: -1, counts: [{ unrelated: 0.5, notQualifying: -3 }, { unrelated: 0, notQualifying: 0 }] })],
    ["wrong types everywhere", () => ({ ...empty(), questions: "x", passed: [[{ id: 7, at: "yesterday" }]], announcements: {} })],
    ["an object posing as a resolver", () => ({ state: () => empty(), asOf: AS_OF })],
    ["a resolver made under other options", () => make({ nearMisses: 3 })],
    ["a state of a resolver with other questions", () => createResolver({ questions: [{ companyId: "acme-group" }], asOf: AS_OF, registry }).state()],
    ["a state made against the built-in registry", () => createResolver({ questions: [{ companyId: "alibaba" }, { companyId: "baidu" }], asOf: AS_OF }).state()],
    ["null", () => null],
    ["a 1-million-item array", () => new Array(1_000_000)],
  ];
  it.each(hostileStates)("merge(%s) returns a result", (_, value) => {
    const r = make();
    expect(() => r.merge(value() as ResolverState)).not.toThrow();
    expect(() => r.series()).not.toThrow();
  });

  it("merging a resolver into itself, and the same state twice, never throws", () => {
    const r = make();
    r.add([qualifying, unplaced("u1")]);
    expect(r.merge(r).success).toBe(true);
    const s = json(r.state());
    expect(r.merge(s).success).toBe(true);
    expect(r.merge(s).success).toBe(true);
    expect(() => r.series()).not.toThrow();
  });

  it("add: a forged batch, a batch of another registry and hostile arrays are reported, not thrown", () => {
    const r = make();
    const forged = Object.freeze({ announcements: Object.freeze([qualifying]), registryVersion: "test-1" });
    expect(r.add(forged)).toMatchObject({ added: 0, rejected: [-1] });
    expect(r.add(parseAnnouncements([]))).toMatchObject({ added: 0, rejected: [-1], issues: [{ code: "registry-mismatch" }] });
    expect(r.add(revoked.proxy)).toMatchObject({ added: 0, rejected: [-1] });
    expect(r.add(new Proxy([qualifying], { get: (t, k) => (k === "length" ? 2 : k === "1" ? boom() : Reflect.get(t, k)) }))).toMatchObject({ added: 1, rejected: [1] });
    expect(r.resolution(0).outcome).toBe("YES");
  });

  it("safeCreateResolver and safeParseAnnouncements return a result for hostile options", () => {
    for (const v of [revoked.proxy, new Proxy({}, { ownKeys: boom }), { asOf: AS_OF, registry: revoked.proxy }, { asOf: AS_OF, nearMisses: NaN }, { asOf: AS_OF, questions: new Array(20_000) }]) {
      expect(() => safeCreateResolver(v)).not.toThrow();
      expect(safeCreateResolver(v).success).toBe(false);
    }
    expect(() => safeParseAnnouncements([qualifying], { registry: revoked.proxy as never })).not.toThrow();
    expect(() => safeParseAnnouncements(qualifying, Object.defineProperty({}, "registry", { get: boom }))).not.toThrow();
  });
});

describe("promise 2: merge = whole, whatever the split and the order", () => {
  const opts = (extra: object = {}) => ({ questions: [...two, { companyId: "acme-group", windowStart: "2026-01-01T00:00:00Z" }, { companyId: "acme-group" }], asOf: AS_OF, registry, ...extra });
  // Corner cases: one id with several contents, identical times (ties), an unplaced party that
  // might be either company, announcements not yet known, near misses that tie.
  const corpus: Announcement[] = [
    variant({ id: "dup" }),
    variant({ id: "dup", title: "same id, other content" } as never),
    variant({ id: "dup", aiRole: "none" }),
    variant({ id: "tie", announcedAt: "2026-03-02T07:00:00Z" }),
    variant({ id: "early", announcedAt: "2025-06-01T00:00:00Z", sources: [{ url: "https://tass.com/economy/2", publishedAt: "2025-06-01T02:00:00Z" }] }),
    unplaced("u1"),
    variant({ id: "u2", chineseParty: { name: "Zorblax Holdings" }, russianParties: [{ id: "acme-rus" }] }),
    variant({ id: "later", announcedAt: "2026-12-01T00:00:00Z", sources: [{ url: "https://tass.com/economy/3", publishedAt: "2026-12-01T00:00:00Z" }] }),
    variant({ id: "m1", aiRole: "none" }),
    variant({ id: "m1", instrument: "talks" }),
    variant({ id: "m2", specificity: undefined }),
    variant({ id: "ot", chineseParty: { id: "other-tech" }, aiRole: "none" }),
  ];
  for (const keep of [{ evaluations: "all" }, { evaluations: "decisive", nearMisses: 0 }, { evaluations: "decisive", nearMisses: 1 }] as const) {
    it(`corner-case corpus, ${JSON.stringify(keep)}: every 3-way split merged live or through JSON, and reversed order, equal the whole`, () => {
      const whole = createResolver(opts(keep));
      whole.add(corpus);
      const expected = whole.series();
      const reversed = createResolver(opts(keep));
      for (const a of [...corpus].reverse()) reversed.add([a]);
      expect(reversed.series()).toEqual(expected);
      for (let split = 0; split < 12; split++) {
        const shards = [0, 1, 2].map(() => createResolver(opts(keep)));
        corpus.forEach((a, i) => shards[(i * (split + 1) + split) % 3]?.add([a]));
        const main = createResolver(opts(keep));
        for (const s of shards) expect(main.merge(split % 2 ? s : json(s.state())).success).toBe(true);
        expect(main.series()).toEqual(expected);
        // The merged resolver's own state, merged again, still gives the whole.
        const again = createResolver(opts(keep));
        expect(again.merge(json(main.state())).success).toBe(true);
        expect(again.series()).toEqual(expected);
      }
    });
  }

  // Documented exception (README, docs/reliability.md promise 5): once LIMITS.evaluations is
  // reached, which announcements a resolver rejects depends on the order they come in, so the
  // outcome may too; but a rejection always leaves NEEDS_REVIEW where nothing kept qualifies,
  // never a NO or a PENDING. 400 questions about one company (different deadlines); each
  // announcement with 100 sources costs 21 units per question that keeps it, so 23 of them fill
  // the 200,000 units. That takes seconds, so it runs in the long run only (`npm run test:long`);
  // `npm test` runs the same test with the limit lowered, in test/limits/work-limits.test.ts.
  it.runIf(LONG)("at the work limit, the order may change which announcements are rejected, never to a NO or a PENDING", () => {
    const questions = Array.from({ length: 400 }, (_, i) => ({ companyId: "acme-group", deadline: new Date(Date.UTC(2026, 11, 1) + i * 1000).toISOString() }));
    const sources = Array.from({ length: 100 }, (_, i) => ({ url: `https://tass.com/economy/${i}`, publishedAt: "2026-03-02T11:00:00+03:00" }));
    const reviews = Array.from({ length: 25 }, (_, i) => variant({ id: `r${String(i).padStart(2, "0")}`, specificity: undefined, sources }));
    const deal = variant({ id: "deal", sources });
    const a = createResolver({ questions, asOf: AS_OF, registry });
    const b = createResolver({ questions, asOf: AS_OF, registry });
    expect(a.add([deal, ...reviews]).rejected.length).toBeGreaterThan(0); // the limit is reached
    expect(b.add([...reviews, deal]).rejected).toContain(25);
    expect(LIMITS.evaluations).toBe(200_000);
    expect(a.resolution(0).outcome).toBe("YES");
    expect(b.resolution(0)).toMatchObject({ outcome: "NEEDS_REVIEW", rejected: 3 });
  });

  // Was a bug: counts added up past Number.MAX_SAFE_INTEGER, so a resolver could emit a state
  // that merge itself refused.
  it("a resolver's own state is always accepted by merge (a merge that would overflow a count is refused)", () => {
    const r = make();
    const big = { ...make().state(), rejected: Number.MAX_SAFE_INTEGER };
    expect(r.merge(big).success).toBe(true);
    const again = r.merge(big);
    expect(again.success).toBe(false);
    if (!again.success) expect(again.issues.map((i) => i.code)).toEqual(["incompatible-state"]);
    expect(make().merge(json(r.state())).success).toBe(true);
  });
});

describe("promise 3: no false YES, no wrong NO", () => {
  it("the resolver's outcomes equal resolveSeries on the corner-case corpus at several dates", () => {
    const corpus = [variant({ id: "dup" }), variant({ id: "dup", aiRole: "none" }), unplaced("u1"), variant({ id: "later", announcedAt: "2026-12-01T00:00:00Z" })];
    for (const asOf of ["2026-03-02T07:00:00Z", AS_OF, AFTER]) {
      const one = resolveSeries({ questions: two, announcements: corpus, asOf, registry });
      const r = createResolver({ questions: two, asOf, registry });
      r.add(parseAnnouncements(corpus, { registry }));
      expect(r.series().resolutions.map((x) => [x.outcome, x.deciding?.announcementId, x.qualifying])).toEqual(one.resolutions.map((x) => [x.outcome, x.deciding?.announcementId, x.qualifying]));
    }
  });

  it("a rejected announcement, also one carried in by a merged state, never lets NO stand", () => {
    const shard = createResolver({ questions: two, asOf: AFTER, registry });
    expect(shard.add([{ id: "bad", instrument: "handshake" }]).rejected).toEqual([0]);
    const main = createResolver({ questions: two, asOf: AFTER, registry });
    main.add([variant({ id: "n", aiRole: "none" })]);
    expect(main.resolution(0).outcome).toBe("NO");
    expect(main.merge(json(shard.state())).success).toBe(true);
    expect(main.series().resolutions.map((x) => x.outcome)).toEqual(["NEEDS_REVIEW", "NEEDS_REVIEW"]);
  });

  it("a forged state never produces YES without a qualifying announcement", () => {
    const s = make().state();
    const forged = [
      { ...s, passed: [[{ id: "ghost", at: "2026-03-02T07:00:00Z" }], []] },
      { ...s, announcements: [variant({ id: "x", aiRole: "none" })], counts: [{ unrelated: 0, notQualifying: 0 }, { unrelated: 5, notQualifying: 0 }], added: 1_000 },
      { ...s, unplaced: [["ghost"], ["ghost"]], notYetKnown: ["acme-sber-2026"] },
    ];
    for (const f of forged) {
      const r = make();
      r.merge(f);
      expect(r.series().resolutions.every((x) => x.outcome !== "YES")).toBe(true);
    }
  });

  // Was a bug (fixed: such ids make the outcome NEEDS_REVIEW): merge accepts `passed` (qualifying announcements kept as id and time only) with no
  // qualifying announcement kept, and the resolution is then NO while listing the ghost as
  // qualifying ("qualifying: ['ghost']", summary "none qualifies"). A real state never holds
  // passed ids without a kept announcement that qualified no later; merge should refuse it, or at
  // least not answer NO/PENDING while `qualifying` is not empty.
  it("a state listing qualifying ids without a kept qualifying announcement is refused, or never resolves NO", () => {
    const r = createResolver({ questions: [{ companyId: "acme-group" }], asOf: AFTER, registry });
    const merged = r.merge({ ...r.state(), passed: [[{ id: "ghost", at: "2026-03-02T07:00:00Z" }]] });
    const x = r.resolution(0);
    expect(merged.success && x.qualifying.length > 0 && (x.outcome === "NO" || x.outcome === "PENDING")).toBe(false);
  });
});

describe("promise 4: results are deep-frozen, inputs never mutated", () => {
  // Was a bug (fixed: a state holds copies): under evaluations "all", state().announcements were the resolver's own (unfrozen)
  // announcement objects. Changing one changes the resolver: it then answers YES with a deciding
  // evaluation that does not qualify, and its state has notQualifying -1, which merge refuses.
  it("changing a returned state changes nothing in the resolver (evaluations: all)", () => {
    const r = createResolver({ questions: [{ companyId: "acme-group" }], asOf: AS_OF, registry, evaluations: "all" });
    r.add([structuredClone(qualifying)]);
    const s = r.state();
    try {
      (s.announcements[0] as { aiRole: string }).aiRole = "none";
    } catch {
      // frozen: fine
    }
    const x = r.resolution(0);
    expect(x.outcome).toBe("YES");
    expect(x.deciding?.evaluation.status).toBe("qualifies");
    expect(r.state().counts[0]?.notQualifying).toBe(0);
  });

  it("a state handed to merge, a batch handed to add, and announcements are not mutated", () => {
    const source = make();
    source.add([qualifying, unplaced("u1"), variant({ id: "n", aiRole: "none" })]);
    const state = json(source.state());
    const before = structuredClone(state);
    const items = [structuredClone(qualifying), unplaced("u2")];
    const itemsBefore = structuredClone(items);
    const batch = parseAnnouncements(items, { registry });
    const batchBefore = structuredClone(batch.announcements);
    const r = make();
    r.merge(state);
    r.add(batch);
    r.add(items);
    r.series();
    r.state();
    expect(state).toEqual(before);
    expect(items).toEqual(itemsBefore);
    expect(batch.announcements).toEqual(batchBefore);
    expect(isDeepFrozen(batch)).toBe(true);
  });

  it("series, resolutions, unplaced items and evaluations() are deep-frozen, under both keep options", () => {
    for (const evaluations of ["all", "decisive"] as const) {
      const r = make({ evaluations });
      r.add([qualifying, unplaced("u1"), variant({ id: "n", aiRole: "none" })]);
      expect(isDeepFrozen(r.series())).toBe(true);
      expect(r.series().unplaced.length).toBe(1);
      expect(isDeepFrozen(r.evaluations("acme-sber-2026"))).toBe(true);
      expect(isDeepFrozen(r.evaluations("u1", 1))).toBe(true);
      expect(isDeepFrozen(r.questions)).toBe(true);
    }
  });
});

describe("promise 5: time and memory (figures in the report; results only here)", () => {
  // Slow inputs found (2-core machine, no assertion on time):
  // - unplaced announcements × distinct questions: each unplaced one is judged once per window in
  //   add, evaluated per question in series(), judged per question in state() and twice in merge,
  //   but charged once against LIMITS.evaluations. 10,000 questions × 100 unplaced: add 14 s,
  //   series 9 s, state 7 s, merge 22 s; linear, so 10,000 × 2,000 (at relationChecks) is ~5 min
  //   per call, and with 100 Russian parties each ~1 h.
  // - state() is quadratic in kept qualifying ties (`slot.qualifying.some`) and in unplaced ids
  //   (`removeOne` + splice): 20,000 → 60,000 qualifying ties: 3.5 s → 22.8 s; 60,000 → 120,000
  //   unplaced: 7.7 s → 52 s; at 199,000 unplaced × 2 questions (within every limit): add 7.7 s,
  //   series 20 s (2.3 GB heap), state 120 s (3.2 GB), merge 138 s, peak RSS 3.95 GB of a 4.3 GB heap.
  // - merge() computes the receiver's whole state() just to compare options: merging an empty
  //   state into a resolver holding 20,000 qualifying announcements takes ~2 s, every time.
  it("merging an empty state changes nothing", () => {
    const r = make();
    r.add([qualifying, unplaced("u1"), variant({ id: "n", aiRole: "none" })]);
    const before = r.series();
    expect(r.merge(make().state()).success).toBe(true);
    expect(r.series()).toEqual(before);
  });

  it("many copies of one qualifying announcement with the same time keep one deciding answer", () => {
    const r = createResolver({ questions: [{ companyId: "acme-group" }], asOf: AS_OF, registry });
    r.add(Array.from({ length: 300 }, (_, i) => variant({ id: "dup", title: `copy ${i % 3}` } as never)));
    const x = r.resolution(0);
    expect(x.outcome).toBe("YES");
    expect(x.qualifying.length).toBe(300);
  });

  it("builtin registry batches work with a builtin resolver (control)", () => {
    const r = createResolver({ questions: [{ companyId: "alibaba" }], asOf: AS_OF });
    expect(r.add(parseAnnouncements([])).rejected).toEqual([]);
    expect(builtinRegistry.version).toBe(r.registryVersion);
  });
});
