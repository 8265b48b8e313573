/**
 * Regressions for the attacks an independent red team found on the trust and identity change.
 * Each starts from one announcement that qualifies for Alibaba and changes one identity-bearing
 * thing; none may resolve YES, and none that qualified may become NO.
 */
import { describe, expect, it } from "vitest";
import { AI_ACTIVITIES, type Announcement, CLAUSES, CLAUSE_IDS, DEFAULT_READINGS, LIMITS, QuoteField, REASON_CODES, type Resolution, SOURCE_TRUST, builtinRegistry, createResolver, safeExtendRegistry, safeResolve, safeResolveSeries } from "../../src/index.js";

import { alibabaDeal } from "./baseline.js";
import { LONG } from "../support/size.js";

const AS_OF = "2026-11-23T00:00:00Z";
const base: Announcement = { ...structuredClone(alibabaDeal), id: "a1" };

function outcome(a: Partial<Announcement>, companyId = "alibaba", asOf = AS_OF): Resolution {
  const r = safeResolve({ question: { companyId }, announcements: [{ ...base, ...a }], asOf });
  if (!r.success) throw new Error(JSON.stringify(r.issues));
  return r.data;
}

describe("control", () => {
  it("the baseline qualifies for Alibaba", () => expect(outcome({}).outcome).toBe("YES"));
});

describe("C1.subsidiary, C2.control: ownership given inline is not taken on trust", () => {
  it.each([
    ["Ant Group claimed wholly owned", { chineseParty: { name: "Ant Group", owners: [{ id: "alibaba", stake: 100 }] } }],
    ["an unknown company claimed wholly owned", { chineseParty: { name: "Totally Unknown Co", owners: [{ id: "alibaba", stake: 100 }] } }],
    ["Tencent claimed wholly owned", { chineseParty: { name: "Tencent", owners: [{ id: "alibaba", stake: 100 }] } }],
    ["an id and a name of different companies", { chineseParty: { id: "alibaba-cloud", name: "Tencent Cloud" } }],
  ])("%s: not YES", (_, a) => {
    expect(outcome(a).outcome).not.toBe("YES");
  });

  it("Alibaba Cloud claimed unowned is not silently unrelated (NEEDS_REVIEW, not NO)", () => {
    expect(outcome({ chineseParty: { name: "Alibaba Cloud", owners: [] } }, "alibaba", "2027-01-05T00:00:00Z").outcome).toBe("NEEDS_REVIEW");
  });

  it.each([
    ["Huawei's own subsidiary with its owners emptied", { name: "Techcompany Huawei", owners: [] }],
    ["Huawei's own subsidiary given other owners", { id: "huawei-russia", owners: [{ id: "sberbank", stake: 100 }] }],
    ["Sberbank's id with the own subsidiary's name", { id: "sberbank", name: "Техкомпания Хуавэй" }],
    ["Nebius declared Russian", { name: "Nebius Group N.V.", countryOfIncorporation: "RU", russianControl: "majority" as const }],
  ])("%s: not YES for Huawei", (_, party) => {
    expect(outcome({ chineseParty: { name: "Huawei" }, russianParties: [party] }, "huawei").outcome).not.toBe("YES");
  });
});

describe("C5.release: pages anyone can write are nobody's release", () => {
  it.each([
    ["tencent", "Tencent", "https://cloud.tencent.com/%64eveloper/article/1"],
    ["alibaba", "Alibaba Cloud", "https://developer.aliyun.com/%61rticle/1"],
    ["alibaba", "Alibaba Group", "https://evilsupplier.en.alibaba.com/company_profile.html"],
    ["alibaba", "Alibaba Group", "https://www.alibaba.com/product-detail/x.html"],
    ["tencent", "Tencent", "https://docs.qq.com/doc/X"],
    ["baidu", "Baidu", "https://pan.baidu.com/s/1abc"],
    ["deepseek", "DeepSeek", "https://chat.deepseek.com/share/abc"],
    ["bytedance", "ByteDance", "https://www.doubao.com/thread/abc"],
    ["moonshot-ai", "Moonshot AI", "https://www.kimi.com/share/abc"],
    ["huawei", "Huawei", "https://appgallery.huawei.com/app/C1"],
  ])("%s via %s on %s: not YES", (companyId, name, url) => {
    expect(outcome({ chineseParty: { name }, sources: [{ url }] }, companyId).outcome).not.toBe("YES");
  });

  it.each([
    ["a Yandex Q page, escaped", "https://yandex.ru/%71/question/1"],
    ["a Yandex Maps review", "https://yandex.ru/maps/org/x/reviews"],
    ["a GitHub issue under Yandex's organisation", "https://github.com/yandex/YaLM-100B/issues/1"],
    ["a Telegram path with an escaped slash", "https://t.me/tass_agency/..%2F..%2Fevilchannel"],
  ])("%s with Yandex as the partner: not YES", (_, url) => {
    expect(outcome({ russianParties: [{ name: "Yandex" }], sources: [{ url }] }).outcome).not.toBe("YES");
  });
});

describe("R.window: an unverifiable source's date is never a NO", () => {
  it("a random blog dated before the window next to a TASS report: NEEDS_REVIEW at the deadline, not NO", () => {
    const { announcedAt: _, ...undated } = base;
    const r = safeResolve({
      question: { companyId: "alibaba" },
      announcements: [{ ...undated, sources: [{ url: "https://tass.com/economy/1", publishedAt: "2025-06-10T10:00:00Z" }, { url: "https://random-blog.example/x", publishedAt: "2024-12-31T10:00:00Z" }] }],
      asOf: "2027-01-02T00:00:00Z",
    });
    expect(r.success && r.data.outcome).toBe("NEEDS_REVIEW");
  });
});

describe("C2.control: look-alikes of the company's own name are not Russian partners", () => {
  it.each(["Alibaba\u3164Cloud", "AlibabaCloud", "ＡｌｉｂａｂａＣｌｏｕｄ", "A l i b a b a", "Ali baba Cloud", "Alibaba\u200BCloud", "阿裏巴巴"])("%s declared Russian: not YES for Alibaba", (name) => {
    expect(outcome({ russianParties: [{ name, countryOfIncorporation: "RU", russianControl: "majority" }] }).outcome).not.toBe("YES");
  });

  it.each(["HuaweiTech LLC", "Huaweirussia", "Hua-wei Rus", "H.U.A.W.E.I. Rus", "ХуавэйТех"])("%s declared Russian: not YES for Huawei", (name) => {
    expect(outcome({ chineseParty: { name: "Huawei" }, russianParties: [{ name, countryOfIncorporation: "RU" }] }, "huawei").outcome).not.toBe("YES");
  });

  it("科大讯⻜ (a CJK radical) declared Russian: not YES for iFlytek", () => {
    expect(outcome({ chineseParty: { name: "iFlytek" }, russianParties: [{ name: "科大讯⻜", countryOfIncorporation: "RU" }] }, "iflytek").outcome).not.toBe("YES");
  });
});

describe("registries: a hostile extension cannot make another record's pages its own", () => {
  it("an entity may not take Alibaba Cloud's name", () => {
    expect(safeExtendRegistry(builtinRegistry, { entities: [{ id: "neuro-alibaba", name: "Alibaba Cloud", countryOfIncorporation: "RU" }] }).success).toBe(false);
  });
  it("an entity may not claim a place inside TASS's site", () => {
    expect(safeExtendRegistry(builtinRegistry, { entities: [{ id: "x-ent", name: "Xent", pages: ["tass.com/economy"] }] }).success).toBe(false);
  });
  it("a look-alike of a registry is refused as a base", () => {
    const fake = { version: "x", companies: builtinRegistry.companies, entities: builtinRegistry.entities, outlets: [...builtinRegistry.outlets, { id: "tld", name: "TLD", kind: "ru-state-media", domains: ["example"] }] };
    expect(safeExtendRegistry(fake as never, {}).success).toBe(false);
  });
});

describe("LIMITS: work is bounded before it is done", () => {
  it("10,000 identical questions × 20 announcements × 500 dated sources complete (each question is resolved once)", () => {
    const sources = Array.from({ length: 500 }, (_, i) => ({ url: `https://tass.com/economy/${i}`, publishedAt: new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString() }));
    const announcements = Array.from({ length: 20 }, (_, i) => ({ ...base, id: `a${i}`, sources }));
    const r = safeResolveSeries({ questions: Array.from({ length: 10_000 }, () => ({ companyId: "alibaba" })), announcements, asOf: AS_OF });
    expect(r.success).toBe(true);
  }, 60_000);
});

// At the real threshold this takes seconds, so it runs in the long run only (`npm run test:long`);
// `npm test` runs the same check with the limit lowered, in test/limits/work-limits.test.ts.
describe("LIMITS.inputValues: a shared array counts at every use", () => {
  it.runIf(LONG)("3,100 announcements sharing one 10,000-item array (31 million items) are refused as too large", () => {
    const shared = new Array(10_000).fill(0);
    expect(3_100 * 10_001).toBeGreaterThan(LIMITS.inputValues);
    const announcements = Array.from({ length: 3_100 }, (_, i) => ({ id: `a${i}`, sources: shared }));
    // A one-shot call stops at the first 1,000 problems (each item is invalid), long before.
    const r = safeResolve({ question: { companyId: "alibaba" }, announcements, asOf: AS_OF });
    expect(r.success).toBe(false);
    // A resolver reads every item (it adds the valid ones): the budget stops it, with one issue.
    const report = createResolver({ asOf: AS_OF, questions: [{ companyId: "alibaba" }] }).add(announcements);
    expect(report.issues).toMatchObject([{ code: "too-large", path: "announcements" }]);
    expect(report.rejected).toHaveLength(3_100);
  });
});

describe("C2.control: the company's own Russian subsidiary is NO whatever country the host passes", () => {
  it.each([
    [{ name: "ООО «Техкомпания Хуавэй»" }],
    [{ name: "Huawei Russia", countryOfIncorporation: "RU", russianControl: "majority" as const }],
    [{ id: "huawei-russia", countryOfIncorporation: "RU" }],
  ])("%j resolves Huawei's question NO at the deadline (controlled, stake undisclosed)", (party) => {
    expect(outcome({ chineseParty: { name: "Huawei" }, russianParties: [party] }, "huawei", "2027-01-05T00:00:00Z").outcome).toBe("NO");
  });

  it("under the wholly-owned reading the undisclosed stake leaves it to a human", () => {
    const r = safeResolve({ question: { companyId: "huawei" }, announcements: [{ ...base, chineseParty: { name: "Huawei" }, russianParties: [{ name: "Huawei Russia" }] }], asOf: "2027-01-05T00:00:00Z", readings: { ownSubsidiaryControl: "wholly-owned" } });
    expect(r.success && r.data.outcome).toBe("NEEDS_REVIEW");
  });
});

describe("C5: a well-known outlet that the question does not name fails C5 on its own (not a human's call)", () => {
  it.each([
    ["Forbes Russia", "https://www.forbes.ru/tekhnologii/1"],
    ["Vedomosti", "https://www.vedomosti.ru/technology/1"],
    ["Kommersant", "https://www.kommersant.ru/doc/1"],
    ["RBC", "https://www.rbc.ru/technology_and_media/1"],
    ["CNews", "https://www.cnews.ru/news/top/1"],
    ["SCMP", "https://www.scmp.com/tech/1"],
    ["Kyodo", "https://english.kyodonews.net/news/1"],
  ])("%s alone: C5 not met", (_, url) => {
    const r = safeResolve({ question: { companyId: "alibaba" }, announcements: [{ ...base, sources: [{ url }] }], asOf: AS_OF });
    expect(r.success && r.data.evaluations[0]?.verdicts.publicity.status).toBe("not-met");
  });

  it("a personal Habr article is user content: undetermined, while a company's Habr blog is its release", () => {
    const personal = safeResolve({ question: { companyId: "alibaba" }, announcements: [{ ...base, russianParties: [{ name: "Yandex" }], sources: [{ url: "https://habr.com/ru/articles/1/" }] }], asOf: AS_OF });
    const blog = safeResolve({ question: { companyId: "alibaba" }, announcements: [{ ...base, russianParties: [{ name: "Yandex" }], sources: [{ url: "https://habr.com/ru/companies/yandex/articles/1/" }] }], asOf: AS_OF });
    expect(personal.success && personal.data.evaluations[0]?.verdicts.publicity.status).toBe("undetermined");
    expect(blog.success && blog.data.outcome).toBe("YES");
  });
});

// At the real threshold these take seconds each, so they run in the long run only (`npm run
// test:long`); `npm test` runs the same checks with the limit lowered, in
// test/limits/work-limits.test.ts.
describe("LIMITS.evaluations: Russian parties count like sources", () => {
  it.runIf(LONG)("2 questions × 5,000 qualifying announcements naming 100 Russian parties each (210,000 units) are refused before any evaluation", () => {
    const parties = Array.from({ length: 100 }, () => ({ name: "Sberbank" }));
    const announcements = Array.from({ length: 5_000 }, (_, i) => ({ ...base, id: `a${i}`, russianParties: parties }));
    const r = safeResolveSeries({ questions: [{ companyId: "alibaba", id: "q1" }, { companyId: "alibaba", id: "q2" }], announcements, asOf: AS_OF });
    expect(r).toMatchObject({ success: false, issues: [{ code: "too-much-work" }] });
  });

  it.runIf(LONG)("quotes count too: 80 Russian parties and 24 quotes each (210,000 units) are refused (the same without the quotes, 170,000, resolve)", () => {
    const parties = Array.from({ length: 80 }, () => ({ name: "Sberbank" }));
    const quotes = QuoteField.options.flatMap((field) => [0, 1].map((k) => ({ field, text: `words ${k}`, source: 0 }))).slice(0, 24);
    expect(quotes).toHaveLength(24);
    const make = (extra: object) => Array.from({ length: 5_000 }, (_, i) => ({ ...base, id: `a${i}`, russianParties: parties, ...extra }));
    const questions = [{ companyId: "alibaba", id: "q1" }, { companyId: "alibaba", id: "q2" }];
    expect(safeResolveSeries({ questions, announcements: make({ quotes }), asOf: AS_OF })).toMatchObject({ success: false, issues: [{ code: "too-much-work" }] });
    // The same without the quotes stays within the limit.
    expect(safeResolveSeries({ questions, announcements: make({}), asOf: AS_OF }).success).toBe(true);
  });
});

describe("shared state: the exported constant tables are frozen", () => {
  it.each([
    ["CLAUSES", CLAUSES, CLAUSES["Q.yes"]],
    ["CLAUSE_IDS", CLAUSE_IDS, undefined],
    ["AI_ACTIVITIES", AI_ACTIVITIES, undefined],
    ["REASON_CODES", REASON_CODES, REASON_CODES.TIME_UNKNOWN],
    ["SOURCE_TRUST", SOURCE_TRUST, SOURCE_TRUST["company-release"]],
    ["LIMITS", LIMITS, undefined],
    ["DEFAULT_READINGS", DEFAULT_READINGS, undefined],
  ])("%s and its entries cannot be changed", (_, table, entry) => {
    expect(Object.isFrozen(table)).toBe(true);
    if (entry !== undefined) expect(Object.isFrozen(entry)).toBe(true);
  });
});

// Found by the side-by-side benchmark's encodings (2026-11-23): an unknown id skipped the name
// checks, a source of kind "other" dated announcements, and announcedAt was believed over
// verified sources dated earlier.
describe("C2.control: a Russian party's id the registry does not know is only a label", () => {
  it.each([
    ["a look-alike name with an unknown id", { id: "x", name: "Alibaba Cloud Rus", countryOfIncorporation: "RU", russianControl: "majority" as const }, "alibaba"],
    ["an unknown id that contains a Chinese company's name", { id: "huawei-rus", countryOfIncorporation: "RU" }, "huawei"],
    ["a Chinese-character name with an unknown id", { id: "partner", name: "阿里云俄罗斯", countryOfIncorporation: "RU" }, "alibaba"],
    ["an unknown id named as a registry company", { id: "x", name: "Tencent", countryOfIncorporation: "RU" }, "alibaba"],
  ])("%s: NEEDS_REVIEW, never YES", (_, party, companyId) => {
    const chinese = companyId === "huawei" ? { name: "Huawei" } : base.chineseParty;
    const r = outcome({ chineseParty: chinese, russianParties: [party] }, companyId);
    expect(r.outcome).toBe("NEEDS_REVIEW");
    expect(r.evaluations[0]?.verdicts.russianEntity.reasons.map((x) => x.code)).toEqual(["RUSSIAN_PARTY_MAY_BE_OWN"]);
  });

  it("an unknown id with inline facts and an unremarkable name is still taken on trust (documented)", () => {
    expect(outcome({ russianParties: [{ id: "neuro-startup", name: "Нейростартап", countryOfIncorporation: "RU" }] }).outcome).toBe("YES");
  });
});

describe("R.window: only sources whose publisher the registry establishes date an announcement", () => {
  const sources = (other: Record<string, unknown>) => [{ url: "https://tass.com/economy/1", publishedAt: "2025-06-10T10:00:00Z" }, { publishedAt: "2024-12-31T10:00:00Z", ...other }];
  it.each([
    ["a blog declared other", { kind: "other", url: "https://random-blog.example/post" }],
    ["a declared other without a URL", { kind: "other" }],
    ["a known outlet's name on a host it does not use", { outlet: "Kommersant", url: "https://kommersant-mirror.example/doc/1" }],
  ])("%s dated before the window: NEEDS_REVIEW at the deadline, not NO", (_, other) => {
    const { announcedAt: _a, ...rest } = base;
    const r = safeResolve({ question: { companyId: "alibaba" }, announcements: [{ ...rest, sources: sources(other) }], asOf: "2027-01-02T00:00:00Z" });
    expect(r.success && r.data.outcome).toBe("NEEDS_REVIEW");
    expect(r.success && r.data.evaluations[0]?.verdicts.timing.reasons.map((x) => x.code)).toEqual(["TIME_UNVERIFIED"]);
  });

  it("the registry's own outlet of kind other still dates it (kommersant.ru is Kommersant): made before the window, NO", () => {
    const { announcedAt: _a, ...rest } = base;
    const r = safeResolve({ question: { companyId: "alibaba" }, announcements: [{ ...rest, sources: sources({ url: "https://www.kommersant.ru/doc/1" }) }], asOf: "2027-01-02T00:00:00Z" });
    expect(r.success && r.data.evaluations[0]?.verdicts.timing.reasons.map((x) => x.code)).toEqual(["BEFORE_WINDOW"]);
    expect(r.success && r.data.outcome).toBe("NO");
  });
});

describe("R.window: announcedAt contradicted by verified sources published before it", () => {
  it("a TASS report a year before the stated announcedAt: NEEDS_REVIEW (TIME_CONFLICT), not YES", () => {
    const r = outcome({ announcedAt: "2025-03-01T10:00:00Z", sources: [{ url: "https://tass.com/economy/1", publishedAt: "2024-06-01T10:00:00Z" }] });
    expect(r.outcome).toBe("NEEDS_REVIEW");
    expect(r.evaluations[0]?.verdicts.timing.reasons.map((x) => x.code)).toEqual(["TIME_CONFLICT"]);
  });

  it("a contradiction that does not change the placement leaves it met", () => {
    expect(outcome({ announcedAt: "2025-06-01T10:00:00Z", sources: [{ url: "https://tass.com/economy/1", publishedAt: "2025-03-01T10:00:00Z" }] }).outcome).toBe("YES");
  });

  it("a source whose publisher cannot be verified, dated earlier, contradicts it too (were it verified, it would)", () => {
    expect(outcome({ announcedAt: "2025-03-01T10:00:00Z", sources: [{ url: "https://tass.com/economy/1" }, { url: "https://random-blog.example/p", publishedAt: "2024-06-01T10:00:00Z" }] }).outcome).toBe("NEEDS_REVIEW");
  });
});

describe("C2.control: a short company name as a whole word of a Russian-side name is a look-alike", () => {
  const deal = (chineseName: string, russianName: string) => ({ chineseParty: { name: chineseName }, russianParties: [{ name: russianName, countryOfIncorporation: "RU" }] });
  it.each([
    ["ZTE", "ZTE Russia", "zte"],
    ["ZTE", "Z.T.E. Rus", "zte"],
    ["Alibaba Cloud", "Qwen Rus", "alibaba"],
    ["Moonshot AI", "Kimi Rus", "moonshot-ai"],
  ])("%s with %s: NEEDS_REVIEW, never YES", (chinese, russian, companyId) => {
    const r = outcome(deal(chinese, russian), companyId);
    expect(r.outcome).toBe("NEEDS_REVIEW");
    expect(r.evaluations[0]?.verdicts.russianEntity.reasons.map((x) => x.code)).toEqual(["RUSSIAN_PARTY_MAY_BE_OWN"]);
  });

  it("a short name inside a word is not one (Aztec Robotics is an unknown Russian company taken on its facts)", () => {
    expect(outcome(deal("ZTE", "Aztec Robotics"), "zte").outcome).toBe("YES");
  });
});
