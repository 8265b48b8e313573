/**
 * Fuzzing of every safe entry point and every exported zod schema with arbitrary values
 * (`fc.jsonValue()`, `fc.anything()`, JSON with `__proto__` keys) and near-valid mutations of
 * valid input (a key dropped, a value replaced by a hostile one, a key inserted).
 *
 * Promise under test: never throws; a failure always lists at least one issue with a string
 * `path`, an array `segments` and a non-empty `message`; `Object.prototype` is never polluted.
 * `PROP_RUNS` (default 50 in `npm test`) scales the run counts: one to three times it per property.
 */
import { fc, test } from "@fast-check/vitest";
import { afterEach, describe, expect } from "vitest";
import {
  AiRole,
  Announcement,
  AnnouncementTime,
  ChineseParty,
  Company,
  CountryCode,
  DomainName,
  Entity,
  EntityKind,
  Instrument,
  IsoInstant,
  Outlet,
  Ownership,
  PriorRelation,
  Question,
  RecordId,
  RegistryData,
  RussianControl,
  RussianParty,
  Source,
  SourceKind,
  safeCreateRegistry,
  safeExtendRegistry,
  safeResolve,
  safeResolveSeries,
  AnnouncementExtraction,
  Quote,
  QuoteField,
  fromExtraction,
  toExtraction,
} from "../../src/index.js";
import { qualifying, registry } from "../fixtures.js";
import { expectNoPollution, expectWellFormed, resolveInput, runs, timeoutFor } from "../properties/arbitraries.js";

// ---------------------------------------------------------------------------------------------
// Checks

/** A zod safeParse result: never throws, a failure has issues with array paths and messages. */
function expectZodWellFormed(r: { success: boolean; error?: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } }): void {
  if (r.success) return;
  const issues = r.error?.issues ?? [];
  expect(issues.length).toBeGreaterThan(0);
  for (const i of issues) {
    expect(Array.isArray(i.path)).toBe(true);
    expect(typeof i.message).toBe("string");
    expect(i.message.length).toBeGreaterThan(0);
  }
}

afterEach(() => expectNoPollution());

// ---------------------------------------------------------------------------------------------
// Generators

const PROTO_KEYS = ["__proto__", "constructor", "prototype"];
const FIELD_KEYS = ["id", "name", "companyId", "announcements", "question", "asOf", "sources", "url", "instant", "date", "timeZone", "owners", "stake", "companies", "version"];

/** Objects parsed from JSON text, so `__proto__` is an own key as it is for data from the network. */
const jsonObjectWithProtoKeys: fc.Arbitrary<unknown> = fc
  .array(fc.tuple(fc.constantFrom(...PROTO_KEYS, ...FIELD_KEYS, "polluted"), fc.jsonValue({ maxDepth: 2 })), { maxLength: 6 })
  .map((entries) => {
    const body = entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`);
    body.push(`"__proto__":{"polluted":1,"isAdmin":true}`);
    return JSON.parse(`{${body.join(",")}}`) as unknown;
  });

const anything = fc.anything({
  maxDepth: 3,
  withBoxedValues: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withDate: true,
  withTypedArray: true,
  withSparseArray: true,
  withBigInt: true,
});

/** Arbitrary values of every kind. */
const arbitraryValue: fc.Arbitrary<unknown> = fc.oneof(fc.jsonValue({ maxDepth: 4 }), anything, jsonObjectWithProtoKeys);

const HUGE = "x".repeat(5_000);
/** Hostile replacement values for near-valid mutations. */
export const WEIRD_VALUES: readonly unknown[] = [
  null, undefined, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 0, -1, 1e308, 8.64e15 + 1, 2 ** 53 + 2, 0.1,
  "", " ", "\u0000", "\uD800", "\u200D", "\u202E", "__proto__", "constructor", "NaN", "Infinity", HUGE,
  "2026-02-30T00:00:00Z", "+275760-09-13T00:00:00Z", "2026-01-01T24:00:00Z", "2026-12-31T23:59:59+14:01",
  true, false, [], {}, [[[]]], [null], new Date(Number.NaN), new Date(8.64e15), 10n, Symbol("s"), () => 1,
  Object.create(null), new Map([["id", "x"]]), new Set([1]), new Uint8Array(4), Object("boxed"),
  JSON.parse('{"__proto__":{"polluted":1}}'), JSON.parse('{"constructor":{"prototype":{"polluted":1}}}'),
];

type Step = string | number;

/** Every (container, key) pair of plain objects and arrays in `root`, iteratively. */
function slots(root: unknown): { container: Record<PropertyKey, unknown> | unknown[]; key: Step; path: Step[] }[] {
  const out: { container: Record<PropertyKey, unknown> | unknown[]; key: Step; path: Step[] }[] = [];
  const stack: { v: unknown; path: Step[] }[] = [{ v: root, path: [] }];
  const seen = new Set<unknown>();
  while (stack.length > 0) {
    const { v, path } = stack.pop() as { v: unknown; path: Step[] };
    // A mutation may have made the value contain itself: walk each container once.
    if (typeof v === "object" && v !== null) {
      if (seen.has(v)) continue;
      seen.add(v);
    }
    if (Array.isArray(v)) {
      v.forEach((x, i) => {
        out.push({ container: v, key: i, path: [...path, i] });
        stack.push({ v: x, path: [...path, i] });
      });
    } else if (typeof v === "object" && v !== null && Object.getPrototypeOf(v) === Object.prototype) {
      for (const k of Object.keys(v)) {
        out.push({ container: v as Record<string, unknown>, key: k, path: [...path, k] });
        stack.push({ v: (v as Record<string, unknown>)[k], path: [...path, k] });
      }
    }
  }
  return out;
}

type Mutation = { kind: "drop" | "replace" | "insert"; target: number; weird: number; key: string };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom("drop", "replace", "insert"),
  target: fc.nat(),
  weird: fc.nat(WEIRD_VALUES.length - 1),
  key: fc.constantFrom(...PROTO_KEYS, "extra", "", "id", "url", "polluted"),
});

/** Applies one mutation to `root` in place; returns the path it changed. */
function mutate(root: unknown, m: Mutation): Step[] {
  const all = slots(root);
  if (all.length === 0) return [];
  const slot = all[m.target % all.length] as (typeof all)[number];
  // A fresh copy of a plain object or array, so that no run writes into the shared WEIRD_VALUES.
  const weird = WEIRD_VALUES[m.weird];
  const plain = Array.isArray(weird) || (typeof weird === "object" && weird !== null && Object.getPrototypeOf(weird) === Object.prototype);
  const value = plain ? structuredClone(weird) : weird;
  if (m.kind === "drop") {
    if (Array.isArray(slot.container)) slot.container.splice(slot.key as number, 1);
    else delete slot.container[slot.key];
    return slot.path.slice(0, -1);
  }
  if (m.kind === "replace") {
    (slot.container as Record<PropertyKey, unknown>)[slot.key] = value;
    return slot.path;
  }
  const target = (slot.container as Record<PropertyKey, unknown>)[slot.key];
  if (typeof target === "object" && target !== null && !Array.isArray(target) && Object.getPrototypeOf(target) === Object.prototype) {
    Object.defineProperty(target, m.key, { value, enumerable: true, configurable: true, writable: true });
    return slot.path;
  }
  (slot.container as Record<PropertyKey, unknown>)[slot.key] = value;
  return slot.path;
}

const related = (a: readonly Step[], b: readonly Step[]) => {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
};

// ---------------------------------------------------------------------------------------------
// Entry points and where a fuzzed value goes in them

const AS_OF = "2026-11-23T00:00:00Z";
const validResolve = () => ({ question: { companyId: "acme-group" }, announcements: [structuredClone(qualifying)], asOf: AS_OF, registry });

type Entry = { name: string; call: (x: unknown) => unknown };
const ENTRIES: readonly Entry[] = [
  { name: "safeResolve(x)", call: (x) => safeResolve(x) },
  { name: "safeResolve({question: x})", call: (x) => safeResolve({ ...validResolve(), question: x }) },
  { name: "safeResolve({announcements: x})", call: (x) => safeResolve({ ...validResolve(), announcements: x }) },
  { name: "safeResolve({announcements: [x]})", call: (x) => safeResolve({ ...validResolve(), announcements: [x] }) },
  { name: "safeResolve({asOf: x})", call: (x) => safeResolve({ ...validResolve(), asOf: x }) },
  { name: "safeResolve({registry: x})", call: (x) => safeResolve({ ...validResolve(), registry: x }) },
  { name: "safeResolve({readings: x})", call: (x) => safeResolve({ ...validResolve(), readings: x }) },
  ...(Object.keys(qualifying) as (keyof typeof qualifying)[]).map((field) => ({
    name: `safeResolve({announcements: [{...qualifying, ${field}: x}]})`,
    call: (x: unknown) => safeResolve({ ...validResolve(), announcements: [{ ...structuredClone(qualifying), [field]: x }] }),
  })),
  { name: "safeResolve(sources[0].publishedAt = x)", call: (x) => safeResolve({ ...validResolve(), announcements: [{ ...qualifying, sources: [{ url: "https://tass.com/1", publishedAt: x }] }] }) },
  { name: "safeResolveSeries(x)", call: (x) => safeResolveSeries(x) },
  { name: "safeResolveSeries({questions: x})", call: (x) => safeResolveSeries({ questions: x, announcements: [], asOf: AS_OF, registry }) },
  { name: "safeResolveSeries({questions: [x]})", call: (x) => safeResolveSeries({ questions: [x], announcements: [], asOf: AS_OF, registry }) },
  { name: "safeResolveSeries({announcements: [x]})", call: (x) => safeResolveSeries({ questions: [{ companyId: "acme-group" }], announcements: [x], asOf: AS_OF, registry }) },
  { name: "safeResolveSeries({asOf: x})", call: (x) => safeResolveSeries({ questions: [{ companyId: "acme-group" }], announcements: [qualifying], asOf: x, registry }) },
  { name: "safeCreateRegistry(x)", call: (x) => safeCreateRegistry(x) },
  { name: "safeCreateRegistry({companies: [x]})", call: (x) => safeCreateRegistry({ companies: [x] }) },
  { name: "safeCreateRegistry({entities: [x]})", call: (x) => safeCreateRegistry({ entities: [x] }) },
  { name: "safeCreateRegistry({outlets: [x]})", call: (x) => safeCreateRegistry({ outlets: [x] }) },
  { name: "safeCreateRegistry({companies: [{id, name, owners: [x]}]})", call: (x) => safeCreateRegistry({ companies: [{ id: "a", name: "A", owners: [x] }] }) },
  { name: "safeExtendRegistry(fixture, x)", call: (x) => safeExtendRegistry(registry, x) },
  { name: "safeExtendRegistry(fixture, {companies: [x]})", call: (x) => safeExtendRegistry(registry, { companies: [x] }) },
  { name: "fromExtraction(x, {id})", call: (x) => fromExtraction(x, { id: "a1" }) },
  { name: "fromExtraction(extraction, x)", call: (x) => fromExtraction(toExtraction(qualifying), x as { id: string }) },
  ...(["chineseParty", "russianParties", "sources", "quotes", "announcedAt", "activities"] as const).map((field) => ({
    name: `fromExtraction({...extraction, ${field}: x}, {id})`,
    call: (x: unknown) => fromExtraction({ ...toExtraction(qualifying), [field]: x }, { id: "a1" }),
  })),
];

const SCHEMAS = {
  Announcement, AnnouncementTime, IsoInstant, Source, ChineseParty, RussianParty, Question, Company, Entity, Outlet,
  Ownership, RegistryData, RecordId, DomainName, CountryCode, Instrument, AiRole, PriorRelation, EntityKind, RussianControl, SourceKind,
  Quote, QuoteField, AnnouncementExtraction,
} as const;

// ---------------------------------------------------------------------------------------------
// Properties

const T = timeoutFor(2);

describe("safe entry points never throw on arbitrary values", () => {
  test.prop([fc.constantFrom(...ENTRIES), arbitraryValue], runs(3))(
    "any value anywhere gives a well-formed Result",
    (entry, x) => {
      let r: unknown;
      expect(() => {
        r = entry.call(x);
      }, entry.name).not.toThrow();
      expectWellFormed(r);
      expectNoPollution();
    },
    T,
  );

  test.prop([fc.constantFrom(...(Object.keys(SCHEMAS) as (keyof typeof SCHEMAS)[])), arbitraryValue], runs(2))(
    "every exported schema's safeParse never throws and reports issues with paths",
    (name, x) => {
      let r: ReturnType<(typeof SCHEMAS)[typeof name]["safeParse"]> | undefined;
      expect(() => {
        r = SCHEMAS[name].safeParse(x);
      }, name).not.toThrow();
      expectZodWellFormed(r as never);
      expectNoPollution();
    },
    T,
  );
});

describe("near-valid input", () => {
  // One mutation per case, so that the changed path stays exact (a dropped array element would
  // shift the indices of a second one).
  test.prop([resolveInput, mutation, fc.boolean()], runs(2))(
    "safeResolve / safeResolveSeries on valid input with a key dropped, a value replaced or a key inserted",
    (input, m, series) => {
      // Clone each announcement on its own, so no two places share an object a mutation could reach twice.
      const data: Record<string, unknown> = { ...structuredClone(input), announcements: input.announcements.map((a) => structuredClone(a)) };
      const paths = [mutate(data, m)];
      let r: unknown;
      expect(() => {
        if (series) {
          const { question, ...rest } = data;
          r = safeResolveSeries({ ...rest, questions: [question], registry });
        } else r = safeResolve({ ...data, registry });
      }).not.toThrow();
      const issues = expectWellFormed(r);
      // A problem is reported where the input was changed (at it, above it, below it, or at a sibling
      // field of the same object: a broken union member may be reported as another member's field),
      // never elsewhere.
      const changed = paths.map((p) => (series && p[0] === "question" ? ["questions", 0, ...p.slice(1)] : p)).map((p) => p.slice(0, -1));
      for (const i of issues) {
        expect(changed.some((p) => related(p, i.segments)), `${i.path}: ${i.message} is not where the input was changed (${JSON.stringify(changed)})`).toBe(true);
      }
      expectNoPollution();
    },
    T,
  );

  test.prop([fc.array(mutation, { minLength: 1, maxLength: 3 }), fc.boolean()], runs(2))(
    "safeCreateRegistry / safeExtendRegistry on valid registry data with a mutation",
    (mutations, extend) => {
      const data = structuredClone({ version: "fuzz-1", companies: registry.companies, entities: registry.entities, outlets: registry.outlets });
      for (const m of mutations) mutate(data, m);
      let r: unknown;
      expect(() => {
        r = extend ? safeExtendRegistry(registry, data) : safeCreateRegistry(data);
      }).not.toThrow();
      expectWellFormed(r);
      expectNoPollution();
    },
    T,
  );

  test.prop([resolveInput, fc.array(mutation, { minLength: 1, maxLength: 3 })], runs(1))(
    "Announcement.safeParse and Question.safeParse on mutated valid records",
    (input, mutations) => {
      const anns = structuredClone(input.announcements);
      const q = structuredClone(input.question);
      for (const m of mutations) {
        mutate(anns, m);
        mutate(q, m);
      }
      for (const a of anns) expectZodWellFormed(Announcement.safeParse(a));
      expectZodWellFormed(Question.safeParse(q));
      expectNoPollution();
    },
    T,
  );
});
