import { describe, expect, it } from "vitest";
import { type Announcement, InputError, evaluateAnnouncement, resolve, resolveSeries, safeResolve, safeResolveSeries } from "../src/index.js";
import { context, qualifying, registry, variant } from "./fixtures.js";

const question = { companyId: "acme-group" };
const run = (announcements: readonly Announcement[], asOf = "2026-11-23T00:00:00Z") =>
  resolve({ question, announcements, asOf, registry });

const nearMiss = variant({ id: "near-miss", instrument: "talks", specificity: "vague" });
const unsettled = variant({ id: "unsettled", priorRelation: undefined });
const later = variant({ id: "later", announcedAt: "2026-09-01T00:00:00Z", sources: [{ url: "https://tass.com/2", publishedAt: "2026-09-01T00:00:00Z" }] });

describe("Q.all", () => {
  it("qualifies only when every criterion is met", () => {
    const e = evaluateAnnouncement(qualifying, context);
    expect(e.status).toBe("qualifies");
    expect(e.failed).toEqual([]);
    expect(e.unsettled).toEqual([]);
    expect(e.clauses[0]).toBe("Q.all");
  });

  it("runs every criterion even when the first fails, so all reasons are reported", () => {
    const e = evaluateAnnouncement(variant({ chineseParty: { id: "other-tech" }, instrument: "talks", sources: [{ kind: "other" }] }), context);
    expect(e.status).toBe("does-not-qualify");
    expect(e.failed).toEqual(["company", "formality", "publicity"]);
    expect(Object.keys(e.verdicts)).toHaveLength(6);
  });

  it("does not qualify when one criterion fails and another is undetermined (Kleene AND)", () => {
    const e = evaluateAnnouncement(variant({ instrument: "talks", priorRelation: undefined }), context);
    expect(e.status).toBe("does-not-qualify");
  });

  it("is undetermined when nothing fails and something is unknown", () => {
    const e = evaluateAnnouncement(unsettled, context);
    expect(e.status).toBe("undetermined");
    expect(e.unsettled).toEqual(["formality"]);
    expect(e.clauses).toEqual(["Q.all", "C4.new", "R.expansion"]);
  });
});

describe("Q.yes", () => {
  it("resolves YES with the deciding announcement and its instant", () => {
    const r = run([nearMiss, qualifying]);
    expect(r.outcome).toBe("YES");
    expect(r.deciding?.announcementId).toBe("acme-sber-2026");
    expect(r.deciding?.at).toBe("2026-03-02T07:00:00.000Z");
    expect(r.clauses).toEqual(["Q.yes", "Q.all"]);
  });

  it("resolves YES even when another announcement needs review", () => {
    expect(run([unsettled, qualifying]).outcome).toBe("YES");
  });

  it("pins a whole resolution", () => {
    const r = run([qualifying, nearMiss]);
    expect({ ...r, evaluations: r.evaluations.map((e) => [e.announcementId, e.status]), deciding: r.deciding?.announcementId }).toMatchInlineSnapshot(`
      {
        "asOf": "2026-11-23T00:00:00.000Z",
        "audit": {
          "announcements": {
            "count": 2,
            "digest": "978c1b21e09bd78615aefb9b96d0f606e065af42bdfba0067a6975f48af818ae",
          },
          "asOf": "2026-11-23T00:00:00.000Z",
          "format": "ai-partnership-rules/audit@1",
          "inputDigest": "7ff5095e4ea2fb08c100c7e3d2c69ac0a65889cb7a1d344e51539ed006d4ee57",
          "libraryVersion": "0.1.0",
          "question": {
            "companyId": "acme-group",
            "deadline": "2027-01-01T00:00:00Z",
            "windowStart": "2025-01-01T00:00:00Z",
          },
          "readings": {
            "ownSubsidiaryControl": "majority",
            "straddlingTime": "undetermined",
            "unrecognizedSource": "undetermined",
          },
          "registry": {
            "digest": "67fdacda8a17543ae3feaad4114d6d3f044c4e9be19cf9ca6176822f54de3f92",
            "version": "test-1",
          },
          "rulesDigest": "c3d17f3fada9c324983d9fbac2c16fe47a7db667ad54066127ef7b053191f504",
        },
        "clarifications": {
          "applied": [],
          "conflicts": [],
          "pinned": undefined,
        },
        "clauses": [
          "Q.yes",
          "Q.all",
        ],
        "companyId": "acme-group",
        "companyName": "Acme Group",
        "deadline": "2027-01-01T00:00:00.000Z",
        "deciding": "acme-sber-2026",
        "evaluations": [
          [
            "acme-sber-2026",
            "qualifies",
          ],
          [
            "near-miss",
            "does-not-qualify",
          ],
        ],
        "needsReview": [],
        "notQualifying": 1,
        "notYetKnown": [],
        "outcome": "YES",
        "qualifying": [
          "acme-sber-2026",
        ],
        "questionId": undefined,
        "readings": {
          "ownSubsidiaryControl": "majority",
          "straddlingTime": "undetermined",
          "unrecognizedSource": "undetermined",
        },
        "registryVersion": "test-1",
        "rejected": 0,
        "summary": "YES: Acme Group announced a qualifying AI partnership with a Russian entity in acme-sber-2026, made 2026-03-02T07:00:00.000Z (Q.yes).",
        "unplaced": [],
        "unrelated": 0,
        "windowStart": "2025-01-01T00:00:00.000Z",
      }
    `);
  });
});

describe("Q.no", () => {
  it("is PENDING before the deadline when nothing qualifies", () => {
    const r = run([nearMiss]);
    expect(r.outcome).toBe("PENDING");
    expect(r.clauses).toEqual(["Q.no"]);
  });

  it("is NO at the deadline and after", () => {
    expect(run([nearMiss], "2027-01-01T00:00:00Z").outcome).toBe("NO");
    expect(run([], "2027-03-01T00:00:00+03:00").outcome).toBe("NO");
  });

  it("is still PENDING one millisecond before the deadline", () => {
    expect(run([nearMiss], "2026-12-31T23:59:59.999Z").outcome).toBe("PENDING");
  });

  it("is NO for an announcement made after the deadline", () => {
    const r = run([variant({ announcedAt: "2027-01-01T00:00:00Z", sources: [{ url: "https://tass.com/3" }] })], "2027-02-01T00:00:00Z");
    expect(r.outcome).toBe("NO");
  });

  it("routes undetermined announcements to a human instead of NO", () => {
    const r = run([unsettled, nearMiss], "2027-02-01T00:00:00Z");
    expect(r.outcome).toBe("NEEDS_REVIEW");
    expect(r.needsReview).toEqual([
      { announcementId: "unsettled", criteria: [{ criterion: "formality", clauses: ["C4.new", "R.expansion"], summary: expect.stringContaining("pre-2025") }] },
    ]);
  });
});

describe("R.multiple", () => {
  it("names the earliest of several qualifying announcements", () => {
    const r = run([later, qualifying]);
    expect(r.outcome).toBe("YES");
    expect(r.deciding?.announcementId).toBe("acme-sber-2026");
    expect(r.qualifying).toEqual(["acme-sber-2026", "later"]);
    expect(r.clauses).toContain("R.multiple");
  });
});

describe("R.cancelled", () => {
  it("keeps YES when the partnership was later cancelled before implementation", () => {
    const cancelled = variant({ cancelled: { at: "2026-06-01T00:00:00Z", beforeImplementation: true } });
    const r = run([cancelled]);
    expect(r.outcome).toBe("YES");
    expect(r.clauses).toContain("R.cancelled");
    expect(r.deciding?.evaluation.clauses).toContain("R.cancelled");
  });
});

describe("asOf replay", () => {
  it("ignores announcements not yet made or reported at asOf", () => {
    const r = run([qualifying], "2026-03-01T00:00:00Z");
    expect(r.outcome).toBe("PENDING");
    expect(r.notYetKnown).toEqual(["acme-sber-2026"]);
  });

  it("ignores sources published after asOf", () => {
    const a = variant({ sources: [{ url: "https://someblog.example/1", publishedAt: "2026-03-02T12:00:00Z" }, { url: "https://tass.com/1", publishedAt: "2026-04-01T00:00:00Z" }] });
    expect(run([a], "2026-03-10T00:00:00Z").outcome).toBe("PENDING");
    expect(run([a], "2026-04-01T00:00:00Z").outcome).toBe("YES");
  });

  it("accepts asOf as a Date or epoch milliseconds", () => {
    const t = Date.UTC(2026, 10, 23);
    expect(resolve({ question, announcements: [qualifying], asOf: new Date(t), registry }).asOf).toBe("2026-11-23T00:00:00.000Z");
    expect(resolve({ question, announcements: [qualifying], asOf: t, registry }).outcome).toBe("YES");
  });
});

describe("unrelated announcements", () => {
  it("counts announcements by other companies without listing them", () => {
    const r = run([variant({ id: "other", chineseParty: { id: "other-tech" } }), variant({ id: "pay", chineseParty: { id: "acme-pay" } })]);
    expect(r.unrelated).toBe(1);
    expect(r.evaluations.map((e) => e.announcementId)).toEqual(["pay"]);
  });
});

describe("safeResolve", () => {
  it("returns every problem with its path and resolves nothing", () => {
    const r = safeResolve({
      question: { companyId: "acme-group" },
      announcements: [qualifying, { ...qualifying, id: "bad", sources: [{ url: "not a url" }], announcedAt: "2026-02-30T00:00:00Z" }],
      asOf: "2026-11-23T00:00:00Z",
      registry,
    });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues.map((i) => i.path).sort()).toEqual(["announcements[1].announcedAt", "announcements[1].sources[0].url"]);
    expect(r.issues.find((i) => i.path.endsWith("url"))?.message).toMatch(/invalid URL/);
  });

  it.each([
    [null, "(root)"],
    [{ question: { companyId: "acme-group" }, announcements: "x", asOf: "2026-01-01T00:00:00Z" }, "announcements"],
    [{ question: { companyId: "acme-group" }, announcements: [], asOf: "yesterday" }, "asOf"],
    [{ question: { companyId: "acme-group" }, announcements: [], asOf: "2026-01-01T00:00:00Z", extra: 1 }, "extra"],
    [{ question: { companyId: "nobody" }, announcements: [], asOf: "2026-01-01T00:00:00Z" }, "question.companyId"],
    [{ question: { companyId: "acme-group", deadline: "2024-01-01T00:00:00Z" }, announcements: [], asOf: "2026-01-01T00:00:00Z" }, "question.deadline"],
  ])("reports %j at %s", (input, path) => {
    const r = safeResolve(input === null ? null : { registry, ...(input as object) });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues.map((i) => i.path || "(root)")).toContain(path);
  });

  it("resolve() throws an InputError carrying the same issues", () => {
    expect(() => resolve({ question, announcements: [{ id: "" } as Announcement], asOf: "2026-01-01T00:00:00Z", registry })).toThrow(InputError);
    try {
      resolve({ question, announcements: [{ id: "" } as Announcement], asOf: "2026-01-01T00:00:00Z", registry });
    } catch (e) {
      expect((e as InputError).issues[0]?.path).toBe("announcements[0].id");
    }
  });
});

describe("resolveSeries", () => {
  it("resolves every question over one set of announcements", () => {
    const s = resolveSeries({ questions: [{ companyId: "acme-group" }, { companyId: "other-tech" }], announcements: [qualifying, variant({ id: "o", chineseParty: { id: "other-tech" }, instrument: "talks" })], asOf: "2026-11-23T00:00:00Z", registry });
    expect(s.resolutions.map((r) => [r.companyId, r.outcome])).toEqual([
      ["acme-group", "YES"],
      ["other-tech", "PENDING"],
    ]);
    expect(s.registryVersion).toBe("test-1");
  });

  it("agrees with resolve() question by question", () => {
    const announcements = [qualifying, nearMiss, unsettled, later];
    const s = resolveSeries({ questions: [{ companyId: "acme-group" }, { companyId: "acme-cloud" }], announcements, asOf: "2026-11-23T00:00:00Z", registry });
    for (const r of s.resolutions) expect(r).toEqual(resolve({ question: { companyId: r.companyId }, announcements, asOf: "2026-11-23T00:00:00Z", registry }));
  });

  it("reports unknown companies with their path", () => {
    const r = safeResolveSeries({ questions: [{ companyId: "acme-group" }, { companyId: "nobody" }], announcements: [], asOf: "2026-11-23T00:00:00Z", registry });
    expect(r.success ? [] : r.issues.map((i) => i.path)).toEqual(["questions[1].companyId"]);
  });
});

describe("keeping only decisive evaluations", () => {
  it("keeps the deciding evaluation, lists review items in needsReview only, and counts the rest, with the same outcome", () => {
    const announcements = [qualifying, nearMiss, unsettled];
    const all = resolve({ question, announcements, asOf: "2026-11-23T00:00:00Z", registry });
    const decisive = resolve({ question, announcements, asOf: "2026-11-23T00:00:00Z", registry, evaluations: "decisive" });
    expect(all.evaluations.map((e) => e.announcementId)).toEqual(["acme-sber-2026", "near-miss", "unsettled"]);
    expect(decisive.evaluations.map((e) => e.announcementId)).toEqual(["acme-sber-2026"]);
    expect(decisive.needsReview.map((r) => r.announcementId)).toEqual(["unsettled"]);
    expect(decisive.notQualifying).toBe(1);
    expect({ ...decisive, evaluations: [] }).toEqual({ ...all, evaluations: [] });
  });
});
