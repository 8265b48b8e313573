import { describe, expect, it } from "vitest";
import { type Announcement, type ResolverState, builtinRegistry, createResolver, extendRegistry, parseAnnouncements, resolve, safeCreateResolver, safeParseAnnouncements } from "../../src/index.js";
import { qualifying, registry, variant } from "../fixtures.js";

const AS_OF = "2026-11-23T00:00:00Z";
const questions = [{ companyId: "acme-group" }, { companyId: "other-tech" }];
const make = (extra: object = {}) => createResolver({ questions, asOf: AS_OF, registry, ...extra });
const failing = (id: string, changes: Partial<Record<keyof Announcement, unknown>>) => variant({ id, ...changes });

describe("parseAnnouncements: validate once", () => {
  it("returns a frozen batch that resolve() accepts, with the same resolution as raw input", () => {
    const batch = parseAnnouncements([qualifying, failing("b", { aiRole: "none" })], { registry });
    expect(Object.isFrozen(batch) && Object.isFrozen(batch.announcements[0])).toBe(true);
    expect(batch.registryVersion).toBe("test-1");
    const raw = resolve({ question: { companyId: "acme-group" }, announcements: [qualifying, failing("b", { aiRole: "none" })], asOf: AS_OF, registry });
    expect(resolve({ question: { companyId: "acme-group" }, announcements: batch, asOf: AS_OF, registry })).toEqual(raw);
  });

  it("reports every problem with its path and makes no batch from partly valid input", () => {
    const r = safeParseAnnouncements([qualifying, { id: "x", sources: [{ url: "tass.com/x" }] }, 7], { registry });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues.map((i) => i.path)).toEqual(["announcements[1].sources[0].url", "announcements[2]"]);
  });

  it("refuses a batch made against another registry, naming both versions", () => {
    const batch = parseAnnouncements([qualifying]);
    const r = make().add(batch);
    expect(r.rejected).toEqual([-1]);
    expect(r.issues[0]).toMatchObject({ path: "announcements", code: "registry-mismatch" });
    expect(r.issues[0]?.message).toContain(builtinRegistry.version);
  });
});

describe("createResolver: add", () => {
  it("reports bad items by position with their paths, and adds the others", () => {
    const resolver = make();
    const r = resolver.add([failing("a", { aiRole: "none" }), { id: "bad", instrument: "handshake" }, qualifying]);
    expect(r).toMatchObject({ added: 2, rejected: [1] });
    expect(r.issues.map((i) => i.path)).toEqual(["announcements[1].instrument"]);
    expect(resolver.resolution(0).outcome).toBe("YES");
  });

  it("a rejected announcement turns NO or PENDING into NEEDS_REVIEW, as it might have qualified; YES stays YES", () => {
    const resolver = make();
    resolver.add([{ id: "bad", instrument: "handshake" }]);
    const r = resolver.resolution(0);
    expect(r.outcome).toBe("NEEDS_REVIEW");
    expect(r.rejected).toBe(1);
    expect(r.summary).toContain("rejected as invalid");
    resolver.add([qualifying]);
    expect(resolver.resolution(0).outcome).toBe("YES");
  });

  it("input that is not an array is rejected whole and counted", () => {
    const resolver = make();
    expect(resolver.add("nope")).toMatchObject({ added: 0, rejected: [-1], issues: [{ code: "invalid-type" }] });
    expect(resolver.resolution(1).outcome).toBe("NEEDS_REVIEW");
  });

  it("never throws on hostile input", () => {
    const hostile = new Proxy([], { get: () => { throw new Error("boom"); } });
    expect(() => make().add(hostile)).not.toThrow();
    expect(make().add([{ get id() { throw new Error("boom"); } }]).issues[0]).toMatchObject({ path: "announcements[0].id", code: "unreadable" });
  });

  it("keeps qualifying and review announcements, and only the near misses asked for", () => {
    const resolver = make({ nearMisses: 1 });
    resolver.add([failing("n2", { aiRole: "none", instrument: "talks" }), failing("n1", { aiRole: "none" }), failing("n0", { instrument: "talks" }), qualifying, failing("u", { aiRole: undefined })]);
    const r = resolver.resolution(0);
    expect(r.evaluations.map((e) => [e.announcementId, e.status])).toEqual([
      ["acme-sber-2026", "qualifies"],
      ["n0", "does-not-qualify"],
    ]);
    expect(r.needsReview.map((x) => x.announcementId)).toEqual(["u"]);
    expect(resolver.evaluations("u").map((e) => e.status)).toEqual(["undetermined"]);
    expect(r.notQualifying).toBe(3);
    expect(resolver.evaluations("n0").map((e) => e.failed)).toEqual([["formality"]]);
    expect(resolver.evaluations("n2")).toEqual([]);
  });

  it("resolves each question; identical questions share one resolution", () => {
    const resolver = createResolver({ questions: [{ companyId: "acme-group" }, { companyId: "acme-group" }], asOf: AS_OF, registry });
    resolver.add([qualifying]);
    const s = resolver.series();
    expect(s.resolutions[0]).toBe(s.resolutions[1]);
    expect(resolver.series()).toBe(s);
    expect(() => resolver.resolution(2)).toThrow(RangeError);
    expect(() => resolver.resolution(Symbol("q") as never)).toThrow(RangeError);
    expect(() => resolver.evaluations("x", { toString: () => { throw new Error("boom"); } } as never)).toThrow(RangeError);
  });
});

describe("createResolver: options and merge", () => {
  it("bad options come back with their paths from safeCreateResolver, and throw from createResolver", () => {
    const r = safeCreateResolver({ asOf: "yesterday", nearMisses: -1, questions: [{ companyId: "nobody" }] });
    expect(r.success).toBe(false);
    // The unknown company comes back with the schema's problems, in the same pass.
    if (!r.success) expect(r.issues.map((i) => [i.path, i.code]).sort()).toEqual([["asOf", "invalid-instant"], ["nearMisses", "too-small"], ["questions[0].companyId", "unknown-company"]]);
    expect(() => createResolver({ asOf: AS_OF, questions: [{ companyId: "nobody" }], registry })).toThrow(/nobody/);
  });

  it.each([
    ["year 10000", Date.UTC(10_000, 0, 1)],
    ["year -1", Date.UTC(-1, 0, 1)],
  ])("a state made as of %s (a six-digit year in its asOf) merges back", (_, asOf) => {
    const a = createResolver({ questions, asOf, registry });
    a.add([qualifying]);
    const state = JSON.parse(JSON.stringify(a.state())) as ResolverState;
    expect(state.asOf).toMatch(/^[+-]\d{6}-/);
    const b = createResolver({ questions, asOf, registry });
    expect(b.merge(state).success).toBe(true);
    expect(b.series().resolutions.map((r) => r.outcome)).toEqual(a.series().resolutions.map((r) => r.outcome));
  });

  it("refuses to merge a state made under other options, and changes nothing", () => {
    const a = make();
    a.add([qualifying]);
    const other = createResolver({ questions, asOf: "2026-06-01T00:00:00Z", registry });
    const before = a.series();
    const m = a.merge(other.state());
    expect(m.success).toBe(false);
    if (!m.success) expect(m.issues.map((i) => [i.path, i.code])).toEqual([["asOf", "incompatible-state"]]);
    expect(a.series()).toBe(before);
    expect(a.merge({ format: "something else" } as never).success).toBe(false);
  });

  it("refuses a state judged against another registry of the same version (two `+custom` extensions), naming the digest", () => {
    const entity = (id: string) => ({ entities: [{ id, name: `Acme Rus ${id}`, countryOfIncorporation: "RU", owners: [{ id: "acme-group", control: true }] }] });
    const [one, two] = [extendRegistry(registry, entity("acme-rus-x")), extendRegistry(registry, entity("acme-rus-y"))];
    expect(one.version).toBe(two.version);
    const a = createResolver({ questions, asOf: AS_OF, registry: one });
    a.add([qualifying]);
    const before = a.series();
    const m = a.merge(createResolver({ questions, asOf: AS_OF, registry: two }).state());
    expect(m.success).toBe(false);
    if (!m.success) expect(m.issues.map((i) => [i.path, i.code])).toEqual([["registryDigest", "incompatible-state"]]);
    expect(a.series()).toBe(before);
    // The same content merges, whichever object holds it.
    expect(a.merge(createResolver({ questions, asOf: AS_OF, registry: extendRegistry(registry, entity("acme-rus-x")) }).state()).success).toBe(true);
  });

  it("refuses a state made under another clarification pin (or none), naming it", () => {
    const clarifications = [1, 2].map((number) => ({ number, publishedAt: `2026-0${number}-01T00:00:00Z`, text: `Clarification ${number}.`, readings: { unrecognizedSource: "undetermined" as const } }));
    const clarified = questions.map((q) => ({ ...q, clarifications }));
    const pinned = (clarification?: number) => createResolver({ questions: clarified, asOf: AS_OF, registry, ...(clarification === undefined ? {} : { clarification }) });
    for (const [mine, theirs] of [[0, undefined], [undefined, 0], [1, 2]] as const) {
      const m = pinned(mine).merge(pinned(theirs).state());
      expect(m.success).toBe(false);
      if (!m.success) expect(m.issues.map((i) => [i.path, i.code])).toEqual([["clarification", "incompatible-state"]]);
    }
    expect(pinned(1).state().clarification).toBe(1);
    expect("clarification" in pinned().state()).toBe(false);
    expect(pinned(1).merge(pinned(1).state()).success).toBe(true);
  });

  it("a state is plain JSON data holding only the kept announcements", () => {
    const resolver = make({ nearMisses: 0 });
    resolver.add([qualifying, failing("n", { aiRole: "none" }), failing("later", { announcedAt: "2026-12-01T00:00:00Z", sources: undefined })]);
    const state = resolver.state();
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
    expect(state.announcements.map((a) => a.id)).toEqual(["acme-sber-2026"]);
    expect(state.notYetKnown).toEqual(["later"]);
    // Counts leave out the kept announcement, which a merge counts again.
    expect(state.counts).toEqual([
      { unrelated: 0, notQualifying: 1 },
      { unrelated: 1, notQualifying: 0 },
    ]);
    expect(state.added).toBe(3);
  });
});

describe("a Chinese party that cannot be placed, in a series", () => {
  const unknown = variant({ id: "u1", chineseParty: { name: "Ghost Holdings" } });
  it("is evaluated once and listed once, with the companies it might be; each question lists its id", () => {
    const s = createResolver({ questions, asOf: AS_OF, registry });
    s.add([unknown]);
    const series = s.series();
    expect(series.unplaced).toHaveLength(1);
    expect(series.unplaced[0]).toMatchObject({ announcementId: "u1", chineseParty: "Ghost Holdings", mightBe: ["acme-group", "other-tech"] });
    // Decisive (the resolver's default): the criteria left open, not the whole evaluation.
    expect(series.unplaced[0]?.criteria.map((c) => c.criterion)).toEqual(["company"]);
    expect(series.unplaced[0]?.criteria[0]?.clauses).toEqual(expect.arrayContaining(["C1.named"]));
    expect(series.unplaced[0]?.evaluation).toBeUndefined();
    expect(s.evaluations("u1", 1).map((e) => e.unsettled)).toEqual([["company"]]);
    // With every evaluation kept, the full evaluation comes too.
    const all = createResolver({ questions, asOf: AS_OF, registry, evaluations: "all" });
    all.add([unknown]);
    expect(all.series().unplaced[0]?.evaluation?.unsettled).toEqual(["company"]);
    for (const r of series.resolutions) {
      expect([r.outcome, r.unplaced, r.needsReview, r.evaluations]).toEqual(["NEEDS_REVIEW", ["u1"], [], []]);
      expect(r.clauses).toEqual(expect.arrayContaining(["C1.named"]));
      expect(r.summary).toContain("cannot be placed");
    }
  });

  it("with one company asked about, it is that question's review item as before", () => {
    const one = createResolver({ questions: [{ companyId: "acme-group" }], asOf: AS_OF, registry });
    one.add([unknown]);
    const r = one.resolution(0);
    expect([r.outcome, r.unplaced, r.needsReview.map((x) => x.announcementId)]).toEqual(["NEEDS_REVIEW", [], ["u1"]]);
    expect(one.series().unplaced).toEqual([]);
  });
});


describe("createResolver: kept text", () => {
  // 600 qualifying announcements, each made earlier than the one before: each becomes the one
  // that decides, and lets go of the text of the one before (about 9 KB each). Past 4 MB let go
  // of, the resolver copies the text it holds into new blocks; what it reads back is unchanged.
  const long = "Acme Cloud and Sber sign an agreement on AI. ".repeat(190);
  const base = Date.parse("2026-06-01T00:00:00Z");
  const rows = Array.from({ length: 600 }, (_, i) =>
    variant({
      id: `q${i}`,
      notes: `${long}${i}`,
      announcedAt: new Date(base - i * 3_600_000).toISOString(),
      sources: [{ url: `https://tass.com/economy/${i}`, publishedAt: new Date(base - i * 3_600_000 + 60_000).toISOString() }],
    }),
  );

  it("reads kept announcements back unchanged after reclaiming the text of those let go of", () => {
    const decisive = make();
    decisive.add(rows);
    const all = make({ evaluations: "all" });
    all.add(rows);
    const d = decisive.resolution(0);
    const a = all.resolution(0);
    expect(d.deciding?.announcementId).toBe("q599");
    expect(d.deciding).toEqual(a.deciding);
    expect(d.qualifying).toEqual(a.qualifying);
    expect(decisive.evaluations("q599")).toEqual(all.evaluations("q599"));
    expect(decisive.state().announcements).toEqual(parseAnnouncements([rows[599]], { registry }).announcements);
  });
});
