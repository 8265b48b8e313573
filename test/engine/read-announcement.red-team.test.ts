/**
 * Adversarial cases for the fast announcement reader (src/engine/read-announcement.ts): inputs
 * built to make it read something other than what the slow path (`snapshot`, then
 * `Announcement.safeParse`) reads. Each either gets exactly the slow path's value or falls back.
 * These were real differences before the fix: an array whose prototype is (or whose Proxy
 * answers) `Object.prototype`, read as an object by the fast reader and as an array by the slow
 * path; a getter deleting a later field (skipped by `for in`, read as `undefined` by `snapshot`);
 * a field name on `Object.prototype` (zod finds it with `in` and reads the inherited value),
 * also when a getter puts it there. The rest are attacks that found no difference.
 */
import { describe, expect, it } from "vitest";
import { readAnnouncementFast } from "../../src/engine/read-announcement.js";
import { parseAnnouncements, safeParseAnnouncements, safeResolve } from "../../src/index.js";
import { Announcement } from "../../src/models/announcement.js";
import { snapshot } from "../../src/snapshot.js";
import { jsonSchemaOf } from "../contract/models.js";
import { expectSameRead, slowRead } from "../support/fast-read.js";

/** A qualifying announcement (YES for `alibaba` with its sources), built fresh each time. */
const base = (): Record<string, any> => ({
  id: "rt-1",
  title: "Alibaba Cloud and Sber sign an AI agreement",
  announcedAt: "2026-03-02T10:00:00+03:00",
  chineseParty: { id: "alibaba-cloud" },
  russianParties: [{ id: "sberbank" }],
  instrument: "agreement",
  aiRole: "focus",
  activities: ["C3.models.integration"],
  specificity: "concrete",
  priorRelation: "new",
  publiclyAnnounced: true,
  sources: [{ kind: "ru-state-media", outlet: "TASS", url: "https://tass.com/economy/1" }],
});
const edited = (edit: (a: Record<string, any>) => void) => () => {
  const a = base();
  edit(a);
  return a;
};
/** An array with the fields of `fields` as named properties and `Object.prototype` as its prototype: `Array.isArray` says yes, the prototype says plain object. */
const arrayPosingAsObject = (fields: object): unknown => Object.setPrototypeOf(Object.assign([], fields), Object.prototype);
const ASOF = "2026-11-23T00:00:00Z";

describe("differences found, now fallbacks: the slow path decides", () => {
  const cases: [string, () => unknown][] = [
    ["the announcement is an array whose prototype is Object.prototype", () => arrayPosingAsObject(base())],
    ["the Chinese party is such an array", edited((a) => (a.chineseParty = arrayPosingAsObject({ id: "alibaba-cloud" })))],
    ["a source is such an array", edited((a) => (a.sources[0] = arrayPosingAsObject(a.sources[0])))],
    ["announcedAt is such an array, as { instant }", edited((a) => (a.announcedAt = arrayPosingAsObject({ instant: "2026-03-02T10:00Z" })))],
    ["a Proxy of an array whose getPrototypeOf answers Object.prototype", edited((a) => (a.chineseParty = new Proxy(Object.assign([], { id: "alibaba-cloud" }), { getPrototypeOf: () => Object.prototype })))],
  ];
  it.each(cases)("%s: refused by the slow path, and now not accepted by the fast one", (_, make) => {
    expect(slowRead(make()).issues.length).toBeGreaterThan(0);
    expect(readAnnouncementFast(make(), { values: 0 })).toBeUndefined();
    expect(expectSameRead(make)).toBe(false);
    // End to end: the resolution fails with the slow path's issues (it resolved YES before).
    const resolved = safeResolve({ question: { companyId: "alibaba" }, announcements: [make()], asOf: ASOF });
    expect(resolved.success).toBe(false);
    if (!resolved.success) expect(resolved.issues).toEqual(slowRead(make()).issues);
    const parsed = safeParseAnnouncements([make()]);
    expect(parsed.success).toBe(false);
  });

  it("a getter that deletes a later optional field: the slow path keeps it as undefined, so the fast reader falls back", () => {
    const make = () => {
      const a = base();
      a.notes = "n";
      Object.defineProperty(a, "title", { enumerable: true, configurable: true, get: () => (delete a.notes, "t") });
      return a;
    };
    const slow = slowRead(make());
    expect(slow.issues).toEqual([]);
    expect(Object.hasOwn(slow.value as object, "notes")).toBe(true);
    expect(readAnnouncementFast(make(), { values: 0 })).toBeUndefined();
    expect(expectSameRead(make)).toBe(false);
    // The fast reader ran the getter and fell back; the slow path read the item again, and its reading is the one kept.
    let reads = 0;
    const counted = base();
    counted.notes = "n";
    Object.defineProperty(counted, "title", { enumerable: true, get: () => (reads++, delete counted.notes, "t") });
    expect(JSON.stringify(parseAnnouncements([counted]).announcements[0])).toBe(JSON.stringify(slow.value));
    expect(reads).toBe(2);
  });
});

describe("Object.prototype, reads, and attacks that found no difference: the same value, or a fallback", () => {
  const pollute = (key: string, enumerable: boolean, run: () => void) => {
    Object.defineProperty(Object.prototype, key, { value: "inherited", enumerable, configurable: true, writable: true });
    try {
      run();
    } finally {
      delete (Object.prototype as Record<string, unknown>)[key];
    }
  };
  it("an enumerable property added to Object.prototype: an unknown field to zod (for in), so the fast reader falls back", () => {
    pollute("extra", true, () => {
      expect(slowRead(base()).issues.map((i) => i.code)).toContain("unknown-field");
      expect(expectSameRead(base)).toBe(false);
    });
  });

  it("a field name on Object.prototype, not enumerable: zod reads it as the field (in), so the fast reader falls back, for every field name", () => {
    pollute("title", false, () => {
      const { id, ...rest } = base();
      delete rest.title;
      expect((slowRead({ id, ...rest }).value as { title?: unknown } | undefined)?.title).toBe("inherited");
    });
    const names = new Set<string>();
    const walk = (v: unknown): void => {
      if (typeof v !== "object" || v === null) return;
      const properties = (v as { properties?: unknown }).properties;
      if (typeof properties === "object" && properties !== null) for (const k of Object.keys(properties)) names.add(k);
      Object.values(v).forEach(walk);
    };
    walk(jsonSchemaOf(Announcement));
    expect(names.size).toBeGreaterThan(40);
    for (const name of names) pollute(name, false, () => expect(readAnnouncementFast({ id: "a" }, { values: 0 }), name).toBeUndefined());
    expect(readAnnouncementFast({ id: "a" }, { values: 0 })).toBeDefined();
  });

  it("Object.prototype changed by a getter while the item is read: the fast reader falls back", () => {
    const make = edited((a) => Object.defineProperty(a, "title", { enumerable: true, get: () => (Object.defineProperty(Object.prototype, "notes", { value: 1, configurable: true }), "t") }));
    try {
      expect(readAnnouncementFast(make(), { values: 0 })).toBeUndefined();
    } finally {
      delete (Object.prototype as Record<string, unknown>).notes;
    }
  });

  const cases: [string, () => unknown, "accepts" | "falls back"][] = [
    // keys
    ["__proto__ as an own key from JSON.parse", () => JSON.parse('{"id":"p","__proto__":{"title":"t"}}'), "falls back"],
    ["a numeric-string key", edited((a) => (a["0"] = 1)), "falls back"],
    ["Object.create(Object.prototype, …) with a getter", () => Object.create(Object.prototype, { id: { value: "c", enumerable: true }, title: { get: () => " t ", enumerable: true } }), "accepts"],
    ["frozen, sealed and non-extensible input", edited((a) => { Object.freeze(a.sources); Object.seal(a.russianParties); Object.preventExtensions(a.chineseParty); Object.freeze(a); }), "accepts"],
    ["a Proxy whose has trap hides a field (not consulted)", () => new Proxy(base(), { has: (t, k) => k !== "title" && Reflect.has(t, k) }), "accepts"],
    ["a Proxy whose descriptors call a field non-enumerable (both skip it)", () => new Proxy(base(), { getOwnPropertyDescriptor: (t, k) => { const d = Reflect.getOwnPropertyDescriptor(t, k); return k === "title" && d !== undefined ? { ...d, enumerable: false } : d; } }), "accepts"],
    ["a Proxy listing a key it has no value for", () => new Proxy(base(), { ownKeys: (t) => [...Reflect.ownKeys(t), "notes"], getOwnPropertyDescriptor: (t, k) => Reflect.getOwnPropertyDescriptor(t, k) ?? (k === "notes" ? { value: undefined, enumerable: true, configurable: true, writable: true } : undefined) }), "falls back"],
    ["a getter that adds a field (listed by neither)", () => { const a = base(); Object.defineProperty(a, "title", { enumerable: true, get: () => ((a.extra = 1), "t") }); return a; }, "accepts"],
    ["a getter that reads other announcements, fast and frozen, while this one is read", edited((a) => Object.defineProperty(a, "title", { enumerable: true, get: () => (parseAnnouncements([{ id: "inner", sources: [{}, {}] }]), readAnnouncementFast({ id: "in2", activities: ["C3.infra.cloud"] }, { values: 0 }, true), "t") })), "accepts"],
    // arrays
    ["an array subclass", edited((a) => { class Items extends Array {} a.activities = Items.from(["C3.infra.cloud"]); }), "accepts"],
    ["a typed array as activities", edited((a) => (a.activities = new Uint8Array(1))), "falls back"],
    ["an arguments object as the announcement", () => (function (..._: unknown[]) { return arguments; })("x"), "falls back"],
    ["a Proxy of an array with a negative length", edited((a) => (a.activities = new Proxy([], { get: (t, k) => (k === "length" ? -1 : Reflect.get(t, k)) }))), "falls back"],
    ["a Proxy of an array with a length of -0", edited((a) => (a.activities = new Proxy([], { get: (t, k) => (k === "length" ? -0 : Reflect.get(t, k)) }))), "accepts"],
    // strings
    ["U+0085 and U+180E only (not white space to JavaScript)", edited((a) => (a.title = "\u0085\u180e")), "accepts"],
    ["U+FEFF, U+2028 and U+3000 around text", edited((a) => (a.title = "\ufeff\u2028 x \u3000")), "accepts"],
    ["501 astral characters (1,002 code units) in a 1,000-character title", edited((a) => (a.title = "😀".repeat(501))), "falls back"],
    ["an id of 100 astral characters and one more (201 code units)", edited((a) => (a.id = `${"😀".repeat(100)}a`)), "falls back"],
    ["decomposed text (kept as given, never normalised)", edited((a) => (a.title = "Cafe\u0301")), "accepts"],
    // numbers and booleans
    ["a stake of 100.0000001", edited((a) => (a.chineseParty.owners = [{ id: "alibaba", stake: 100.0000001 }])), "falls back"],
    ["a stake of 0", edited((a) => (a.chineseParty.owners = [{ id: "alibaba", stake: 0 }])), "accepts"],
    ["a stake given as text", edited((a) => (a.chineseParty.owners = [{ id: "alibaba", stake: "100" }])), "falls back"],
    ["a boolean given as text", edited((a) => (a.publiclyAnnounced = "true")), "falls back"],
    ["a quote source of -0", edited((a) => (a.quotes = [{ field: "aiRole", text: "AI", source: -0 }])), "accepts"],
    ["a quote source given as \"0\"", edited((a) => (a.quotes = [{ field: "aiRole", text: "AI", source: "0" }])), "falls back"],
    ["a quote source of 1e21", edited((a) => (a.quotes = [{ field: "aiRole", text: "AI", source: 1e21 }])), "falls back"],
    // times
    ["24:00", edited((a) => (a.announcedAt = "2026-03-02T24:00:00Z")), "falls back"],
    ["a leap second", edited((a) => (a.announcedAt = "2016-12-31T23:59:60Z")), "falls back"],
    ["lower-case t and z", edited((a) => (a.announcedAt = "2026-03-02t10:00:00z")), "falls back"],
    ["an offset of +14:00", edited((a) => (a.announcedAt = "2026-03-02T10:00:00+14:00")), "accepts"],
    ["an offset of -14:01", edited((a) => (a.announcedAt = "2026-03-02T10:00:00-14:01")), "falls back"],
    ["29 February of year 0000", edited((a) => (a.announcedAt = "0000-02-29T00:00Z")), "accepts"],
    ["year 10000", edited((a) => (a.announcedAt = "10000-01-01T00:00Z")), "falls back"],
    ["zone Etc/utc", edited((a) => (a.announcedAt = { date: "2026-03-02", timeZone: "Etc/utc" })), "accepts"],
    ["zone utc", edited((a) => (a.announcedAt = { date: "2026-03-02", timeZone: "utc" })), "falls back"],
    ["zone Etc/GMT+14 (no such zone)", edited((a) => (a.announcedAt = { date: "2026-03-02", timeZone: "Etc/GMT+14" })), "falls back"],
    ["a time Proxy whose has trap points at the wrong form", edited((a) => (a.announcedAt = new Proxy({ date: "2026-03-02", timeZone: "UTC" }, { has: (_, k) => k === "instant" }))), "falls back"],
    // URLs
    ["an upper-case scheme with a tab and a space", edited((a) => (a.sources[0].url = "HTTP://\ttass.com/a b")), "accepts"],
    ["http:// without a host", edited((a) => (a.sources[0].url = "http://")), "falls back"],
    ["an IDN host", edited((a) => (a.sources[0].url = "https://пример.рф/новости")), "accepts"],
  ];
  it.each(cases)("%s", (_, make, expected) => {
    expect(expectSameRead(make) ? "accepts" : "falls back").toBe(expected);
  });

  it("on an accepted Proxy, the fast reader makes the same reads as snapshot, each once", () => {
    const log: string[] = [];
    const spy = (v: unknown, at: string): unknown => {
      if (typeof v !== "object" || v === null) return v;
      const inner = Array.isArray(v) ? v.map((x, i) => spy(x, `${at}[${i}]`)) : Object.fromEntries(Object.entries(v).map(([k, x]) => [k, spy(x, `${at}.${k}`)]));
      return new Proxy(inner, {
        get: (t, k, r) => (log.push(`get ${at} ${String(k)}`), Reflect.get(t, k, r)),
        ownKeys: (t) => (log.push(`keys ${at}`), Reflect.ownKeys(t)),
        getPrototypeOf: (t) => (log.push(`proto ${at}`), Reflect.getPrototypeOf(t)),
      });
    };
    const a = base();
    a.cancelled = { at: { date: "2026-06-01", timeZone: "UTC" } };
    expect(expectSameRead(() => a)).toBe(true);
    expect(readAnnouncementFast(spy(a, ""), { values: 0 })).toBeDefined();
    const fast = [...log];
    log.length = 0;
    snapshot(spy(a, ""), {}, {});
    expect(fast).toEqual(log);
    expect(new Set(fast.filter((l) => l.startsWith("get "))).size).toBe(fast.filter((l) => l.startsWith("get ")).length);
  });
});
