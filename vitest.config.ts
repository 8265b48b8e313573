import { defineConfig } from "vitest/config";

// `vitest run` is the fast suite (`npm test`); `vitest run --mode long` (`npm run test:long`) runs
// the same tests at full size: TEST_LONG=1 (see test/support/size.ts) and ten times the property runs.
export default defineConfig(({ mode }) => ({
  test: {
    include: ["test/**/*.test.ts"],
    // The library is pure and its tests share no state, so test files may share a worker's module
    // cache: the built-in registry is then built once per worker, not once per file.
    isolate: false,
    pool: "threads",
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"] },
    env: mode === "long" ? { TEST_LONG: "1", PROP_RUNS: process.env.PROP_RUNS ?? "2000" } : {},
    testTimeout: mode === "long" ? 600_000 : 30_000,
  },
}));
