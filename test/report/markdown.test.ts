import { describe, expect, it } from "vitest";
import { formatResolutionMarkdown, resolve } from "../../src/index.js";
import { qualifying, registry, variant } from "../fixtures.js";

const question = { companyId: "acme-group" };
const asOf = "2026-11-23T00:00:00Z";

describe("formatResolutionMarkdown", () => {
  it("writes a YES note with the deciding announcement's six verdicts and the near misses", () => {
    const r = resolve({
      question,
      asOf,
      registry,
      announcements: [qualifying, variant({ id: "near-miss", instrument: "talks", specificity: "vague" }), variant({ id: "other", chineseParty: { id: "other-tech" } })],
    });
    expect(formatResolutionMarkdown(r)).toMatchInlineSnapshot(`
      "## Acme Group: YES

      YES: Acme Group announced a qualifying AI partnership with a Russian entity in acme-sber-2026, made 2026-03-02T07:00:00.000Z (Q.yes). [Q.yes, Q.all]

      As of 2026-11-23T00:00:00.000Z; window \\[2025-01-01T00:00:00.000Z, 2027-01-01T00:00:00.000Z); registry test-1.

      ### Deciding announcement: acme-sber-2026

      - C1 (Chinese company) met: Acme Cloud is wholly owned by Acme Group (acme-cloud → acme-group (100%)), so its announcement counts for Acme Group. [C1.subsidiary, R.subsidiary]
      - C2 (Russian entity) met: Sberbank is a Russian state-owned enterprise (incorporated in Russia). [C2.state, C2.control]
      - C3 (AI scope) met: The partnership explicitly focuses on AI. It includes the listed AI activity C3.models.integration. [C3.focus, C3.models.integration]
      - C4 (formal partnership) met: It is an agreement. It names both parties. It describes specific AI cooperation. It is new cooperation. [C4.instrument, C4.parties, C4.specific, R.specificity, C4.new]
      - C5 (public announcement) met: Source 0 (https:\\/\\/tass.com/economy/1) qualifies as Russian state media (tass.com is TASS). [C5.ru-media]
      - Timing (R.window) met: It was made 2026-03-02T07:00:00.000Z, inside the window \\[2025-01-01T00:00:00.000Z, 2027-01-01T00:00:00.000Z). [R.window]

      ### Considered, not qualifying

      - **near-miss**: C4 (formal partnership) not met: Talks are not a concrete agreement, MOU or partnership. The statement is vague (such as "exploring opportunities").

      Not considered: 1 announcement by other companies.

      Audit: ai-partnership-rules 0.1.0; input digest 4e4a9c33fb91eac972bb9e522ab179c8ca90e7ee5fe0e4225cc452bcb30e0a7f over 3 announcements (digest 9b9b836361b2f0babf343d3675d51429a9b2c78d2ede7b5daf9fc725bc39c14c); registry digest 67fdacda8a17543ae3feaad4114d6d3f044c4e9be19cf9ca6176822f54de3f92; rules digest c3d17f3fada9c324983d9fbac2c16fe47a7db667ad54066127ef7b053191f504; readings: straddlingTime undetermined, ownSubsidiaryControl majority, unrecognizedSource undetermined.
      "
    `);
  });

  it("lists what a human must settle", () => {
    const r = resolve({ question, asOf, registry, announcements: [variant({ id: "unsettled", priorRelation: undefined })] });
    const note = formatResolutionMarkdown(r);
    expect(note).toContain("## Acme Group: NEEDS_REVIEW");
    expect(note).toContain("- **unsettled**");
    expect(note).toContain("[C4.new, R.expansion]");
  });

  it("says what was not considered", () => {
    const r = resolve({ question, asOf: "2026-01-01T00:00:00Z", registry, announcements: [qualifying] });
    expect(formatResolutionMarkdown(r)).toContain("Not considered: 1 not yet known at 2026-01-01T00:00:00.000Z.");
  });
});
