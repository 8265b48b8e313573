/**
 * The exit codes of the `ai-partnership-rules` command, one per kind of ending. Documented in
 * docs/cli.md; a script may rely on them.
 *
 * @example
 * ```ts
 * process.exitCode = EXIT.usage; // 2: the command line itself is wrong
 * ```
 */
export const EXIT = Object.freeze({
  /** Everything was read and the command did what it was asked. */
  ok: 0,
  /**
   * Input problems: an announcement or a line was refused (with `resolve`, the output is still
   * printed from the rest, unless `--strict`), `validate` found a problem, or a file's content
   * cannot be read as announcements (empty, not UTF-8, not JSON, truncated).
   */
  input: 1,
  /** The command line is wrong: an unknown command or option, a missing or malformed value. */
  usage: 2,
  /** A file cannot be opened: it does not exist, is a directory, or may not be read. */
  unreadable: 3,
  /** A bug in this program: the message asks for a report. */
  internal: 70,
  /** The output cannot be written (a full disk: ENOSPC): what was printed is incomplete. A reader that goes away (`| head`) is not this: that ends quietly. */
  output: 74,
});

/**
 * One of the {@link EXIT} codes.
 *
 * @example
 * ```ts
 * const code: ExitCode = EXIT.input;
 * ```
 */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * A failure the user can act on: printed as one message (never a stack trace), and the run
 * ends with its exit code.
 *
 * @example
 * ```ts
 * throw new CliError("data.ndjson: the file is empty; no announcements to read", EXIT.input);
 * ```
 */
export class CliError extends Error {
  readonly exitCode: ExitCode;

  constructor(message: string, exitCode: ExitCode) {
    super(message);
    this.name = "CliError";
    this.exitCode = exitCode;
  }
}
