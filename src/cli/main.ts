/**
 * The `ai-partnership-rules` command (the package's `bin`): the only module that touches
 * `process`. Everything else in src/cli takes an {@link Io}; the library never imports the CLI.
 *
 * @packageDocumentation
 */
import { EXIT } from "./exit.js";
import { runCli } from "./program.js";
import type { Io } from "./terminal.js";

const io: Io = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env, now: () => new Date() };

// A reader that goes away (`… | head`) is not an error: stop quietly. Any other failure to
// write (a full disk: ENOSPC) loses output: one line on stderr (if stderr still works), never a
// stack trace, and exit 74.
for (const [stream, name] of [[process.stdout, "standard output"], [process.stderr, "standard error"]] as const) {
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? EXIT.ok);
    if (stream !== process.stderr) {
      try {
        process.stderr.write(`error: cannot write to ${name}: ${e.code ?? e.message}; the output is incomplete\n`);
      } catch {
        // stderr is gone too: the exit code still says it.
      }
    }
    process.exit(EXIT.output);
  });
}

runCli(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = EXIT.internal;
  },
);
