import { Argument, Command, CommanderError, InvalidArgumentError, Option } from "commander";
import pkg from "../../package.json" with { type: "json" };
import { CliError, EXIT, type ExitCode } from "./exit.js";
import { printable } from "./feed.js";
import { JSON_SCHEMAS, type SchemaName, runSchema } from "./schema.js";
import { type Io, styles, useColor } from "./terminal.js";

const EXIT_HELP = `
Exit codes:
  0   done; every announcement read and used
  1   input problems: an announcement or line refused (resolve still prints the rest),
      validate found problems, or a file is empty, not UTF-8 or not JSON
  2   usage error: unknown command or option, missing or malformed value
  3   a file cannot be opened (no such file, a directory, permission denied)
  70  internal error (a bug: please report it)
  74  the output cannot be written (a full disk); what was printed is incomplete

Environment: NO_COLOR turns colour off, FORCE_COLOR=1 on (FORCE_COLOR=0 off); --color and
--no-color win over both. Colour is on by default only on a terminal.`;

const INPUT_HELP = `
Input: files, or standard input when none is named (or "-"). A JSON array of announcements
(or an object whose "announcements" is one), or NDJSON, one announcement per line; told apart
by the first non-blank character ([ or {), or by --format. NDJSON is streamed line by line, in
bounded memory; a JSON document is read whole.`;

const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];
/** For an option that takes one value: given twice is a usage error (commander would keep the last, silently). */
const once = (value: string, previous: string | undefined): string => {
  if (previous !== undefined) throw new InvalidArgumentError(`given more than once (${JSON.stringify(previous)}, then ${JSON.stringify(value)}); give it once.`);
  return value;
};

function formatOption(): Option {
  return new Option("-f, --format <format>", "input format (default: by the first non-blank character)").choices(["json", "ndjson"]);
}
function colorOptions(cmd: Command): Command {
  return cmd.option("--color", "colour the output even when not on a terminal").option("--no-color", "never colour the output");
}

/**
 * Builds the command line program: its commands, options and help, with commander. Each
 * command's module (and with it the library) is loaded only when the command runs, so `--help`,
 * `--version` and usage errors answer at once. The actions record their exit code through
 * `done`; nothing here exits the process.
 *
 * @example
 * ```ts
 * let code = 0;
 * await buildProgram(io, (c) => (code = c)).parseAsync(["resolve", "data.ndjson", "--as-of", "now"], { from: "user" });
 * ```
 */
export function buildProgram(io: Io, done: (code: ExitCode) => void): Command {
  const errPaint = styles(useColor(io.stderr, io.env, undefined));
  const program = new Command("ai-partnership-rules")
    .description('Resolves the question series "Will <Chinese company> publicly announce a formal AI partnership with a Russian entity before 2027-01-01T00:00:00Z?" from announcements.')
    .version(pkg.version, "-V, --version", "print the version")
    .helpOption("-h, --help", "show help")
    .helpCommand("help [command]", "show help for a command")
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      // An unknown option or argument is echoed: never raw (it may hold escape sequences).
      writeErr: (s) => io.stderr.write(printable(s)),
      outputError: (s) => io.stderr.write(printable(s).replace(/^error:/, errPaint.red("error:"))),
    })
    .showHelpAfterError("(run with --help for usage)")
    .addHelpText("after", EXIT_HELP);

  colorOptions(
    program
      .command("resolve")
      .summary("resolve the series (or some questions) over announcements")
      .description("Streams announcements through the incremental resolver and prints the resolution of each question: the whole series by default.")
      .argument("[files...]", "files of announcements (default: standard input)")
      .requiredOption("-a, --as-of <instant>", "resolve as of this instant (2026-11-23T00:00:00Z), or `now` (reads the clock, and prints the instant)", once)
      .option("-c, --company <id>", "a company to resolve for, by id (alibaba); repeat or separate by commas (default: every company of the series)", collect)
      .addOption(new Option("-o, --output <format>", "output format (default: table on a terminal, json otherwise)").choices(["table", "json", "ndjson", "markdown"]))
      .addOption(formatOption())
      .option("-r, --readings <file>", "a JSON file of readings of what the criteria leave open ({\"straddlingTime\": \"earliest\"})", once)
      .option("--clarifications <file>", "a JSON array of clarifications (number, publishedAt, text, readings, registry), given to every question", once)
      .option("--clarification <n>", "resolve under the clarifications up to number n (0: none); default: those published at or before --as-of", once)
      .option("--strict", "fail (exit 1, nothing printed on stdout) if any announcement or line is refused"),
  )
    .addHelpText("after", `${INPUT_HELP}\n\nA refused line is reported on stderr with its file and line, the rest is resolved, and the\nexit code is 1. A refused announcement counts in "rejected": while any is, a question nothing\nqualifies for is NEEDS_REVIEW, never NO or PENDING.\n\nExamples:\n  ai-partnership-rules resolve examples/real-events.json --as-of 2026-11-23T00:00:00Z\n  cat events.ndjson | ai-partnership-rules resolve --as-of now --company alibaba -o markdown${EXIT_HELP}`)
    .action(async (files: string[], options) => done(await (await import("./resolve.js")).runResolve(files, options, io)));

  colorOptions(
    program
      .command("validate")
      .summary("check announcements against the schema; resolve nothing")
      .description("Checks every announcement against the schema and prints every problem with its file, line (NDJSON) and path (announcements[3].sources[0].url). Exits 1 when there is any.")
      .argument("[files...]", "files of announcements (default: standard input)")
      .addOption(new Option("-o, --output <format>", "output format").choices(["text", "json"]).default("text"))
      .addOption(formatOption()),
  )
    .addHelpText("after", `${INPUT_HELP}\n\nExample:\n  ai-partnership-rules validate events.ndjson${EXIT_HELP}`)
    .action(async (files: string[], options) => done(await (await import("./validate.js")).runValidate(files, options, io)));

  colorOptions(
    program
      .command("explain")
      .summary("the full evaluation of one announcement for one question")
      .description("Prints every criterion's verdict, the clauses that decided it and every reason, for the announcement(s) with this id and one company's question.")
      .argument("<id>", "the announcement's id")
      .argument("[files...]", "files of announcements (default: standard input)")
      .requiredOption("-a, --as-of <instant>", "evaluate as of this instant, or `now`", once)
      .requiredOption("-c, --company <id>", "the company whose question to evaluate it for", once)
      .addOption(new Option("-o, --output <format>", "output format").choices(["text", "markdown", "json"]).default("text"))
      .addOption(formatOption())
      .option("-r, --readings <file>", "a JSON file of readings", once),
  )
    .addHelpText("after", `${INPUT_HELP}\n\nExample:\n  ai-partnership-rules explain demo-ant-vtb-mou examples/announcements.json --company alibaba --as-of 2027-01-15T00:00:00Z${EXIT_HELP}`)
    .action(async (id: string, files: string[], options) => done(await (await import("./explain.js")).runExplain(id, files, options, io)));

  program
    .command("schema")
    .summary("print a JSON Schema (draft 2020-12)")
    .description(`Prints a JSON Schema:\n${Object.entries(JSON_SCHEMAS).map(([name, s]) => `  ${name}: ${s.describes}`).join("\n")}`)
    .addArgument(new Argument("[name]", "which schema").choices(Object.keys(JSON_SCHEMAS)).default("announcement"))
    .addHelpText("after", `\nExample:\n  ai-partnership-rules schema > announcement.schema.json${EXIT_HELP}`)
    .action(async (name: SchemaName) => done(await runSchema(name, io)));

  colorOptions(
    program
      .command("diff")
      .summary("what differs between two dates, two readings or two clarifications")
      .description(
        "Resolves the same announcements on two sides, A (--as-of, --readings, --clarification) and B (--as-of-b, --readings-b, --clarification-b), in one pass, and prints the questions whose resolution differs, with the announcements that make the difference and, for each, the criteria whose status changed and the readings, registry records or dates that explain it.",
      )
      .argument("[files...]", "files of announcements (default: standard input)")
      .requiredOption("-a, --as-of <instant>", "side A's instant, or `now`", once)
      .option("-b, --as-of-b <instant>", "side B's instant (default: side A's)", once)
      .option("-r, --readings <file>", "side A's readings file", once)
      .option("--readings-b <file>", "side B's readings file (default: side A's)", once)
      .option("--clarifications <file>", "a JSON array of clarifications (number, publishedAt, text, readings, registry), given to every question on both sides", once)
      .option("--clarification <n>", "side A: resolve under the clarifications up to number n (0: none); default: those published at or before --as-of", once)
      .option("--clarification-b <n>", "side B: the same for side B (default: side A's)", once)
      .option("-c, --company <id>", "a company to compare; repeat or separate by commas (default: the whole series)", collect)
      .addOption(new Option("-o, --output <format>", "output format (default: table on a terminal, json otherwise)").choices(["table", "json"]))
      .addOption(formatOption()),
  )
    .addHelpText("after", `${INPUT_HELP}\n\nExample:\n  ai-partnership-rules diff examples/real-events.json --as-of 2025-06-01T00:00:00Z --as-of-b 2026-11-23T00:00:00Z\n  ai-partnership-rules diff examples/announcements.json --as-of 2027-01-15T00:00:00Z -c baidu --clarifications examples/clarifications.json --clarification 1 --clarification-b 2${EXIT_HELP}`)
    .action(async (files: string[], options) => done(await (await import("./diff.js")).runDiff(files, options, io)));

  return program;
}

/**
 * Runs the program on the arguments (without `node` and the script) and returns the exit code:
 * help and version 0, usage errors 2, a {@link CliError} its own code after one message on
 * stderr, anything else 70 (a bug) with its stack.
 *
 * @example
 * ```ts
 * process.exitCode = await runCli(process.argv.slice(2), io);
 * ```
 */
export async function runCli(args: readonly string[], io: Io): Promise<ExitCode> {
  let code: ExitCode = EXIT.ok;
  const paint = styles(useColor(io.stderr, io.env, args.includes("--no-color") ? false : args.includes("--color") ? true : undefined));
  try {
    await buildProgram(io, (c) => (code = c)).parseAsync([...args], { from: "user" });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (e instanceof CliError) {
      // Messages name files and values from the command line: never raw on a terminal.
      io.stderr.write(`${paint.red("error:")} ${printable(e.message)}\n`);
      return e.exitCode;
    }
    const detail = e instanceof Error ? (e.stack ?? e.message) : String(e);
    io.stderr.write(`${paint.red("internal error:")} ${detail}\nThis is a bug in ai-partnership-rules ${pkg.version}; please report it with the command that caused it.\n`);
    return EXIT.internal;
  }
}
