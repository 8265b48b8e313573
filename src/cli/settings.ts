import { createReadStream } from "node:fs";
import { type Resolver, safeCreateResolver } from "../index.js";
import { CliError, EXIT } from "./exit.js";
import { type InputSource } from "./input.js";
import type { Io } from "./terminal.js";

/**
 * The instant `--as-of` names: an ISO 8601 instant with an offset, or `now`, which reads the
 * clock (the only place the program does) and says so on stderr.
 *
 * @example
 * ```ts
 * resolveAsOf("now", io); // "2026-11-23T09:41:07.120Z", and stderr says "as of now: …"
 * resolveAsOf("2026-11-23T00:00:00Z", io); // "2026-11-23T00:00:00Z" (checked by the library)
 * ```
 */
export function resolveAsOf(value: string, io: Io, option = "--as-of"): string {
  if (value.trim().toLowerCase() !== "now") return value;
  const instant = io.now().toISOString();
  io.stderr.write(`${option} now: ${instant}\n`);
  return instant;
}

/**
 * The company ids of repeated or comma-separated `--company` options, without duplicates. A
 * `--company` that names no id at all (`-c ""`, `-c ,`: an empty shell variable) is a usage
 * error, not a request for no question: it would print an empty series and exit 0.
 *
 * @example
 * ```ts
 * companyIds(["alibaba,baidu", "huawei"]); // ["alibaba", "baidu", "huawei"]
 * companyIds(undefined); // undefined: every company of the series
 * companyIds([""]); // throws CliError (exit 2)
 * ```
 */
export function companyIds(values: readonly string[] | undefined): string[] | undefined {
  if (values === undefined || values.length === 0) return undefined;
  const ids = [...new Set(values.flatMap((v) => v.split(",")).map((v) => v.trim()).filter((v) => v !== ""))];
  if (ids.length === 0) throw new CliError(`--company: no company id given (${values.map((v) => JSON.stringify(v)).join(", ")}); name one (alibaba), or leave the option out for the whole series`, EXIT.usage);
  return ids;
}

/** A readings file is a small object: more than this is not one (and `/dev/zero` never ends). */
const MAX_READINGS_BYTES = 1024 * 1024;

/**
 * Reads a readings file: a JSON object with some of the options of `DEFAULT_READINGS`
 * (`{"straddlingTime": "earliest"}`). The library checks its content. At most
 * {@link MAX_READINGS_BYTES} are read: a larger file (or an endless device) is refused.
 *
 * @example
 * ```ts
 * const readings = await readReadings("readings.json"); // { straddlingTime: "earliest" }
 * ```
 */
export async function readReadings(path: string | undefined): Promise<unknown> {
  if (path === undefined) return undefined;
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    // `end` is inclusive: one byte past the limit says the file is over it.
    for await (const chunk of createReadStream(path, { end: MAX_READINGS_BYTES })) {
      chunks.push(chunk as Buffer);
      size += (chunk as Buffer).length;
    }
  } catch (e) {
    const code = (e as { code?: unknown } | null)?.code;
    throw new CliError(`${path}: ${code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : "cannot be read"}`, EXIT.unreadable);
  }
  if (size > MAX_READINGS_BYTES) throw new CliError(`${path}: over ${MAX_READINGS_BYTES / 1024 / 1024} MiB; a readings file is a small JSON object ({"straddlingTime": "earliest"})`, EXIT.input);
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8")) as unknown;
  } catch (e) {
    throw new CliError(`${path}: not valid JSON (${e instanceof Error ? e.message : String(e)})`, EXIT.input);
  }
}

/**
 * Makes a resolver from the command line's settings. A bad `--as-of` or an unknown company is a
 * usage error (exit 2); a readings file the library refuses is an input problem (exit 1), named
 * by its path.
 *
 * @example
 * ```ts
 * const resolver = makeResolver({ asOf: "2026-11-23T00:00:00Z", companies: ["alibaba"], readings: undefined, readingsFile: undefined });
 * ```
 */
export function makeResolver(settings: { readonly asOf: string; readonly companies: readonly string[] | undefined; readonly readings: unknown; readonly readingsFile: string | undefined; readonly asOfOption?: string }): Resolver {
  const r = safeCreateResolver({
    asOf: settings.asOf,
    ...(settings.companies === undefined ? {} : { questions: settings.companies.map((companyId) => ({ companyId })) }),
    ...(settings.readings === undefined ? {} : { readings: settings.readings }),
  });
  if (r.success) return r.data;
  const readings = r.issues.filter((i) => i.segments[0] === "readings");
  if (readings.length > 0) throw new CliError(readings.map((i) => `${settings.readingsFile ?? "readings"}: ${i.path.replace(/^readings\.?/, "") || "(the whole file)"}: ${i.message} [${i.code}]`).join("\n"), EXIT.input);
  const companies = settings.companies ?? [];
  const lines = r.issues.map((i) => {
    if (i.segments[0] === "asOf") return `${settings.asOfOption ?? "--as-of"}: ${i.message}, or \`now\``;
    if (i.segments[0] === "questions" && typeof i.segments[1] === "number") return `--company ${companies[i.segments[1]] ?? ""}: ${i.message}`;
    return `${i.path}: ${i.message}`;
  });
  throw new CliError(lines.join("\n"), EXIT.usage);
}

/**
 * The sources named on the command line: each path, `-` for standard input, and standard
 * input when none is named (refused when it is a terminal: nothing is being piped in).
 *
 * @example
 * ```ts
 * inputSources(["a.ndjson", "-"], io); // a.ndjson, then stdin
 * ```
 */
export function inputSources(files: readonly string[], io: Io): InputSource[] {
  const names = files.length === 0 ? ["-"] : files;
  if (names.filter((f) => f === "-").length > 1) throw new CliError("standard input (-) can be read only once", EXIT.usage);
  return names.map((f): InputSource => {
    if (f !== "-") return { name: f, path: f };
    if (io.stdin.isTTY === true) throw new CliError("no input: name files of announcements, or pipe them into standard input", EXIT.usage);
    return { name: "stdin", stream: () => io.stdin as AsyncIterable<Uint8Array> };
  });
}
