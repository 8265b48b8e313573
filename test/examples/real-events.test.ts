/**
 * The real-events dataset (examples/real-events.json): events reported in 2016-2026 between
 * Chinese tech companies (or the Chinese state) and Russian entities around AI. Each `it` pins
 * the status a careful resolver gives the event for the question of the company it involves,
 * derived from the criteria (the clause table in src/models/clause.ts), not from the library's output; where the two
 * differ, the case is marked `it.fails` with a note naming the library bug.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  Announcement,
  type AnnouncementStatus,
  type CriterionName,
  type Outcome,
  SERIES_COMPANY_IDS,
  evaluateAnnouncement,
  resolveSeries,
} from "../../src/index.js";

const path = fileURLToPath(new URL("../../examples/real-events.json", import.meta.url));
const raw = JSON.parse(readFileSync(path, "utf8")) as unknown[];
const AS_OF = "2026-11-23T00:00:00Z";

/** Every series company: for events that name no company of the series, the expectation holds for each question. */
const ALL = SERIES_COMPANY_IDS;

interface Case {
  readonly id: string;
  /** The questions the expectation is checked against: the company involved, or every company when none is. */
  readonly companies: readonly string[];
  readonly status: AnnouncementStatus;
  /** Criteria that must be among those not met (for does-not-qualify) or unsettled (for undetermined). */
  readonly because: readonly CriterionName[];
  /** The reasoning, with the clause ids; it becomes the test's name. */
  readonly why: string;
  /** Set when the library disagrees with the reasoning: the `it` is then marked as failing, naming the bug. */
  readonly bug?: string;
}

const CASES: readonly Case[] = [
  // ── Partnerships and deals before the window ──────────────────────────────────────────────
  {
    id: "aliexpress-russia-jv-2018-09",
    companies: ["alibaba"],
    status: "does-not-qualify",
    because: ["aiScope", "timing"],
    why: "a real joint venture with RDIF, MegaFon and Mail.Ru Group, but for e-commerce with no AI, and in 2018 (C3.excl.general, R.jv, R.window)",
  },
  {
    id: "huawei-msu-mou-2016-05",
    companies: ["huawei"],
    status: "does-not-qualify",
    because: ["aiScope", "timing"],
    why: "华为 is Huawei, but its 2016 memorandum with МГУ covered ICT research and a cloud platform without AI and long before the window (C1.named, C3.excl.general, R.window)",
  },
  {
    id: "dahua-ntechlab-camera-2019-05",
    companies: ["dahua"],
    status: "does-not-qualify",
    because: ["timing"],
    why: "a face-recognition camera built with NtechLab is AI cooperation, but from May 2019: pre-existing partnerships do not count (R.window)",
  },
  {
    id: "huawei-vocord-ip-2019-06",
    companies: ["huawei"],
    status: "does-not-qualify",
    because: ["formality", "timing"],
    why: "buying Vocord's face-recognition patents is an acquisition, not a partnership, and it happened in 2019 (C4.instrument, R.window)",
  },
  {
    id: "huawei-mts-5g-2019-06",
    companies: ["huawei"],
    status: "does-not-qualify",
    because: ["aiScope", "timing"],
    why: "a formal agreement with MTS, but on 5G networks, not AI, and in 2019 (C3.excl.general, R.window)",
  },
  {
    id: "iflytek-sheremetyevo-translators-2020-02",
    companies: ["iflytek"],
    status: "does-not-qualify",
    because: ["timing"],
    why: "科大訊飛 (Traditional script) is iFlytek, but a 2020 donation of translation devices to Sheremetyevo is a one-off gift before the window (C1.named, C3.excl.onetime, R.window)",
  },
  {
    id: "huawei-sbras-partnership-talks-2021-04",
    companies: ["huawei"],
    status: "does-not-qualify",
    because: ["formality", "timing"],
    why: "talks with the Siberian Branch of the Academy about widening a partnership are not an agreement, and date from 2021 (C4.instrument, R.specificity, R.window)",
  },
  {
    id: "xiaomi-marusya-speaker-2021-07",
    companies: ["xiaomi"],
    status: "does-not-qualify",
    because: ["publicity", "timing"],
    why: "小米 is Xiaomi and a voice-assistant speaker is AI integration, but the 2021 plan is from before the window and reported only by Sputnik (R.window, C5)",
  },
  // ── Withdrawals and continuations ─────────────────────────────────────────────────────────
  {
    id: "huawei-halts-new-russian-contracts-2022-04",
    companies: ["huawei"],
    status: "does-not-qualify",
    because: ["aiScope", "formality", "timing"],
    why: "stopping new contracts with unnamed Russian operators is a withdrawal, not an AI partnership (C3.excl.general, C4.parties, R.window)",
  },
  {
    id: "lenovo-quiet-russia-halt-2022-05",
    companies: ["lenovo"],
    status: "does-not-qualify",
    because: ["russianEntity", "aiScope", "timing"],
    why: "a reported halt of PC and server sales has no Russian counterparty and no AI partnership (C2.control, C3.excl.general, R.window)",
  },
  {
    id: "huawei-enterprise-unit-closure-2022-12",
    companies: ["huawei"],
    status: "does-not-qualify",
    because: ["russianEntity", "aiScope", "timing"],
    why: "closing its Russian enterprise unit is a retreat with no Russian partner and no AI deal (C2.control, C3.excl.general, R.window)",
  },
  {
    id: "huawei-russia-rnd-continues-2023-10",
    companies: ["huawei"],
    status: "does-not-qualify",
    because: ["formality", "timing"],
    why: "keeping its Russian R&D and university work going is a continuation of pre-2025 cooperation with no named partner, reported in 2023 (R.expansion, C4.parties, R.window)",
  },
  {
    id: "hikvision-russia-exit-2024-05",
    companies: ["hikvision"],
    status: "does-not-qualify",
    because: ["russianEntity", "aiScope", "timing"],
    why: "suspending its Russian business is an exit, not a partnership (C2.control, C3.excl.general, R.window)",
  },
  // ── Government-to-government statements ───────────────────────────────────────────────────
  {
    id: "brics-ai-alliance-network-2024-12",
    companies: ALL,
    status: "does-not-qualify",
    because: ["formality", "timing"],
    why: "Putin's BRICS AI Alliance Network is a network of associations that names no Chinese company, announced before the window (R.government, C4.parties, R.window)",
  },
  {
    id: "sber-putin-ai-china-2024-12",
    companies: ALL,
    status: "does-not-qualify",
    because: ["formality"],
    why: "a government instruction to Sberbank that names no Chinese company and no concrete commitment; its publication day in Moscow straddles the window start, which cannot save it (R.government, C4.parties, R.window)",
  },
  {
    id: "russia-china-joint-statement-2025-05",
    companies: ALL,
    status: "does-not-qualify",
    because: ["formality"],
    why: "the May 2025 Xi-Putin joint statement speaks of AI governance and cooperation but names no company (R.government, C4.parties)",
  },
  {
    id: "brics-rio-ai-governance-2025-07",
    companies: ALL,
    status: "does-not-qualify",
    because: ["formality"],
    why: "the BRICS Rio declaration on AI governance is a multilateral statement naming no company (R.government, R.specificity)",
  },
  {
    id: "ai-alliance-chinese-associations-2025-09",
    companies: ALL,
    status: "does-not-qualify",
    because: ["formality"],
    why: "three Chinese associations joining the AI Alliance Network is a membership naming no company (C4.instrument, C4.parties, R.government)",
  },
  {
    id: "grigorenko-hangzhou-ai-2025-09",
    companies: ALL,
    status: "does-not-qualify",
    because: ["formality"],
    why: "a deputy prime minister calling AI the main prospect of cooperation is a vague government remark (R.government, R.specificity)",
  },
  {
    id: "russia-china-fundamental-research-institute-2025-09",
    companies: ALL,
    status: "does-not-qualify",
    because: ["formality"],
    why: "a state-level agreement on a joint fundamental research institute has no Chinese company as a party (C4.parties, R.government)",
  },
  {
    id: "russia-china-heads-of-government-2025-11",
    companies: ALL,
    status: "does-not-qualify",
    because: ["formality"],
    why: "the heads-of-government communique on an AI expert council names no Chinese company with AI commitments (R.government, C4.parties)",
  },
  {
    id: "chinese-ambassador-ai-cooperation-2025-12",
    companies: ALL,
    status: "does-not-qualify",
    because: ["russianEntity", "formality"],
    why: "the Chinese ambassador's wish to deepen AI cooperation names no company and no Russian counterparty (R.government, C2.control, C4.parties)",
  },
  {
    id: "russia-china-joint-statement-2026-05",
    companies: ALL,
    status: "does-not-qualify",
    because: ["formality"],
    why: "the May 2026 joint statement stresses AI cooperation but names no company (R.government, C4.parties, R.specificity)",
  },
  // ── Russian-side intentions, forum remarks and universities ──────────────────────────────
  {
    id: "sber-chinese-researchers-2025-02",
    companies: ["deepseek", ...ALL.filter((c) => c !== "deepseek")],
    status: "does-not-qualify",
    because: ["formality"],
    why: "Sberbank's plan for joint AI research with unnamed Chinese researchers, prompted by DeepSeek, is an intention naming no partner (C4.instrument, C4.parties, R.specificity)",
  },
  {
    id: "sber-tsinghua-agreement-2025-09",
    companies: ALL,
    status: "does-not-qualify",
    because: ["aiScope", "formality"],
    why: "an agreement with Tsinghua University is with no series company and, as reported, does not mention AI (C1.named, C3.excl.general, R.specificity)",
  },
  {
    id: "eef-alibaba-cloud-university-2025-09",
    companies: ["alibaba"],
    status: "does-not-qualify",
    because: ["russianEntity", "formality"],
    why: "an Alibaba Cloud University executive's forum remarks on Russia as a data market have no Russian counterparty and no agreement (C2.control, C4.instrument, R.specificity)",
  },
  {
    id: "eef-sber-chinese-model-developers-2025-09",
    companies: ["alibaba", "deepseek", "minimax"],
    status: "does-not-qualify",
    because: ["formality"],
    why: "Sber listing partner projects with the developers of Qwen, DeepSeek and MiniMax as a goal is a wish list, not an agreement with any of them (C4.instrument, C4.parties, R.specificity)",
  },
  {
    id: "sber-zhejiang-university-visit-2025-11",
    companies: ["deepseek"],
    status: "does-not-qualify",
    because: ["formality"],
    why: "a planned Sber visit to Zhejiang University mentions DeepSeek only as its founder's alma mater: exploratory talks with a university (C1.named, C4.instrument, R.specificity)",
  },
  // ── Open-weight Chinese models used in Russia ────────────────────────────────────────────
  {
    id: "yandexgpt5-pro-qwen-weights-2025-02",
    companies: ["alibaba"],
    status: "does-not-qualify",
    because: ["formality"],
    why: "Yandex starting YandexGPT 5 Pro from open Qwen 2.5 weights is use of an open-weight model, not a partnership: Alibaba is no party (C4.parties, C4.instrument)",
  },
  {
    id: "avito-a-vibe-qwen-2025",
    companies: ["alibaba"],
    status: "does-not-qualify",
    because: ["formality"],
    why: "Avito building A-Vibe on Qwen 2.5 7B is open-weight use with no Chinese party; its unknown date cannot make it qualify (C4.parties)",
  },
  {
    id: "t-pro-2-qwen3-2025-07",
    companies: ["alibaba"],
    status: "does-not-qualify",
    because: ["formality"],
    why: "T-Bank fine-tuning open Qwen3 32B into T-pro 2.0 is open-weight use, not a partnership with Alibaba (C4.parties, C4.instrument)",
  },
  // ── Chip, cloud and network supply ───────────────────────────────────────────────────────
  {
    id: "sber-chinese-chips-gigachat-2026-05",
    companies: ["huawei", ...ALL.filter((c) => c !== "huawei")],
    status: "does-not-qualify",
    because: ["formality"],
    why: "Gref hoping to run GigaChat on Chinese chips names no supplier, so Huawei's Ascend in Reuters' context is no party, and a hope is not an agreement (C4.parties, C4.instrument, R.specificity)",
  },
  {
    id: "mts-china-mobile-network-ai-2026-03",
    companies: ["china-mobile"],
    status: "undetermined",
    because: ["aiScope", "formality", "publicity"],
    why: "China Mobile and MTS are named with concrete work on AI-based autonomous networks, but the only source is an aggregator, the legal form is unreported and AI's weight is unclear: a human must check (C5, C4.instrument, R.multitech)",
  },
];

const events = raw as { id: string }[];
const byId = new Map(events.map((e) => [e.id, e]));

describe("examples/real-events.json", () => {
  it("has at least 25 events, each with a unique kebab-case id", () => {
    expect(events.length).toBeGreaterThanOrEqual(25);
    const ids = events.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it("parses with the library's Announcement schema", () => {
    for (const e of raw) {
      const r = Announcement.safeParse(e);
      expect(r.success, `${(e as { id: string }).id}: ${r.success ? "" : JSON.stringify(r.error.issues)}`).toBe(true);
    }
  });

  it("gives every event a title, notes and at least one source with a URL", () => {
    for (const e of raw.map((x) => Announcement.parse(x))) {
      expect(e.title, e.id).toBeTruthy();
      expect(e.notes, e.id).toBeTruthy();
      expect(e.sources?.some((s) => s.url !== undefined), e.id).toBe(true);
    }
  });

  it("pins an expectation for every event, and every expectation names an event", () => {
    expect(new Set(CASES.map((c) => c.id))).toEqual(new Set(events.map((e) => e.id)));
  });
});

describe("each real event, for the question of the company it involves", () => {
  for (const c of CASES) {
    const verb = c.status === "qualifies" ? "qualifies" : c.status === "does-not-qualify" ? "does not qualify" : "is undetermined";
    const scope = c.companies === ALL ? " for any company" : c.companies.length > 1 && c.companies.length < ALL.length ? ` for ${c.companies.join(", ")}` : "";
    const name = `${c.id} ${verb}${scope}: ${c.why}`;
    const body = () => {
      const a = Announcement.parse(byId.get(c.id));
      for (const companyId of c.companies) {
        const e = evaluateAnnouncement(a, { question: { companyId }, asOf: AS_OF });
        expect(e.status, `${c.id} for ${companyId}: ${e.summary}`).toBe(c.status);
        const list = c.status === "undetermined" ? e.unsettled : e.failed;
        for (const criterion of c.because) expect(list, `${c.id} for ${companyId}: ${e.summary}`).toContain(criterion);
      }
    };
    if (c.bug !== undefined) it.fails(`${name} [library bug: ${c.bug}]`, body);
    else it(name, body);
  }
});

/** Names as the press wrote them: the identity each must resolve to, whatever the script. */
const IDENTITIES: readonly {
  readonly id: string;
  readonly companyId: string;
  readonly criterion: "company" | "russianEntity";
  readonly status: "met" | "not-met";
  readonly why: string;
  readonly bug?: string;
}[] = [
  { id: "huawei-msu-mou-2016-05", companyId: "huawei", criterion: "company", status: "met", why: "华为 (Simplified Chinese) is Huawei (C1.named)" },
  { id: "iflytek-sheremetyevo-translators-2020-02", companyId: "iflytek", criterion: "company", status: "met", why: "科大訊飛 (Traditional Chinese) is iFlytek (C1.named)" },
  { id: "xiaomi-marusya-speaker-2021-07", companyId: "xiaomi", criterion: "company", status: "met", why: "小米 is Xiaomi (C1.named)" },
  { id: "dahua-ntechlab-camera-2019-05", companyId: "dahua", criterion: "company", status: "met", why: "Dahua Technology is Dahua (C1.named)" },
  { id: "mts-china-mobile-network-ai-2026-03", companyId: "china-mobile", criterion: "company", status: "met", why: "China Mobile is the company of the China Mobile question (C1.named)" },
  { id: "aliexpress-russia-jv-2018-09", companyId: "alibaba", criterion: "company", status: "met", why: "Alibaba is Alibaba Group (C1.named)" },
  { id: "sber-tsinghua-agreement-2025-09", companyId: "alibaba", criterion: "company", status: "not-met", why: "Университет Цинхуа is Tsinghua University, no company of the series (C1.named)" },
  { id: "sber-zhejiang-university-visit-2025-11", companyId: "deepseek", criterion: "company", status: "not-met", why: "Чжэцзянский университет is Zhejiang University, not DeepSeek (C1.named)" },
  { id: "huawei-msu-mou-2016-05", companyId: "huawei", criterion: "russianEntity", status: "met", why: "МГУ is Lomonosov Moscow State University (C2.research)" },
  { id: "huawei-sbras-partnership-talks-2021-04", companyId: "huawei", criterion: "russianEntity", status: "met", why: "СО РАН is the Siberian Branch of the Russian Academy of Sciences (C2.research)" },
  { id: "aliexpress-russia-jv-2018-09", companyId: "alibaba", criterion: "russianEntity", status: "met", why: "RDIF, Mail.Ru Group and MegaFon are Russian entities (C2.state, C2.private)" },
  { id: "huawei-vocord-ip-2019-06", companyId: "huawei", criterion: "russianEntity", status: "met", why: "Вокорд, unknown to the registry, is Russian by the facts the announcement gives (C2.control)" },
  {
    id: "xiaomi-marusya-speaker-2021-07",
    companyId: "xiaomi",
    criterion: "russianEntity",
    status: "met",
    why: "Mail.ru集团, as Sputnik's Chinese service wrote it, is Mail.ru Group, now VK (C2.control)",
  },
];

describe("names as the press wrote them", () => {
  for (const c of IDENTITIES) {
    const name = `${c.id}: ${c.why}`;
    const body = () => {
      const e = evaluateAnnouncement(Announcement.parse(byId.get(c.id)), { question: { companyId: c.companyId }, asOf: AS_OF });
      expect(e.verdicts[c.criterion].status, e.verdicts[c.criterion].summary).toBe(c.status);
    };
    if (c.bug !== undefined) it.fails(`${name} [library bug: ${c.bug}]`, body);
    else it(name, body);
  }
});

describe("the real series", () => {
  const announcements = raw.map((x) => Announcement.parse(x));
  const outcomes = (asOf: string) =>
    Object.fromEntries(resolveSeries({ announcements, asOf }).resolutions.map((r) => [r.companyId, r.outcome])) as Record<string, Outcome>;

  it("as of 2026-11-23: no company has a qualifying announcement; China Mobile needs review for the MTS network deal and every other question is still open (Q.no, R.window)", () => {
    const expected = Object.fromEntries(ALL.map((c) => [c, c === "china-mobile" ? "NEEDS_REVIEW" : "PENDING"]));
    expect(outcomes(AS_OF)).toEqual(expected);
  });

  it("China Mobile's review item is the MTS deal, with its sources, form and AI weight to settle (C5, C4.instrument, R.multitech)", () => {
    const r = resolveSeries({ announcements, asOf: AS_OF, questions: [{ companyId: "china-mobile" }] }).resolutions[0];
    expect(r?.needsReview.map((n) => n.announcementId)).toEqual(["mts-china-mobile-network-ai-2026-03"]);
    expect(r?.needsReview[0]?.criteria.map((c) => c.criterion).sort()).toEqual(["aiScope", "formality", "publicity"]);
  });

  it("were nothing more announced, at the deadline every question but China Mobile's would resolve NO (Q.no)", () => {
    const expected = Object.fromEntries(ALL.map((c) => [c, c === "china-mobile" ? "NEEDS_REVIEW" : "NO"]));
    expect(outcomes("2027-01-01T00:00:00Z")).toEqual(expected);
  });

  it("replayed as of 2026-01-01, before the MTS deal was reported, every question is open (sources published after asOf are not yet known)", () => {
    expect(Object.values(outcomes("2026-01-01T00:00:00Z")).every((o) => o === "PENDING")).toBe(true);
  });
});
