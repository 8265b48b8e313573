import { defineConfig } from "vitest/config";

// `vitest run` is the fast suite (`npm test`); `vitest run --mode long` (`npm run test:long`) runs
// the same tests at full size: TEST_LONG=1 (see test/support/size.ts) and 2,000 runs per property.
//
// Two projects. The heavy files (hostile input, fuzzing, properties, scale) run each in a process
// of its own. The many small, pure files share their process's module cache, so the built-in
// registry is built once per process rather than once per file; that keeps `npm test` under a
// minute.
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
      typecheck: { enabled: true, include: ["test/**/*.test-d.ts"] },
      projects: [
        { extends: true, test: { ...shared, name: "unit", include: ["test/**/*.test.ts"], exclude: HEAVY, isolate: long } },
        { extends: true, test: { ...shared, name: "heavy", include: HEAVY, isolate: true } },
      ],
    },
  };
});
