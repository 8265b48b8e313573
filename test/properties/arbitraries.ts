/**
 * fast-check arbitraries for schema-valid questions, announcements and resolve inputs, built on
 * the fixture registry (test/fixtures.ts): its ids, names and aliases, outlet names and domains,
 * plus ids, names and hosts it does not know. Everything generated here passes the zod schemas,
 * so a property that sees a validation failure has found a bug.
 *
 * Run count: `PROP_RUNS` (default 50 in `npm test`; `npm run test:long` uses 2,000, and `.ci/run`
 * 1,000) generated cases per property; any other count with `PROP_RUNS=20000 npx vitest run
 * test/properties`. The default is kept low so that `npm test` stays well under a minute: the
 * many runs are the long run's job.
 */
import { fc } from "@fast-check/vitest";
import { expect } from "vitest";
import {
  AI_ACTIVITIES,
  type Announcement,
  QuoteField,
  type AnnouncementTime,
  type QuestionInput,
  type Readings,
  type Source,
} from "../../src/index.js";
import { registry } from "../fixtures.js";

// ---------------------------------------------------------------------------------------------
// Run counts

function readRuns(): number {
  const raw = process.env.PROP_RUNS;
  if (raw === undefined || raw.trim() === "") return 50;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`PROP_RUNS must be a positive integer, got ${raw}`);
  return n;
}

/** Generated cases per property (`PROP_RUNS`, default 50). */
export const PROP_RUNS = readRuns();

/** fast-check parameters: `PROP_RUNS * scale` runs (at least 1), and `FC_SEED` to replay a failure. */
export function runs(scale = 1): { numRuns: number; seed?: number } {
  const numRuns = Math.max(1, Math.round(PROP_RUNS * scale));
  const seed = process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED);
  return seed === undefined || !Number.isFinite(seed) ? { numRuns } : { numRuns, seed };
}

/** A per-test timeout that grows with the run count (vitest's default 5 s is too short for long runs). */
export function timeoutFor(scale = 1): number {
  return Math.max(30_000, Math.round(PROP_RUNS * scale * 20));
}

// ---------------------------------------------------------------------------------------------
// Registry vocabulary

const namesOf = (records: readonly { name: string; aliases?: readonly string[] | undefined }[]) =>
  records.flatMap((r) => [r.name, ...(r.aliases ?? [])]);

export const COMPANY_IDS: readonly string[] = registry.companies.map((c) => c.id);
export const ENTITY_IDS: readonly string[] = registry.entities.map((e) => e.id);
export const UNKNOWN_IDS: readonly string[] = ["ghost-co", "acme", "acme-groups", "sber-bank", "x", "a1-b2-c3"];
const COMPANY_NAMES = namesOf(registry.companies);
const ENTITY_NAMES = namesOf(registry.entities);
const OUTLET_NAMES = namesOf(registry.outlets);
const DOMAINS = [...registry.companies, ...registry.entities, ...registry.outlets].flatMap((r) => r.domains ?? []);
const UNKNOWN_HOSTS = ["example.org", "reuters.com.example.net", "tass.ru.evil.cn", "news.example", "xn--e1afmkfd.xn--p1ai", "пример.рф"];
const UNKNOWN_NAMES = ["Acme Clouds", "Sbеrbank" /* Cyrillic е */, "Ghost Corp", "Some Paper", "Neuro", "Acme Group Fan Club", "constructor", "__proto__", "toString"];

const FULL_WIDTH = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** A name variant: as given, upper case, full-width, with a legal-form word, or with invisible marks. */
function nameVariant(base: string): fc.Arbitrary<string> {
  return fc.constantFrom(
    base,
    base.toUpperCase(),
    FULL_WIDTH(base),
    `${base} Co., Ltd.`,
    `ПАО «${base}»`,
    `\u200E${base}\u200F`,
    base.split("").join("\u200D"),
    ` ${base} `,
  );
}

const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

const companyName = fc.oneof(
  { weight: 4, arbitrary: pick(COMPANY_NAMES).chain(nameVariant) },
  { weight: 1, arbitrary: pick(UNKNOWN_NAMES) },
);
const entityName = fc.oneof(
  { weight: 4, arbitrary: pick(ENTITY_NAMES).chain(nameVariant) },
  { weight: 1, arbitrary: pick([...UNKNOWN_NAMES, ...COMPANY_NAMES]) },
);
const outletName = fc.oneof(pick(OUTLET_NAMES).chain(nameVariant), pick(UNKNOWN_NAMES));
const anyId = fc.oneof({ weight: 3, arbitrary: pick([...COMPANY_IDS, ...ENTITY_IDS]) }, { weight: 1, arbitrary: pick(UNKNOWN_IDS) });

/** Short human text, always non-empty after trimming. */
const text = fc.oneof(
  pick(["Agreement on AI", "Соглашение о сотрудничестве", "人工智能合作", "x", "\u202Eevil\u202C", "a\uD800b", "Ｆｕｌｌ ｗｉｄｔｈ"]),
  fc.string({ minLength: 1, maxLength: 40 }).map((s) => `t${s}`),
);

// ---------------------------------------------------------------------------------------------
// Time

/** Time zones with unusual offsets: ±14:00, half and quarter hours, negative, and the series' own. */
export const ZONES: readonly string[] = [
  "UTC",
  "Europe/Moscow",
  "Asia/Shanghai",
  "Pacific/Honolulu",
  "Pacific/Kiritimati",
  "Asia/Kathmandu",
  "America/St_Johns",
  "Etc/GMT+12",
  "Pacific/Chatham",
  "Asia/Vladivostok",
];

export const WINDOW_START_MS = Date.UTC(2025, 0, 1);
export const DEADLINE_MS = Date.UTC(2027, 0, 1);
const DAY = 86_400_000;

/** Epoch milliseconds from mid-2024 to mid-2027, biased to within two days of the window bounds. */
export const epoch: fc.Arbitrary<number> = fc.oneof(
  { weight: 2, arbitrary: fc.integer({ min: Date.UTC(2024, 5, 1), max: Date.UTC(2027, 5, 1) }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(WINDOW_START_MS, DEADLINE_MS), fc.integer({ min: -2 * DAY, max: 2 * DAY }))
      .map(([b, d]) => b + d),
  },
);

const OFFSETS = [0, 180, 480, -600, 840, -720, 345, -210, 60, 825];

function pad(n: number, w = 2): string {
  return String(n).padStart(w, "0");
}

/** Formats `ms` as ISO 8601 in a fixed offset, with the given precision (minutes drop seconds). */
export function isoAt(ms: number, offsetMinutes: number, precision: "min" | "s" | "ms" | "ns", zeroForm: "Z" | "+" | "-" = "Z"): string {
  const local = new Date(ms + offsetMinutes * 60_000).toISOString(); // YYYY-MM-DDTHH:MM:SS.mmmZ
  const head = local.slice(0, 16);
  const sec = local.slice(16, 19);
  const frac = local.slice(19, 23);
  const body = precision === "min" ? head : precision === "s" ? head + sec : precision === "ms" ? head + sec + frac : `${head}${sec}${frac}123456`;
  let zone: string;
  if (offsetMinutes === 0 && zeroForm === "Z") zone = "Z";
  else {
    const sign = offsetMinutes < 0 || (offsetMinutes === 0 && zeroForm === "-") ? "-" : "+";
    const a = Math.abs(offsetMinutes);
    zone = `${sign}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
  }
  return body + zone;
}

/** A valid ISO instant string with an explicit offset, in several precisions. */
export const instant: fc.Arbitrary<string> = fc
  .tuple(epoch, pick(OFFSETS), pick(["min", "s", "ms", "ns"] as const), pick(["Z", "+", "-"] as const))
  .map(([ms, off, p, z]) => isoAt(ms, off, p, z));

const utcDay = epoch.map((ms) => new Date(ms).toISOString().slice(0, 10));

/** Every AnnouncementTime form: bare instant, `{ instant }`, `{ date, timeZone }`, `{ month, timeZone }`. */
export const announcementTime: fc.Arbitrary<AnnouncementTime> = fc.oneof(
  instant,
  instant.map((i) => ({ instant: i })),
  fc.record({ date: utcDay, timeZone: pick(ZONES) }, { noNullPrototype: true }),
  fc.record({ month: utcDay.map((d) => d.slice(0, 7)), timeZone: pick(ZONES) }, { noNullPrototype: true }),
);

/** `asOf` as an ISO string, a Date or epoch milliseconds. */
export const asOf: fc.Arbitrary<string | Date | number> = fc.oneof(
  instant,
  epoch.map((ms) => new Date(ms)),
  epoch,
);

// ---------------------------------------------------------------------------------------------
// Records

const ownership = fc.record(
  { id: anyId, stake: pick([0, 10, 33, 50, 51, 99.5, 100]), source: text, asOf: pick(["2024", "2025-03", "2025-03-31"]) },
  { requiredKeys: ["id", "stake"], noNullPrototype: true },
);

const url = fc
  .tuple(
    fc.oneof({ weight: 3, arbitrary: pick(DOMAINS) }, { weight: 1, arbitrary: pick(UNKNOWN_HOSTS) }),
    pick(["", "www.", "news.", "english."]),
    pick(["http", "https", "HTTPS"]),
    pick(["/", "/economy/1", "/путь?q=ИИ", "/a#frag", "/%F0%9F%A4%96"]),
  )
  .map(([host, sub, scheme, path]) => `${scheme}://${sub}${host}${path}`);

/** A source with or without kind, outlet, URL, event and publishedAt. */
export const source: fc.Arbitrary<Source> = fc.record(
  {
    kind: pick(["company-release", "government", "news-agency", "cn-state-media", "ru-state-media", "regulatory-filing", "public-event", "other"] as const),
    outlet: outletName,
    url,
    event: pick(["SPIEF 2026", "World AI Conference", "Russia–China Expo"]),
    publishedAt: announcementTime,
    title: text,
  },
  { requiredKeys: [], noNullPrototype: true },
);

const country = pick(["RU", "CN", "CY", "KZ", "AE", "HK"]);

const chineseParty = fc.record(
  {
    id: fc.oneof({ weight: 3, arbitrary: pick(COMPANY_IDS) }, { weight: 1, arbitrary: pick([...UNKNOWN_IDS, ...ENTITY_IDS]) }),
    name: companyName,
    owners: fc.array(ownership, { maxLength: 3 }),
    intermediary: fc.record(
      {
        name: pick(["Gulf AI Holdings", "Limassol Holdings", "HK Bridge Ltd"]),
        country,
        ultimatePartnerConfirmed: fc.boolean(),
        confirmedBy: fc.array(source, { maxLength: 2 }),
      },
      { requiredKeys: ["name"], noNullPrototype: true },
    ),
  },
  { requiredKeys: [], noNullPrototype: true },
);

const russianParty = fc.record(
  {
    id: fc.oneof({ weight: 3, arbitrary: pick(ENTITY_IDS) }, { weight: 1, arbitrary: pick([...UNKNOWN_IDS, ...COMPANY_IDS]) }),
    name: entityName,
    description: pick(["a large Russian state bank", "a Moscow AI start-up"]),
    kind: pick(["government-body", "ministry", "state-owned-enterprise", "private-company", "research-institution", "university", "other"] as const),
    countryOfIncorporation: country,
    russianControl: pick(["majority", "minority", "none"] as const),
    owners: fc.array(ownership, { maxLength: 2 }),
  },
  { requiredKeys: [], noNullPrototype: true },
);

export const INSTRUMENTS = [
  "agreement", "mou", "contract", "joint-venture", "strategic-alliance", "cooperation-framework", "talks",
  "stated-intention", "one-time-purchase", "investment", "acquisition", "academic-exchange", "membership", "government-statement",
] as const;
const QUALIFYING_INSTRUMENTS = ["agreement", "contract", "joint-venture", "strategic-alliance", "cooperation-framework", "mou"] as const;

/** Announcement ids: plain, odd (`__proto__`, Unicode, spaces) and long. */
export const announcementId: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 999 }).map((n) => `a-${n}`) },
  { weight: 1, arbitrary: pick(["__proto__", "constructor", "hasOwnProperty", "Ω-1", "id with spaces", "\u200Dzwj", "a\uD800", "x".repeat(200)]) },
  { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 30 }) },
);

/** Any schema-valid announcement: every field optional except `id`. */
export const anyAnnouncement: fc.Arbitrary<Announcement> = fc.record(
  {
    id: announcementId,
    title: text,
    announcedAt: announcementTime,
    chineseParty,
    russianParties: fc.array(russianParty, { maxLength: 3 }),
    instrument: pick(INSTRUMENTS),
    binding: fc.boolean(),
    aiRole: pick(["focus", "significant-component", "passing-mention", "none"] as const),
    activities: fc.array(pick(AI_ACTIVITIES), { maxLength: 5 }),
    includesAdvisory: fc.boolean(),
    specificity: pick(["concrete", "vague"] as const),
    priorRelation: pick(["new", "significant-expansion", "continuation"] as const),
    publiclyAnnounced: fc.boolean(),
    sources: fc.array(source, { maxLength: 3 }),
    cancelled: fc.record({ at: announcementTime, beforeImplementation: fc.boolean() }, { requiredKeys: [], noNullPrototype: true }),
    notes: fc.string({ maxLength: 50 }),
  },
  { requiredKeys: ["id"], noNullPrototype: true },
) as fc.Arbitrary<Announcement>;

/** An announcement that meets every criterion for Acme Group when known (most do at most asOf values). */
export const qualifyingAnnouncement: fc.Arbitrary<Announcement> = fc.record({
  id: announcementId,
  announcedAt: fc.oneof(
    fc.integer({ min: WINDOW_START_MS + 2 * DAY, max: DEADLINE_MS - 2 * DAY }).chain((ms) => fc.constantFrom(isoAt(ms, 180, "s"), isoAt(ms, 0, "ms"))),
    fc.record({ date: pick(["2025-06-01", "2026-03-02", "2026-12-30"]), timeZone: pick(ZONES) }, { noNullPrototype: true }),
  ),
  chineseParty: fc.oneof(
    pick(["acme-group", "acme-cloud", "acme-labs"]).map((id) => ({ id })),
    pick(["Acme Group", "艾克米云", "ACME CLOUD", "Ａｃｍｅ Ｌａｂｓ", "Acme Cloud Co., Ltd."]).map((name) => ({ name })),
  ),
  russianParties: fc
    .constantFrom([{ id: "sber" }], [{ name: "Сбербанк" }], [{ id: "neuro-lab" }], [{ name: "MIPT" }, { description: "a bank" }])
    .map((parties) => structuredClone(parties)), // fresh objects: generated values never share references
  instrument: pick(QUALIFYING_INSTRUMENTS),
  aiRole: pick(["focus", "significant-component"] as const),
  activities: fc.array(pick(AI_ACTIVITIES), { minLength: 1, maxLength: 3 }),
  specificity: fc.constant("concrete" as const),
  priorRelation: pick(["new", "significant-expansion"] as const),
  publiclyAnnounced: fc.constant(true),
  sources: fc.array(
    fc.record(
      { url: pick(["https://tass.com/economy/1", "https://www.reuters.com/world/1", "https://news.cn/2026/a", "https://acmecloud.cn/press"]), publishedAt: announcementTime },
      { requiredKeys: ["url"], noNullPrototype: true },
    ),
    { minLength: 1, maxLength: 2 },
  ),
}, { noNullPrototype: true }) as unknown as fc.Arbitrary<Announcement>;

/** A qualifying announcement with a few fields replaced by (or removed in favour of) arbitrary ones. */
export const nearQualifying: fc.Arbitrary<Announcement> = fc
  .tuple(qualifyingAnnouncement, anyAnnouncement, fc.subarray(["announcedAt", "chineseParty", "russianParties", "instrument", "aiRole", "activities", "specificity", "priorRelation", "publiclyAnnounced", "sources", "cancelled", "includesAdvisory", "binding"] as const, { maxLength: 2 }))
  .map(([q, g, keys]) => {
    const out: Record<string, unknown> = { ...q };
    for (const k of keys) {
      if (k in g) out[k] = (g as Record<string, unknown>)[k];
      else delete out[k];
    }
    return out as Announcement;
  });

/** Quotes for an announcement: each names a fact and one of its sources (none without sources). */
export function quotesFor(a: Announcement): fc.Arbitrary<NonNullable<Announcement["quotes"]>> {
  const count = a.sources?.length ?? 0;
  if (count === 0) return fc.constant([]);
  return fc.array(
    fc.record(
      { field: pick(QuoteField.options), text: fc.oneof(text, pick(["The partnership centres on generative AI.", "Соглашение подписано", "双方签署了人工智能合作协议"])), source: fc.integer({ min: 0, max: count - 1 }) },
      { noNullPrototype: true },
    ),
    { minLength: 1, maxLength: 4 },
  );
}

/** The announcement with quotes added (when it lists sources). */
export const withQuotes = (a: Announcement): fc.Arbitrary<Announcement> => quotesFor(a).map((quotes) => (quotes.length === 0 ? a : { ...a, quotes }));

/** Mostly near-qualifying announcements (so YES is common), the rest arbitrary. */
export const announcement: fc.Arbitrary<Announcement> = fc.oneof(
  { weight: 2, arbitrary: nearQualifying },
  { weight: 1, arbitrary: qualifyingAnnouncement },
  { weight: 2, arbitrary: anyAnnouncement },
);

/** Announcements with distinct ids. */
export const announcements = (maxLength = 8): fc.Arbitrary<Announcement[]> =>
  fc.uniqueArray(announcement, { selector: (a) => a.id, maxLength });

/** A question about a fixture company, with the default window or a custom valid one. */
export const question: fc.Arbitrary<QuestionInput> = fc
  .tuple(
    pick(["acme-group", "acme-group", "acme-cloud", "acme-chips", "other-tech"]),
    fc.option(pick(["q-1", "question about acme", "__proto__"]), { nil: undefined }),
    fc.option(fc.tuple(epoch, epoch, pick(OFFSETS)).filter(([a, b]) => a !== b), { nil: undefined, freq: 3 }),
  )
  .map(([companyId, id, window]) => {
    const q: { companyId: string; id?: string; windowStart?: string; deadline?: string } = { companyId };
    if (id !== undefined) q.id = id;
    if (window !== undefined) {
      const [a, b, off] = window;
      q.windowStart = isoAt(Math.min(a, b), off, "ms");
      q.deadline = isoAt(Math.max(a, b), off, "ms");
    }
    return q;
  });

/** Readings: none, or any subset of the options. */
export const readings: fc.Arbitrary<Partial<Readings> | undefined> = fc.option(
  fc.record(
    {
      straddlingTime: pick(["undetermined", "earliest", "latest"] as const),
      ownSubsidiaryControl: pick(["majority", "wholly-owned"] as const),
      unrecognizedSource: pick(["undetermined", "not-met"] as const),
    },
    { requiredKeys: [], noNullPrototype: true },
  ),
  { nil: undefined },
);

/** A whole valid resolve input (with the fixture registry). */
export const resolveInput = fc.record(
  {
    question,
    announcements: announcements(),
    asOf,
    readings,
  },
  { noNullPrototype: true },
);

/** Deep-freezes a plain data structure (iteratively). */
export function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  const seen = new Set<unknown>();
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v !== "object" || v === null || seen.has(v)) continue;
    seen.add(v);
    for (const k of Reflect.ownKeys(v)) stack.push((v as Record<PropertyKey, unknown>)[k]);
    Object.freeze(v);
  }
  return value;
}

// ---------------------------------------------------------------------------------------------
// Checks shared by the fuzz and hostile-input tests

const PROTO_NAMES = Object.getOwnPropertyNames(Object.prototype).sort();
const ARRAY_PROTO_NAMES = Object.getOwnPropertyNames(Array.prototype).sort();

/** Throws if anything was added to Object.prototype or Array.prototype. */
export function expectNoPollution(): void {
  const probe = {} as Record<string, unknown>;
  for (const k of ["polluted", "isAdmin", "x", "companyId", "id"]) expect(probe[k], `Object.prototype.${k}`).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTO_NAMES);
  expect(Object.getOwnPropertyNames(Array.prototype).sort()).toEqual(ARRAY_PROTO_NAMES);
}

/** The result shape every safe entry point promises. Returns the issues (empty on success). */
export function expectWellFormed(r: unknown): readonly { path: string; segments: readonly (string | number)[]; message: string }[] {
  expect(typeof r === "object" && r !== null, "result is an object").toBe(true);
  const res = r as { success: unknown; issues?: unknown; data?: unknown };
  expect(typeof res.success).toBe("boolean");
  if (res.success === true) {
    expect(res.data).toBeDefined();
    return [];
  }
  expect(Array.isArray(res.issues), "issues is an array").toBe(true);
  const issues = res.issues as { path: unknown; segments: unknown; message: unknown; code: unknown }[];
  expect(issues.length, "a failure has at least one issue").toBeGreaterThan(0);
  for (const i of issues) {
    expect(typeof i.path, "issue.path").toBe("string");
    expect(Array.isArray(i.segments), "issue.segments").toBe(true);
    for (const s of i.segments as unknown[]) expect(["string", "number"]).toContain(typeof s);
    expect(typeof i.message, "issue.message").toBe("string");
    expect((i.message as string).length, "issue.message is not empty").toBeGreaterThan(0);
    expect(typeof i.code, "issue.code").toBe("string");
  }
  return issues as never;
}

