// Imports the built package by name, as ESM and as CJS, and checks the public surface, that its
// internal modules are not importable, the JSON Schema files it ships (in the packed tarball, by
// their subpath, equal to jsonSchemas()), and that the tarball holds only what the README says it does.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import assert from "node:assert/strict";

const expected = [
  "resolve", "safeResolve", "resolveSeries", "safeResolveSeries",
  "evaluateCompany", "evaluateRussianEntity", "evaluateAiScope", "evaluateFormality", "evaluatePublicity", "evaluateTiming",
  "evaluateAnnouncement", "Announcement", "Company", "Entity", "Question", "builtinRegistry", "InputError", "isInputError", "INPUT_ISSUE_CODES",
  "jsonSchemas", "ResolutionSchema", "SeriesResolutionSchema",
];
const esm = await import("ai-partnership-rules");
const cjs = createRequire(import.meta.url)("ai-partnership-rules");
for (const [label, mod] of [["ESM", esm], ["CJS", cjs]]) {
  for (const name of expected) assert.ok(name in mod, `${label} build lacks ${name}`);
  const r = mod.resolve({ question: { companyId: "alibaba" }, announcements: [], asOf: "2027-01-01T00:00:00Z" });
  assert.equal(r.outcome, "NO", `${label} build resolves`);
}
// An InputError thrown by one build is recognised by the other (the two copies share a Symbol.for brand).
for (const [thrower, checker] of [[esm, cjs], [cjs, esm]]) {
  let caught;
  try {
    thrower.resolve({ question: { companyId: "alibaba" }, announcements: [{ id: "a", sources: [{ url: "tass.com/x" }] }], asOf: "2027-01-01T00:00:00Z" });
  } catch (e) {
    caught = e;
  }
  assert.equal(checker.isInputError(caught), true, "isInputError across builds");
  assert.equal(caught instanceof checker.InputError, true, "instanceof InputError across builds");
  assert.equal(caught.issues[0].code, "invalid-url");
}

// The ESM build's internal modules (dist/models/announcement.js, dist/schemas/json-schema.js, …)
// are files of the package, not its API: the `exports` map lets no specifier reach them, neither
// by their path nor through the `./schemas/*.schema.json` subpath.
for (const specifier of ["ai-partnership-rules/dist/models/announcement.js", "ai-partnership-rules/dist/index.js", "ai-partnership-rules/schemas/json-schema.js", "ai-partnership-rules/schemas/json-schema", "ai-partnership-rules/dist/schemas/resolution.schema.json"]) {
  await assert.rejects(import(specifier), { code: "ERR_PACKAGE_PATH_NOT_EXPORTED" }, `import ${specifier} is refused`);
  assert.throws(() => createRequire(import.meta.url)(specifier), { code: "ERR_PACKAGE_PATH_NOT_EXPORTED" }, `require ${specifier} is refused`);
}

// The JSON Schema files: in the tarball npm publishes, one per schema jsonSchemas() returns, equal
// to it, carrying the package's version; importable (ESM, with a JSON import attribute) and
// resolvable (CJS) through the `./schemas/*.schema.json` subpath.
const require = createRequire(import.meta.url);
const { version } = JSON.parse(readFileSync("package.json", "utf8"));
const schemas = esm.jsonSchemas();
assert.deepEqual(cjs.jsonSchemas(), schemas, "the ESM and CJS builds return the same schemas");
const names = Object.keys(schemas).sort();
let contents = "";
const unpacked = mkdtempSync(join(tmpdir(), "ai-partnership-rules-pack-"));
try {
  const [{ filename }] = JSON.parse(execFileSync("npm", ["pack", "--json", "--pack-destination", unpacked], { encoding: "utf8", shell: process.platform === "win32" }));
  execFileSync("tar", ["-xzf", join(unpacked, filename), "-C", unpacked]);
  checkContents(join(unpacked, "package"));
  const shipped = join(unpacked, "package", "dist", "schemas");
  assert.deepEqual(readdirSync(shipped).filter((f) => f.endsWith(".json")).sort(), names.map((n) => `${n}.schema.json`).sort(), "the tarball ships one schema file per name");
  for (const name of names) {
    const file = JSON.parse(readFileSync(join(shipped, `${name}.schema.json`), "utf8"));
    assert.deepEqual(file, schemas[name], `${name}.schema.json in the tarball equals jsonSchemas()["${name}"]`);
    assert.equal(file.$id, `https://unpkg.com/ai-partnership-rules@${version}/dist/schemas/${name}.schema.json`, `${name}: $id carries the version`);
    const specifier = `ai-partnership-rules/schemas/${name}.schema.json`;
    const { default: imported } = await import(specifier, { with: { type: "json" } });
    assert.deepEqual(imported, schemas[name], `import ${specifier}`);
    assert.ok(existsSync(require.resolve(specifier)), `require.resolve ${specifier}`);
    assert.deepEqual(require(specifier), schemas[name], `require ${specifier}`);
  }
} finally {
  rmSync(unpacked, { recursive: true, force: true });
}

/**
 * The tarball holds exactly what the README says it does: dist/ (the ESM build, one file per
 * module of src/ outside src/cli; the CJS build; their declarations; the CLI; the schema files; no
 * source maps), every docs/*.md, README.md, CHANGELOG.md, LICENSE and package.json. The README's links to docs/ are absolute (unpkg, this version), since npm's
 * package page resolves relative links only against a repository, and each names a shipped file.
 */
function checkContents(root) {
  const files = [];
  const walk = (dir) => {
    for (const e of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = dir === "" ? e.name : `${dir}/${e.name}`;
      if (e.isDirectory()) walk(path);
      else files.push(path);
    }
  };
  walk("");
  const allowed = [/^package\.json$/, /^README\.md$/, /^CHANGELOG\.md$/, /^LICENSE$/, /^docs\/[a-z0-9-]+\.md$/, /^dist\/index\.(cjs|d\.ts|d\.cts)$/, /^dist\/cli\.js$/, /^dist\/schemas\/[a-z0-9-]+\.schema\.json$/, /^dist\/([a-z0-9-]+\/)*[a-z0-9-]+\.js$/];
  assert.deepEqual(files.filter((f) => !allowed.some((re) => re.test(f))), [], "the tarball holds only dist, docs, README, CHANGELOG, LICENSE and package.json (no source maps)");
  // The ESM build is one file per module: src/<path>.ts outside src/cli is dist/<path>.js, and no other .js ships.
  const modules = readdirSync("src", { recursive: true }).map((f) => f.split("\\").join("/")).filter((f) => f.endsWith(".ts") && !f.startsWith("cli/")).map((f) => `dist/${f.slice(0, -3)}.js`);
  assert.deepEqual(files.filter((f) => f.endsWith(".js") && f !== "dist/cli.js").sort(), modules.sort(), "the tarball's ESM build is one dist/<path>.js per src/<path>.ts outside src/cli");
  for (const f of ["package.json", "README.md", "CHANGELOG.md", "LICENSE", "dist/index.js", "dist/index.cjs", "dist/index.d.ts", "dist/index.d.cts", "dist/cli.js"]) assert.ok(files.includes(f), `the tarball holds ${f}`);
  const docs = readdirSync("docs").filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`);
  assert.deepEqual(files.filter((f) => f.startsWith("docs/")).sort(), docs.sort(), "the tarball holds every docs/*.md");
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const links = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]);
  const relative = links.filter((l) => !/^(https?:|#|mailto:)/.test(l));
  assert.deepEqual(relative, [], "the README's links are absolute (npm's package page cannot follow relative ones without a repository)");
  const base = `https://unpkg.com/ai-partnership-rules@${version}/`;
  for (const link of links.filter((l) => l.includes("unpkg.com/ai-partnership-rules"))) {
    assert.ok(link.startsWith(base), `${link}: a link to the package's files names this version (${base}…)`);
    const file = link.slice(base.length).replace(/#.*$/, "");
    assert.ok(files.includes(file), `${link}: ${file} is in the tarball`);
  }
  contents = `${files.length} files (${docs.length} docs)`;
}

console.log(`package ok: ESM and CJS expose ${expected.length} names, resolve, and recognise each other's InputError; ${names.length} JSON Schema files shipped, importable, equal to jsonSchemas(); the tarball holds ${contents}, only what the README says`);
