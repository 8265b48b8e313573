import { describe, expect, it } from "vitest";
import { builtinRegistry, extendRegistry, resolve } from "../src/index.js";

// The examples of README.md, run as written there.
describe("README examples", () => {
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
});
