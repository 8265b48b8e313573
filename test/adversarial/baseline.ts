import type { Announcement } from "../../src/index.js";

/**
 * The adversarial suites' starting point: an announcement that qualifies for Alibaba as of
 * 2026-11-23 (Alibaba Cloud with Sberbank, an AI-focused agreement, reported by TASS). Each attack
 * changes one identity-bearing thing in it.
 */
const deal: Announcement = {
  id: "alibaba-sber-2026",
  announcedAt: "2026-03-02T10:00:00+03:00",
  chineseParty: { name: "Alibaba Cloud" },
  russianParties: [{ name: "Sberbank" }],
  instrument: "agreement",
  aiRole: "focus",
  activities: ["C3.models.integration"],
  specificity: "concrete",
  priorRelation: "new",
  sources: [{ url: "https://tass.com/economy/1" }],
};
export const alibabaDeal: Readonly<Announcement> = Object.freeze(deal);
