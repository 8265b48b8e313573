/**
 * The work limits at a hundredth of their size: the same checks as the tests that meet
 * LIMITS.evaluations and LIMITS.inputValues at their real thresholds (in
 * test/adversarial/engine-red-team.test.ts and red-team.test.ts), which take seconds each and
 * so run in the long run only (`npm run test:long`). Here src/engine/limits.ts is replaced for
 * this file alone (vi.mock) by the same limits with `evaluations` 2,000 and `inputValues`
 * 300,000, and each input is shrunk by the same factor, so every limit check still runs, and each
 * test fails if its check were removed: `npm test` keeps them at a hundredth of the work.
 *
 * The mock must not reach any other file: this folder is the vitest project "limits", which runs
 * every file in a fresh module state (vitest.config.ts).
 */
import { describe, expect, it, vi } from "vitest";
import { type Announcement, LIMITS, QuoteField, createResolver, safeResolve, safeResolveSeries } from "../../src/index.js";
import { alibabaDeal } from "../adversarial/baseline.js";
import { registry, variant } from "../fixtures.js";

vi.mock("../../src/engine/limits.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/engine/limits.js")>();
  return { ...real, LIMITS: Object.freeze({ ...real.LIMITS, evaluations: 2_000, inputValues: 300_000 }) };
});

const AS_OF = "2026-11-23T00:00:00Z";
const base: Announcement = { ...structuredClone(alibabaDeal), id: "a1" };

it("the library sees the lowered limits (and only those two are lowered)", () => {
  expect(LIMITS).toMatchObject({ evaluations: 2_000, inputValues: 300_000, announcements: 1_000_000, questions: 10_000, relationChecks: 20_000_000 });
  expect(Object.isFrozen(LIMITS)).toBe(true);
});

// engine-red-team.test.ts, "at the work limit, the order may change which announcements are
// rejected": 400 questions there, 4 here. Each announcement with 100 sources costs 21 units per
// question that keeps it (84 for the 4), so 23 of them fill the 2,000 units.
describe("LIMITS.evaluations in a resolver", () => {
  it("at the work limit, the order may change which announcements are rejected, never to a NO or a PENDING", () => {
    const questions = Array.from({ length: 4 }, (_, i) => ({ companyId: "acme-group", deadline: new Date(Date.UTC(2026, 11, 1) + i * 1000).toISOString() }));
    const sources = Array.from({ length: 100 }, (_, i) => ({ url: `https://tass.com/economy/${i}`, publishedAt: "2026-03-02T11:00:00+03:00" }));
    const reviews = Array.from({ length: 25 }, (_, i) => variant({ id: `r${String(i).padStart(2, "0")}`, specificity: undefined, sources }));
    const deal = variant({ id: "deal", sources });
    const a = createResolver({ questions, asOf: AS_OF, registry });
    const b = createResolver({ questions, asOf: AS_OF, registry });
    expect(a.add([deal, ...reviews]).rejected.length).toBeGreaterThan(0); // the limit is reached
    expect(b.add([...reviews, deal]).rejected).toContain(25);
    expect(a.resolution(0).outcome).toBe("YES");
    expect(b.resolution(0)).toMatchObject({ outcome: "NEEDS_REVIEW", rejected: 3 });
  });
});

// red-team.test.ts, "LIMITS.evaluations: Russian parties count like sources": 5,000
// announcements there, 50 here (2 questions × 50 × 21 units = 2,100).
describe("LIMITS.evaluations in a one-shot call: Russian parties and quotes count like sources", () => {
  const questions = [{ companyId: "alibaba", id: "q1" }, { companyId: "alibaba", id: "q2" }];
  const batch = (n: number, extra: object) => Array.from({ length: n }, (_, i) => ({ ...base, id: `a${i}`, ...extra }));

  it("2 questions × 50 qualifying announcements naming 100 Russian parties each (2,100 units) are refused before any evaluation; 47 (1,974) resolve", () => {
    const russianParties = Array.from({ length: 100 }, () => ({ name: "Sberbank" }));
    expect(safeResolveSeries({ questions, announcements: batch(50, { russianParties }), asOf: AS_OF })).toMatchObject({ success: false, issues: [{ code: "too-much-work" }] });
    expect(safeResolveSeries({ questions, announcements: batch(47, { russianParties }), asOf: AS_OF }).success).toBe(true);
  });

  it("quotes count too: 80 Russian parties and 24 quotes each (2,100 units) are refused; the same without the quotes (1,700) resolve", () => {
    const russianParties = Array.from({ length: 80 }, () => ({ name: "Sberbank" }));
    const quotes = QuoteField.options.flatMap((field) => [0, 1].map((k) => ({ field, text: `words ${k}`, source: 0 }))).slice(0, 24);
    expect(quotes).toHaveLength(24);
    expect(safeResolveSeries({ questions, announcements: batch(50, { russianParties, quotes }), asOf: AS_OF })).toMatchObject({ success: false, issues: [{ code: "too-much-work" }] });
    expect(safeResolveSeries({ questions, announcements: batch(50, { russianParties }), asOf: AS_OF }).success).toBe(true);
  });
});

// red-team.test.ts, "LIMITS.inputValues: a shared array counts at every use": 3,100
// announcements there, 31 here (31 × 10,001 values = 310,031).
describe("LIMITS.inputValues: a shared array counts at every use", () => {
  it("31 announcements sharing one 10,000-item array are refused as too large", () => {
    const shared = new Array(10_000).fill(0);
    expect(31 * 10_001).toBeGreaterThan(LIMITS.inputValues);
    const announcements = Array.from({ length: 31 }, (_, i) => ({ id: `a${i}`, sources: shared }));
    expect(safeResolve({ question: { companyId: "alibaba" }, announcements, asOf: AS_OF }).success).toBe(false);
    // A resolver reads every item (it adds the valid ones): the budget stops it, with one issue.
    const report = createResolver({ asOf: AS_OF, questions: [{ companyId: "alibaba" }] }).add(announcements);
    expect(report.issues).toMatchObject([{ code: "too-large", path: "announcements" }]);
    expect(report.rejected).toHaveLength(31);
  });

  it("29 of them (290,029 values) are within the budget: each is refused for its own sources, not as too large", () => {
    const shared = new Array(10_000).fill(0);
    const announcements = Array.from({ length: 29 }, (_, i) => ({ id: `a${i}`, sources: shared }));
    const report = createResolver({ asOf: AS_OF, questions: [{ companyId: "alibaba" }] }).add(announcements);
    expect(report.issues.map((i) => i.code)).not.toContain("too-large");
    expect(report.rejected).toHaveLength(29);
  });
});
