// A host that imports only the models must get a bundle without the built-in registry's data.
//
// Bundles `import { Announcement } from "<dist>"` with esbuild as a browser app would (minified,
// platform browser, zod external; @date-fns/tz bundled) and checks that no record of the built-in
// registry is in it (each record's `note`, a sentence found nowhere else, is the probe) and that
// it stays under MAX_MODELS_BYTES. The same bundle of `import { builtinRegistry }` must hold every
// probe: that proves the probes would be seen.
//
// The ESM build is one file per module and the package says `sideEffects: false`, so a bundler
// drops every module a host does not import. That is safe only if no module does something at
// load that another needs: a bundle of `import { jsonSchemas }` alone (zod and all bundled in, run
// in Node) must return exactly the documents the build wrote to dist/schemas/. Last, a bundler
// resolves the `./schemas/*.schema.json` subpath by the package's name, and no internal module
// through it. Run by `npm run check:package`, after the build.
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

/**
 * Budget of the minified models-only bundle, in bytes: 41.4 kB when the ESM build became one file
 * per module (111.7 kB before, bundled into one file); about 20% headroom.
 */
const MAX_MODELS_BYTES = 50_000;

const dist = fileURLToPath(new URL("../../dist/index.js", import.meta.url));

/** The minified browser bundle of a module that imports `names` from the built package. */
async function bundle(names) {
  const contents = `import { ${names.join(", ")} } from ${JSON.stringify(dist)};\nglobalThis.used = [${names.join(", ")}];\n`;
  const out = await build({
    stdin: { contents, resolveDir: process.cwd(), sourcefile: "host.js" },
    bundle: true,
    minify: true,
    platform: "browser",
    format: "esm",
    external: ["zod"],
    charset: "utf8",
    write: false,
    logLevel: "error",
  });
  return out.outputFiles[0].text;
}

const { builtinRegistry } = await import(dist);
const probes = [...builtinRegistry.companies, ...builtinRegistry.entities, ...builtinRegistry.outlets]
  .map((r) => r.note)
  .filter((note) => typeof note === "string" && note.length >= 40 && !/["'`\\\n]/.test(note));
assert.ok(probes.length >= 50, `expected at least 50 registry notes as probes, found ${probes.length}`);

const withRegistry = await bundle(["builtinRegistry"]);
const missing = probes.filter((p) => !withRegistry.includes(p));
assert.deepEqual(missing, [], "a bundle that uses builtinRegistry holds every record (else the probes prove nothing)");

const models = await bundle(["Announcement"]);
const found = probes.filter((p) => models.includes(p));
assert.deepEqual(found, [], "a bundle of `import { Announcement }` holds no built-in registry record");
const bytes = Buffer.byteLength(models);
assert.ok(bytes <= MAX_MODELS_BYTES, `the models-only bundle is ${bytes} bytes, over its budget of ${MAX_MODELS_BYTES}`);

// A bundle of jsonSchemas alone returns exactly the documents the build wrote.
const scratch = mkdtempSync(join(tmpdir(), "ai-partnership-rules-tree-shake-"));
try {
  const contents = `export { jsonSchemas } from ${JSON.stringify(dist)};\n`;
  const out = await build({ stdin: { contents, resolveDir: process.cwd(), sourcefile: "host.js" }, bundle: true, platform: "node", format: "esm", write: false, logLevel: "error" });
  const file = join(scratch, "json-schemas.mjs");
  writeFileSync(file, out.outputFiles[0].text);
  const { jsonSchemas } = await import(pathToFileURL(file).href);
  const documents = jsonSchemas();
  const written = Object.fromEntries(Object.keys(documents).map((name) => [name, JSON.parse(readFileSync(fileURLToPath(new URL(`../../dist/schemas/${name}.schema.json`, import.meta.url)), "utf8"))]));
  assert.deepEqual(documents, written, "a bundle of `import { jsonSchemas }` alone returns the documents in dist/schemas/");
  assert.ok(Object.keys(documents).length >= 30, "jsonSchemas() returns the schemas");
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

// A bundler resolves a schema file by its subpath, and no internal module through it.
const viaSubpath = await build({
  stdin: { contents: `import schema from "ai-partnership-rules/schemas/resolution.schema.json";\nglobalThis.schema = schema;\n`, resolveDir: process.cwd(), sourcefile: "host.js" },
  bundle: true, format: "esm", write: false, logLevel: "error",
});
assert.ok(viaSubpath.outputFiles[0].text.includes("/dist/schemas/resolution.schema.json"), "a bundler resolves ai-partnership-rules/schemas/resolution.schema.json");
await assert.rejects(
  build({ stdin: { contents: `import "ai-partnership-rules/schemas/json-schema.js";\n`, resolveDir: process.cwd(), sourcefile: "host.js" }, bundle: true, write: false, logLevel: "silent" }),
  /not exported|Could not resolve/,
  "a bundler cannot reach an internal module through the schemas subpath",
);

const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
console.log(
  `tree-shaking ok: import { Announcement } bundles to ${kb(bytes)} minified (${kb(gzipSync(models).length)} gzipped; budget ${kb(MAX_MODELS_BYTES)}), ` +
    `none of ${probes.length} registry records in it; import { builtinRegistry } bundles to ${kb(Buffer.byteLength(withRegistry))} with all of them; ` +
    "import { jsonSchemas } alone returns the built documents; the schemas subpath resolves for a bundler",
);
