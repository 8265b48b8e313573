import type { Entity } from "../../models/entity.js";

/**
 * Built-in Russian (and Russia-facing) arms of the series companies themselves. They sit in the
 * entity table because announcements name them on the Russian side, but a company cannot partner
 * with its own subsidiary: through `owners` the criteria recognise them and refuse them as the
 * Russian partner of their own parent (C2 with C1.subsidiary).
 *
 * A stake of 100 is recorded only where a source says the arm is wholly owned; where the parent
 * is known but its stake is not, `stake` is left out, so the answer for that parent is
 * "undetermined" (a human decides) rather than a guessed YES. `russianControl` is `none` where a
 * Chinese parent is known to control the arm and is left out where control is unknown (a joint
 * venture with conflicting reported stakes). Legal names not confirmed in the Russian company
 * register are said to be unconfirmed in `note`.
 *
 * Arms of Xiaomi, Lenovo, ZTE, Hikvision, Dahua, Tencent and Baidu are not listed: their Russian
 * legal entities (if any) could not be identified from public material, and an unknown arm named
 * after a series company is already treated as undetermined by the look-alike rule.
 *
 * @example
 * ```ts
 * builtinOwnSubsidiaries.find((e) => e.id === "huawei-russia")?.owners; // [{ id: "huawei", ... }] (stake undisclosed)
 * ```
 */
export const builtinOwnSubsidiaries: readonly Entity[] = [
  // ── Huawei ─────────────────────────────────────────────────────────────────────────────────
  {
    id: "huawei-russia",
    name: "Techcompany Huawei",
    aliases: [
      "ООО «Техкомпания Хуавэй»",
      "Техкомпания Хуавэй",
      "Техкомпания Хуавей",
      "Huawei Russia",
      "Хуавэй Россия",
      "Хуавей Россия",
      "Huawei Россия",
      "Techcompany Huawei LLC",
    ],
    legalForm: "ООО",
    kind: "private-company",
    countryOfIncorporation: "RU",
    russianControl: "none",
    owners: [
      {
        id: "huawei",
        control: true,
        source: "Huawei group's Russian operating company, ООО «Техкомпания Хуавэй», INN 7714186804 (as listed in Russian equipment catalogues). A Huawei representative confirmed to Vedomosti (2019, reported by Sputnik) that it is a Huawei subsidiary, so Huawei controls it; which Huawei entity holds it and with what stake was not checked in the Russian company register, so the stake is left out (undisclosed, controlling)",
        asOf: "2019",
      },
    ],
    note: "Moscow-based company through which Huawei does business in Russia (\"Huawei Russia\"). Huawei closed its Russian Enterprise Business Group from 1 January 2023 (Kommersant, Dec 2022) but kept its R&D centres in Moscow, St Petersburg, Nizhny Novgorod and Novosibirsk and its consumer business.",
  },

  // ── Alibaba: AliExpress Russia joint venture ───────────────────────────────────────────────
  {
    id: "aliexpress-russia",
    name: "AliExpress Russia",
    aliases: [
      "AliExpress Russia Holding Pte. Ltd.",
      "AliExpress Russia Holding Private Limited",
      "AliExpress Russia Holding",
      "АлиЭкспресс Россия",
      "AliExpress Россия",
      "СП AliExpress Россия",
    ],
    legalForm: "Pte. Ltd.",
    kind: "private-company",
    countryOfIncorporation: "SG",
    owners: [
      {
        id: "alibaba",
        source: "Reported stakes conflict: 47.85% per The Bell (Nov 2022: Alibaba 47.85%, USM 24.3%, VK 15%, RDIF 12.8%), 55.7% per 2022 reports of VK's write-off (Alibaba 55.7%, MegaFon 24.3%, VK 15%, RDIF 5%); agreed at 48% in 2018. Stake left out because the current figure, and so whether Alibaba controls it, is unconfirmed",
        asOf: "2022",
      },
      {
        id: "vk",
        stake: 15,
        source: "The Bell (Nov 2022) and reports of VK's 2022 write-off agree on 15% (contributed by Mail.ru Group in 2019)",
        asOf: "2022",
      },
    ],
    note: "Singapore holding company of the joint venture announced in September 2018 by Alibaba, MegaFon, Mail.ru Group (now VK) and RDIF, into which Alibaba put AliExpress's and Tmall's Russian business. MegaFon's 24.3% is reported as held by Alisher Usmanov's USM; RDIF's share is reported as 12.8% or 5%. A joint venture, not a wholly owned Alibaba subsidiary. Russian control is left unset because the Russian holders have either 52.1% or 44.3% depending on the report. The bare brand \"AliExpress\" (Alibaba's global marketplace) is deliberately not an alias.",
  },
  {
    id: "alibaba-com-ru",
    name: "Alibaba.com (RU)",
    aliases: ["ООО «Алибаба.ком (РУ)»", "Алибаба.ком (РУ)", "Alibaba.com (RU) LLC"],
    legalForm: "ООО",
    kind: "private-company",
    countryOfIncorporation: "RU",
    owners: [
      {
        id: "aliexpress-russia",
        source: "Ukraine's NACP (Aug 2023), citing Russian registry data: ООО «Алибаба.КОМ (РУ)», which operates AliExpress in Russia, is owned by AliExpress Russia Holding Pte. Ltd. (Singapore); share not stated, so the stake is left out",
        asOf: "2023-08",
      },
    ],
    note: "Russian operating company of the AliExpress Russia joint venture (aliexpress.ru, tmall.ru); 2022 net profit RUB 16.3bn per NACP. Whether Alibaba controls it depends on its stake in the Singapore holding, which is reported inconsistently, so Russian control is left unset.",
  },

  // ── ByteDance: TikTok's Russian company ────────────────────────────────────────────────────
  {
    id: "tiktok-russia",
    name: "TikTok Russia",
    aliases: ["TikTok Россия", "ТикТок Россия", "Тикток Рус"],
    kind: "private-company",
    countryOfIncorporation: "RU",
    russianControl: "none",
    owners: [
      {
        id: "bytedance",
        source: "Russian Federal Tax Service accounts of TikTok's Russian legal entity, filed since 2020 (2023 revenue about RUB 681m, net loss about RUB 427m, as reported in 2024); its holder inside the ByteDance group and the stake are unconfirmed, so the stake is left out",
        asOf: "2024",
      },
    ],
    note: "TikTok's Russian legal entity, which files accounts with the Federal Tax Service. Its exact registered name is unconfirmed: TAdviser lists it as \"Тикток рус\".",
  },
];
