import { isUtf8 } from "node:buffer";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { CliError, EXIT } from "./exit.js";

/**
 * How a source holds its announcements: one JSON document (an array of announcements, or an
 * object whose `announcements` is one), or NDJSON (one announcement per line).
 *
 * @example
 * ```ts
 * const format: InputFormat = "ndjson";
 * ```
 */
export type InputFormat = "json" | "ndjson";

/**
 * One item read from a source: an announcement to validate (`value`, not yet checked against the
 * schema), or a line that is not JSON at all (`problem`). `index` is the item's position in its
 * source (from 0: the `3` of `announcements[3]`), `line` its line number (from 1) in NDJSON.
 *
 * @example
 * ```ts
 * const item: InputItem = { source: "data.ndjson", line: 4, index: 3, value: { id: "a1" } };
 * ```
 */
export type InputItem =
  | { readonly source: string; readonly line: number | undefined; readonly index: number; readonly value: unknown; readonly problem?: undefined }
  | { readonly source: string; readonly line: number; readonly index: number; readonly value?: undefined; readonly problem: string };

/**
 * Where announcements come from: a file path, or `-` for standard input.
 *
 * @example
 * ```ts
 * const source: InputSource = { name: "-", stream: () => process.stdin };
 * ```
 */
export interface InputSource {
  /** The name used in messages: the path as given, or `stdin`. */
  readonly name: string;
  /** The path to open, or `undefined` for a stream given by the caller. */
  readonly path?: string;
  readonly stream?: () => AsyncIterable<Uint8Array>;
}

/** Lines longer than this are refused (and skipped), so one endless line cannot exhaust memory. */
export const MAX_LINE_BYTES = 64 * 1024 * 1024;
/** A JSON document larger than this cannot become one string; NDJSON has no such bound. */
const MAX_DOCUMENT_BYTES = 512 * 1024 * 1024 - 1024;

const NEWLINE = 0x0a;
const UTF8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Reads the announcements of one source, item by item: NDJSON line by line (so memory stays
 * bounded whatever the length of the file), a JSON document whole. The format is `format` when
 * given, otherwise detected by the first non-blank character: `[` is JSON; `{` is NDJSON when
 * the first line holds a whole JSON value, and otherwise one JSON document (an object whose
 * `announcements` is an array, pretty-printed). Throws a {@link CliError} for what makes the
 * whole source unusable: a file that cannot be opened, an empty one, one not in UTF-8, a JSON
 * document that does not parse or is cut short. A bad NDJSON line after the first is yielded as
 * a `problem` and reading goes on.
 *
 * @example
 * ```ts
 * for await (const item of readItems({ name: "data.ndjson", path: "data.ndjson" }, undefined)) {
 *   if (item.problem !== undefined) console.error(`${item.source}:${item.line}: ${item.problem}`);
 * }
 * ```
 */
export async function* readItems(source: InputSource, format: InputFormat | undefined): AsyncGenerator<InputItem> {
  const chunks = await open(source);
  const lines = splitLines(source.name, chunks);
  // Find the first non-blank line: it decides the format.
  let first: Line | undefined;
  for (;;) {
    const next = await lines.next();
    if (next.done) break;
    if (next.value.text === undefined || next.value.text.trim() !== "") {
      first = next.value;
      break;
    }
  }
  if (first === undefined) throw new CliError(`${source.name}: the input is empty (no announcements in it)`, EXIT.input);
  // A first line that is not UTF-8 says the file is in another encoding: it fails whole.
  if (first.notUtf8 !== undefined) throw notUtf8Error(source.name, first);
  // A first line too long to hold still tells its format by its opening character.
  const start = first.text === undefined ? first.opening : first.text.trimStart()[0];
  const detected: InputFormat | undefined = format ?? (start === "[" ? "json" : start === "{" ? "ndjson" : undefined);
  if (detected === undefined) {
    const what = start === undefined ? "a line that is too long" : `\`${start}\``;
    throw new CliError(`${source.name}:${first.number}: starts with ${what}; expected a JSON array (\`[\`) or NDJSON, one announcement per line (\`{\`). Pass --format to say which.`, EXIT.input);
  }
  if (detected === "json") {
    yield* jsonItems(source.name, first, lines);
    return;
  }
  let index = 0;
  for (let line: Line | undefined = first; line !== undefined; ) {
    if (line.notUtf8 !== undefined) {
      yield { source: source.name, line: line.number, index: index++, problem: `not UTF-8 text${line.notUtf8}; skipped` };
    } else if (line.text === undefined) {
      yield { source: source.name, line: line.number, index: index++, problem: `the line is longer than ${MAX_LINE_BYTES / 1024 / 1024} MiB; skipped` };
    } else if (line.text.trim() !== "") {
      const parsed = parseJson(line.text);
      if (parsed.ok) yield { source: source.name, line: line.number, index: index++, value: parsed.value };
      else {
        const truncated = line.last && !line.ended ? " (the last line does not end with a newline: the file may be truncated)" : "";
        const problem = `not valid JSON: ${parsed.message}${truncated}`;
        if (format === undefined && index === 0) {
          // Not one announcement per line: one JSON document spread over lines (an object
          // whose `announcements` is an array), or a broken file, which fails as one.
          yield* jsonItems(source.name, line, lines);
          return;
        }
        yield { source: source.name, line: line.number, index: index++, problem };
      }
    }
    const next = await lines.next();
    line = next.done ? undefined : next.value;
  }
}

/** Opens a source, turning the errors of a missing or unreadable file into messages. */
async function open(source: InputSource): Promise<AsyncIterable<Uint8Array>> {
  if (source.path === undefined) {
    if (source.stream === undefined) throw new CliError(`${source.name}: nothing to read`, EXIT.internal);
    return source.stream();
  }
  const path = source.path;
  try {
    const s = await stat(path);
    if (s.isDirectory()) throw new CliError(`${source.name}: is a directory, not a file of announcements`, EXIT.unreadable);
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw fileError(source.name, e);
  }
  return (async function* () {
    try {
      for await (const chunk of createReadStream(path)) yield chunk as Uint8Array;
    } catch (e) {
      throw fileError(source.name, e);
    }
  })();
}

function fileError(name: string, e: unknown): CliError {
  const code = (e as { code?: unknown } | null)?.code;
  if (code === "ENOENT") return new CliError(`${name}: no such file`, EXIT.unreadable);
  if (code === "EACCES" || code === "EPERM") return new CliError(`${name}: permission denied`, EXIT.unreadable);
  if (code === "EISDIR") return new CliError(`${name}: is a directory, not a file of announcements`, EXIT.unreadable);
  return new CliError(`${name}: cannot be read (${typeof code === "string" ? code : e instanceof Error ? e.message : "unknown error"})`, EXIT.unreadable);
}

/** One line of a source: its text (`undefined` when longer than {@link MAX_LINE_BYTES}), its number from 1, and the raw bytes for a JSON document. */
interface Line {
  readonly number: number;
  readonly text: string | undefined;
  /** Its first character that is not blank, when it is ASCII: kept for a line too long to hold, whose format must still be told. */
  readonly opening?: string;
  /** Set (with `text` undefined) when the line is not UTF-8: where its first bad byte is, for the message. */
  readonly notUtf8?: string;
  readonly bytes: number;
  /** Whether a newline ended it. */
  readonly ended: boolean;
  /** Whether it is the source's last line. */
  readonly last: boolean;
}

/**
 * Splits bytes into UTF-8 lines (a newline byte never occurs inside a UTF-8 sequence, so
 * splitting bytes first is safe). A UTF-8 byte order mark is dropped; a UTF-16 one, or any line
 * that is not UTF-8, fails the source with its line number.
 */
async function* splitLines(name: string, chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Line> {
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let tooLong = false;
  let number = 0;
  let atStart = true;
  let held: Line | undefined;
  let opening: number | undefined;
  const finish = (ended: boolean): Line | undefined => {
    number++;
    const lead = opening;
    opening = undefined;
    let bytes = pending.length === 1 ? (pending[0] as Uint8Array) : Buffer.concat(pending);
    pending = [];
    const size = pendingBytes;
    pendingBytes = 0;
    if (tooLong) {
      tooLong = false;
      return { number, text: undefined, bytes: size, ended, last: false, ...(lead === undefined ? {} : { opening: String.fromCharCode(lead) }) };
    }
    if (number === 1) bytes = dropByteOrderMark(bytes);
    // Not fatal here: a bad line in NDJSON is one refused line; the first line, or a JSON document, fails the source (notUtf8Error).
    if (!isUtf8(bytes)) return { number, text: undefined, notUtf8: firstBadByte(bytes), bytes: size, ended, last: false };
    let text = UTF8.decode(bytes);
    if (text.endsWith("\r")) text = text.slice(0, -1);
    return { number, text, bytes: size, ended, last: false };
  };
  for await (const chunk of chunks) {
    if (atStart && chunk.length > 0) {
      atStart = false;
      checkUtf16(name, chunk);
    }
    let from = 0;
    for (;;) {
      const at = chunk.indexOf(NEWLINE, from);
      const end = at === -1 ? chunk.length : at;
      if (opening === undefined) opening = firstOpening(chunk, from, end);
      if (!tooLong) {
        if (pendingBytes + (end - from) > MAX_LINE_BYTES) {
          tooLong = true;
          pending = [];
        } else if (end > from) pending.push(chunk.subarray(from, end));
      }
      pendingBytes += end - from;
      if (at === -1) break;
      const line = finish(true);
      if (held !== undefined) yield held;
      held = line;
      from = at + 1;
    }
  }
  const tail = pendingBytes > 0 || tooLong ? finish(false) : undefined;
  if (held !== undefined) yield tail === undefined ? { ...held, last: true } : held;
  if (tail !== undefined) yield { ...tail, last: true };
}

/** The first byte of `chunk[from, end)` that is neither blank nor part of a byte order mark, when it is ASCII. */
function firstOpening(chunk: Uint8Array, from: number, end: number): number | undefined {
  for (let i = from; i < end; i++) {
    const b = chunk[i] as number;
    if (b === 0x20 || b === 0x09 || b === 0x0d || b === 0xef || b === 0xbb || b === 0xbf) continue;
    return b < 0x80 ? b : undefined;
  }
  return undefined;
}

function checkUtf16(name: string, chunk: Uint8Array): void {
  const [a, b] = chunk;
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) throw new CliError(`${name}: the file is UTF-16, not UTF-8; convert it to UTF-8 (for example: iconv -f UTF-16 -t UTF-8)`, EXIT.input);
}

function dropByteOrderMark(bytes: Uint8Array): Uint8Array {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
}

/** The failure of a source in another encoding than UTF-8, at its first line that is not UTF-8. */
function notUtf8Error(name: string, line: Line): CliError {
  return new CliError(`${name}:${line.number}: not UTF-8 text${line.notUtf8 ?? ""}; convert the file to UTF-8 (for example with iconv)`, EXIT.input);
}

/** Where the first byte that is not UTF-8 is, for the message. */
function firstBadByte(bytes: Uint8Array): string {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] as number;
    const n = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (n === 0 || !isUtf8(bytes.subarray(i, i + n))) return ` (byte 0x${b.toString(16).padStart(2, "0")}, byte ${i + 1} of the line)`;
    i += n;
  }
  return "";
}

/** Reads the rest of a source as one JSON document: an array of announcements, or an object whose `announcements` is one. */
async function* jsonItems(name: string, first: Line, lines: AsyncGenerator<Line>): AsyncGenerator<InputItem> {
  const parts: string[] = [];
  let size = 0;
  let ended = true;
  for (let line: Line | undefined = first; line !== undefined; ) {
    if (line.notUtf8 !== undefined) throw notUtf8Error(name, line);
    if (line.text === undefined) throw new CliError(`${name}:${line.number}: a line longer than ${MAX_LINE_BYTES / 1024 / 1024} MiB; a JSON document this large must be given as NDJSON`, EXIT.input);
    size += line.bytes + 1;
    if (size > MAX_DOCUMENT_BYTES) throw new CliError(`${name}: a JSON document larger than 512 MiB cannot be read whole; give the announcements as NDJSON (one per line)`, EXIT.input);
    parts.push(line.text);
    ended = line.ended;
    const next = await lines.next();
    line = next.done ? undefined : next.value;
  }
  const text = parts.join("\n");
  const parsed = parseJson(text);
  if (!parsed.ok) {
    const cut = parsed.atEnd ? "; it ends before the document is complete: the file is truncated" + (ended ? "" : " (its last line does not end with a newline)") : "";
    throw new CliError(`${name}${parsed.line === undefined ? "" : `:${parsed.line}`}: not valid JSON: ${parsed.message}${cut}`, EXIT.input);
  }
  const value = parsed.value;
  const list = Array.isArray(value) ? value : typeof value === "object" && value !== null && Array.isArray((value as { announcements?: unknown }).announcements) ? ((value as { announcements: unknown[] }).announcements) : undefined;
  if (list === undefined) throw new CliError(`${name}: expected a JSON array of announcements, or an object whose \`announcements\` is an array`, EXIT.input);
  for (let index = 0; index < list.length; index++) yield { source: name, line: undefined, index, value: list[index] };
}

type Parsed = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string; readonly line: number | undefined; readonly atEnd: boolean };

/** JSON.parse with a message that says where (line and column) and whether the text was cut short. */
function parseJson(text: string): Parsed {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    const raw = e instanceof Error ? e.message : String(e);
    const position = /at position (\d+)/.exec(raw);
    const at = position === null ? undefined : Number(position[1]);
    const atEnd = /end of JSON input|Unterminated string/.test(raw) || (at !== undefined && text.slice(at).trim() === "");
    let line: number | undefined;
    let message = raw.replace(/^Unexpected end of JSON input$/, "unexpected end of input").replace(/ in JSON at position \d+(?: \(line \d+ column \d+\))?$/, "").replace(/^SyntaxError: /, "");
    if (at !== undefined) {
      const before = text.slice(0, at);
      line = before.split("\n").length;
      message += ` at column ${at - before.lastIndexOf("\n")}`;
    }
    return { ok: false, message: message.length > 200 ? `${message.slice(0, 200)}…` : message, line, atEnd };
  }
}
