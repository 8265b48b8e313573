/**
 * Near-valid inputs generated from a model's JSON Schema: valid seeds of each string format, small
 * edits of them, lengths at the bounds, wrong types, unknown fields and left-out fields. Used by the
 * JSON Schema contract test and by the differential test of the fast announcement reader.
 */
import fc from "fast-check";
import { formatCodeOf } from "../../src/models/formats.js";

export type Json = Record<string, unknown>;

const ASTRAL = "😀";
/** Valid, then near-valid strings of each format, keyed by its issue code. */
const SEEDS: Record<string, readonly [valid: readonly string[], near: readonly string[]]> = {
  "invalid-id": [["alibaba", "alibaba-cloud", "sberbank", "a1"], ["Alibaba", "alibaba--cloud", "-x", "x-", "a b", "ali_baba"]],
  "invalid-domain": [["tass.ru", "www.tass.com", "xn--80aswg.xn--p1ai"], ["TASS.ru", "tass", "-tass.ru", "tass.ru.", "1.2.3.4", "tass..ru"]],
  "invalid-country-code": [["RU", "CN", "AE"], ["ru", "RUS", "R", "R1"]],
  "invalid-page-location": [["habr.com/ru/companies/yandex", "vk.com/sber"], ["habr.com/", "habr.com", "habr.com/X", "habr.com/a?b", "habr.com/a b", "habr.com/a//b", "habr.com/é"]],
  "invalid-url": [
    ["https://tass.com/economy/1", "http://ria.ru/x?y=1#z", "HTTP://X.Y", "https://tass.com/a b", "http:///x", "https://[::1]/"],
    ["tass.com/x", "https://", "https://a b.c/", "https://[::1", "http://a:99999/", "https:\\\\tass.com", "https://%zz/"],
  ],
  "invalid-instant": [
    ["2026-03-02T10:00:00+03:00", "2025-01-01T00:00:00Z", "2026-12-31T23:59:59.999999999-14:00", "2024-02-29T12:00Z"],
    ["2026-02-29T12:00Z", "2100-02-29T00:00:00Z", "2026-02-30T00:00:00Z", "2026-06-31T00:00:00Z", "2026-03-02T10:00:00", "2026-03-02T24:00:00Z", "2026-03-02T10:00:00+14:30"],
  ],
  "invalid-date": [["2026-03-02", "2024-02-29", "0000-01-01", "2026", "2026-03"], ["2026-02-29", "2026-02-30", "2026-11-31", "2026-3-2", "2026-13"]],
  "invalid-month": [["2026-12", "2026-01"], ["2026-00", "2026-13", "26-12", "2026-1"]],
  "invalid-time-zone": [["Europe/Moscow", "Asia/Shanghai", "UTC", "Etc/GMT-3", "+03:00", "-14:00"], ["+14:01", "Moscow", "MSK", "US/Eastern", "Europe/Atlantis", "Europe/moscow", "Asia/Shanghai/"]],
  "blank-text": [["Alibaba Cloud", " x ", "Сбербанк", "阿里云"], ["", " ", "\t\n", "\u00a0", "\ufeff", "\u3000x"]],
};

/** Small edits that keep a string near its format. */
const EDIT_CHARS = ["0", "9", "-", ":", "+", "T", "Z", "t", ".", "/", " ", "_", "A", "a", "é", ASTRAL, "\u200b"];
const edited = (seed: string) =>
  fc.tuple(fc.nat(), fc.constantFrom(...EDIT_CHARS), fc.constantFrom("insert", "delete", "replace", "upper", "trailing-space")).map(([at, c, how]) => {
    const i = seed.length === 0 ? 0 : at % seed.length;
    if (how === "insert") return seed.slice(0, i) + c + seed.slice(i);
    if (how === "delete") return seed.slice(0, i) + seed.slice(i + 1);
    if (how === "replace") return seed.slice(0, i) + c + seed.slice(i + 1);
    if (how === "upper") return seed.toUpperCase();
    return `${seed} `;
  });

function stringArbitrary(node: Json): fc.Arbitrary<string> {
  const max = typeof node.maxLength === "number" ? node.maxLength : undefined;
  const code = typeof node.pattern === "string" ? formatCodeOf(`/${node.pattern}/`) : undefined;
  const [valid, nearValid] = code === undefined ? [["x", "alibaba-sber-2026-03"], ["", " "]] : (SEEDS[code] ?? [["x"], [""]]);
  const near = fc.oneof(
    { arbitrary: fc.constantFrom(...valid), weight: 12 },
    { arbitrary: fc.constantFrom(...nearValid), weight: 2 },
    { arbitrary: fc.constantFrom(...valid, ...nearValid).chain(edited), weight: 2 },
  );
  if (max === undefined || max > 5_000) return near;
  // Lengths at the bound: exactly at it, one over, trailing space over it, astral characters (two code units each).
  const bound = fc.constantFrom("x".repeat(max), "x".repeat(max + 1), `${"x".repeat(max)} `, ` ${"x".repeat(max - 1)}`, ASTRAL.repeat(Math.ceil(max / 2)), ASTRAL.repeat(max));
  return fc.oneof({ arbitrary: near, weight: 15 }, { arbitrary: bound, weight: 1 });
}

const WRONG = fc.constantFrom<unknown>(null, 0, "x", true, [], {});

export function arbitraryOf(node: Json, depth = 0): fc.Arbitrary<unknown> {
  if (Array.isArray(node.anyOf)) return fc.oneof(...(node.anyOf as Json[]).map((b) => arbitraryOf(b, depth)));
  if (Array.isArray(node.enum)) {
    const members = node.enum as string[];
    return fc.oneof({ arbitrary: fc.constantFrom(...members), weight: 30 }, { arbitrary: fc.constantFrom(...members).map((m) => m.toUpperCase()), weight: 1 }, { arbitrary: WRONG, weight: 1 });
  }
  if (Array.isArray(node.type)) return fc.oneof(...(node.type as string[]).map((type) => arbitraryOf({ ...node, type }, depth)));
  if (node.type === "null") return fc.constant(null);
  if ("const" in node) return fc.oneof({ arbitrary: fc.constant(node.const), weight: 30 }, { arbitrary: WRONG, weight: 1 });
  const wrongSometimes = (a: fc.Arbitrary<unknown>) => fc.oneof({ arbitrary: a, weight: 40 }, { arbitrary: WRONG, weight: 1 });
  switch (node.type) {
    case "string":
      return wrongSometimes(stringArbitrary(node));
    case "integer":
      return wrongSometimes(fc.oneof({ arbitrary: fc.constantFrom(0, 1, 2), weight: 6 }, { arbitrary: fc.constantFrom(-1, 1.5, 500), weight: 1 }));
    case "number":
      return wrongSometimes(fc.oneof({ arbitrary: fc.constantFrom(0, 100, 50, 1e-9, -0), weight: 6 }, { arbitrary: fc.constantFrom(-1, 100.5, 100.0001), weight: 1 }, { arbitrary: fc.double({ min: -10, max: 110, noNaN: true }), weight: 1 }));
    case "boolean":
      return wrongSometimes(fc.boolean());
    case "array":
      return wrongSometimes(depth > 4 ? fc.constant([]) : fc.array(arbitraryOf(node.items as Json, depth + 1), { maxLength: 2 }));
    case "object": {
      const properties = (node.properties ?? {}) as Record<string, Json>;
      const required = new Set((node.required ?? []) as string[]);
      const fields = Object.fromEntries(
        Object.entries(properties).map(([key, sub]) => [key, fc.option(arbitraryOf(sub, depth + 1), { nil: undefined, freq: required.has(key) ? 20 : 2 })]),
      );
      const extra = fc.oneof({ arbitrary: fc.constant(undefined), weight: 30 }, { arbitrary: fc.constantFrom("extra", "stak", "countryOfIncorporaton", "userContnet"), weight: 1 });
      return wrongSometimes(
        fc.tuple(fc.record(fields), extra).map(([record, key]) => {
          const out: Json = {};
          for (const [k, v] of Object.entries(record)) if (v !== undefined) out[k] = v;
          if (key !== undefined) out[key] = 1;
          return out;
        }),
      );
    }
    default:
      return WRONG;
  }
}
