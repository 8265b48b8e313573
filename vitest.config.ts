import { defineConfig } from "vitest/config";

// `vitest run` is the fast suite (`npm test`); `vitest run --mode long` (`npm run test:long`) runs
// the same tests at full size: TEST_LONG=1 (see test/support/size.ts) and ten times the property runs.
export default defineConfig(({ mode }) => ({
  test: {
    include: ["test/**/*.test.ts"],
    // The library is pure and its tests share no state, so in the fast run test files share a
    // worker's module cache: the built-in registry is then built once per worker, not once per
    // file. The long run's 100,000-announcement tests each get a process (and a heap) of their own.
    isolate: mode === "long",
    pool: mode === "long" ? "forks" : "threads",
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"] },
    env: mode === "long" ? { TEST_LONG: "1", PROP_RUNS: process.env.PROP_RUNS ?? "2000" } : {},
    testTimeout: mode === "long" ? 600_000 : 30_000,
  },
}));
