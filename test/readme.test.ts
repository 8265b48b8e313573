import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  type ReasonCode,
  type ReasonParams,
  ResolutionSchema,
  announcementExtractionJsonSchema,
  builtinRegistry,
  createResolver,
  evaluateCompany,
  extendRegistry,
  fromExtraction,
  jsonSchemas,
  parseAnnouncements,
  resolve,
  resolveSeries,
  toExtraction,
  diffResolutions,
  verifyResolution,
} from "../src/index.js";

// The examples of README.md, run as written there.
describe("README examples", () => {
  it("the clarifications example: NEEDS_REVIEW under clarification 1, NO under 2, and the diff's sentences as printed", () => {
    const root = join(__dirname, "..");
    const { announcements } = JSON.parse(readFileSync(join(root, "examples/announcements.json"), "utf8")) as { announcements: never[] };
    const { clarifications } = JSON.parse(readFileSync(join(root, "examples/clarifications.json"), "utf8")) as { clarifications: never[] };
    const question = { companyId: "baidu", clarifications };
    const one = resolve({ question, announcements, asOf: "2027-01-15T00:00:00Z", clarification: 1 });
    const two = resolve({ question, announcements, asOf: "2027-01-15T00:00:00Z", clarification: 2 });
    expect([one.outcome, two.outcome]).toEqual(["NEEDS_REVIEW", "NO"]);
    const printed = readFileSync(join(root, "README.md"), "utf8").split("```text\n")[1]?.split("```")[0];
    expect(diffResolutions(one, two).explanation.join("\n") + "\n").toBe(printed);
  });

  it("the usage example resolves YES", () => {
    const resolution = resolve({
      question: { companyId: "alibaba" },
      asOf: "2026-11-23T00:00:00Z",
      announcements: [{
        id: "a1", announcedAt: "2026-03-02T10:00:00+03:00",
        chineseParty: { name: "Alibaba Cloud" }, russianParties: [{ name: "Сбербанк" }],
        instrument: "agreement", aiRole: "focus", activities: ["C3.models.integration"],
        specificity: "concrete", priorRelation: "new", sources: [{ url: "https://tass.com/economy/1" }],
      }],
    });
    expect(resolution.outcome).toBe("YES");
    expect(resolution.summary).toMatch(/^YES: Alibaba Group announced .* \(Q\.yes\)\.$/);
    expect(resolution.deciding?.evaluation.clauses).toEqual(expect.arrayContaining(["C1.subsidiary", "C2.state", "C5.ru-media"]));
  });

  it("the reasons example: a reason's code, params and message, and a host's own wording", () => {
    const v = evaluateCompany({ id: "a1", chineseParty: { name: "Alibaba Cloud" } }, { question: { companyId: "alibaba" } });
    const [r] = v.reasons;
    if (r === undefined) throw new Error("no reason");
    expect(r.code).toBe("COMPANY_WHOLLY_OWNED");
    expect(r.params).toEqual({ party: "Alibaba Cloud", company: "Alibaba Group", path: ["alibaba-cloud", "alibaba"], stakes: ["100"] });
    expect(r.message).toBe("Alibaba Cloud is wholly owned by Alibaba Group (alibaba-cloud → alibaba (100%)), so its announcement counts for Alibaba Group.");
    const SAY: Partial<Record<ReasonCode, (p: ReasonParams) => string>> = {
      COMPANY_WHOLLY_OWNED: (p) => `${p.party} est une filiale à 100 % de ${p.company}.`,
    };
    const text = (SAY[r.code] ?? (() => r.message))(r.params);
    expect(text).toBe("Alibaba Cloud est une filiale à 100 % de Alibaba Group.");
  });

  it("the extraction example: the profile's JSON Schema, an answer through fromExtraction into resolve", () => {
    const schema = announcementExtractionJsonSchema();
    expect(schema.type).toBe("object");
    const answer = JSON.stringify({
      ...toExtraction({ id: "x" }),
      announcedAt: "2026-03-02T10:00:00+03:00",
      chineseParty: { id: null, name: "Alibaba Cloud", owners: null, intermediary: null },
      russianParties: [{ id: null, name: "Сбербанк", description: null, kind: null, countryOfIncorporation: null, russianControl: null, owners: null }],
      instrument: "agreement", aiRole: "focus", activities: ["C3.models.integration"], specificity: "concrete", priorRelation: "new",
      sources: [{ kind: null, outlet: null, url: "tass.com/economy/1", event: null, publishedAt: null, title: null }],
    });
    const r = fromExtraction(JSON.parse(answer), { id: "tass-2026-03-02" });
    expect(r.success ? [] : r.issues.map((i) => `${i.path}: ${i.code}`)).toEqual(["sources[0].url: invalid-url"]);
    const fixed = fromExtraction({ ...JSON.parse(answer), sources: [{ url: "https://tass.com/economy/1" }] }, { id: "tass-2026-03-02" });
    if (!fixed.success) throw new Error("invalid");
    expect(resolve({ question: { companyId: "alibaba" }, announcements: [fixed.data], asOf: "2026-11-23T00:00:00Z" }).outcome).toBe("YES");
  });

  it("the registry example extends the built-in registry", () => {
    const registry = extendRegistry(builtinRegistry, {
      entities: [{ id: "volga-robotics", name: "Volga Robotics", kind: "private-company", countryOfIncorporation: "RU" }],
    });
    const r = resolve({
      question: { companyId: "xiaomi" },
      asOf: "2026-11-23T00:00:00Z",
      registry,
      announcements: [{
        id: "x1", announcedAt: "2026-05-01T10:00:00+08:00", chineseParty: { name: "Xiaomi" }, russianParties: [{ name: "Volga Robotics" }],
        instrument: "joint-venture", aiRole: "focus", activities: ["C3.models.llm"], specificity: "concrete", priorRelation: "new",
        sources: [{ url: "https://ria.ru/x" }],
      }],
    });
    expect(r.outcome).toBe("YES");
    expect(r.registryVersion).toBe("2026.11.0+custom");
  });

  it("the large-inputs example: a batch replayed at two dates, a resolver fed in chunks, shards merged", async () => {
    const rows = [{
      id: "a1", announcedAt: "2026-03-02T10:00:00+03:00",
      chineseParty: { name: "Alibaba Cloud" }, russianParties: [{ name: "Сбербанк" }],
      instrument: "agreement", aiRole: "focus", activities: ["C3.models.integration"],
      specificity: "concrete", priorRelation: "new", sources: [{ url: "https://tass.com/economy/1" }],
    }, { id: "bad", instrument: "handshake" }];
    const batch = parseAnnouncements(rows.slice(0, 1));
    const now = resolveSeries({ announcements: batch, asOf: "2026-11-23T00:00:00Z", evaluations: "decisive" });
    const then = resolveSeries({ announcements: batch, asOf: "2026-01-01T00:00:00Z", evaluations: "decisive" });
    expect([now.resolutions[0]?.outcome, then.resolutions[0]?.outcome]).toEqual(["YES", "PENDING"]);
    const chunks = (async function* () {
      yield rows;
    })();
    const resolver = createResolver({ asOf: "2026-11-23T00:00:00Z" });
    const issues: string[] = [];
    for await (const chunk of chunks) {
      const report = resolver.add(chunk);
      for (const i of report.issues) issues.push(`${i.path}: ${i.message}`);
    }
    expect(issues).toEqual([expect.stringMatching(/^announcements\[1\]\.instrument: /)]);
    expect(resolver.series().resolutions.map((r) => [r.companyId, r.outcome])[0]).toEqual(["alibaba", "YES"]);
    const main = createResolver({ asOf: "2026-11-23T00:00:00Z" });
    const stateFromWorker = JSON.stringify(resolver.state());
    expect(main.merge(JSON.parse(stateFromWorker)).success).toBe(true);
    expect(main.series()).toEqual(resolver.series());
  });

  it("the schemas example: the $id the README shows, and a stored resolution parsed back", () => {
    const readme = readFileSync(join(__dirname, "../README.md"), "utf8");
    expect(readme).toContain(`(\`${jsonSchemas().resolution.$id}\`)`);
    const resolution = resolve({ question: { companyId: "alibaba" }, announcements: [], asOf: "2026-11-23T00:00:00Z" });
    const text = JSON.stringify(resolution);
    const stored = ResolutionSchema.parse(JSON.parse(text));
    expect(stored).toEqual(JSON.parse(text));
    expect(() => ResolutionSchema.parse({ ...JSON.parse(text), outcome: "MAYBE" })).toThrow();
  });

  it("the audit example: the record's fields, and a changed announcement named by verifyResolution", () => {
    const { announcements } = JSON.parse(readFileSync(join(__dirname, "../examples/announcements.json"), "utf8")) as { announcements: Record<string, unknown>[] };
    const r = resolve({ question: { companyId: "alibaba" }, announcements: announcements as never, asOf: "2026-11-23T00:00:00Z" });
    expect(r.audit.libraryVersion).toBe("0.1.0");
    expect(r.audit.readings).toEqual({ straddlingTime: "undetermined", ownSubsidiaryControl: "majority", unrecognizedSource: "undetermined" });
    expect(r.audit.registry.version).toBe("2026.11.0");
    expect(r.audit.announcements.count).toBe(13);
    const published = JSON.stringify(r);
    const changed = announcements.map((a, i) => (i === 0 ? { ...a, notes: "edited" } : a));
    const v = verifyResolution(JSON.parse(published), { question: { companyId: "alibaba" }, announcements: changed, asOf: "2026-11-23T00:00:00Z" });
    expect(v.success && !v.data.matches).toBe(true);
    if (v.success) {
      // The announcements' digest depends on them alone; the input digest on the registry's content too.
      expect(v.data.differences.map((d) => `${d.path}: ${d.message.replace(/([0-9a-f]{8})[0-9a-f]{56}/g, "$1…")}`)).toEqual([
        "audit.announcements.digest: the stored announcements digest is 42936f73…; the input gives 6ec02073…",
        expect.stringMatching(/^audit\.inputDigest: the stored input digest is [0-9a-f]{8}…; the input gives [0-9a-f]{8}…$/),
      ]);
    }
  });
});
