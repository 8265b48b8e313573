// The built binary as a child process, over real files: what only a real process shows (exit
// codes, standard input, the shebang bundle starting, messages without stack traces).
import { existsSync, readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveSeries } from "../../src/index.js";
import { LONG } from "../support/size.js";
import { EXAMPLES, STACK_FRAME, cli, cliPath, hasScript, tempFiles } from "./support.js";

const pkg = JSON.parse(readFileSync(`${__dirname}/../../package.json`, "utf8")) as { version: string };
const real = JSON.parse(readFileSync(EXAMPLES.real, "utf8")) as unknown[];
const AS_OF = "2026-11-23T00:00:00Z";
const lines = real.map((a) => JSON.stringify(a));
lines.splice(3, 0, "{not json");

const files = tempFiles({
  "empty.ndjson": "",
  "truncated.json": readFileSync(EXAMPLES.real, "utf8").slice(0, 5000),
  "latin1.ndjson": Buffer.concat([Buffer.from('{"id": "Sch'), Buffer.from([0xf6]), Buffer.from('n"}\n')]),
});
afterAll(() => files.remove());
beforeAll(async () => {
  await cliPath();
});

const expected = JSON.parse(JSON.stringify(resolveSeries({ announcements: real as never, asOf: AS_OF, evaluations: "decisive", nearMisses: 10 })));

// Each case here costs a Node process (about half a second of CPU). The cases whose behaviour
// test/cli/commands.test.ts already checks in-process (help, version, an empty file, a file not in
// UTF-8, the clarification diff, FORCE_COLOR through a pipe) run through the binary in the long run
// only (`npm run test:long`); `npm test` keeps one usage error, one file error and what only a
// real process shows (exit codes, standard input, a closed or full output, a terminal).
describe.concurrent("the binary", () => {
  type Case = [name: string, args: string[], code: number, stdout: RegExp, stderr: RegExp];
  const check = async (...[, args, code, stdout, stderr]: Case) => {
    const r = await cli(args);
    expect(r.code).toBe(code);
    expect(r.stdout).toMatch(stdout);
    expect(r.stderr).toMatch(stderr);
    expect(r.stderr).not.toMatch(STACK_FRAME);
  };
  it.each([
    ["an unknown command", ["frob"], 2, /^$/, /^error: unknown command 'frob'/],
    ["a truncated file", ["resolve", files.path("truncated.json"), "--as-of", AS_OF], 1, /^$/, /truncated\.json:\d+: not valid JSON: .*the file is truncated/],
  ] satisfies Case[])("%s", check);
  it.runIf(LONG).each([
    ["--help", ["--help"], 0, /^Usage: ai-partnership-rules \[options\] \[command\][\s\S]*Exit codes:/, /^$/],
    ["--version", ["--version"], 0, new RegExp(`^${pkg.version.replace(/\./g, "\\.")}\\n$`), /^$/],
    ["an empty file", ["resolve", files.path("empty.ndjson"), "--as-of", AS_OF], 1, /^$/, /empty\.ndjson: the input is empty/],
    ["a file not in UTF-8", ["resolve", files.path("latin1.ndjson"), "--as-of", AS_OF], 1, /^$/, /latin1\.ndjson:1: not UTF-8 text \(byte 0xf6/],
  ] satisfies Case[])("%s", check);

  it.runIf(LONG)("diffs two clarifications of one question: the announcement and the reading (the issue's 'done when')", async () => {
    const r = await cli(["diff", EXAMPLES.fictional, "--as-of", "2027-01-15T00:00:00Z", "-c", "baidu", "--clarifications", EXAMPLES.clarifications, "--clarification", "1", "--clarification-b", "2", "-o", "table"]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(r.stdout).toMatch(/Baidu \(baidu\) +NEEDS_REVIEW +NO +demo-baidu-blog: needs-review → not-qualifying\n +publicity undetermined → not-met \[.*C5\.release.*\]: unrecognizedSource undetermined \(clarification 1\) → not-met \(clarification 2\)/);
  });

  it("resolves an example file exactly as the library does, and exits 0", async () => {
    const r = await cli(["resolve", EXAMPLES.real, "--as-of", AS_OF]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toEqual(expected);
  });

  it("reads NDJSON from standard input: a bad line is reported with its line number, the rest resolved, exit 1", async () => {
    const r = await cli(["resolve", "--as-of", AS_OF, "-o", "ndjson"], { stdin: lines.join("\n") });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^stdin:4: announcements\[3\]: not valid JSON: .*\[invalid-json\]$/m);
    // Exactly the library's answer over the good lines, each question counting the lost line.
    const rest = expected.resolutions.map((x: { outcome: string; rejected: number }) => ({ ...x, rejected: 1 }));
    const got = r.stdout.trimEnd().split("\n").map((l) => (JSON.parse(l) as { resolution: { outcome: string; rejected: number; summary: string; clauses: string[] } }).resolution);
    expect(got.map((x) => x.rejected)).toEqual(rest.map((x: { rejected: number }) => x.rejected));
    // A lost line might have qualified: no question is NO or PENDING while one is lost.
    expect(got.map((x) => x.outcome)).toEqual(expected.resolutions.map((x: { outcome: string }) => (x.outcome === "YES" ? "YES" : "NEEDS_REVIEW")));
  });

  it("ends quietly when its reader goes away (resolve | head -1): no EPIPE, no stack trace, exit 0", async () => {
    // The output (170 kB) is more than a pipe holds: writing goes on after head has left.
    const r = await cli([], { shell: `"${process.execPath}" "${await cliPath()}" resolve ${EXAMPLES.real} --as-of ${AS_OF} -o json | head -1; echo "exit \${PIPESTATUS[0]}" >&2` });
    expect(r.stdout.split("\n")).toHaveLength(2); // one line, and the end of it
    expect(r.stderr).toBe("exit 0\n");
  });

  it.runIf(existsSync("/dev/full"))("says so, without a stack trace, and exits 74 when the output cannot be written (a full disk)", async () => {
    const r = await cli([], { shell: `"${process.execPath}" "${await cliPath()}" resolve ${EXAMPLES.real} --as-of ${AS_OF} > /dev/full` });
    expect(r.code).toBe(74);
    expect(r.stderr).toBe("error: cannot write to standard output: ENOSPC; the output is incomplete\n");
  });

  it.runIf(LONG)("colours a table through a pipe when FORCE_COLOR=1 says so", async () => {
    const r = await cli(["resolve", EXAMPLES.fictional, "--as-of", "2027-01-15T00:00:00Z", "-c", "alibaba", "-o", "table"], { env: { FORCE_COLOR: "1" } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("\u001b[32mYES");
  });

  it.runIf(hasScript)("on a terminal: a coloured table by default, no colour with NO_COLOR=1", async () => {
    const args = `${process.execPath} ${await cliPath()} resolve ${EXAMPLES.fictional} --as-of 2027-01-15T00:00:00Z -c alibaba`;
    const [tty, noColor] = await Promise.all([cli([], { script: args }), cli([], { script: args, env: { NO_COLOR: "1" } })]);
    expect(tty.stdout).toContain("\u001b[32mYES");
    expect(noColor.stdout).toMatch(/As of 2027-01-15T00:00:00.000Z[\s\S]*Alibaba Group \(alibaba\) +YES/);
    expect(noColor.stdout).not.toContain("\u001b[");
  });
});
