import { type Announcement, type Registry, createRegistry } from "../src/index.js";

/**
 * A small, invented registry for criterion tests, so they do not depend on the built-in data.
 * Acme Group owns Acme Cloud 100%, which owns Acme Labs 100% (a chain); Acme Chips 51%;
 * Acme Pay 33%. Acme Rus is Acme Group's own Russian subsidiary.
 */
export const registry: Registry = createRegistry({
  version: "test-1",
  companies: [
    { id: "acme-group", name: "Acme Group", aliases: ["艾克米集团", "Acme"], domains: ["acme-group.cn"] },
    { id: "acme-cloud", name: "Acme Cloud", aliases: ["艾克米云"], domains: ["acmecloud.cn"], owners: [{ id: "acme-group", stake: 100 }] },
    { id: "acme-labs", name: "Acme Labs", owners: [{ id: "acme-cloud", stake: 100 }] },
    { id: "acme-chips", name: "Acme Chips", owners: [{ id: "acme-group", stake: 51 }] },
    { id: "acme-pay", name: "Acme Pay", owners: [{ id: "acme-group", stake: 33 }] },
    { id: "other-tech", name: "Other Tech", domains: ["othertech.cn"] },
  ],
  entities: [
    { id: "mintsifry", name: "Ministry of Digital Development", aliases: ["Минцифры"], kind: "ministry", countryOfIncorporation: "RU", russianControl: "majority", domains: ["digital.gov.ru"] },
    { id: "sber", name: "Sberbank", aliases: ["Сбербанк", "Sber"], kind: "state-owned-enterprise", countryOfIncorporation: "RU", russianControl: "majority", domains: ["sberbank.ru"] },
    { id: "neuro-lab", name: "Neuro Lab", aliases: ["Нейро Лаб"], kind: "private-company", countryOfIncorporation: "RU" },
    { id: "mipt", name: "Moscow Institute of Physics and Technology", aliases: ["MIPT", "МФТИ"], kind: "university", countryOfIncorporation: "RU", russianControl: "majority" },
    { id: "ras-institute", name: "Institute of AI Problems", kind: "research-institution", countryOfIncorporation: "RU" },
    { id: "ai-alliance", name: "AI Alliance", kind: "other", countryOfIncorporation: "RU" },
    { id: "cyprus-holdco", name: "Limassol Holdings", kind: "private-company", countryOfIncorporation: "CY", russianControl: "majority" },
    { id: "kz-ai", name: "Steppe AI", kind: "private-company", countryOfIncorporation: "KZ", russianControl: "none" },
    { id: "acme-rus", name: "Acme Rus", kind: "private-company", countryOfIncorporation: "RU", owners: [{ id: "acme-group", stake: 100 }] },
    { id: "acme-rus-jv", name: "Acme Rus JV", kind: "private-company", countryOfIncorporation: "RU", owners: [{ id: "acme-group", stake: 60 }, { id: "sber", stake: 40 }] },
  ],
  outlets: [
    { id: "reuters", name: "Reuters", kind: "news-agency", domains: ["reuters.com"] },
    { id: "xinhua", name: "Xinhua", aliases: ["新华社"], kind: "cn-state-media", domains: ["news.cn", "xinhuanet.com"] },
    { id: "tass", name: "TASS", aliases: ["ТАСС"], kind: "ru-state-media", domains: ["tass.ru", "tass.com"] },
    { id: "kremlin", name: "Kremlin", kind: "government", domains: ["kremlin.ru"] },
    { id: "gov-cn", name: "Chinese government", kind: "government", domains: ["gov.cn"] },
    { id: "hkexnews", name: "HKEXnews", kind: "regulatory-filing", domains: ["hkexnews.hk"] },
    { id: "some-blog", name: "Some Blog", kind: "other", domains: ["someblog.example"] },
  ],
});

/** A question about Acme Group, with the fixture registry. */
export const context = { question: { companyId: "acme-group" }, registry } as const;

/** An announcement that meets every criterion for Acme Group; tests change one fact at a time. */
export const qualifying: Announcement = {
  id: "acme-sber-2026",
  announcedAt: "2026-03-02T10:00:00+03:00",
  chineseParty: { id: "acme-cloud" },
  russianParties: [{ id: "sber" }],
  instrument: "agreement",
  aiRole: "focus",
  activities: ["C3.models.integration"],
  specificity: "concrete",
  priorRelation: "new",
  publiclyAnnounced: true,
  sources: [{ url: "https://tass.com/economy/1", publishedAt: "2026-03-02T11:00:00+03:00" }],
};

/** The qualifying announcement with some facts changed (an `undefined` value removes the fact). */
export function variant(changes: Partial<Record<keyof Announcement, unknown>>): Announcement {
  const out: Record<string, unknown> = { ...qualifying };
  for (const [k, v] of Object.entries(changes)) {
    if (v === undefined) delete out[k];
    else out[k] = v;
  }
  return out as Announcement;
}
