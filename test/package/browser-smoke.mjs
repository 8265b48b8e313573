// Browser smoke test of the built package (`.ci/run` runs it after the build): bundles
// test/package/browser-entry.mjs (the smoke computation over dist/index.js) with esbuild for the
// browser, loads it in a page in headless Chromium (Debian's /usr/bin/chromium, driven by
// playwright-core), and checks the page resolves the examples exactly as Node 20 did
// (test/package/smoke-expected.json). CHROMIUM overrides the browser's path.
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { chromium } from "playwright-core";

const executablePath = process.env.CHROMIUM ?? "/usr/bin/chromium";
const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const expected = JSON.parse(readFileSync(here("smoke-expected.json"), "utf8"));

const dir = mkdtempSync(join(tmpdir(), "ai-partnership-rules-browser-"));
let browser;
try {
  await build({ entryPoints: [here("browser-entry.mjs")], outfile: join(dir, "smoke.js"), bundle: true, minify: true, platform: "browser", format: "iife", target: "es2022", logLevel: "error" });
  const script = readFileSync(join(dir, "smoke.js"));
  writeFileSync(join(dir, "index.html"), `<!doctype html><meta charset="utf-8"><title>smoke</title><script src="smoke.js"></script>\n`);

  // Flags: no network of Chromium's own (this machine has none), a fresh profile; playwright-core
  // adds --headless, --no-sandbox (as root) and its own profile directory.
  browser = await chromium.launch({ executablePath, args: ["--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(pathToFileURL(join(dir, "index.html")).href);
  await page.waitForFunction(() => window.smokeResult !== undefined, undefined, { timeout: 30_000 });
  const result = await page.evaluate(() => window.smokeResult);
  assert.deepEqual(errors, [], "the page raised no error");
  assert.equal(result.ok, true, result.error);
  assert.deepEqual(result.summary, expected, "Chromium resolves the examples as Node 20 did (test/package/smoke-expected.json)");
  const questions = Object.values(result.summary).reduce((n, s) => n + Object.keys(s.questions).length, 0);
  console.log(`browser smoke ok: ${browser.version()} (${(script.length / 1000).toFixed(0)} kB bundle, ${(gzipSync(script).length / 1000).toFixed(0)} kB gzipped, zod included), ${questions} questions' outcomes, time spans and audit digests as expected`);
} finally {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
}
