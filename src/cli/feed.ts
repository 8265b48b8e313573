import type { InputIssue } from "../index.js";
import { type InputFormat, type InputItem, type InputSource, readItems } from "./input.js";
import { type Io, write } from "./terminal.js";

/** How many announcements go to the library at once: small enough to keep memory flat, large enough to cost nothing. */
export const CHUNK = 100;
/** Progress is shown on a terminal once this many announcements were read, and then every as many. */
const PROGRESS_EVERY = 10_000;

/**
 * One problem with the input, where it is: the source, the line (NDJSON), the path inside the
 * announcement (`announcements[3].sources[0].url`), a stable code and a message.
 *
 * @example
 * ```ts
 * const p: Problem = { source: "data.ndjson", line: 4, path: "announcements[3].sources[0].url", code: "invalid-url", message: "invalid URL" };
 * ```
 */
export interface Problem {
  readonly source: string;
  readonly line: number | undefined;
  readonly path: string;
  /** An input issue code of the library, or `invalid-json` / `not-utf8` / `line-too-long` for a line that is not JSON. */
  readonly code: string;
  readonly message: string;
  readonly expected?: string;
  readonly received?: string;
}

/**
 * A problem as one line of text: `data.ndjson:4: announcements[3].sources[0].url: invalid URL (invalid-url)`.
 *
 * @example
 * ```ts
 * formatProblem({ source: "stdin", line: 2, path: "announcements[1]", code: "invalid-json", message: "not valid JSON" });
 * // "stdin:2: announcements[1]: not valid JSON (invalid-json)"
 * ```
 */
export function formatProblem(p: Problem): string {
  const where = p.line === undefined ? p.source : `${p.source}:${p.line}`;
  const detail = [p.expected === undefined ? "" : `expected ${p.expected}`, p.received === undefined ? "" : `received ${p.received}`].filter((s) => s !== "").join(", ");
  const text = `${where}: ${p.path === "" ? "" : `${p.path}: `}${p.message}${detail === "" ? "" : ` (${detail})`} [${p.code}]`;
  return printable(text);
}

/**
 * Text safe to print on a terminal: control characters (an escape sequence could move the
 * cursor or retitle the window) and invisible formatting characters (bidi overrides) are shown
 * as `\u{…}` escapes.
 *
 * @example
 * ```ts
 * printable("id\u001b[2J"); // "id\\u{1b}[2J"
 * ```
 */
export function printable(text: string): string {
  return text.replace(/[\p{Cc}\p{Default_Ignorable_Code_Point}\u2028\u2029]/gu, (c) => (c === "\n" ? "\n" : `\\u{${(c.codePointAt(0) as number).toString(16)}}`));
}

/** The code of a line that could not be read as JSON, by its problem (input.ts words them). */
function lineProblemCode(problem: string): string {
  return problem.startsWith("not valid JSON") ? "invalid-json" : problem.startsWith("not UTF-8") ? "not-utf8" : "line-too-long";
}

/**
 * The problems of one chunk, placed: the library's issues (whose paths count from the chunk's
 * start) moved to each item's position in its source, and each line that is not JSON.
 *
 * @example
 * ```ts
 * const report = resolver.add(values);
 * const problems = placeProblems(chunk, report.issues);
 * ```
 */
export function placeProblems(chunk: readonly InputItem[], issues: readonly InputIssue[]): Problem[] {
  const out: Problem[] = [];
  for (const item of chunk) {
    if (item.problem !== undefined) out.push({ source: item.source, line: item.line, path: `announcements[${item.index}]`, code: lineProblemCode(item.problem), message: item.problem });
  }
  for (const i of issues) {
    const at = i.segments[1];
    const item = i.segments[0] === "announcements" && typeof at === "number" ? chunk[at] : undefined;
    if (item?.problem !== undefined) continue; // reported above, in its own words
    const path = item === undefined ? i.path : i.path.replace(/^announcements\[\d+\]/, `announcements[${item.index}]`);
    out.push({
      source: item?.source ?? chunk[0]?.source ?? "input",
      line: item?.line,
      path,
      code: i.code,
      message: i.message,
      ...(i.expected === undefined ? {} : { expected: i.expected }),
      ...(i.received === undefined ? {} : { received: i.received }),
    });
  }
  return out.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/**
 * Reads every source in turn and hands its items over in chunks of {@link CHUNK}, showing a
 * progress line on stderr for long inputs when stderr is a terminal. Returns how many items
 * were read.
 *
 * @example
 * ```ts
 * const read = await feed(sources, undefined, io, (chunk) => resolver.add(chunk.map((i) => i.value ?? null)));
 * ```
 */
export async function feed(sources: readonly InputSource[], format: InputFormat | undefined, io: Io, take: (chunk: readonly InputItem[]) => void | Promise<void>): Promise<number> {
  const progress = io.stderr.isTTY === true;
  let read = 0;
  let shown = false;
  let chunk: InputItem[] = [];
  try {
    for (const source of sources) {
      for await (const item of readItems(source, format)) {
        chunk.push(item);
        if (chunk.length === CHUNK) {
          await take(chunk);
          chunk = [];
        }
        read++;
        if (progress && read % PROGRESS_EVERY === 0) {
          shown = true;
          await write(io.stderr, `\r${read.toLocaleString("en-US")} announcements read…`);
        }
      }
      if (chunk.length > 0) await take(chunk);
      chunk = [];
    }
  } finally {
    if (shown) await write(io.stderr, "\r\u001b[K");
  }
  return read;
}
