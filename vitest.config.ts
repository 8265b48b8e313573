import { defineConfig } from "vitest/config";

// `vitest run` is the fast suite (`npm test`); `vitest run --mode long` (`npm run test:long`) runs
// the same tests at full size: TEST_LONG=1 (see test/support/size.ts) and 2,000 runs per property.
//
// Three projects: the many small, pure files ("unit"), the heavy ones (hostile input, fuzzing,
// properties, scale) and the files that mock a module of src/ ("limits"). In `npm test` the files
// of "unit" and of "heavy" share their worker's module cache, so the built-in registry is built
// once per worker rather than once per file. The long run isolates every file (a fresh module
// state each).
//
// Workers: vitest's default (one fewer than the cores: a single worker on the 2-core development
// machine). Two workers were tried, alternating with one in one session on that machine while
// other jobs ran: no clear difference (about 40 s each at the lowest load), so the default stays.
const LIMITS = ["test/limits/**/*.test.ts"];
const HEAVY = ["test/fuzz/**/*.test.ts", "test/adversarial/**/*.test.ts", "test/properties/**/*.test.ts", "test/scale.test.ts"];

export default defineConfig(({ mode }) => {
  const long = mode === "long";
  const shared = {
    pool: "forks" as const,
    env: long ? { TEST_LONG: "1", PROP_RUNS: process.env.PROP_RUNS ?? "2000" } : {},
    testTimeout: long ? 600_000 : 30_000,
  };
  return {
    test: {
      projects: [
        // The type tests (test/**/*.test-d.ts) are compiled by `npm run typecheck` (tsc over src
        // and test) in every run; the long run also runs them through vitest, once.
        { extends: true, test: { ...shared, name: "unit", include: ["test/**/*.test.ts"], exclude: [...HEAVY, ...LIMITS], isolate: long, typecheck: { enabled: long, include: ["test/**/*.test-d.ts"] } } },
        { extends: true, test: { ...shared, name: "heavy", include: HEAVY, isolate: long } },
        // Files that replace a module of src/ with vi.mock (test/limits: the work limits lowered,
        // so that `npm test` checks them in about a second): always a fresh module state per file,
        // so that no mock reaches another file.
        { extends: true, test: { ...shared, name: "limits", include: LIMITS, isolate: true } },
      ],
    },
  };
});
