import { execFile } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { sep } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import type { Plugin } from "esbuild";
import { defineConfig } from "tsup";

/**
 * Makes the CLI import the library's own ESM build rather than carry a copy of it: an import of a
 * library module from src/cli (`../index.js`, `../report/markdown.js`) stays an import, of the
 * built module at the same path relative to dist/cli.js (`./index.js`, `./report/markdown.js`).
 */
const libraryAsExternal: Plugin = {
  name: "library-as-external",
  setup(build) {
    build.onResolve({ filter: /^\.\.\/.+\.js$/ }, (args) => (args.importer.includes(`${sep}src${sep}cli${sep}`) ? { path: `./${args.path.slice(3)}`, external: true } : undefined));
  },
};

const run = promisify(execFile);

// dist/ is emptied before the build by the `prebuild` script (package.json), not here: the three
// builds below run in parallel, and one cleaning would race the others' output.
export default defineConfig([
  // The ESM build: one file per source module (dist/index.js, dist/models/announcement.js, …),
  // not bundled, so that a host's bundler keeps only the modules the host imports (with
  // `sideEffects: false`). The sources' relative imports already carry `.js`, as Node's ESM
  // resolution needs. src/cli is the command line, built on its own below.
  {
    entry: ["src/**/*.ts", "!src/cli/**"],
    format: ["esm"],
    bundle: false,
    // No source maps: the build is not minified (dist reads as the sources do, and stack traces
    // name the functions), and a map would point at src/ files the package does not ship.
    sourcemap: false,
    clean: false,
    target: "node20",
    onSuccess: writeJsonSchemas,
  },
  // The CommonJS build: one bundled file (a `require` loads all of it anyway, and CommonJS hosts
  // do not tree-shake), and the declarations of both builds (dist/index.d.ts, dist/index.d.cts).
  {
    entry: ["src/index.ts"],
    format: ["cjs"],
    sourcemap: false,
    clean: false,
    target: "node20",
    treeshake: true,
  },
  {
    entry: ["src/index.ts"],
    format: ["esm", "cjs"],
    dts: { only: true },
    clean: false,
  },
  // The command line (the package's `bin`): one ESM file with its shebang, importing the
  // library's own build (./index.js and the modules next to it) rather than carrying a copy.
  {
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    sourcemap: false,
    clean: false,
    splitting: false,
    target: "node20",
    banner: { js: "#!/usr/bin/env node" },
    esbuildPlugins: [libraryAsExternal],
  },
]);

/**
 * Writes `dist/schemas/<name>.schema.json`, one file per schema `jsonSchemas()` of the ESM build
 * just made returns (the package exports them as `ai-partnership-rules/schemas/<name>.schema.json`).
 * Fails the build when the version the schemas' `$id`s carry is not package.json's.
 */
async function writeJsonSchemas(): Promise<void> {
  const { version } = JSON.parse(await readFile("package.json", "utf8")) as { version: string };
  // In a fresh process: in watch mode this one has the modules of the previous build cached
  // (the ESM build is many files, so a query on dist/index.js's URL would not reload them).
  const script = `const { jsonSchemas } = await import(${JSON.stringify(pathToFileURL("dist/index.js").href)}); process.stdout.write(JSON.stringify(jsonSchemas()));`;
  const { stdout } = await run(process.execPath, ["--input-type=module", "--eval", script], { maxBuffer: 64 * 1024 * 1024 });
  const built = JSON.parse(stdout) as Record<string, { $id?: string }>;
  await mkdir("dist/schemas", { recursive: true });
  const schemas = Object.entries(built);
  for (const [name, schema] of schemas) {
    if (!schema.$id?.includes(`@${version}/`)) throw new Error(`${name}: $id ${String(schema.$id)} does not carry the package version ${version}; update PACKAGE_VERSION in src/schemas/json-schema.ts`);
    await writeFile(`dist/schemas/${name}.schema.json`, `${JSON.stringify(schema, null, 2)}\n`);
  }
  console.log(`JSON Schema: ${schemas.length} files in dist/schemas/`);
}
