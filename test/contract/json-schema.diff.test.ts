/**
 * The zod models and their JSON Schema (`z.toJSONSchema(model, { io: "input" })`, validated by
 * ajv under draft 2020-12) must agree on every input, except where a check is listed in
 * CHECKS_OUTSIDE_JSON_SCHEMA; there, JSON Schema may accept what the library refuses, never the
 * reverse. Inputs: hand-picked edge cases of every format, and near-valid values generated from
 * each model's JSON Schema (valid seeds, small edits, wrong types, unknown fields).
 *
 * `PROP_RUNS` scales the generated inputs per model (default 100; 2,000 in `npm run test:long`);
 * `FC_SEED` replays a run.
 */
import { Ajv2020 } from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { Announcement, AnnouncementTime, CHECKS_OUTSIDE_JSON_SCHEMA, Company, CountryCode, DomainName, IsoInstant, Ownership, PageLocation, Question, Quote, RecordId, RegistryData, Source } from "../../src/index.js";
import { MODELS, jsonSchemaOf } from "./models.js";
import { arbitraryOf } from "./near-valid.js";

const RUNS = Number(process.env.PROP_RUNS ?? 100);
const SEED = process.env.FC_SEED === undefined ? 20_261_123 : Number(process.env.FC_SEED);

const ajv = new Ajv2020({ strict: true, allErrors: false });
const validators = new Map(MODELS.map(([name, schema]) => [name, ajv.compile(jsonSchemaOf(schema))]));

type Issue = z.core.$ZodIssue;
const GAPS = new Set<string>(CHECKS_OUTSIDE_JSON_SCHEMA.map((c) => c.id));

/** Whether every problem zod found is a check JSON Schema cannot carry (a union: some branch's problems are). */
function onlyGaps(issues: readonly Issue[]): boolean {
  return issues.every((i) => {
    const input = (i as { input?: unknown }).input;
    if (i.code === "invalid_union") return i.errors.some(onlyGaps);
    if (i.code === "custom") {
      const check = (i.params as { check?: string } | undefined)?.check;
      if (check === "leap-day") return typeof input === "string" && input.slice(4, 10) === "-02-29";
      return check !== undefined && GAPS.has(check);
    }
    return false;
  });
}

/** `undefined` when the two agree (or differ only through a documented check), else what went wrong. */
function disagreement(name: string, input: unknown): string | undefined {
  const schema = MODELS.find(([n]) => n === name)?.[1] as z.ZodType;
  const byZod = schema.safeParse(input, { reportInput: true });
  const byJsonSchema = (validators.get(name) as (v: unknown) => boolean)(input);
  if (byZod.success && !byJsonSchema) return `JSON Schema refuses what ${name} accepts: ${JSON.stringify(input)} (${ajv.errorsText(validators.get(name)?.errors)})`;
  if (!byZod.success && byJsonSchema && !onlyGaps(byZod.error.issues)) {
    return `JSON Schema accepts what ${name} refuses, through no documented check: ${JSON.stringify(input)} (${JSON.stringify(byZod.error.issues.map((i) => [i.code, i.path, i.message]))})`;
  }
  return undefined;
}

describe("hand-picked edge cases of each format: the library's verdict, and JSON Schema's", () => {
  const names = new Map<z.ZodType, string>(MODELS.map(([n, s]) => [s, n]));
  const cases: [z.ZodType, unknown, boolean, boolean][] = [
    // [model, input, the library accepts, JSON Schema accepts]
    [IsoInstant, "2026-03-02T10:00:00+03:00", true, true],
    [IsoInstant, "2026-03-02T10:00+03:00", true, true],
    [IsoInstant, "2026-03-02T10:00:00.123456789Z", true, true],
    [IsoInstant, "2026-03-02T10:00:00.1234567890Z", false, false],
    [IsoInstant, "2026-03-02T10:00:00", false, false],
    [IsoInstant, "yesterday", false, false],
    [IsoInstant, "2026-03-02t10:00:00z", false, false],
    [IsoInstant, "2026-03-02 10:00:00Z", false, false],
    [IsoInstant, "2026-02-30T00:00:00Z", false, false],
    [IsoInstant, "2026-04-31T00:00:00Z", false, false],
    [IsoInstant, "2026-12-31T00:00:00Z", true, true],
    [IsoInstant, "2026-02-29T00:00:00Z", false, true],
    [IsoInstant, "2024-02-29T00:00:00Z", true, true],
    [IsoInstant, "2000-02-29T00:00:00Z", true, true],
    [IsoInstant, "1900-02-29T00:00:00Z", false, true],
    [IsoInstant, "2026-03-02T24:00:00Z", false, false],
    [IsoInstant, "2026-03-02T23:59:60Z", false, false],
    [IsoInstant, "2026-03-02T10:00:00+14:00", true, true],
    [IsoInstant, "2026-03-02T10:00:00-14:00", true, true],
    [IsoInstant, "2026-03-02T10:00:00+14:01", false, false],
    [IsoInstant, "2026-03-02T10:00:00+13:59", true, true],
    [IsoInstant, "2026-03-02T10:00:00+03:60", false, false],
    [IsoInstant, "2026-03-02T10:00:00+0300", false, false],
    [IsoInstant, "+02026-03-02T10:00:00Z", false, false],
    [IsoInstant, "２０２６-03-02T10:00:00Z", false, false],
    [AnnouncementTime, { date: "2026-03-02", timeZone: "Europe/Moscow" }, true, true],
    [AnnouncementTime, { date: "2026-02-30", timeZone: "Europe/Moscow" }, false, false],
    [AnnouncementTime, { date: "2026-02-29", timeZone: "UTC" }, false, true],
    [AnnouncementTime, { date: "2026-3-2", timeZone: "UTC" }, false, false],
    [AnnouncementTime, { date: "2026-03-02", timeZone: "Moscow" }, false, false],
    [AnnouncementTime, { date: "2026-03-02", timeZone: "MSK" }, false, false],
    [AnnouncementTime, { date: "2026-03-02", timeZone: "US/Eastern" }, false, false],
    [AnnouncementTime, { date: "2026-03-02", timeZone: "utc" }, false, false],
    [AnnouncementTime, { date: "2026-03-02", timeZone: "Europe/Atlantis" }, false, true],
    [AnnouncementTime, { date: "2026-03-02", timeZone: "Etc/GMT-3" }, true, true],
    [AnnouncementTime, { date: "2026-03-02", timeZone: "America/Argentina/Buenos_Aires" }, true, true],
    [AnnouncementTime, { date: "2026-03-02", timeZone: "+03:00" }, true, true],
    [AnnouncementTime, { date: "2026-03-02", timeZone: "+14:30" }, false, false],
    [AnnouncementTime, { month: "2026-12", timeZone: "Asia/Shanghai" }, true, true],
    [AnnouncementTime, { month: "2026-13", timeZone: "Asia/Shanghai" }, false, false],
    [AnnouncementTime, { month: "2026-12", date: "2026-12-01", timeZone: "UTC" }, false, false],
    [AnnouncementTime, { instant: "2026-03-02T10:00:00Z" }, true, true],
    [AnnouncementTime, 20_260_302, false, false],
    [Source, { url: "https://tass.com/economy/1" }, true, true],
    [Source, { url: "HTTPS://TASS.COM/x" }, true, true],
    [Source, { url: "tass.com/x" }, false, false],
    [Source, { url: "ftp://tass.com/x" }, false, false],
    [Source, { url: " https://tass.com/x" }, false, false],
    [Source, { url: "https://tass.com/a b" }, true, true],
    [Source, { url: "http:///tass.com" }, true, true],
    [Source, { url: "https://" }, false, true],
    [Source, { url: "https://exa mple.com/x" }, false, true],
    [Source, { url: "https://[::1" }, false, true],
    [Source, { url: `https://tass.com/${"x".repeat(2040)}` }, false, false],
    [Source, { kind: "ru-state-media", outlet: "   " }, false, false],
    [Source, { outlet: " TASS " }, true, true],
    [Source, { outlet: "TASS", extra: 1 }, false, false],
    [RecordId, "alibaba-cloud", true, true],
    [RecordId, "Alibaba", false, false],
    [RecordId, "alibaba--cloud", false, false],
    [RecordId, "x".repeat(101), false, false],
    [DomainName, "tass.ru", true, true],
    [DomainName, "TASS.ru", false, false],
    [DomainName, "https://tass.ru", false, false],
    [DomainName, `${"a".repeat(64)}.ru`, false, false],
    [CountryCode, "RU", true, true],
    [CountryCode, "ru", false, false],
    [CountryCode, "RUS", false, false],
    [PageLocation, "habr.com/ru/companies/yandex", true, true],
    [PageLocation, "habr.com/ru/", false, false],
    [PageLocation, "habr.com/Ru", false, false],
    [Ownership, { id: "alibaba", stake: 100, asOf: "2025-03" }, true, true],
    [Ownership, { id: "alibaba", stak: 100 }, false, false],
    [Ownership, { id: "alibaba", stake: 100.5 }, false, false],
    [Ownership, { id: "alibaba", control: false }, false, false],
    [Ownership, { id: "alibaba", asOf: "2025-02-31" }, false, false],
    [Ownership, { id: "alibaba", asOf: "2025-02-29" }, false, true],
    [Company, { id: "acme", name: "Acme" }, true, true],
    [Company, { id: "acme", name: "Acme", countryOfIncorporation: "CN" }, false, false],
    [Company, { id: "acme", name: `${"x".repeat(300)} ` }, false, false],
    [Company, { id: "acme", name: "😀".repeat(300) }, true, true],
    [Company, { id: "acme", name: "😀".repeat(301) }, false, false],
    [Question, { companyId: "alibaba" }, true, true],
    [Question, { companyId: "alibaba", windowStart: "2027-01-01T00:00:00Z", deadline: "2025-01-01T00:00:00Z" }, false, true],
    [Question, { companyId: "alibaba", deadline: "2027-01-01" }, false, false],
    [RegistryData, { companies: [{ id: "acme", name: "Acme", owner: "x" }] }, false, false],
    [Quote, { field: "aiRole", text: "an AI deal", source: 0 }, true, true],
    [Quote, { field: "aiRole", text: "an AI deal", source: 1.5 }, false, false],
    [Quote, { field: "aiRole", text: "  ", source: 0 }, false, false],
    [Quote, { field: "notes", text: "an AI deal", source: 0 }, false, false],
    [Announcement, { id: "a", sources: [{ outlet: "TASS" }], quotes: [{ field: "aiRole", text: "an AI deal", source: 0 }] }, true, true],
    [Announcement, { id: "a", sources: [{ outlet: "TASS" }], quotes: [{ field: "aiRole", text: "an AI deal", source: 1 }] }, false, true],
    [Announcement, { id: "a", quotes: [{ field: "aiRole", text: "an AI deal", source: 0 }] }, false, true],
  ];
  it.each(cases.map(([schema, input, lib, json]) => [names.get(schema) as string, JSON.stringify(input).slice(0, 80), schema, input, lib, json] as const))(
    "%s %s",
    (name, _, schema, input, lib, json) => {
      expect(schema.safeParse(input).success, "the library").toBe(lib);
      expect((validators.get(name) as (v: unknown) => boolean)(input), "JSON Schema").toBe(json);
      expect(disagreement(name, input)).toBeUndefined();
    },
  );
});

// ------------------------------------------------------------------------------------------
// Generated near-valid inputs, from each model's JSON Schema.

describe("generated near-valid inputs: the library and JSON Schema agree on each model", () => {
  it.each(MODELS.map(([name, schema]) => [name, schema] as const))("%s", (name, schema) => {
    const inputs = fc.sample(arbitraryOf(jsonSchemaOf(schema)), { numRuns: RUNS, seed: SEED }).map((v) => JSON.parse(JSON.stringify(v ?? null)) as unknown);
    const problems = inputs.map((input) => disagreement(name, input)).filter((p) => p !== undefined);
    expect(problems.slice(0, 3)).toEqual([]);
    // The corpus must reach both verdicts, or the comparison proves nothing.
    const accepted = inputs.filter((input) => schema.safeParse(input).success).length;
    expect(accepted, "inputs the library accepts").toBeGreaterThan(0);
    expect(accepted, "inputs the library refuses").toBeLessThan(inputs.length);
  });
});
