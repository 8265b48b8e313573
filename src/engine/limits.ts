/**
 * The limits of one call to a safe entry point (`safeResolve`, `safeResolveSeries`). They bound
 * the memory and time a single request can take, so that any input within them completes under
 * Node's default heap (about 4 GB on a 64-bit machine with enough memory): a request over a
 * limit is answered with an issue, never with a crash. Split larger inputs into several calls,
 * or pass `evaluations: "decisive"` to keep fewer evaluations.
 *
 * - `announcements`: announcements in one call.
 * - `questions`: questions in one `resolveSeries` call.
 * - `inputValues`: objects, arrays and array items in the whole input (announcements, sources,
 *   parties, …), counting a value each time it is reached (a shared array counts at every use).
 * - `arrayItems`: items in any array other than `announcements` and `questions` (the schemas'
 *   own limits are lower: 500 sources, 100 parties, …; this one stops a huge array before it is
 *   even read).
 * - `objectFields`: fields in any one object.
 * - `depth`: nesting depth of the input.
 * - `relationChecks`: questions × announcements, each announcement being checked against each
 *   question's company.
 * - `evaluations`: units of work over all questions: one per announcement evaluated for a
 *   question (announcements related to its company, or whose Chinese party is unknown), plus one
 *   per five of its sources and Russian parties. Estimated before any evaluation is made; identical questions count
 *   once. The search for when a YES announcement first qualified is charged too.
 * - `issues`: problems listed in one answer; validation stops there, and a last issue with code
 *   `too-many-issues` says the rest were not listed.
 *
 * @example
 * ```ts
 * if (announcements.length > LIMITS.announcements) console.log("split the batch");
 * ```
 */
export const LIMITS = Object.freeze({
  announcements: 500_000,
  questions: 10_000,
  inputValues: 10_000_000,
  arrayItems: 10_000,
  objectFields: 1_000,
  depth: 32,
  relationChecks: 20_000_000,
  evaluations: 200_000,
  issues: 1_000,
});
