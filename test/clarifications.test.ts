// Clarifications as versions: which apply to a resolution (by date, or pinned by number), what
// they fix (readings, registry records), how a host reading they override is reported, how bad
// clarifications are answered; and diffResolutions / diffSeries, which say what changed and why.
import { readFileSync } from "node:fs";
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  type Announcement,
  type Clarification,
  type QuestionInput,
  type Resolution,
  type ResolutionDiff,
  Question,
  ResolutionSchema,
  clarificationsInForce,
  createResolver,
  diffResolutions,
  diffSeries,
  formatResolutionMarkdown,
  resolve,
  resolveSeries,
  safeCreateResolver,
  safeResolve,
  safeResolveSeries,
  toMetaculus,
  builtinRegistry,
  extendRegistry,
} from "../src/index.js";
import { alibabaDeal } from "./adversarial/baseline.js";
import { runs } from "./properties/arbitraries.js";

const fictional = JSON.parse(readFileSync(`${__dirname}/../examples/announcements.json`, "utf8")) as { announcements: Announcement[] };
const { clarifications: EXAMPLE } = JSON.parse(readFileSync(`${__dirname}/../examples/clarifications.json`, "utf8")) as { clarifications: Clarification[] };
const announcements = fictional.announcements;
const AFTER = "2027-01-15T00:00:00Z";
const baidu: QuestionInput = { companyId: "baidu", clarifications: EXAMPLE };

// An announcement made on a day (Shanghai time) that straddles the deadline: its timing turns on
// the straddlingTime reading.
const straddling: Announcement = {
  ...alibabaDeal,
  id: "straddle-alibaba",
  announcedAt: { date: "2027-01-01", timeZone: "Asia/Shanghai" },
  sources: [{ url: "https://tass.com/economy/straddle" }],
};
const straddlingQuestion: QuestionInput = {
  companyId: "alibaba",
  clarifications: [
    { number: 1, publishedAt: "2026-06-01T00:00:00Z", text: "A day that crosses the deadline counts from its last instant.", readings: { straddlingTime: "latest" } },
    { number: 2, publishedAt: "2026-12-01T00:00:00Z", text: "A day that crosses the deadline counts from its first instant.", readings: { straddlingTime: "earliest" } },
  ],
};

describe("a clarification is in force once published (at or before asOf)", () => {
  it("applies clarification 1 between its publication and clarification 2's, and both after", () => {
    expect(resolve({ question: baidu, announcements, asOf: "2026-06-15T00:00:00Z" }).clarifications.applied.map((c) => c.number)).toEqual([1]);
    const after = resolve({ question: baidu, announcements, asOf: AFTER });
    expect(after.clarifications.applied).toEqual([
      { number: 1, publishedAt: "2026-03-01T12:00:00Z", readings: { unrecognizedSource: "undetermined" }, registryRecords: [] },
      { number: 2, publishedAt: "2026-09-01T12:00:00Z", readings: { unrecognizedSource: "not-met" }, registryRecords: [] },
    ]);
    expect(after.readings.unrecognizedSource).toBe("not-met");
    expect(after.outcome).toBe("NO");
  });

  it("applies a clarification published exactly at asOf", () => {
    expect(resolve({ question: baidu, announcements, asOf: "2026-09-01T12:00:00Z" }).readings.unrecognizedSource).toBe("not-met");
  });

  it("cumulates: a later clarification overrides an earlier one's reading, the others stay", () => {
    const { readings } = clarificationsInForce(
      { companyId: "x", clarifications: [{ number: 1, publishedAt: "2026-01-01T00:00:00Z", text: "a", readings: { straddlingTime: "latest", ownSubsidiaryControl: "wholly-owned" } }, { number: 2, publishedAt: "2026-02-01T00:00:00Z", text: "b", readings: { straddlingTime: "earliest" } }] },
      { asOf: "2026-03-01T00:00:00Z" },
    );
    expect(readings).toEqual({ straddlingTime: "earliest", ownSubsidiaryControl: "wholly-owned", unrecognizedSource: "undetermined" });
  });
});

describe("a clarification not yet published at asOf cannot change the resolution", () => {
  it("resolves before clarification 1 under the defaults, and says none applied", () => {
    const r = resolve({ question: baidu, announcements, asOf: "2026-02-01T00:00:00Z" });
    expect(r.clarifications).toEqual({ applied: [], pinned: undefined, conflicts: [] });
    expect(r).toEqual(resolve({ question: { companyId: "baidu" }, announcements, asOf: "2026-02-01T00:00:00Z" }));
  });

  it("keeps a replay before clarification 2 as it was: NEEDS_REVIEW on the day before, NO at the deadline replayed later", () => {
    expect(resolve({ question: baidu, announcements, asOf: "2026-08-31T00:00:00Z" }).outcome).toBe("NEEDS_REVIEW");
  });
});

describe("pinned by number: clarification N applies those up to N, whenever published", () => {
  it.each([
    [0, [], "NEEDS_REVIEW"],
    [1, [1], "NEEDS_REVIEW"],
    [2, [1, 2], "NO"],
  ] as const)("clarification %i applies %j: %s", (n, numbers, outcome) => {
    const r = resolve({ question: baidu, announcements, asOf: AFTER, clarification: n });
    expect(r.clarifications.applied.map((c) => c.number)).toEqual(numbers);
    expect(r.clarifications.pinned).toBe(n);
    expect(r.outcome).toBe(outcome);
  });

  it("applies a pinned clarification even before its publication (the host asked for it)", () => {
    expect(resolve({ question: baidu, announcements, asOf: "2026-01-01T00:00:00Z", clarification: 2 }).readings.unrecognizedSource).toBe("not-met");
  });

  it("refuses a number a question does not have, with the numbers there are", () => {
    const r = safeResolve({ question: baidu, announcements, asOf: AFTER, clarification: 3 });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues).toEqual([{ path: "clarification", segments: ["clarification"], code: "unknown-clarification", message: "the question has no clarification 3", expected: "0 or one of 1, 2", received: "3" }]);
  });
});

describe("a host reading a clarification fixes otherwise: the clarification wins, and the conflict is recorded", () => {
  it("uses clarification 2's unrecognizedSource and lists the host's", () => {
    const r = resolve({ question: baidu, announcements, asOf: AFTER, readings: { unrecognizedSource: "undetermined", straddlingTime: "earliest" } });
    expect(r.readings).toEqual({ straddlingTime: "earliest", ownSubsidiaryControl: "majority", unrecognizedSource: "not-met" });
    expect(r.clarifications.conflicts).toEqual([{ reading: "unrecognizedSource", host: "undetermined", clarification: "not-met", number: 2 }]);
  });

  it("records no conflict when the host passes the same value", () => {
    expect(resolve({ question: baidu, announcements, asOf: AFTER, readings: { unrecognizedSource: "not-met" } }).clarifications.conflicts).toEqual([]);
  });
});

describe("a clarification's registry records (R.government, C2.private)", () => {
  const volga: Announcement = { ...straddling, id: "volga", announcedAt: "2026-05-01T10:00:00+03:00", russianParties: [{ name: "Volga Robotics" }] };
  const question: QuestionInput = {
    companyId: "alibaba",
    clarifications: [{ number: 1, publishedAt: "2026-07-01T00:00:00Z", text: "Volga Robotics is a Russian private company.", registry: { entities: [{ id: "volga-robotics", name: "Volga Robotics", kind: "private-company", countryOfIncorporation: "RU" }] } }],
  };

  it("leaves an unknown Russian party undetermined before the clarification, and meets C2 after", () => {
    const before = resolve({ question, announcements: [volga], asOf: "2026-06-01T00:00:00Z" });
    const after = resolve({ question, announcements: [volga], asOf: "2026-08-01T00:00:00Z" });
    expect([before.outcome, after.outcome]).toEqual(["NEEDS_REVIEW", "YES"]);
    expect(after.registryVersion).toMatch(/\+clarification-1$/);
    expect(after.clarifications.applied[0]?.registryRecords).toEqual(["volga-robotics"]);
    const d = diffResolutions(before, after);
    expect(d.announcements[0]?.criteria.map((c) => [c.criterion, c.a, c.b, c.because.map((x) => x.kind)])).toEqual([["russianEntity", "undetermined", "met", ["registry"]]]);
    expect(d.settings.find((c) => c.kind === "registry")).toMatchObject({ records: ["volga-robotics"] });
  });

  it("resolves questions under different clarifications apart, in one series", () => {
    const s = resolveSeries({ questions: [question, { companyId: "alibaba" }], announcements: [volga], asOf: "2026-08-01T00:00:00Z" });
    expect(s.resolutions.map((r) => r.outcome)).toEqual(["YES", "NEEDS_REVIEW"]);
  });

  it("refuses registry records that clash with the registry, under the clarification's path", () => {
    const bad: QuestionInput = { companyId: "alibaba", clarifications: [{ number: 1, publishedAt: "2026-07-01T00:00:00Z", text: "x", registry: { entities: [{ id: "volga", name: "Sberbank", kind: "private-company", countryOfIncorporation: "RU" }] } }] };
    const r = safeResolve({ question: bad, announcements: [], asOf: AFTER });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues.map((i) => [i.path, i.code])).toEqual([["question.clarifications[0].registry.entities[0].name", "duplicate-alias"]]);
  });

  it("lets one resolver take questions under the same clarifications, and refuses questions under different ones", () => {
    const one = createResolver({ questions: [question], asOf: "2026-08-01T00:00:00Z" });
    one.add([volga]);
    expect(one.resolution(0).outcome).toBe("YES");
    const r = safeCreateResolver({ questions: [question, { companyId: "alibaba" }], asOf: "2026-08-01T00:00:00Z" });
    expect(r.success ? [] : r.issues.map((i) => [i.path, i.code])).toEqual([["questions[1].clarifications", "clarifications-differ"]]);
  });
});

describe("bad clarifications are answered with every problem and its path", () => {
  it("lists order, blank text, unknown fields and bad readings together", () => {
    const r = safeResolveSeries({
      questions: [
        {
          companyId: "baidu",
          clarifications: [
            { number: 2, publishedAt: "2026-05-01T00:00:00Z", text: "b", readings: { straddlingTime: "sometimes" } },
            { number: 1, publishedAt: "2026-04-01T00:00:00Z", text: "   ", colour: "red" },
          ],
        },
      ],
      announcements: [],
      asOf: AFTER,
    });
    expect(r.success ? [] : r.issues.map((i) => [i.path, i.code])).toEqual([
      ["questions[0].clarifications[0].readings.straddlingTime", "invalid-value"],
      ["questions[0].clarifications[1].text", "blank-text"],
      ["questions[0].clarifications[1].colour", "unknown-field"],
    ]);
  });

  it("refuses numbers out of order and publication going back", () => {
    const r = Question.safeParse({ companyId: "baidu", clarifications: [{ number: 2, publishedAt: "2026-05-01T00:00:00Z", text: "b" }, { number: 1, publishedAt: "2026-04-01T00:00:00Z", text: "a" }] });
    expect(r.success ? [] : r.error.issues.map((i) => [i.path.join("."), (i as { params?: { code?: string } }).params?.code])).toEqual([
      ["clarifications.1.number", "invalid-clarifications"],
      ["clarifications.1.publishedAt", "invalid-clarifications"],
    ]);
  });
});

describe("diffResolutions: two clarifications of one question (the issue's 'done when')", () => {
  const a = resolve({ question: baidu, announcements, asOf: AFTER, clarification: 1 });
  const b = resolve({ question: baidu, announcements, asOf: AFTER, clarification: 2 });

  it("names the announcement, the criterion, its clauses, and the reading with the clarifications that set it", () => {
    const d = diffResolutions(a, b);
    expect(d.outcome).toEqual({ a: "NEEDS_REVIEW", b: "NO" });
    expect(d.needsReview).toEqual({ added: [], removed: ["demo-baidu-blog"] });
    expect(d.announcements).toEqual([
      {
        announcementId: "demo-baidu-blog",
        a: "needs-review",
        b: "not-qualifying",
        criteria: [
          {
            criterion: "publicity",
            a: "undetermined",
            b: "not-met",
            clauses: ["C5.agency", "C5.cn-media", "C5.event", "C5.filing", "C5.government", "C5.release", "C5.ru-media"],
            reasons: { a: ["SOURCE_UNRECOGNIZED"], b: ["SOURCE_UNRECOGNIZED"] },
            because: [{ kind: "reading", reading: "unrecognizedSource", a: "undetermined", b: "not-met", clarification: { a: 1, b: 2 } }],
          },
        ],
      },
    ]);
    expect(d.explanation.join("\n")).toContain("demo-baidu-blog: needs-review → not-qualifying: publicity undetermined → not-met");
    expect(d.explanation.join("\n")).toContain("reading unrecognizedSource undetermined (clarification 1) → not-met (clarification 2)");
  });

  it("says the same of the resolutions stored as JSON and read back (no hidden state)", () => {
    const load = (r: Resolution) => ResolutionSchema.parse(JSON.parse(JSON.stringify(r)));
    expect(diffResolutions(load(a), load(b))).toEqual(JSON.parse(JSON.stringify(diffResolutions(a, b))));
  });

  it("explains a timing change by straddlingTime (R.window)", () => {
    const x = resolve({ question: straddlingQuestion, announcements: [straddling], asOf: AFTER, clarification: 1 });
    const y = resolve({ question: straddlingQuestion, announcements: [straddling], asOf: AFTER, clarification: 2 });
    const d = diffResolutions(x, y);
    expect(d.outcome).toEqual({ a: "NO", b: "YES" });
    expect(d.deciding).toEqual({ a: undefined, b: "straddle-alibaba" });
    const timing = d.announcements[0]?.criteria[0];
    expect([timing?.criterion, timing?.a, timing?.b, timing?.clauses.includes("R.window")]).toEqual(["timing", "not-met", "met", true]);
    expect(timing?.because).toEqual([{ kind: "reading", reading: "straddlingTime", a: "latest", b: "earliest", clarification: { a: 1, b: 2 } }]);
  });

  it("refuses resolutions of two different companies (a programmer error)", () => {
    expect(() => diffResolutions(a, resolve({ question: { companyId: "alibaba" }, announcements, asOf: AFTER }))).toThrow(RangeError);
  });
});

describe("diffSeries", () => {
  it("lists only the questions whose resolution changed, matched by position", () => {
    const questions = [baidu, { companyId: "alibaba", clarifications: EXAMPLE }];
    const d = diffSeries(resolveSeries({ questions, announcements, asOf: AFTER, clarification: 1 }), resolveSeries({ questions, announcements, asOf: AFTER, clarification: 2 }));
    expect([d.questions, d.differences.map((x) => x.companyId), d.onlyIn]).toEqual([2, ["baidu"], { a: [], b: [] }]);
  });

  it("matches questions by key when the lists differ, and names those only one side has", () => {
    const x = resolveSeries({ questions: [{ companyId: "baidu" }, { companyId: "alibaba" }], announcements, asOf: AFTER });
    const y = resolveSeries({ questions: [{ companyId: "alibaba" }, { companyId: "huawei" }], announcements, asOf: AFTER });
    const d = diffSeries(x, y);
    expect([d.questions, d.differences, d.onlyIn.a, d.onlyIn.b.length]).toEqual([1, [], ["baidu [2025-01-01T00:00:00.000Z, 2027-01-01T00:00:00.000Z)"], 1]);
  });
});

/** A diff with its sides swapped, the text left out (its wording follows the order). */
function mirrored(d: ResolutionDiff): unknown {
  const swap = <T>(c: { a: T; b: T } | undefined) => (c === undefined ? undefined : { a: c.b, b: c.a });
  const set = (s: { added: readonly string[]; removed: readonly string[] }) => ({ added: s.removed, removed: s.added });
  const cause = (c: ResolutionDiff["settings"][number]) => (c.kind === "reading" ? { ...c, a: c.b, b: c.a, clarification: swap(c.clarification) } : { ...c, a: c.b, b: c.a });
  return {
    ...d,
    explanation: undefined,
    outcome: swap(d.outcome),
    deciding: swap(d.deciding),
    qualifying: set(d.qualifying),
    needsReview: set(d.needsReview),
    settings: d.settings.map(cause),
    clarifications: swap(d.clarifications),
    announcements: d.announcements.map((x) => ({ ...x, a: x.b, b: x.a, criteria: x.criteria.map((c) => ({ ...c, a: c.b, b: c.a, reasons: swap(c.reasons), because: c.because.map(cause) })) })),
  };
}

describe("properties of diffResolutions", () => {
  const side = fc.record({
    asOf: fc.constantFrom("2026-02-01T00:00:00Z", "2026-06-15T00:00:00Z", "2026-12-31T00:00:00Z", AFTER),
    clarification: fc.option(fc.constantFrom(0, 1, 2), { nil: undefined }),
    readings: fc.option(fc.record({ unrecognizedSource: fc.constantFrom("undetermined" as const, "not-met" as const), straddlingTime: fc.constantFrom("undetermined" as const, "earliest" as const, "latest" as const) }, { requiredKeys: [] }), { nil: undefined }),
    question: fc.constantFrom(baidu, straddlingQuestion),
  });
  const resolutionOf = (s: { asOf: string; clarification: number | undefined; readings: object | undefined; question: QuestionInput }, question: QuestionInput) =>
    resolve({ question, announcements: [...announcements, straddling], asOf: s.asOf, ...(s.clarification === undefined ? {} : { clarification: s.clarification }), ...(s.readings === undefined ? {} : { readings: s.readings }) });

  test.prop([side], runs(0.3))("the diff of a resolution with itself is empty", (s) => {
    const r = resolutionOf(s, s.question);
    const d = diffResolutions(r, r);
    expect([d.changed, d.outcome, d.deciding, d.announcements, d.settings, d.explanation]).toEqual([false, undefined, undefined, [], [], []]);
  });

  test.prop([side, side], runs(0.3))("diff(a, b) and diff(b, a) are mirror images", (x, y) => {
    const a = resolutionOf(x, x.question);
    const b = resolutionOf(y, x.question);
    expect(mirrored(diffResolutions(a, b))).toEqual({ ...diffResolutions(b, a), explanation: undefined });
  });
});

describe("notes name the clarifications a resolution was made under", () => {
  const r = resolve({ question: baidu, announcements, asOf: AFTER, readings: { unrecognizedSource: "undetermined" } });

  it("in the Markdown note, with each publication and the host's reading overridden", () => {
    const note = formatResolutionMarkdown(r);
    expect(note).toContain("Under the question's clarifications 1 (published 2026-03-01T12:00:00Z), 2 (published 2026-09-01T12:00:00Z).");
    expect(note).toContain("Reading unrecognizedSource: not-met as clarification 2 fixes it, not undetermined as the host asked.");
  });

  it("in a platform's note", () => {
    expect(toMetaculus(r)).toMatchObject({ action: "submit", value: "no", note: expect.stringContaining("with registry 2026.11.0 under clarifications 1, 2;") });
  });
});

describe("questions under different clarifications in one series are resolved apart and joined", () => {
  const unknownParty: Announcement = { ...straddling, id: "who-is-it", announcedAt: "2026-05-01T10:00:00+03:00", chineseParty: { name: "Mystery Cloud" } };

  it("keeps the questions' order, and lists an unplaced announcement once with every company it might be", () => {
    const clarified = { clarifications: [{ number: 1, publishedAt: "2026-01-01T00:00:00Z", text: "x", readings: { straddlingTime: "earliest" as const } }] };
    const questions = [{ companyId: "baidu", ...clarified }, { companyId: "alibaba" }, { companyId: "huawei", ...clarified }, { companyId: "tencent" }];
    const s = resolveSeries({ questions, announcements: [unknownParty], asOf: AFTER });
    expect(s.resolutions.map((r) => [r.companyId, r.readings.straddlingTime, r.outcome, r.unplaced])).toEqual([
      ["baidu", "earliest", "NEEDS_REVIEW", ["who-is-it"]],
      ["alibaba", "undetermined", "NEEDS_REVIEW", ["who-is-it"]],
      ["huawei", "earliest", "NEEDS_REVIEW", ["who-is-it"]],
      ["tencent", "undetermined", "NEEDS_REVIEW", ["who-is-it"]],
    ]);
    expect(s.unplaced.map((u) => [u.announcementId, u.mightBe])).toEqual([["who-is-it", ["baidu", "huawei", "alibaba", "tencent"]]]);
  });
});

describe("a clarification published after YES (promise 6 holds per pinned clarification)", () => {
  // The host's registry knows Volga Robotics as Russian; a clarification later corrects it.
  const registry = extendRegistry(builtinRegistry, { entities: [{ id: "volga-robotics", name: "Volga Robotics", kind: "private-company", countryOfIncorporation: "RU" }] });
  const volga: Announcement = { ...straddling, id: "volga", announcedAt: "2026-05-01T10:00:00+03:00", russianParties: [{ name: "Volga Robotics" }] };
  const question: QuestionInput = {
    companyId: "alibaba",
    clarifications: [{ number: 1, publishedAt: "2026-10-01T00:00:00Z", text: "Volga Robotics is incorporated in Kazakhstan, and no Russian interest controls it.", registry: { entities: [{ id: "volga-robotics", name: "Volga Robotics", kind: "private-company", countryOfIncorporation: "KZ", russianControl: "none" }] } }],
  };
  const input = { question, announcements: [volga], registry };

  it("pinned, YES stays YES at every later asOf", () => {
    const at = (asOf: string) => resolve({ ...input, asOf, clarification: 0 }).outcome;
    expect([at("2026-09-01T00:00:00Z"), at("2026-11-01T00:00:00Z"), at(AFTER)]).toEqual(["YES", "YES", "YES"]);
  });

  it("by date, the replay before its publication keeps YES; after it, the diff names the announcement, C2 and the corrected record", () => {
    const before = resolve({ ...input, asOf: "2026-09-01T00:00:00Z" });
    const after = resolve({ ...input, asOf: "2026-11-01T00:00:00Z" });
    expect([before.outcome, before.clarifications.applied.length, after.outcome, after.clarifications.applied[0]?.registryRecords]).toEqual(["YES", 0, "PENDING", ["volga-robotics"]]);
    const d = diffResolutions(before, after);
    expect(d.announcements.map((x) => [x.announcementId, x.a, x.b, x.criteria.map((c) => [c.criterion, c.a, c.b, c.because.map((b) => (b.kind === "registry" ? b.records : b.kind))])])).toEqual([
      ["volga", "deciding", "not-qualifying", [["russianEntity", "met", "not-met", [["volga-robotics"]]]]],
    ]);
  });
});
