/**
 * Test sizes. `npm test` runs every assertion at a size that keeps the whole suite under a
 * minute; `npm run test:long` (vitest `--mode long`, which sets TEST_LONG=1 and PROP_RUNS=2000)
 * runs the same assertions at full size: 100,000-announcement scale tests and ten times the
 * property runs. `.ci/run` runs both.
 */
export const LONG = process.env.TEST_LONG === "1";

/** `full` in the long run, `fast` otherwise. */
export function sized(fast: number, full: number): number {
  return LONG ? full : fast;
}
