/**
 * The limits of one call to a safe entry point (`safeResolve`, `safeResolveSeries`,
 * `safeParseAnnouncements`, a resolver's `add`). They bound the time and memory one request can
 * take, so that any input within them completes under Node's default heap (about 4 GB on a
 * 64-bit machine with enough memory): a request over a limit is answered with an issue, never
 * with a crash. Announcements are read and resolved one at a time, so memory grows with what a
 * resolution keeps, not with the input; split larger inputs into several calls, or feed them to
 * one resolver (`createResolver`) in chunks.
 *
 * @example
 * ```ts
 * if (announcements.length > LIMITS.announcements) console.log("split the batch");
 * ```
 */
export const LIMITS = Object.freeze({
  /** Announcements in one call. */
  announcements: 1_000_000,
  /** Questions in one call. */
  questions: 10_000,
  /** Objects, arrays and array items in the announcements of one call, counting a value each time it is reached (a shared array counts at every use). */
  inputValues: 30_000_000,
  /**
   * Items in any array other than `announcements` and `questions` (the schemas' own limits are
   * lower: 500 sources, 100 parties, …; this one stops a huge array before it is even read).
   */
  arrayItems: 10_000,
  /** Fields in any one object. */
  objectFields: 1_000,
  /** Nesting depth of the input. */
  depth: 32,
  /** Questions × announcements, each announcement being checked against each question's company. */
  relationChecks: 20_000_000,
  /**
   * Units of work a resolution keeps: one per announcement kept for a question (every related
   * one with `evaluations: "all"`; those that decide the outcome, need review or are near misses
   * with `"decisive"`), plus one per five of its sources, Russian parties and quotes. Identical
   * questions count once. A one-shot call over the limit fails with `too-much-work`; a resolver
   * rejects the announcement that would go over it.
   */
  evaluations: 200_000,
  /** Problems listed in one answer; validation stops there, and a last issue with code `too-many-issues` says the rest were not listed. */
  issues: 1_000,
});
