import { type CriterionChange, type Resolution, type ResolutionDiff, type SeriesDiff, type SeriesResolution, diffSeries } from "../index.js";
import { CliError, EXIT, type ExitCode } from "./exit.js";
import type { InputFormat } from "./input.js";
import { paintOutcome, table } from "./render.js";
import { streamInto } from "./resolve.js";
import { clarificationNumber, companyIds, makeResolver, readClarifications, readReadings, resolveAsOf } from "./settings.js";
import { printable } from "./feed.js";
import { type Io, styles, useColor, write } from "./terminal.js";

/**
 * The options of `diff`: side A is `--as-of`, `--readings` and `--clarification`, side B
 * `--as-of-b`, `--readings-b` and `--clarification-b` (each the same as A's when left out; at
 * least one must differ). `--clarifications` names a file of clarifications given to every
 * question on both sides.
 *
 * @example
 * ```ts
 * const options: DiffOptions = { asOf: "2027-01-15T00:00:00Z", clarifications: "examples/clarifications.json", clarification: "1", clarificationB: "2" };
 * ```
 */
export interface DiffOptions {
  readonly asOf: string;
  readonly asOfB?: string;
  readonly readings?: string;
  readonly readingsB?: string;
  readonly clarifications?: string;
  readonly clarification?: string;
  readonly clarificationB?: string;
  readonly company?: readonly string[];
  readonly format?: InputFormat;
  readonly output?: "table" | "json";
  readonly color?: boolean;
}

/** A criterion's change in a few words: `publicity undetermined → not-met (reading unrecognizedSource undetermined → not-met)`. */
function criterionLine(c: CriterionChange): string {
  const why = c.because.map((x) => (x.kind === "reading" ? `${x.reading} ${x.a}${by(x.clarification.a)} → ${x.b}${by(x.clarification.b)}` : x.kind === "registry" ? `registry ${x.a} → ${x.b}${x.records.length === 0 ? "" : ` (${x.records.join(", ")})`}` : x.kind === "asOf" ? "asOf" : "window"));
  return `  ${c.criterion} ${c.a} → ${c.b} [${c.clauses.join(", ")}]${why.length === 0 ? "" : `: ${why.join("; ")}`}`;
}

function by(n: number | undefined): string {
  return n === undefined ? "" : ` (clarification ${n})`;
}

/**
 * `diff`: resolves the same input on two sides (two `--as-of` instants, two readings files, or
 * both) in one pass, and prints the questions whose outcome differs with the announcements that
 * make the difference.
 *
 * @example
 * ```ts
 * const code = await runDiff(["examples/real-events.json"], { asOf: "2025-06-01T00:00:00Z", asOfB: "2026-11-23T00:00:00Z" }, io);
 * ```
 */
export async function runDiff(files: readonly string[], options: DiffOptions, io: Io): Promise<ExitCode> {
  const pinA = clarificationNumber(options.clarification, "--clarification");
  const pinB = options.clarificationB === undefined ? pinA : clarificationNumber(options.clarificationB, "--clarification-b");
  if ((options.asOfB === undefined || options.asOfB === options.asOf) && (options.readingsB === undefined || options.readingsB === options.readings) && pinA === pinB) {
    throw new CliError("nothing to compare: give --as-of-b, --readings-b or --clarification-b, different from side A", EXIT.usage);
  }
  if ((pinA !== undefined || pinB !== undefined) && options.clarifications === undefined) throw new CliError("--clarification and --clarification-b need a --clarifications file", EXIT.usage);
  const asOfA = resolveAsOf(options.asOf, io);
  const asOfB = options.asOfB === undefined ? asOfA : options.asOfB === options.asOf ? asOfA : resolveAsOf(options.asOfB, io, "--as-of-b");
  const readingsA = await readReadings(options.readings);
  const readingsFileB = options.readingsB ?? options.readings;
  const readingsB = options.readingsB === undefined ? readingsA : await readReadings(options.readingsB);
  const clarifications = await readClarifications(options.clarifications);
  const companies = companyIds(options.company);
  const shared = { companies, clarifications, clarificationsFile: options.clarifications };
  const a = makeResolver({ ...shared, asOf: asOfA, readings: readingsA, readingsFile: options.readings, clarification: pinA });
  const b = makeResolver({ ...shared, asOf: asOfB, readings: readingsB, readingsFile: readingsFileB, asOfOption: "--as-of-b", clarification: pinB, clarificationOption: "--clarification-b" });
  const report = await streamInto([a, b], files, options.format, io);
  const seriesA = a.series();
  const seriesB = b.series();
  const diff = diffSeries(seriesA, seriesB);
  // The resolution of a question on one side (for its outcome when it did not change, and its deadline).
  const on = (series: SeriesResolution, d: ResolutionDiff) => series.resolutions.find((r) => r.companyId === d.companyId && r.questionId === d.questionId) as Resolution;
  const side = (s: SeriesDiff["a"], readings: string | undefined, pin: number | undefined) => ({ ...s, readings: readings ?? null, clarifications: options.clarifications ?? null, clarification: pin ?? null });
  const sideA = side(diff.a, options.readings, pinA);
  const sideB = side(diff.b, readingsFileB, pinB);
  if ((options.output ?? (io.stdout.isTTY === true ? "table" : "json")) === "json") {
    await write(io.stdout, JSON.stringify({ ...diff, a: sideA, b: sideB }, null, 2) + "\n");
  } else {
    const paint = styles(useColor(io.stdout, io.env, options.color));
    const label = (s: typeof sideA) => `${s.asOf}${s.readings === null ? "" : ` with ${s.readings}`}${s.clarifications === null ? "" : s.clarification === null ? ` under the clarifications of ${s.clarifications} then published` : ` under ${s.clarifications} up to clarification ${s.clarification}`}`;
    const lines = [paint.dim(printable(`A: ${label(sideA)}`)), paint.dim(printable(`B: ${label(sideB)}`))];
    if (diff.differences.length === 0) lines.push(`No resolution differs (${diff.questions} questions).`);
    else {
      const outcomes = diff.differences.filter((d) => d.outcome !== undefined).length;
      lines.push(`${diff.differences.length} of ${diff.questions} resolutions differ (${outcomes} outcome${outcomes === 1 ? "" : "s"}):`, "");
      const rows: string[][] = [["COMPANY", "A", "B", "ANNOUNCEMENTS (A → B)"]];
      for (const d of diff.differences) {
        const what = d.announcements.flatMap((x) => [`${x.announcementId}: ${x.a ?? "-"} → ${x.b ?? "-"}`, ...x.criteria.map(criterionLine)]);
        if (what.length === 0 && d.deadlineBetween) what.push(`(none: the deadline ${on(seriesA, d).deadline} passed)`);
        rows.push([printable(`${d.companyName} (${d.companyId})`), on(seriesA, d).outcome, on(seriesB, d).outcome, printable(what[0] ?? "")]);
        for (const more of what.slice(1)) rows.push(["", "", "", printable(more)]);
      }
      lines.push(table(rows, (row, column, cell) => (row === 0 ? paint.bold(cell) : column === 1 || column === 2 ? paintOutcome(cell, paint) : cell)));
    }
    await write(io.stdout, lines.join("\n") + "\n");
  }
  return report.problems > 0 ? EXIT.input : EXIT.ok;
}
