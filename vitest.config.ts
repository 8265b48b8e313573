import { defineConfig } from "vitest/config";

// `vitest run` is the fast suite (`npm test`); `vitest run --mode long` (`npm run test:long`) runs
// the same tests at full size: TEST_LONG=1 (see test/support/size.ts) and 2,000 runs per property.
//
// Two projects: the many small, pure files ("unit") and the heavy ones (hostile input, fuzzing,
// properties, scale). In `npm test` the files of each project share their worker's module cache,
// so the built-in registry is built once per worker rather than once per file: that keeps
// `npm test` well under a minute. The long run isolates every file (a fresh module state each).
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
        // so that `npm test` checks them in milliseconds): always a fresh module state per file,
        // so that no mock reaches another file.
        { extends: true, test: { ...shared, name: "limits", include: LIMITS, isolate: true } },
      ],
    },
  };
});
