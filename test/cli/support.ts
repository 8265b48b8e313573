// Drives the command as a child process, over real files, as a user would.
//
// The binary is built once per test worker with esbuild, from src/cli/main.ts, as tsup builds
// dist/cli.js (ESM, node20, dependencies left to node_modules), except that the library is bundled
// in where dist/cli.js imports it from dist/: the suite stays fast and never writes dist/ (which
// `npm run build` owns). `npm run smoke` runs the real dist/cli.js from the packed tarball.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";

const ROOT = join(__dirname, "../..");
const OUT = join(ROOT, "node_modules/.cache/ai-partnership-rules-cli-test", `cli-${process.pid}.js`);
let built: Promise<string> | undefined;

/** The path of the built binary (built on the first call in this worker). */
export function cliPath(): Promise<string> {
  built ??= (async () => {
    mkdirSync(join(OUT, ".."), { recursive: true });
    await build({ entryPoints: [join(ROOT, "src/cli/main.ts")], outfile: OUT, bundle: true, platform: "node", format: "esm", target: "node20", packages: "external", logLevel: "error" });
    return OUT;
  })();
  return built;
}

export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `node <cli> ...args` in `cwd`, with standard input from `stdin` (closed when undefined),
 * and without the colour variables of the test runner's environment unless given in `env`.
 */
export async function cli(args: readonly string[], options: { readonly cwd?: string; readonly stdin?: string | Buffer; readonly env?: Record<string, string>; readonly nodeArgs?: readonly string[]; readonly script?: string; readonly shell?: string } = {}): Promise<Run> {
  const path = await cliPath();
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, TERM: undefined, ...options.env };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  return new Promise((done, fail) => {
    // `script` runs a command line on a pseudo-terminal (util-linux), for what a terminal changes.
    // `shell` runs a bash command line (a pipeline).
    const [command, argv] = options.shell !== undefined ? ["bash", ["-c", options.shell]] : options.script === undefined ? [process.execPath, [...(options.nodeArgs ?? []), path, ...args]] : ["script", ["-qec", options.script, "/dev/null"]];
    const child = spawn(command, argv, { cwd: options.cwd ?? ROOT, env: env as NodeJS.ProcessEnv, stdio: ["pipe", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    child.on("error", fail);
    child.on("close", (code) => done({ code, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") }));
    child.stdin.on("error", () => undefined); // the command may exit before reading it all
    child.stdin.end(options.stdin);
  });
}

/** A temporary directory with the given files, removed by the returned function. */
export function tempFiles(files: Record<string, string | Buffer>): { readonly dir: string; readonly path: (name: string) => string; readonly remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "apr-cli-"));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return { dir, path: (name) => join(dir, name), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Whether util-linux `script` (a pseudo-terminal) is at hand. */
export const hasScript = existsSync("/usr/bin/script");

export const EXAMPLES = { real: join(ROOT, "examples/real-events.json"), fictional: join(ROOT, "examples/announcements.json"), clarifications: join(ROOT, "examples/clarifications.json") };

/** A stack trace's frame line: never shown for a user's mistake. */
export const STACK_FRAME = /^\s+at .+\(.+:\d+:\d+\)$/m;

/**
 * Runs the program in this process (src/cli/program.ts, through the same `runCli` the binary
 * calls) with in-memory streams: for the commands' behaviour, where a child process per case
 * would cost a second each. `tty` makes stdout and stderr claim to be terminals.
 */
export async function runInProcess(args: readonly string[], options: { readonly stdin?: string | Buffer; readonly env?: Record<string, string>; readonly tty?: boolean; readonly now?: Date } = {}): Promise<Run> {
  const { runCli } = await import("../../src/cli/program.js");
  const { Readable, Writable } = await import("node:stream");
  const sink = (chunks: Buffer[]) =>
    Object.assign(
      new Writable({
        write(chunk: Buffer, _enc, done) {
          chunks.push(Buffer.from(chunk));
          done();
        },
      }),
      { isTTY: options.tty === true },
    );
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const stdin = Object.assign(Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]), { isTTY: false });
  const code = await runCli(args, { stdin, stdout: sink(out), stderr: sink(err), env: options.env ?? {}, now: () => options.now ?? new Date("2026-11-23T12:00:00Z") });
  return { code, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") };
}
