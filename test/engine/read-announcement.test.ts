/**
 * The fast announcement reader (src/engine/read-announcement.ts) against the slow path it stands
 * in for (`snapshot`, then `Announcement.safeParse`): it accepts every announcement of the
 * benchmark corpus and of the examples, with exactly the slow path's value; on hand-picked edge
 * cases it either gives that value or falls back; hostile input still gets the issues it got
 * before. The generated cases are in test/properties/read-announcement.prop.test.ts.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readAnnouncementFast } from "../../src/engine/read-announcement.js";
import { LIMITS } from "../../src/engine/limits.js";
import { parseAnnouncements, safeParseAnnouncements, safeResolve } from "../../src/index.js";
import { realisticCorpus } from "../bench/corpus.js";
import { expectSameRead, slowRead } from "../support/fast-read.js";

const json = (file: string): unknown => JSON.parse(readFileSync(new URL(`../../examples/${file}`, import.meta.url), "utf8"));
const EXAMPLES = [...((json("announcements.json") as { announcements: unknown[] }).announcements), ...(json("real-events.json") as unknown[])];

/** An announcement with every field, some text padded with white space. */
const FULL = {
  id: "full-1",
  title: "  Alibaba Cloud and Sber sign an AI agreement\n",
  announcedAt: { date: "2024-02-29", timeZone: "Europe/Moscow" },
  chineseParty: {
    id: "alibaba-cloud",
    name: "\u3000Alibaba Cloud ",
    owners: [{ id: "alibaba", stake: 100, control: true, source: " annual report ", asOf: "2024-02-29" }],
    intermediary: { name: "Gulf AI Holdings", country: "AE", ultimatePartnerConfirmed: true, confirmedBy: [{ url: "https://www.reuters.com/x", publishedAt: "2026-03-02T10:00:00.123456789+03:00" }] },
  },
  russianParties: [
    { id: "sberbank", name: "Сбербанк", description: " a bank ", kind: "state-owned-enterprise", countryOfIncorporation: "RU", russianControl: "majority", owners: [{ id: "rosimushchestvo", stake: 50.5 }] },
    { description: "a Moscow AI start-up" },
  ],
  instrument: "agreement",
  binding: false,
  aiRole: "focus",
  activities: ["C3.models.integration", "C3.models.integration", "C3.infra.cloud"],
  includesAdvisory: true,
  specificity: "concrete",
  priorRelation: "new",
  publiclyAnnounced: true,
  sources: [
    { kind: "ru-state-media", outlet: " TASS", url: "HTTPS://tass.com/economy/1 x", event: "SPIEF", publishedAt: { month: "2026-03", timeZone: "+03:00" }, title: "t" },
    { publishedAt: { instant: "2026-03-02T10:00Z" } },
    {},
  ],
  cancelled: { at: { date: "2026-06-01", timeZone: "UTC" }, beforeImplementation: true },
  quotes: [{ field: "aiRole", text: " centres on AI ", source: 2 }],
  notes: "  kept as written  ",
};

const clone = <T>(v: T): T => structuredClone(v);
/** `FULL` with `edit` applied to a fresh copy. */
const edited = (edit: (a: Record<string, any>) => void) => () => {
  const a = clone(FULL) as Record<string, any>;
  edit(a);
  return a;
};
/** The same keys in reverse order, at every level. */
function reversed(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(reversed);
  if (typeof v !== "object" || v === null) return v;
  return Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reversed(x)]));
}

describe("the fast reader accepts the common case, with the slow path's value", () => {
  it("every announcement of the benchmark corpus", () => {
    const corpus = realisticCorpus(300, 7);
    expect(corpus.filter((a) => !expectSameRead(() => clone(a)))).toEqual([]);
  });

  it("every announcement of examples/announcements.json and examples/real-events.json", () => {
    expect(EXAMPLES.length).toBeGreaterThan(10);
    expect(EXAMPLES.filter((a) => !expectSameRead(() => clone(a)))).toEqual([]);
  });

  it("an announcement with every field, text padded with white space, and the same with its keys in reverse order", () => {
    expect(expectSameRead(() => clone(FULL))).toBe(true);
    expect(expectSameRead(() => reversed(FULL))).toBe(true);
    expect(JSON.stringify(readAnnouncementFast(reversed(FULL), { values: 0 }))).toBe(JSON.stringify(readAnnouncementFast(FULL, { values: 0 })));
  });

  it("a getter is read once, and the value read is the value resolved", () => {
    let reads = 0;
    const a = { get id() { return ++reads === 1 ? "first-read" : "second-read"; }, title: "x" };
    const batch = parseAnnouncements([a]);
    expect(reads).toBe(1);
    expect(batch.announcements[0]?.id).toBe("first-read");
  });
});

describe("edge cases: the fast reader gives the slow path's value, or falls back", () => {
  const cases: [string, () => unknown, "accepts" | "falls back" | "either"][] = [
    ["text trimmed of every kind of white space", edited((a) => (a.title = "\u00a0\ufeff\u2028\u3000x\t\n\u2029\u202f")), "accepts"],
    ["text of nothing but white space", edited((a) => (a.title = "\u00a0\ufeff\u3000")), "falls back"],
    ["\\u180e, white space no longer", edited((a) => (a.title = "\u180e")), "accepts"],
    ["zero-width space only", edited((a) => (a.title = "\u200b")), "accepts"],
    ["a title of 1,000 characters", edited((a) => (a.title = "x".repeat(1000))), "accepts"],
    ["a title of 1,001 characters", edited((a) => (a.title = "x".repeat(1001))), "falls back"],
    ["a title of 1,000 characters and a space", edited((a) => (a.title = `${"x".repeat(1000)} `)), "falls back"],
    ["a title of 600 astral characters (1,200 code units)", edited((a) => (a.title = "😀".repeat(600))), "either"],
    ["an id of 200 characters", edited((a) => (a.id = "i".repeat(200))), "accepts"],
    ["an id of 201 characters", edited((a) => (a.id = "i".repeat(201))), "falls back"],
    ["an empty id", edited((a) => (a.id = "")), "falls back"],
    ["an id of white space (ids are not trimmed)", edited((a) => (a.id = "  ")), "accepts"],
    ["an id with a lone surrogate", edited((a) => (a.id = "a\ud800")), "accepts"],
    ["no id", edited((a) => delete a.id), "falls back"],
    ["notes of 10,000 characters", edited((a) => (a.notes = "n".repeat(10_000))), "accepts"],
    ["notes of 10,001 characters", edited((a) => (a.notes = "n".repeat(10_001))), "falls back"],
    ["empty notes", edited((a) => (a.notes = "")), "accepts"],
    ["a field given as undefined", edited((a) => (a.binding = undefined)), "falls back"],
    ["an unknown field", edited((a) => (a.extra = 1)), "falls back"],
    ["an unknown field in a source", edited((a) => (a.sources[0].extra = 1)), "falls back"],
    ["__proto__ as an own key", edited((a) => Object.defineProperty(a, "__proto__", { value: {}, enumerable: true, writable: true, configurable: true })), "falls back"],
    ["a null-prototype announcement", () => Object.assign(Object.create(null), clone(FULL)), "falls back"],
    ["a class instance", () => Object.assign(new (class Thing {})(), clone(FULL)), "falls back"],
    ["a Date as a time", edited((a) => (a.announcedAt = new Date(0))), "falls back"],
    ["a Map as a party", edited((a) => (a.chineseParty = new Map())), "falls back"],
    ["a hole in an array", edited((a) => (a.activities = ["C3.infra.cloud", , "C3.infra.cloud"])), "falls back"],
    ["an array with an extra property", edited((a) => (a.activities = Object.assign(["C3.infra.cloud"], { extra: 1 }))), "accepts"],
    ["a stake of -0", edited((a) => (a.chineseParty.owners[0].stake = -0)), "accepts"],
    ["a stake of NaN", edited((a) => (a.chineseParty.owners[0].stake = Number.NaN)), "falls back"],
    ["a stake of Infinity", edited((a) => (a.chineseParty.owners[0].stake = Number.POSITIVE_INFINITY)), "falls back"],
    ["a stake over 100", edited((a) => (a.chineseParty.owners[0].stake = 100.0001)), "falls back"],
    ["control false", edited((a) => (a.chineseParty.owners[0].control = false)), "falls back"],
    ["a quote source of 1.5", edited((a) => (a.quotes[0].source = 1.5)), "falls back"],
    ["a quote naming no listed source", edited((a) => (a.quotes[0].source = 3)), "falls back"],
    ["quotes without sources", edited((a) => delete a.sources), "falls back"],
    ["29 February of a common year (date)", edited((a) => (a.announcedAt = { date: "2026-02-29", timeZone: "UTC" })), "falls back"],
    ["29 February of a common year (instant)", edited((a) => (a.announcedAt = "2100-02-29T00:00:00Z")), "falls back"],
    ["29 February of a common year (ownership asOf)", edited((a) => (a.chineseParty.owners[0].asOf = "2026-02-29")), "falls back"],
    ["an offset beyond ±14:00", edited((a) => (a.announcedAt = "2026-03-02T10:00:00+14:01")), "falls back"],
    ["an unknown time zone", edited((a) => (a.announcedAt = { date: "2026-03-02", timeZone: "Europe/Atlantis" })), "falls back"],
    ["an offset zone", edited((a) => (a.announcedAt = { month: "2026-03", timeZone: "-14:00" })), "accepts"],
    ["a time with both date and month", edited((a) => (a.announcedAt = { date: "2026-03-02", month: "2026-03", timeZone: "UTC" })), "falls back"],
    ["a time of { instant } with a zone", edited((a) => (a.announcedAt = { instant: "2026-03-02T10:00Z", timeZone: "UTC" })), "falls back"],
    ["an empty time object", edited((a) => (a.announcedAt = {})), "falls back"],
    ["a URL that does not parse", edited((a) => (a.sources[0].url = "https://a b.c/")), "falls back"],
    ["a URL without a host", edited((a) => (a.sources[0].url = "https://")), "falls back"],
    ["an upper-case enum member", edited((a) => (a.instrument = "AGREEMENT")), "falls back"],
    ["an enum member inherited from Object.prototype", edited((a) => (a.instrument = "constructor")), "falls back"],
    ["a String object as text", edited((a) => (a.title = new String("x"))), "falls back"],
    ["a number as text", edited((a) => (a.title = 1)), "falls back"],
    ["101 Russian parties", edited((a) => (a.russianParties = Array.from({ length: 101 }, () => ({ id: "sberbank" })))), "falls back"],
    ["100 Russian parties", edited((a) => (a.russianParties = Array.from({ length: 100 }, () => ({ id: "sberbank" })))), "accepts"],
    ["a shared object reached twice", () => { const s = { url: "https://tass.com/1" }; return { id: "x", sources: [s, s] }; }, "accepts"],
    ["a getter on a party", edited((a) => Object.defineProperty(a.chineseParty, "name", { get: () => "Alibaba", enumerable: true })), "accepts"],
    ["a non-enumerable field (ignored by both)", edited((a) => Object.defineProperty(a, "title", { value: "hidden", enumerable: false })), "accepts"],
    ["a symbol key (ignored by both)", edited((a) => Object.defineProperty(a, Symbol("s"), { value: 1, enumerable: true })), "accepts"],
  ];
  it.each(cases)("%s", (_, make, expected) => {
    const accepted = expectSameRead(make);
    if (expected !== "either") expect(accepted ? "accepts" : "falls back").toBe(expected);
  });

  it("falls back, counting nothing, when the values read would go over LIMITS.inputValues", () => {
    // An announcement, an array, its item, and the source: four values (six with two sources).
    const counter = { values: LIMITS.inputValues - 4 };
    expect(readAnnouncementFast({ id: "a", sources: [{}, {}] }, counter)).toBeUndefined();
    expect(counter.values).toBe(LIMITS.inputValues - 4);
    expect(readAnnouncementFast({ id: "a", sources: [{}] }, counter)).toBeDefined();
    expect(counter.values).toBe(LIMITS.inputValues);
  });
});

describe("hostile input gets the issues it got before (the slow path's)", () => {
  const boom = (): never => {
    throw new Error("boom");
  };
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  const cycle: Record<string, unknown> = { id: "c" };
  cycle.chineseParty = { intermediary: { name: "x", confirmedBy: [cycle] } };
  const selfSource: Record<string, unknown> = { url: "https://tass.com/1" };
  selfSource.publishedAt = selfSource;
  const hostile: [string, () => unknown][] = [
    ["a throwing getter", () => ({ get id() { return boom(); } })],
    ["a throwing getter deep inside", edited((a) => Object.defineProperty(a.sources[1], "publishedAt", { get: boom, enumerable: true }))],
    ["a Proxy whose traps throw", () => new Proxy({}, { get: boom, ownKeys: boom, getPrototypeOf: boom })],
    ["a Proxy whose ownKeys throws, inside", edited((a) => (a.chineseParty = new Proxy({}, { ownKeys: boom })))],
    ["a revoked Proxy", () => revoked.proxy],
    ["a revoked Proxy as the parties", edited((a) => (a.russianParties = revoked.proxy))],
    ["an array Proxy whose length throws", edited((a) => (a.sources = new Proxy([], { get: (t, k) => (k === "length" ? boom() : Reflect.get(t, k)) })))],
    ["an array Proxy with a fractional length", edited((a) => (a.sources = new Proxy([], { get: (t, k) => (k === "length" ? 1.5 : Reflect.get(t, k)) })))],
    ["a cycle through the intermediary's reports", () => cycle],
    ["a source that is its own publication time", () => ({ id: "s", sources: [selfSource] })],
    ["a Date as the announcement", () => new Date(0)],
    ["a Date as a time", edited((a) => (a.announcedAt = new Date(0)))],
    ["an object with a prototype", () => Object.create({ id: "inherited" })],
    ["a function as a field", edited((a) => (a.title = () => "x"))],
    ["a BigInt as a stake", edited((a) => (a.chineseParty.owners[0].stake = 1n))],
    ["a Symbol as text", edited((a) => (a.title = Symbol("x")))],
    ["an array of 20,000 activities", edited((a) => (a.activities = new Array(20_000).fill("C3.infra.cloud")))],
  ];
  it.each(hostile)("%s", (_, make) => {
    const items = [clone(FULL), make(), { id: "last" }];
    // Only the hostile item (at index 1) has problems, and they are the slow path's.
    const expected = slowRead(make(), 1).issues;
    expect(expected.length).toBeGreaterThan(0);
    const parsed = safeParseAnnouncements(items);
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(parsed.issues).toEqual(expected);
    const resolved = safeResolve({ question: { companyId: "alibaba" }, announcements: [clone(FULL), make(), { id: "last" }], asOf: "2026-11-23T00:00:00Z" });
    expect(resolved.success).toBe(false);
    if (!resolved.success) expect(resolved.issues).toEqual(expected);
  });
});
