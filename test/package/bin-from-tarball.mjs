// The command line as a user meets it (issue 10's "done when"): the packed tarball installed in
// an empty project, its bin run through `npx` and `node_modules/.bin`, never from the repo.
//
// `npm pack` into a temporary directory; an empty project (its path has a space in it) installs
// the tarball from that file (its dependencies, commander, @date-fns/tz and the zod peer, come
// from the npm cache or the registry); then the installed bin, with examples/real-events.json
// copied into the project, must:
//   - answer --version with package.json's version, and --help with every command;
//   - print the series table (`-o table`: the table is the default only on a terminal) as of
//     2026-11-23T00:00:00Z, with the outcomes, deciding and to-review announcements of
//     test/package/smoke-expected.json (the checked-in expectations the smoke test uses), and
//     byte for byte what the repository's own build prints; and the fictional examples' table
//     (YES, NO and NEEDS_REVIEW, with deciding announcements) as smoke-expected.json says;
//   - print JSON that validates against the shipped series-resolution.schema.json, with the same
//     outcomes;
//   - resolve an NDJSON file with a bad line: the line reported on stderr with its file and line,
//     the rest resolved (typed NDJSON lines, each resolution valid against the shipped
//     resolution.schema.json, counting the lost line in `rejected`), exit 1 (docs/cli.md);
//   - print the shipped schema files with `schema`;
//   - end quietly when its reader goes away (`| head -1`);
//   - and print the same table on Node 22 and 24 (fetched by `npx -y node@…`, as the smoke test
//     does; `--node-versions=` with an empty list skips them).
// Needs `npm run build` first. Run by `npm run smoke` (and so by .ci/run). BIN_TIMES=1 prints the
// time of each command it runs on stderr.
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";

const started = performance.now();
const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const AS_OF = "2026-11-23T00:00:00Z";
const NAME = "ai-partnership-rules";
const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
const smokeExpected = JSON.parse(readFileSync(join(ROOT, "test/package/smoke-expected.json"), "utf8"));
const expected = smokeExpected.real;
const fictional = JSON.parse(readFileSync(join(ROOT, "examples/announcements.json"), "utf8"));
const nodeVersions = (process.argv.find((a) => a.startsWith("--node-versions="))?.slice("--node-versions=".length) ?? "22,24").split(",").filter((v) => v !== "");
assert.ok(existsSync(join(ROOT, "dist/cli.js")), "dist/cli.js is missing: run `npm run build` first");

// npm's own notices (an unknown user config, update hints) are not the bin's output.
const env = { ...process.env, npm_config_loglevel: "error", npm_config_update_notifier: "false", NO_COLOR: undefined, FORCE_COLOR: undefined };
for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
const checked = [];

/** Runs a command; returns its exit code, stdout and stderr (never throws on a non-zero exit). */
function run(command, args, options = {}) {
  const t0 = performance.now();
  const r = spawnSync(command, args, { cwd: options.cwd, env, input: options.input, encoding: "utf8", maxBuffer: 64 * 1024 * 1024, shell: process.platform === "win32" });
  if (r.error) throw r.error;
  if (process.env.BIN_TIMES) console.error(`${((performance.now() - t0) / 1000).toFixed(2)} s: ${command} ${args.join(" ")}`);
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

/** Asserts exit code and an empty stderr (unless `stderr` says what it must match). */
function expectRun(r, label, code, stderr = /^$/) {
  assert.equal(r.code, code, `${label}: exit ${r.code}, expected ${code}\nstderr: ${r.stderr}`);
  assert.match(r.stderr, stderr, `${label}: stderr`);
  checked.push(label);
  return r;
}

/** The rows of a series table: [company id, outcome, decided by]. */
function tableRows(text, asOf = AS_OF) {
  const lines = text.trimEnd().split("\n");
  assert.equal(lines[0], `As of ${new Date(asOf).toISOString()} (registry ${expected.registryVersion})`, "the table's first line says as of when, with the registry version");
  assert.match(lines[1], /^COMPANY +OUTCOME +DECIDED BY$/, "the table's header");
  return lines.slice(2).filter((l) => l !== "" && !l.startsWith(" ") && !l.startsWith("Chinese party not placed")).map((l) => {
    const m = /^.+? \(([a-z0-9-]+)\) +(YES|NO|PENDING|NEEDS_REVIEW)(?: +(.*))?$/.exec(l);
    assert.ok(m, `a table row: ${JSON.stringify(l)}`);
    return [m[1], m[2], m[3] ?? ""];
  });
}

/** Checks a series (rows of id, outcome, deciding id, to-review ids) against smoke-expected.json. */
function expectOutcomes(got, label, want0 = expected) {
  assert.deepEqual(got.map((q) => q.id), Object.keys(want0.questions), `${label}: one row per question of the series, in order`);
  for (const q of got) {
    const want = want0.questions[q.id];
    assert.equal(q.outcome, want.outcome, `${label}: ${q.id}'s outcome`);
    assert.equal(q.deciding, want.deciding?.id, `${label}: ${q.id}'s deciding announcement`);
    for (const id of want.needsReview) assert.ok(q.review.includes(id), `${label}: ${q.id} names ${id} to review`);
  }
}

const work = mkdtempSync(join(tmpdir(), "apr-bin-"));
try {
  // The tarball npm would publish, installed from its file in an empty project.
  const [{ filename }] = JSON.parse(execFileSync("npm", ["pack", "--json", "--pack-destination", work], { cwd: ROOT, env, encoding: "utf8", shell: process.platform === "win32" }));
  const project = join(work, "empty project");
  mkdirSync(join(project, "examples"), { recursive: true });
  writeFileSync(join(project, "package.json"), `${JSON.stringify({ name: "empty-project", version: "1.0.0", private: true }, null, 2)}\n`);
  expectRun(run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", join(work, filename)], { cwd: project }), "npm install <tarball>", 0, /^(npm warn .*\n)*$/);
  copyFileSync(join(ROOT, "examples/real-events.json"), join(project, "examples/real-events.json"));
  const installed = join(project, "node_modules", NAME);
  assert.equal(JSON.parse(readFileSync(join(installed, "package.json"), "utf8")).version, version, "the installed package is this version");

  // `npx --no` runs the project's own bin, never one installed from the registry for the occasion.
  const npx = (args, options) => run("npx", ["--no", "--", NAME, ...args], { cwd: project, ...options });
  const bin = (args, options) => run(join(project, "node_modules/.bin", NAME), args, { cwd: project, ...options });

  // npx for the issue's own commands (each npx costs a second or two); the bin itself for the rest.
  for (const [how, cmd] of [["npx", npx], ["node_modules/.bin", bin]]) {
    assert.equal(expectRun(cmd(["--version"]), `${how} --version`, 0).stdout, `${version}\n`);
    if (how !== "npx") continue;
    const help = expectRun(cmd(["--help"]), `${how} --help`, 0).stdout;
    assert.match(help, /^Usage: ai-partnership-rules \[options\] \[command\]/);
    for (const command of ["resolve", "validate", "explain", "schema", "diff"]) assert.match(help, new RegExp(`^  ${command}\\b`, "m"), `--help lists ${command}`);
    assert.match(help, /Exit codes:/);
  }

  // The command, as its "done when" says: the series table.
  const args = ["resolve", "examples/real-events.json", "--as-of", AS_OF, "-o", "table"];
  const table = expectRun(npx(args), "npx resolve -o table", 0).stdout;
  const rows = tableRows(table);
  expectOutcomes(
    rows.map(([id, outcome, by]) => ({ id, outcome, deciding: /^deciding: (\S+)/.exec(by)?.[1], review: by })),
    "the table",
  );
  assert.equal(expectRun(bin(args), "resolve -o table", 0).stdout, table, "npx and node_modules/.bin print the same table");
  // The fictional examples, where outcomes are YES, NO and NEEDS_REVIEW, with deciding announcements.
  copyFileSync(join(ROOT, "examples/announcements.json"), join(project, "examples/announcements.json"));
  const fictionalTable = expectRun(bin(["resolve", "examples/announcements.json", "--as-of", fictional.asOf, "-o", "table"]), "resolve <fictional examples> -o table", 0).stdout;
  expectOutcomes(
    tableRows(fictionalTable, fictional.asOf).map(([id, outcome, by]) => ({ id, outcome, deciding: /^deciding: (\S+)/.exec(by)?.[1], review: by })),
    "the fictional examples' table",
    smokeExpected.fictional,
  );
  const fromRepo = run(process.execPath, [join(ROOT, "dist/cli.js"), ...args.map((a) => (a.startsWith("examples/") ? join(ROOT, a) : a))], { cwd: ROOT });
  assert.equal(fromRepo.stdout, table, "the installed bin prints what the repository's build prints");

  // JSON, valid against the schema file the package ships.
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const projectRequire = createRequire(join(project, "package.json"));
  const shipped = (name) => JSON.parse(readFileSync(projectRequire.resolve(`${NAME}/schemas/${name}.schema.json`), "utf8"));
  const validSeries = ajv.compile(shipped("series-resolution"));
  const validResolution = ajv.compile(shipped("resolution"));
  const json = JSON.parse(expectRun(bin(["resolve", "examples/real-events.json", "--as-of", AS_OF, "-o", "json"]), "resolve -o json", 0).stdout);
  assert.ok(validSeries(json), `resolve -o json validates against series-resolution.schema.json: ${ajv.errorsText(validSeries.errors)}`);
  expectOutcomes(
    json.resolutions.map((r) => ({ id: r.companyId, outcome: r.outcome, deciding: r.deciding?.announcementId, review: r.needsReview.map((i) => i.announcementId).join(" ") })),
    "resolve -o json",
  );

  // NDJSON with a bad line (line 3), in a file whose name has spaces: reported, the rest resolved, exit 1.
  const lines = JSON.parse(readFileSync(join(ROOT, "examples/real-events.json"), "utf8")).map((a) => JSON.stringify(a));
  lines.splice(2, 0, '{"id": "cut-short", "chineseParty": ');
  writeFileSync(join(project, "events with spaces.ndjson"), `${lines.join("\n")}\n`);
  const bad = expectRun(npx(["resolve", "events with spaces.ndjson", "--as-of", AS_OF, "-o", "ndjson"]), "npx resolve <NDJSON with a bad line>", 1, /^events with spaces\.ndjson:3: announcements\[2\]: not valid JSON: .*\[invalid-json\]\n.*1 of \d+ announcements refused/);
  const out = bad.stdout.trimEnd().split("\n").map((l) => JSON.parse(l));
  assert.equal(out.length, Object.keys(expected.questions).length, "one NDJSON line per question (no announcement is unplaced here)");
  for (const line of out) {
    assert.equal(line.type, "resolution");
    assert.ok(validResolution(line.resolution), `an NDJSON line's resolution validates against resolution.schema.json: ${ajv.errorsText(validResolution.errors)}`);
    assert.equal(line.resolution.rejected, 1, `${line.resolution.companyId} counts the lost line`);
    // A lost line might have qualified: no question is NO or PENDING while one is lost.
    const want = expected.questions[line.resolution.companyId].outcome;
    assert.equal(line.resolution.outcome, want === "YES" ? "YES" : "NEEDS_REVIEW", `${line.resolution.companyId}'s outcome with a lost line`);
  }
  const piped = expectRun(bin(["resolve", "--as-of", AS_OF, "-o", "ndjson"], { input: readFileSync(join(project, "events with spaces.ndjson")) }), "resolve <NDJSON on stdin>", 1, /^stdin:3: announcements\[2\]: not valid JSON/);
  assert.equal(piped.stdout, bad.stdout, "the same NDJSON on standard input resolves the same");

  // `schema`: the files the package ships.
  assert.deepEqual(JSON.parse(expectRun(bin(["schema"]), "schema", 0).stdout), shipped("announcement"));
  assert.deepEqual(JSON.parse(expectRun(bin(["schema", "series-resolution"]), "schema series-resolution", 0).stdout), shipped("series-resolution"));

  // A reader that goes away: no EPIPE, no stack trace, and the pipeline's status is head's.
  const head = run("sh", ["-c", `"${join(project, "node_modules/.bin", NAME)}" resolve examples/real-events.json --as-of ${AS_OF} -o json | head -1`], { cwd: project });
  expectRun(head, "resolve -o json | head -1", 0);
  assert.equal(head.stdout, "{\n");

  // The same table on the other supported runtimes.
  for (const v of nodeVersions) {
    const r = expectRun(run("npx", ["-y", `node@${v}`, join(installed, "dist/cli.js"), ...args], { cwd: project }), `Node ${v}: resolve -o table`, 0);
    assert.equal(r.stdout, table, `Node ${v} prints the table Node ${process.versions.node} printed`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(`bin from the tarball ok: ${checked.length} runs (${checked.join("; ")}), in ${((performance.now() - started) / 1000).toFixed(1)} s`);
