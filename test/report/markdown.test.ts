import { marked } from "marked";
import { describe, expect, it } from "vitest";
import { formatResolutionMarkdown, resolve } from "../../src/index.js";
import { markdownText } from "../../src/report/markdown.js";
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

// The one Markdown escaper of the package (the note above, and the CLI's Markdown output), checked
// by rendering with a GFM renderer (marked): hostile text stays text.
describe("markdownText (internal): hostile text cannot leave its place in a line", () => {
  /** Everything that is not plain text in the rendered HTML of one paragraph. */
  const TAGS = /<(?!\/?p>)[^>]*>/g;
  const decode = (html: string) => html.replace(/<[^>]*>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");
  const words = (s: string) => s.replace(/\s+/g, " ").trim();

  it.each([
    ["a link", "[click](https://evil.example/x)"],
    ["an image", "![x](https://evil.example/x.png)"],
    ["a reference link and its definition", "[x][1] [1]: https://evil.example"],
    ["raw HTML", '<img src=x onerror="alert(1)"><script>alert(1)</script>'],
    ["an HTML comment", "<!-- hide the rest"],
    ["an entity", "&lt;b&gt; &#60;i&#62; &amp;"],
    ["an autolink", "<https://evil.example>"],
    ["a bare URL", "see https://evil.example/path and http://x.example"],
    ["a www link", "www.evil.example"],
    ["an e-mail address", "admin@evil.example"],
    ["code spans and fences", "`code` ``two`` ```fence```"],
    ["emphasis, strong, strikethrough", "*a* **b** _c_ __d__ ~e~ ~~f~~"],
    ["a table row", "| a | b |"],
    ["a table, over lines", "a | b\n---|---\nc | d"],
    ["a heading on a new line", "text\n# Heading"],
    ["a heading at the start", "# Heading"],
    ["a quote on a new line", "text\r\n> quoted"],
    ["a bullet at the start", "- item"],
    ["a plus bullet at the start", "+ item"],
    ["an ordered item at the start", "1. first"],
    ["an ordered item with a parenthesis", "2) second"],
    ["a thematic break", "---"],
    ["a setext underline", "==="],
    ["an indented code block", "    indented"],
    ["a footnote", "[^1]"],
    ["a task box", "[ ] todo"],
    ["a backslash before punctuation", "\\*not emphasis\\*"],
    ["bidi overrides and zero-width characters", "\u202Eevil\u200B- x"],
    ["a line separator", "a\u2028# b"],
  ])("%s stays text", (_, hostile) => {
    const escaped = markdownText(hostile);
    for (const line of [escaped, `- **${escaped}**: ${escaped}`]) {
      const html = marked.parse(line, { async: false, gfm: true }) as string;
      const inner = line === escaped ? html : html.replace(/^<ul>\n<li><strong>/, "").replace(/<\/strong>: /, "").replace(/<\/li>\n<\/ul>\n$/, "");
      expect(inner.replace(/^<p>|<\/p>\n?$/g, "").match(TAGS) ?? [], html).toEqual([]);
    }
    const expected = words(hostile.replace(/[\p{Cc}\u2028\u2029]+/gu, " ").replace(/\p{Default_Ignorable_Code_Point}/gu, ""));
    expect(words(decode(marked.parse(escaped, { async: false, gfm: true }) as string))).toBe(expected);
  });

  it("leaves text alone that opens nothing: a version, a decimal, a plain sentence", () => {
    expect(markdownText("2026.11.0")).toBe("2026.11.0");
    expect(markdownText("1.5 billion roubles")).toBe("1.5 billion roubles");
    expect(markdownText("Alibaba Cloud and Sber sign an agreement")).toBe("Alibaba Cloud and Sber sign an agreement");
  });
});
