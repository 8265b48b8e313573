// Runtime smoke test of the built package (`.ci/run` runs it on Node 20, 22 and 24): imports the
// ESM and the CJS entry points by the package's name, resolves the example series with each
// (test/package/smoke-core.mjs) and checks the summaries equal test/package/smoke-expected.json,
// computed once on Node 20 and committed. `--write` rewrites that file (on Node 20 only: the
// expected values are Node 20's, and the other runtimes must agree with them).
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { smoke } from "./smoke-core.mjs";

const here = (path) => new URL(path, import.meta.url);
const read = (path) => JSON.parse(readFileSync(here(path), "utf8"));
const examples = { fictional: read("../../examples/announcements.json"), real: read("../../examples/real-events.json") };
const EXPECTED = here("smoke-expected.json");

const esm = smoke(await import("ai-partnership-rules"), examples);
const cjs = smoke(createRequire(import.meta.url)("ai-partnership-rules"), examples);
assert.deepEqual(cjs, esm, "the CJS build resolves the examples as the ESM build does");

if (process.argv.includes("--write")) {
  assert.ok(process.versions.node.startsWith("20."), "the expected values are written on Node 20");
  writeFileSync(EXPECTED, `${JSON.stringify(esm, null, 2)}\n`);
  console.log(`wrote ${EXPECTED.pathname}`);
} else {
  assert.deepEqual(esm, JSON.parse(readFileSync(EXPECTED, "utf8")), `Node ${process.version} resolves the examples as Node 20 did (test/package/smoke-expected.json)`);
}
const questions = Object.values(esm).reduce((n, s) => n + Object.keys(s.questions).length, 0);
const spans = Object.values(esm).reduce((n, s) => n + Object.values(s.questions).reduce((m, q) => m + Object.keys(q.spans).length, 0), 0);
console.log(`smoke ok on Node ${process.version}: ESM and CJS builds, ${questions} questions' outcomes, ${spans} time spans and the audit digests as expected`);
