// The commands' behaviour, run in this process through runCli (see support.ts); the process
// boundary itself (the built binary, exit codes, stdin, files) is tested in binary.test.ts.
import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { marked } from "marked";
import { afterAll, describe, expect, it } from "vitest";
import { type ResolutionDiff, resolveSeries } from "../../src/index.js";
import { EXAMPLES, STACK_FRAME, runInProcess as cli, tempFiles } from "./support.js";

const pkg = JSON.parse(readFileSync(`${__dirname}/../../package.json`, "utf8")) as { version: string };
const fictional = JSON.parse(readFileSync(EXAMPLES.fictional, "utf8")) as { asOf: string; announcements: Record<string, unknown>[] };
const real = JSON.parse(readFileSync(EXAMPLES.real, "utf8")) as unknown[];
const REAL_AS_OF = "2026-11-23T00:00:00Z";
const ndjson = (items: readonly unknown[]) => items.map((a) => JSON.stringify(a)).join("\n") + "\n";

// The fictional announcements as NDJSON with a line that is not JSON (line 3) and an
// announcement the schema refuses (line 6): the rest must still be resolved.
const mixedLines = fictional.announcements.map((a) => JSON.stringify(a));
mixedLines.splice(2, 0, '{"id": "cut-short", "chineseParty": ');
mixedLines.splice(5, 0, JSON.stringify({ id: "bad-url", sources: [{ url: "tass.com/x" }] }));

const files = tempFiles({
  "real.ndjson": ndjson(real),
  "mixed.ndjson": mixedLines.join("\n") + "\n",
  "empty.json": "",
  "blank.ndjson": "\n  \n\t\n",
  "truncated.json": readFileSync(EXAMPLES.real, "utf8").slice(0, 4000),
  "latin1.ndjson": Buffer.concat([Buffer.from('{"id": "caf'), Buffer.from([0xe9]), Buffer.from('"}\n')]),
  "utf16.json": Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("[]", "utf16le")]),
  "text.txt": "hello\n",
  "readings.json": JSON.stringify({ straddlingTime: "earliest" }),
  "bad-readings.json": JSON.stringify({ straddlingTime: "sometimes" }),
  "big-readings.json": `{"straddlingTime": "earliest"${" ".repeat(1024 * 1024)}}`,
  "bad-clarifications.json": JSON.stringify([{ number: 2, publishedAt: "2026-01-01T00:00:00Z", text: "b" }, { number: 1, publishedAt: "2026-02-01T00:00:00Z", text: "a" }]),
});

afterAll(() => files.remove());

const expectedReal = JSON.parse(JSON.stringify(resolveSeries({ announcements: real as never, asOf: REAL_AS_OF, evaluations: "decisive", nearMisses: 10 })));

describe("help and version (in process)", () => {
  it.each([[["--help"]], [["resolve", "--help"]], [["validate", "--help"]], [["explain", "--help"]], [["schema", "--help"]], [["diff", "--help"]], [["help", "resolve"]]])("%j prints help on stdout and exits 0", async (args) => {
    const r = await cli(args);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: ai-partnership-rules/);
    expect(r.stdout).toContain("Exit codes:");
    expect(r.stderr).toBe("");
  });

  it.each([["--version"], ["-V"]])("%s prints the package's version", async (flag) => {
    const r = await cli([flag]);
    expect(r).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: "" });
  });
});

describe("usage errors exit 2 with one message and no stack", () => {
  it.each([
    [["frob"], /unknown command 'frob'/],
    [["resolve", EXAMPLES.real], /required option '-a, --as-of <instant>' not specified/],
    [["resolve", EXAMPLES.real, "--as-of", "yesterday"], /--as-of: .*instant/],
    [["resolve", EXAMPLES.real, "--as-of", "2026-11-23"], /--as-of: /],
    [["resolve", EXAMPLES.real, "--as-of", REAL_AS_OF, "--company", "nosuch"], /--company nosuch: `nosuch` is not a company/],
    [["resolve", EXAMPLES.real, "--as-of", REAL_AS_OF, "--output", "xml"], /Allowed choices are table, json, ndjson, markdown/],
    [["resolve", EXAMPLES.real, "--as-of", REAL_AS_OF, "--frobnicate"], /unknown option '--frobnicate'/],
    [["resolve", "-", "-", "--as-of", REAL_AS_OF], /standard input \(-\) can be read only once/],
    [["resolve", EXAMPLES.real, `${EXAMPLES.real.replace(/[^/]+$/, "")}./${EXAMPLES.real.split("/").pop()}`, "--as-of", REAL_AS_OF], /names the same file as .*: each file can be read only once/],
    [["diff", EXAMPLES.real, "--as-of", REAL_AS_OF], /nothing to compare/],
    [["schema", "no-such-schema"], /Allowed choices are announcement/],
    // An empty --company (an empty shell variable) would ask for no question: an empty series, exit 0.
    [["resolve", EXAMPLES.real, "--as-of", REAL_AS_OF, "--company", ""], /--company: no company id given \(""\)/],
    [["resolve", EXAMPLES.real, "--as-of", REAL_AS_OF, "-c", " , ,"], /--company: no company id given/],
    // An option that takes one value, given twice: commander would keep the last, silently.
    [["resolve", EXAMPLES.real, "--as-of", REAL_AS_OF, "-a", "2025-01-01T00:00:00Z"], /--as-of <instant>' argument '2025-01-01T00:00:00Z' is invalid\. given more than once \("2026-11-23T00:00:00Z", then "2025-01-01T00:00:00Z"\)/],
    [["resolve", EXAMPLES.real, "--as-of", REAL_AS_OF, "--clarification", "1", "--clarification", "2"], /--clarification <n>' argument '2' is invalid\. given more than once/],
    [["explain", "x", EXAMPLES.real, "--as-of", REAL_AS_OF, "-c", "baidu", "-c", "alibaba"], /--company <id>' argument 'alibaba' is invalid\. given more than once/],
    [["diff", EXAMPLES.real, "--as-of", REAL_AS_OF, "-b", REAL_AS_OF, "--as-of-b", "now"], /--as-of-b <instant>' argument 'now' is invalid\. given more than once/],
  ])("%j", async (args, message) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(STACK_FRAME);
  });
});

describe("a file that cannot be used is refused whole, with its exit code", () => {
  it.each([
    ["nope.json", 3, /nope\.json: no such file/],
    [".", 3, /is a directory/],
    ["empty.json", 1, /empty\.json: the input is empty/],
    ["blank.ndjson", 1, /blank\.ndjson: the input is empty/],
    ["truncated.json", 1, /truncated\.json:\d+: not valid JSON: .*the file is truncated/],
    ["latin1.ndjson", 1, /latin1\.ndjson:1: not UTF-8 text \(byte 0xe9/],
    ["utf16.json", 1, /utf16\.json: the file is UTF-16, not UTF-8/],
    ["text.txt", 1, /text\.txt:1: starts with `h`; expected a JSON array/],
  ])("%s: exit %d", async (name, code, message) => {
    const r = await cli(["resolve", name === "." ? files.dir : files.path(name), "--as-of", REAL_AS_OF, "-o", "json"]);
    expect(r.code).toBe(code);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(STACK_FRAME);
  });
});

describe("resolve", () => {
  it("prints exactly the library's resolution of a JSON array file", async () => {
    const r = await cli(["resolve", EXAMPLES.real, "--as-of", REAL_AS_OF, "-o", "json"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toEqual(expectedReal);
  });

  it.each([
    ["an NDJSON file", ["real.ndjson"], undefined],
    ["NDJSON on standard input", [], "real.ndjson"],
    ["a JSON array on standard input, named -", ["-"], "real.json"],
  ])("resolves %s the same", async (_, names, stdinFile) => {
    const stdin = stdinFile === undefined ? undefined : stdinFile === "real.json" ? readFileSync(EXAMPLES.real) : readFileSync(files.path(stdinFile));
    const r = await cli(["resolve", ...names.map((n) => (n === "-" ? n : files.path(n))), "--as-of", REAL_AS_OF, "-o", "json"], stdin === undefined ? {} : { stdin });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(expectedReal);
  });

  it("reads a pretty-printed object with `announcements` (examples/announcements.json) and resolves only the companies asked", async () => {
    const r = await cli(["resolve", EXAMPLES.fictional, "--as-of", fictional.asOf, "--company", "alibaba,bytedance", "-c", "baidu", "-o", "ndjson"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l) as { type: string; resolution: { companyId: string; outcome: string } });
    expect(lines.map((l) => [l.type, l.resolution.companyId, l.resolution.outcome])).toEqual([["resolution", "alibaba", "YES"], ["resolution", "bytedance", "NO"], ["resolution", "baidu", "NEEDS_REVIEW"]]);
  });

  it("prints a table, and Markdown notes", async () => {
    const table = await cli(["resolve", EXAMPLES.fictional, "--as-of", fictional.asOf, "-c", "alibaba,bytedance", "-o", "table"]);
    expect(table.stdout).toBe(
      ["As of 2027-01-15T00:00:00.000Z (registry 2026.11.0)", "COMPANY                  OUTCOME  DECIDED BY", "Alibaba Group (alibaba)  YES      deciding: demo-alibaba-sber-llm", "ByteDance (bytedance)    NO", ""].join("\n"),
    );
    const md = await cli(["resolve", EXAMPLES.fictional, "--as-of", fictional.asOf, "-c", "alibaba", "-o", "markdown"]);
    expect(md.stdout).toMatch(/^# Resolutions as of 2027-01-15T00:00:00.000Z\n\n## Alibaba Group: YES\n/);
    expect(md.stdout).toContain("### Deciding announcement: demo-alibaba-sber-llm");
  });

  it.each([
    ["a readings file over 1 MiB", "big-readings.json"],
    ["an endless device (/dev/zero)", "/dev/zero"],
  ])("refuses %s without reading it all (it used to exhaust the heap)", async (_, name) => {
    const path = name.startsWith("/") ? name : files.path(name);
    const r = await cli(["resolve", EXAMPLES.real, "--as-of", REAL_AS_OF, "-c", "alibaba", "-r", path]);
    expect(r).toMatchObject({ code: 1, stdout: "" });
    expect(r.stderr).toBe(`error: ${path}: over 1 MiB; a readings or clarifications file is a small JSON document\n`);
  });

  it("reads --as-of now from the clock and says which instant it used", async () => {
    const r = await cli(["resolve", EXAMPLES.real, "--as-of", "now", "-c", "alibaba", "-o", "json"], { now: new Date("2026-12-01T08:00:00Z") });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("--as-of now: 2026-12-01T08:00:00.000Z\n");
    expect((JSON.parse(r.stdout) as { asOf: string }).asOf).toBe("2026-12-01T08:00:00.000Z");
  });

  it("takes readings from a file, and names the file when the library refuses them", async () => {
    const ok = await cli(["resolve", EXAMPLES.real, "--as-of", REAL_AS_OF, "-c", "alibaba", "-r", files.path("readings.json"), "-o", "json"]);
    expect(ok.code).toBe(0);
    const bad = await cli(["resolve", EXAMPLES.real, "--as-of", REAL_AS_OF, "-r", files.path("bad-readings.json")]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/bad-readings\.json: straddlingTime: .*\[invalid-value\]/);
    expect(bad.stdout).toBe("");
  });
});

describe("resolve -o ndjson: a typed line per question, then per unplaced announcement", () => {
  // An announcement whose Chinese party is in no registry: the series lists it once in `unplaced`.
  const ghost = { ...fictional.announcements[0], id: "ghost-sber-llm", chineseParty: { name: "Ghost Holdings" } };
  const input = [fictional.announcements[1], ghost];
  const ajv = new Ajv2020({ allErrors: true, strict: false });

  it("writes {type, resolution} lines in the series' order, then {type, unplaced} lines, each item as the library returns it and valid against its shipped schema", async () => {
    const r = await cli(["resolve", "--as-of", fictional.asOf, "-c", "alibaba,baidu,huawei", "-o", "ndjson"], { stdin: ndjson(input) });
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l) as { type: string; resolution?: unknown; unplaced?: unknown });
    const series = JSON.parse(JSON.stringify(resolveSeries({ announcements: input as never, asOf: fictional.asOf, questions: ["alibaba", "baidu", "huawei"].map((companyId) => ({ companyId })), evaluations: "decisive", nearMisses: 10 }))) as { resolutions: unknown[]; unplaced: { announcementId: string }[] };
    expect(series.unplaced.map((u) => u.announcementId)).toEqual(["ghost-sber-llm"]);
    expect(lines).toEqual([...series.resolutions.map((resolution) => ({ type: "resolution", resolution })), ...series.unplaced.map((unplaced) => ({ type: "unplaced", unplaced }))]);
    const { jsonSchemas } = await import("../../src/index.js");
    const validResolution = ajv.compile(jsonSchemas().resolution);
    const validUnplaced = ajv.compile(jsonSchemas()["unplaced-item"]);
    for (const line of lines) {
      if (line.type === "resolution") expect(validResolution(line.resolution), ajv.errorsText(validResolution.errors)).toBe(true);
      else expect(validUnplaced(line.unplaced), ajv.errorsText(validUnplaced.errors)).toBe(true);
    }
  });

  it("ends each line only at its line feed: separators from the input are escaped, and parse back the same", async () => {
    const id = "sep\u2028a\u2029b\u0085c";
    const r = await cli(["resolve", "--as-of", fictional.asOf, "-c", "alibaba", "-o", "ndjson"], { stdin: ndjson([{ ...fictional.announcements[0], id }]) });
    expect(r.code).toBe(0);
    // Python's str.splitlines() splits at these three too: it must find one line.
    expect(r.stdout.trimEnd().split(/[\n\r\u000b\u000c\u001c-\u001e\u0085\u2028\u2029]/)).toHaveLength(1);
    expect((JSON.parse(r.stdout) as { resolution: { deciding: { announcementId: string } } }).resolution.deciding.announcementId).toBe(id);
  });

  it("has no unplaced line when every Chinese party is placed", async () => {
    const r = await cli(["resolve", EXAMPLES.fictional, "--as-of", fictional.asOf, "-o", "ndjson"]);
    expect(r.code).toBe(0);
    expect(new Set(r.stdout.trimEnd().split("\n").map((l) => (JSON.parse(l) as { type: string }).type))).toEqual(new Set(["resolution"]));
  });
});

describe("Markdown output: text from the input stays text (the library's one escaper)", () => {
  const hostile = "[x](https://evil.example) <img src=x onerror=alert(1)> `code` | cell |\n# Heading\n1. item";
  const evil = { ...fictional.announcements[0], id: "evil-[x](https://evil.example)-`id`", chineseParty: { name: hostile } };
  /** What the rendered HTML holds that the commands' own Markdown never makes: links, images, HTML, tables, quotes, ordered lists, emphasis, code other than a reason code. */
  const foreign = (md: string) => {
    const html = marked.parse(md, { async: false, gfm: true }) as string;
    const tags = html.match(/<(a|img|script|pre|table|td|th|blockquote|ol|del|em|hr)\b[^>]*>/g) ?? [];
    const code = [...html.matchAll(/<code>([^<]*)<\/code>/g)].map((m) => m[1] ?? "").filter((c) => !/^[A-Z][A-Z0-9_]*$/.test(c));
    return [...tags, ...code];
  };

  it.each([
    ["resolve -o markdown (an unplaced announcement)", ["resolve", "--as-of", fictional.asOf, "-c", "alibaba,baidu", "-o", "markdown"]],
    ["explain -o markdown", ["explain", "evil-[x](https://evil.example)-`id`", "--as-of", fictional.asOf, "-c", "alibaba", "-o", "markdown"]],
  ])("%s renders no link, image, HTML, code, table, quote or list of the input's making", async (_, args) => {
    const r = await cli(args, { stdin: JSON.stringify([evil]) });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("evil");
    expect(foreign(r.stdout), r.stdout).toEqual([]);
    const html = marked.parse(r.stdout, { async: false, gfm: true }) as string;
    expect(html).not.toMatch(/<h[1-6]>[^<]*Heading/);
    expect(html).toContain("[x](https://evil.example)");
  });
});

describe("a bad line never stops the stream", () => {
  it("reports each bad line with its file and line, resolves the rest, exits 1, and never answers NO over a lost line", async () => {
    const r = await cli(["resolve", files.path("mixed.ndjson"), "--as-of", fictional.asOf, "-c", "alibaba,bytedance", "-o", "json"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${files.path("mixed.ndjson")}:3: announcements[2]: not valid JSON`);
    expect(r.stderr).toContain(`${files.path("mixed.ndjson")}:6: announcements[5].sources[0].url: invalid URL`);
    expect(r.stderr).toMatch(/2 of \d+ announcements refused/);
    const series = JSON.parse(r.stdout) as { resolutions: { companyId: string; outcome: string; rejected: number; deciding?: { announcementId: string } }[] };
    const [alibaba, bytedance] = series.resolutions;
    expect(alibaba).toMatchObject({ outcome: "YES", rejected: 2, deciding: { announcementId: "demo-alibaba-sber-llm" } });
    // NO over the whole file, but a refused line might have qualified: a human must look.
    expect(bytedance).toMatchObject({ companyId: "bytedance", outcome: "NEEDS_REVIEW", rejected: 2 });
  });

  it("reports a last line cut short as possibly truncated, and resolves the lines before it", async () => {
    const cut = mixedLines.filter((_, i) => i !== 2 && i !== 5).join("\n").slice(0, -20);
    const r = await cli(["resolve", "--as-of", fictional.asOf, "-c", "alibaba", "-o", "json"], { stdin: cut });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^stdin:\d+: announcements\[\d+\]: not valid JSON: .* \(the last line does not end with a newline: the file may be truncated\) \[invalid-json\]$/m);
    expect(JSON.parse(r.stdout)).toMatchObject({ resolutions: [{ outcome: "YES", rejected: 1 }] });
  });

  it("refuses a later NDJSON line that is not UTF-8 as one bad line, and resolves the rest (it used to fail the whole file)", async () => {
    const lines = fictional.announcements.map((a) => Buffer.from(`${JSON.stringify(a)}\n`));
    lines.splice(1, 0, Buffer.concat([Buffer.from('{"id": "caf'), Buffer.from([0xe9]), Buffer.from('"}\n')]));
    const r = await cli(["resolve", "--as-of", fictional.asOf, "-c", "alibaba,bytedance", "-o", "json"], { stdin: Buffer.concat(lines) });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^stdin:2: announcements\[1\]: not UTF-8 text \(byte 0xe9, byte 12 of the line\); skipped \[not-utf8\]$/m);
    const series = JSON.parse(r.stdout) as { resolutions: { outcome: string; rejected: number }[] };
    expect(series.resolutions.map((x) => [x.outcome, x.rejected])).toEqual([["YES", 1], ["NEEDS_REVIEW", 1]]);
  });

  it("--strict fails the run before any output", async () => {
    const r = await cli(["resolve", files.path("mixed.ndjson"), "--as-of", fictional.asOf, "--strict", "-o", "json"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/:3: announcements\[2\]: not valid JSON[\s\S]*nothing resolved \(--strict\)/);
  });
});

describe("validate", () => {
  it("lists every problem with file, line and path, and exits 1", async () => {
    const r = await cli(["validate", files.path("mixed.ndjson")]);
    expect(r.code).toBe(1);
    expect(r.stdout.split("\n").map((l) => l.replace(files.dir, "DIR"))).toEqual([
      "DIR/mixed.ndjson:3: announcements[2]: not valid JSON: unexpected end of input [invalid-json]",
      'DIR/mixed.ndjson:6: announcements[5].sources[0].url: invalid URL: expected an absolute http(s) URL (received "tass.com/x") [invalid-url]',
      `invalid: 2 problems in 2 of ${mixedLines.length} announcements in 1 source`,
      "",
    ]);
  });

  it("exits 0 on valid input, and answers JSON when asked", async () => {
    const ok = await cli(["validate", EXAMPLES.real, EXAMPLES.fictional]);
    expect(ok).toEqual({ code: 0, stdout: `valid: ${real.length + fictional.announcements.length} announcements in 2 sources, no problems\n`, stderr: "" });
    const json = await cli(["validate", files.path("mixed.ndjson"), "-o", "json"]);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ valid: false, announcements: mixedLines.length, invalid: 2, problems: [{ line: 3, code: "invalid-json" }, { line: 6, path: "announcements[5].sources[0].url", code: "invalid-url" }] });
  });
});

describe("explain", () => {
  it("prints every criterion's verdict and reasons for one announcement", async () => {
    const r = await cli(["explain", "demo-ant-vtb-mou", EXAMPLES.fictional, "-c", "alibaba", "--as-of", fictional.asOf]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^demo-ant-vtb-mou for Alibaba Group \(alibaba\), as of 2027-01-15T00:00:00.000Z\nDOES NOT QUALIFY: /);
    for (const criterion of ["company", "russianEntity", "aiScope", "formality", "publicity", "timing"]) expect(r.stdout).toMatch(new RegExp(`^${criterion} +(met|not-met|undetermined) `, "m"));
    expect(r.stdout).toContain("- COMPANY_NOT_WHOLLY_OWNED: Ant Group is not wholly owned by Alibaba Group");
  });

  it.each([
    ["markdown", /^## demo-ant-vtb-mou for Alibaba Group \(alibaba\): does-not-qualify\n/],
    ["json", /^\{\n  "announcementId": "demo-ant-vtb-mou",\n  "status": "does-not-qualify"/],
  ])("as %s", async (output, start) => {
    const r = await cli(["explain", "demo-ant-vtb-mou", EXAMPLES.fictional, "-c", "alibaba", "--as-of", fictional.asOf, "-o", output]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(start);
  });

  it("an id not in the input is an input problem", async () => {
    const r = await cli(["explain", "nope", EXAMPLES.fictional, "-c", "alibaba", "--as-of", fictional.asOf]);
    expect(r).toMatchObject({ code: 1, stdout: "" });
    expect(r.stderr).toContain("no announcement with id `nope` in the input");
  });
});

describe("schema", () => {
  it("prints the JSON Schema of the announcement input", async () => {
    const r = await cli(["schema"]);
    expect(r.code).toBe(0);
    const { z } = await import("zod");
    const { Announcement, jsonSchemas } = await import("../../src/index.js");
    expect(JSON.parse(r.stdout)).toEqual(jsonSchemas().announcement);
    expect(JSON.parse(r.stdout)).toMatchObject(z.toJSONSchema(Announcement, { io: "input" }));
  });

  it("prints an output's JSON Schema, as shipped in the package", async () => {
    const r = await cli(["schema", "series-resolution"]);
    expect(r.code).toBe(0);
    const { jsonSchemas } = await import("../../src/index.js");
    expect(JSON.parse(r.stdout)).toEqual(jsonSchemas()["series-resolution"]);
  });
});

describe("resolve --clarifications", () => {
  it("resolves under the clarifications published by --as-of, or pinned by --clarification, and records them", async () => {
    const args = ["resolve", EXAMPLES.fictional, "--as-of", fictional.asOf, "-c", "baidu", "--clarifications", EXAMPLES.clarifications, "-o", "json"];
    const byDate = JSON.parse((await cli(args)).stdout).resolutions[0];
    const pinned = JSON.parse((await cli([...args, "--clarification", "1"])).stdout).resolutions[0];
    expect([byDate.outcome, byDate.clarifications.applied.map((c: { number: number }) => c.number), pinned.outcome, pinned.clarifications.pinned]).toEqual(["NO", [1, 2], "NEEDS_REVIEW", 1]);
  });

  it("needs a file for --clarification (exit 2)", async () => {
    const r = await cli(["resolve", EXAMPLES.fictional, "--as-of", fictional.asOf, "--clarification", "1"]);
    expect([r.code, r.stderr]).toEqual([2, expect.stringMatching(/--clarification needs a --clarifications file/)]);
  });
});

describe("diff", () => {
  it("lists the resolutions that differ between two dates, with the announcements that make the difference", async () => {
    const r = await cli(["diff", EXAMPLES.fictional, "--as-of", "2026-01-01T00:00:00Z", "--as-of-b", fictional.asOf, "-c", "alibaba,huawei,bytedance", "-o", "json"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect([out.a, out.b, out.questions]).toEqual([
      { asOf: "2026-01-01T00:00:00.000Z", registryVersion: "2026.11.0", readings: null, clarifications: null, clarification: null },
      { asOf: "2027-01-15T00:00:00.000Z", registryVersion: "2026.11.0", readings: null, clarifications: null, clarification: null },
      3,
    ]);
    expect(out.differences.map((d: ResolutionDiff) => [d.companyId, d.outcome, d.deciding, d.announcements.map((x) => [x.announcementId, x.a, x.b])])).toEqual([
      ["alibaba", { a: "PENDING", b: "YES" }, { b: "demo-alibaba-sber-llm" }, [["demo-alibaba-sber-llm", "not-yet-known", "deciding"], ["demo-ant-vtb-mou", "not-yet-known", "not-qualifying"]]],
      ["bytedance", { a: "PENDING", b: "NO" }, undefined, [["demo-bytedance-talks", "not-yet-known", "not-qualifying"]]],
    ]);
  });

  it("prints a table", async () => {
    const r = await cli(["diff", EXAMPLES.fictional, "--as-of", "2026-01-01T00:00:00Z", "--as-of-b", fictional.asOf, "-c", "alibaba,bytedance", "-o", "table"]);
    expect(r.stdout).toContain("Alibaba Group (alibaba)  PENDING  YES  demo-alibaba-sber-llm: not-yet-known → deciding");
    expect(r.stdout).toContain("ByteDance (bytedance)    PENDING  NO   demo-bytedance-talks: not-yet-known → not-qualifying");
  });

  it("says the deadline passed when no announcement changed", async () => {
    const r = await cli(["diff", "--as-of", "2026-06-01T00:00:00Z", "--as-of-b", fictional.asOf, "-c", "bytedance", "-o", "table"], { stdin: "[]" });
    expect(r.stdout).toContain("ByteDance (bytedance)  PENDING  NO  (none: the deadline 2027-01-01T00:00:00.000Z passed)");
  });

  it("diffs two clarifications of one question: the announcement, the criterion and the reading (the issue's 'done when')", async () => {
    const args = ["diff", EXAMPLES.fictional, "--as-of", fictional.asOf, "-c", "baidu", "--clarifications", EXAMPLES.clarifications, "--clarification", "1", "--clarification-b", "2"];
    const table = await cli([...args, "-o", "table"]);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain("Baidu (baidu)  NEEDS_REVIEW  NO  demo-baidu-blog: needs-review → not-qualifying");
    expect(table.stdout).toContain("publicity undetermined → not-met [C5.agency, C5.cn-media, C5.event, C5.filing, C5.government, C5.release, C5.ru-media]: unrecognizedSource undetermined (clarification 1) → not-met (clarification 2)");
    const json = JSON.parse((await cli([...args, "-o", "json"])).stdout);
    expect(json.differences[0].announcements[0].criteria[0].because).toEqual([{ kind: "reading", reading: "unrecognizedSource", a: "undetermined", b: "not-met", clarification: { a: 1, b: 2 } }]);
  });

  it.each([
    [["--clarification", "1", "--clarification-b", "2"], 2, /need a --clarifications file/],
    [["--clarifications", EXAMPLES.clarifications, "--clarification", "1", "--clarification-b", "x"], 2, /--clarification-b: expected a clarification number/],
    [["--clarifications", EXAMPLES.clarifications, "--clarification", "1", "--clarification-b", "7"], 2, /--clarification-b: the question has no clarification 7|question 0 \(baidu\) has no clarification 7/],
    [["--clarifications", "bad-clarifications.json", "--clarification", "0", "--clarification-b", "1"], 1, /bad-clarifications.json: \[1\]\.number: clarification numbers must increase/],
  ])("%j exits %i", async (extra, code, message) => {
    const r = await cli(["diff", EXAMPLES.fictional, "--as-of", fictional.asOf, "-c", "baidu", ...extra.map((x) => (x === "bad-clarifications.json" ? files.path("bad-clarifications.json") : x))]);
    expect([r.code, r.stderr]).toEqual([code, expect.stringMatching(message)]);
  });
});

describe("colour and the terminal", () => {
  const args = ["resolve", EXAMPLES.fictional, "--as-of", fictional.asOf, "-c", "alibaba"];
  it.each([
    ["a terminal", {}, [], true, true],
    ["a terminal, NO_COLOR=1", { NO_COLOR: "1" }, [], true, false],
    ["a terminal, NO_COLOR= (empty: ignored)", { NO_COLOR: "" }, [], true, true],
    ["a terminal, TERM=dumb", { TERM: "dumb" }, [], true, false],
    ["a terminal, FORCE_COLOR=0", { FORCE_COLOR: "0" }, [], true, false],
    ["a terminal, --no-color", {}, ["--no-color"], true, false],
    ["a pipe", {}, ["-o", "table"], false, false],
    ["a pipe, FORCE_COLOR=1", { FORCE_COLOR: "1" }, ["-o", "table"], false, true],
    ["a pipe, FORCE_COLOR=1 and NO_COLOR=1 (FORCE_COLOR wins)", { FORCE_COLOR: "1", NO_COLOR: "1" }, ["-o", "table"], false, true],
    ["a pipe, --color", {}, ["-o", "table", "--color"], false, true],
  ])("%s", async (_, env, extra, tty, coloured) => {
    const r = await cli([...args, ...extra], { env, tty });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^(\u001b\[2m)?As of 2027-01-15T00:00:00.000Z/); // a table, by default on a terminal
    expect(r.stdout.includes("\u001b[")).toBe(coloured);
  });

  it("answers JSON by default when stdout is not a terminal", async () => {
    const r = await cli(args);
    expect(JSON.parse(r.stdout)).toMatchObject({ asOf: "2027-01-15T00:00:00.000Z" });
  });

  it.each([
    ["a file name", ["resolve", "evil\u001b]0;pwned\u0007\u001b[2J.json", "--as-of", fictional.asOf], 3, "error: evil\\u{1b}]0;pwned\\u{7}\\u{1b}[2J.json: no such file\n"],
    ["an unknown option", ["resolve", "--as-of", fictional.asOf, "--\u001b[2Jx"], 2, "error: unknown option '--\\u{1b}[2Jx'\n(run with --help for usage)\n"],
  ])("never prints a control character from the command line in an error: %s", async (_, args, code, stderr) => {
    const r = await cli(args, { tty: true, env: { NO_COLOR: "1" } });
    expect(r.code).toBe(code);
    expect(r.stderr).toBe(stderr);
  });

  it("never prints a control character from the input on a terminal", async () => {
    const evil = { ...fictional.announcements[0], id: "evil\u001b]0;pwned\u0007\u202e" };
    const r = await cli(["resolve", "--as-of", fictional.asOf, "-c", "alibaba", "--no-color"], { stdin: JSON.stringify([evil]), tty: true });
    expect(r.stdout).toContain("deciding: evil\\u{1b}]0;pwned\\u{7}\\u{202e}");
    expect(r.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202e]/u);
  });
});
