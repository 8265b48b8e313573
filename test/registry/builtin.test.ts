import { describe, expect, it } from "vitest";
import {
  BUILTIN_REGISTRY_VERSION,
  Company,
  Entity,
  Outlet,
  SERIES_COMPANY_IDS,
  builtinRegistry as registry,
  evaluateCompany,
  evaluatePublicity,
  evaluateRussianEntity,
  extendRegistry,
  normalizeName,
  resolve,
  safeCreateRegistry,
} from "../../src/index.js";

const q = (companyId: string) => ({ question: { companyId } });
const company = (name: string, companyId: string) => evaluateCompany({ id: "t", chineseParty: { name } }, q(companyId));

describe("the built-in tables", () => {
  it("validate against the schemas and rebuild into a registry without problems", () => {
    for (const c of registry.companies) expect(Company.safeParse(c).success, c.id).toBe(true);
    for (const e of registry.entities) expect(Entity.safeParse(e).success, e.id).toBe(true);
    for (const o of registry.outlets) expect(Outlet.safeParse(o).success, o.id).toBe(true);
    const rebuilt = safeCreateRegistry({ companies: registry.companies, entities: registry.entities, outlets: registry.outlets });
    expect(rebuilt.success ? [] : rebuilt.issues).toEqual([]);
    expect(registry.version).toBe(BUILTIN_REGISTRY_VERSION);
  });

  it("have no id, alias or domain used twice", () => {
    const ids = [...registry.companies, ...registry.entities, ...registry.outlets].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const table of [registry.companies, registry.entities, registry.outlets] as const) {
      const keys = table.flatMap((r) => [r.name, ...(r.aliases ?? [])].map((n) => [normalizeName(n), r.id] as const));
      const seen = new Map<string, string>();
      for (const [n, id] of keys) {
        expect(n.ok, `${id}: ${JSON.stringify(n)}`).toBe(true);
        if (!n.ok) continue;
        const holder = seen.get(n.key);
        expect(holder === undefined || holder === id, `${n.key} in ${holder} and ${id}`).toBe(true);
        seen.set(n.key, id);
      }
    }
    const domains = [...registry.companies, ...registry.entities, ...registry.outlets].flatMap((r) => r.domains ?? []);
    expect(new Set(domains).size).toBe(domains.length);
  });

  it("give every ownership fact a stake, a source and a date", () => {
    for (const r of [...registry.companies, ...registry.entities]) {
      for (const o of r.owners ?? []) {
        expect(o.source, `${r.id} ← ${o.id}`).toBeTruthy();
        expect(o.asOf, `${r.id} ← ${o.id}`).toMatch(/^\d{4}/);
      }
    }
  });

  it("cover every company of the series, and at least 40 Russian entities", () => {
    for (const id of SERIES_COMPANY_IDS) expect(registry.getCompany(id), id).toBeDefined();
    expect(registry.entities.length).toBeGreaterThanOrEqual(40);
    for (const kind of ["government-body", "ministry", "state-owned-enterprise", "private-company", "research-institution", "university"]) {
      expect(registry.entities.some((e) => e.kind === kind), kind).toBe(true);
    }
  });

  it("name every outlet the criteria list under C5", () => {
    for (const name of ["Reuters", "Bloomberg", "AP", "AFP", "BBC", "FT", "WSJ", "Xinhua", "China Daily", "Global Times", "CCTV", "TASS", "RIA Novosti", "Interfax"]) {
      expect(registry.findOutlet(name).found, name).toBe(true);
    }
  });
});

describe("C1.subsidiary with the built-in ownership facts", () => {
  it.each([
    ["Alibaba Cloud", "alibaba"],
    ["阿里云", "alibaba"],
    ["T-Head", "alibaba"],
    ["Baidu AI Cloud", "baidu"],
    ["Huawei Cloud", "huawei"],
    ["Volcano Engine", "bytedance"],
    ["Sanechips", "zte"],
  ])("%s counts for %s", (name, id) => {
    expect(company(name, id).status).toBe("met");
  });

  it.each([
    ["Ant Group", "alibaba"],
    ["Kunlunxin", "baidu"],
    ["Honor", "huawei"],
    ["Inspur Information", "inspur"],
  ])("%s does not count for %s", (name, id) => {
    expect(company(name, id).status).toBe("not-met");
  });
});

describe("C2 with the built-in entities", () => {
  it.each([
    ["Sberbank", "C2.state"],
    ["Сбербанк", "C2.state"],
    ["ПАО «Сбербанк»", "C2.state"],
    ["Минцифры России", "C2.state"],
    ["Rostec", "C2.state"],
    ["VK", "C2.state"],
    ["Yandex", "C2.private"],
    ["Kaspersky Lab", "C2.private"],
    ["MIPT", "C2.research"],
    ["МФТИ", "C2.research"],
    ["Skoltech", "C2.research"],
  ])("%s is a Russian entity (%s)", (name, clause) => {
    const v = evaluateRussianEntity({ id: "t", russianParties: [{ name }] }, q("alibaba"));
    expect(v.status).toBe("met");
    expect(v.clauses).toContain(clause);
  });

  it("refuses a company's own Russian subsidiary added by a host", () => {
    const mine = extendRegistry(registry, {
      entities: [{ id: "huawei-rus", name: "Huawei Russia (example)", kind: "private-company", countryOfIncorporation: "RU", owners: [{ id: "huawei-technologies", stake: 100 }] }],
    });
    const a = { id: "t", russianParties: [{ name: "Huawei Russia (example)" }] };
    expect(evaluateRussianEntity(a, { question: { companyId: "huawei" }, registry: mine }).status).toBe("not-met");
    expect(evaluateRussianEntity(a, { question: { companyId: "alibaba" }, registry: mine }).status).toBe("met");
  });

  it("does not guess a look-alike name", () => {
    const v = evaluateRussianEntity({ id: "t", russianParties: [{ name: "Sbеrbank" }] }, q("alibaba"));
    expect(v.status).toBe("undetermined");
    expect(v.summary).toContain("Sbеrbank");
  });
});

describe("C5 with the built-in outlets", () => {
  const kindOf = (url: string) => {
    const v = evaluatePublicity({ id: "t", sources: [{ url }] }, q("alibaba"));
    return v.evidence[0]?.type === "source" ? v.evidence[0].kind : undefined;
  };

  it.each([
    ["https://tass.ru/ekonomika/1", "ru-state-media"],
    ["https://tass.com/economy/1", "ru-state-media"],
    ["https://ria.ru/20260302/x.html", "ru-state-media"],
    ["https://www.interfax.ru/business/1", "ru-state-media"],
    ["https://english.news.cn/x", "cn-state-media"],
    ["https://www.chinadaily.com.cn/a/x", "cn-state-media"],
    ["https://www.reuters.com/technology/x", "news-agency"],
    ["https://apnews.com/article/x", "news-agency"],
    ["http://kremlin.ru/events/president/news/1", "government"],
    ["https://www.gov.cn/x", "government"],
    ["https://www1.hkexnews.hk/listedco/x.pdf", "regulatory-filing"],
    ["https://www.kommersant.ru/doc/1", "other"],
    ["https://reuters.com.example.net/x", "unknown"],
    ["https://tass.ru.example.com/x", "unknown"],
  ])("%s is %s", (url, kind) => {
    expect(kindOf(url)).toBe(kind);
  });

  it("does not let an unknown outlet alone satisfy C5", () => {
    expect(evaluatePublicity({ id: "t", sources: [{ url: "https://ai-rumours.example/x" }] }, q("alibaba")).status).not.toBe("met");
  });
});

describe("resolution with names and URLs only", () => {
  it("decides C1, C2 and C5 from the built-in registry", () => {
    const r = resolve({
      question: { companyId: "alibaba" },
      asOf: "2026-11-23T00:00:00Z",
      announcements: [
        {
          id: "n1",
          announcedAt: "2026-03-02T10:00:00+03:00",
          chineseParty: { name: "阿里云" },
          russianParties: [{ name: "ПАО «Сбербанк»" }],
          instrument: "agreement",
          aiRole: "focus",
          activities: ["C3.models.integration"],
          specificity: "concrete",
          priorRelation: "new",
          sources: [{ url: "https://tass.ru/ekonomika/1" }],
        },
      ],
    });
    expect(r.outcome).toBe("YES");
    expect(r.registryVersion).toBe(BUILTIN_REGISTRY_VERSION);
    expect(r.deciding?.evaluation.clauses).toEqual(expect.arrayContaining(["C1.subsidiary", "C2.state", "C5.ru-media"]));
  });
});
