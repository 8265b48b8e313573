import type { Resolution, Resolver, SeriesResolution, UnplacedItem } from "../index.js";
import { CliError, EXIT, type ExitCode } from "./exit.js";
import { type Problem, feed, formatProblem, placeProblems } from "./feed.js";
import type { InputFormat } from "./input.js";
import { seriesMarkdown, seriesTable } from "./render.js";
import { clarificationNumber, companyIds, inputSources, makeResolver, readClarifications, readReadings, resolveAsOf } from "./settings.js";
import { type Io, styles, useColor, write } from "./terminal.js";

/**
 * The options of `resolve`, as the parser hands them over.
 *
 * @example
 * ```ts
 * const options: ResolveOptions = { asOf: "2026-11-23T00:00:00Z", company: ["alibaba"], strict: true };
 * ```
 */
export interface ResolveOptions {
  readonly asOf: string;
  /** A file of clarifications given to every question (see `diff`). */
  readonly clarifications?: string;
  /** Resolve under the clarifications up to this number (`0`: none); by default those published at or before `asOf`. */
  readonly clarification?: string;
  readonly company?: readonly string[];
  readonly format?: InputFormat;
  readonly output?: "table" | "json" | "ndjson" | "markdown";
  readonly readings?: string;
  readonly strict?: boolean;
  readonly color?: boolean;
}

/**
 * What streaming the input into resolvers found: how many announcements were read and the
 * problems (already printed on stderr as they were met).
 *
 * @example
 * ```ts
 * const { read, problems } = await streamInto([resolver], files, undefined, io);
 * ```
 */
export interface StreamReport {
  readonly read: number;
  readonly problems: number;
  /** Announcements (or lines) refused, each counted once. */
  readonly refused: number;
}

/**
 * Streams the input into one or more resolvers in chunks, printing each problem on stderr as it
 * is met. A line that is not JSON is handed to the resolvers as `null`, so that they count it as
 * rejected like an announcement the schema refuses: while any announcement is rejected and
 * nothing qualifies, the library answers NEEDS_REVIEW, never NO or PENDING.
 *
 * @example
 * ```ts
 * const report = await streamInto([resolver], ["events.ndjson"], undefined, io);
 * ```
 */
export async function streamInto(resolvers: readonly Resolver[], files: readonly string[], format: InputFormat | undefined, io: Io): Promise<StreamReport> {
  let problems = 0;
  let refused = 0;
  const read = await feed(inputSources(files, io), format, io, async (chunk) => {
    const values = chunk.map((item) => (item.problem === undefined ? item.value : null));
    let found: Problem[] = [];
    resolvers.forEach((resolver, n) => {
      const report = resolver.add(values);
      // Every resolver refuses the same announcements: the first one's report says which.
      if (n === 0) {
        refused += report.rejected.length;
        found = placeProblems(chunk, report.issues);
      }
    });
    problems += found.length;
    if (found.length > 0) await write(io.stderr, found.map((p) => formatProblem(p)).join("\n") + "\n");
  });
  return { read, problems, refused };
}

/**
 * `resolve`: streams announcements through the incremental resolver and prints the resolution
 * of every question asked (the whole series by default). Returns the exit code.
 *
 * @example
 * ```ts
 * const code = await runResolve(["examples/real-events.json"], { asOf: "2026-11-23T00:00:00Z", output: "json" }, io);
 * ```
 */
export async function runResolve(files: readonly string[], options: ResolveOptions, io: Io): Promise<ExitCode> {
  const asOf = resolveAsOf(options.asOf, io);
  const readings = await readReadings(options.readings);
  const clarification = clarificationNumber(options.clarification, "--clarification");
  if (clarification !== undefined && options.clarifications === undefined) throw new CliError("--clarification needs a --clarifications file", EXIT.usage);
  const clarifications = await readClarifications(options.clarifications);
  const resolver = makeResolver({ asOf, companies: companyIds(options.company), readings, readingsFile: options.readings, clarifications, clarificationsFile: options.clarifications, clarification });
  const report = await streamInto([resolver], files, options.format, io);
  const paint = styles(useColor(io.stderr, io.env, options.color));
  if (report.problems > 0 && options.strict === true) {
    throw new CliError(`${report.refused.toLocaleString("en-US")} of ${report.read.toLocaleString("en-US")} announcements refused (see above); nothing resolved (--strict)`, EXIT.input);
  }
  const series = resolver.series();
  await write(io.stdout, renderSeries(series, options.output ?? (io.stdout.isTTY === true ? "table" : "json"), useColor(io.stdout, io.env, options.color)));
  if (report.problems > 0) {
    await write(io.stderr, `${paint.yellow("warning")} ${report.refused.toLocaleString("en-US")} of ${report.read.toLocaleString("en-US")} announcements refused (see above) and left out; each counts in \`rejected\`, so a question nothing qualifies for is NEEDS_REVIEW, not NO or PENDING\n`);
    return EXIT.input;
  }
  return EXIT.ok;
}

/**
 * One line of `resolve -o ndjson`: every line is an object with a `type` and, under the key
 * that `type` names, the item itself, unchanged: a `Resolution` (one line per question, in the
 * series' order) or, after them, an `UnplacedItem` (one line per announcement whose Chinese
 * party cannot be placed: the series' `unplaced`). The items are not flattened into the line,
 * so each one still validates against its shipped JSON Schema (`resolution`, `unplaced-item`,
 * both closed to extra properties), and a reader that wants only resolutions keeps the lines
 * whose `type` is `resolution`.
 *
 * @example
 * ```ts
 * const line = JSON.parse(text) as NdjsonLine;
 * if (line.type === "resolution") console.log(line.resolution.companyId, line.resolution.outcome);
 * else console.log(line.unplaced.announcementId, line.unplaced.mightBe);
 * ```
 */
export type NdjsonLine = { readonly type: "resolution"; readonly resolution: Resolution } | { readonly type: "unplaced"; readonly unplaced: UnplacedItem };

/**
 * A series as NDJSON: one {@link NdjsonLine} per question, then one per unplaced announcement,
 * each ending at a line feed and nowhere else (line and paragraph separators are escaped).
 *
 * @example
 * ```ts
 * seriesNdjson(series); // '{"type":"resolution","resolution":{"companyId":"alibaba",…}}\n…'
 * ```
 */
export function seriesNdjson(series: SeriesResolution): string {
  const lines: NdjsonLine[] = [...series.resolutions.map((resolution) => ({ type: "resolution" as const, resolution })), ...series.unplaced.map((unplaced) => ({ type: "unplaced" as const, unplaced }))];
  // JSON leaves U+0085, U+2028 and U+2029 raw inside strings; readers that split lines by
  // Unicode's rules (Python's str.splitlines, for one) would cut a line there. Escaped, they
  // parse back the same and every line ends only at its "\n".
  return lines.map((line) => JSON.stringify(line).replace(/[\u0085\u2028\u2029]/g, (c) => `\\u${(c.codePointAt(0) as number).toString(16).padStart(4, "0")}`)).join("\n") + "\n";
}

/**
 * A series in one of the output formats.
 *
 * @example
 * ```ts
 * renderSeries(series, "ndjson", false); // a line per question, then a line per unplaced announcement
 * ```
 */
export function renderSeries(series: SeriesResolution, output: NonNullable<ResolveOptions["output"]>, color: boolean): string {
  switch (output) {
    case "json":
      return JSON.stringify(series, null, 2) + "\n";
    case "ndjson":
      return seriesNdjson(series);
    case "markdown":
      return seriesMarkdown(series);
    case "table":
      return seriesTable(series, styles(color));
  }
}
