/**
 * Where a resolver keeps the canonical JSON text of the announcements it holds compact (under
 * `evaluations: "decisive"`): UTF-8 bytes appended to a few large blocks, each property name of
 * the models written as one control byte, so that a kept announcement costs its bytes and a few
 * integers, not a typed array and its buffer each. Control bytes never occur in JSON text (JSON
 * escapes them in strings), so writing a name as one and reading it back is exact, wherever the
 * name occurs. Text let go of is reclaimed by copying what is still held into new blocks.
 * @internal
 */

/** Where one text lies: its block and its byte range there. @internal */
export interface TextPlace {
  block: number;
  start: number;
  end: number;
}

/**
 * The property names of the models most frequent in an announcement's JSON text, each written
 * as the control byte of its position plus one (0x01 to 0x1f); names not listed are written as
 * they are. @internal
 */
export const NAMES = [
  "name",
  "url",
  "id",
  "chineseParty",
  "russianParties",
  "activities",
  "instrument",
  "aiRole",
  "sources",
  "specificity",
  "priorRelation",
  "announcedAt",
  "title",
  "outlet",
  "publishedAt",
  "publiclyAnnounced",
  "kind",
  "timeZone",
  "date",
  "countryOfIncorporation",
  "month",
  "event",
  "instant",
  "stake",
  "owners",
  "cancelled",
  "at",
  "binding",
  "russianControl",
  "intermediary",
  "description",
] as const;
/** The names of {@link NAMES}, quoted and followed by a colon (a literal, so that the regex checker reads it; a test checks it lists exactly NAMES). */
const TOKEN = /"(?:name|url|id|chineseParty|russianParties|activities|instrument|aiRole|sources|specificity|priorRelation|announcedAt|title|outlet|publishedAt|publiclyAnnounced|kind|timeZone|date|countryOfIncorporation|month|event|instant|stake|owners|cancelled|at|binding|russianControl|intermediary|description)":/g;
const NAME_OF = new Map<string, string>(NAMES.map((n, i) => [`"${n}":`, String.fromCharCode(i + 1)]));
const TEXT_OF = NAMES.map((n) => `"${n}":`);
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0001-\u001f]/g;

const BLOCK = 1 << 20;
const UTF8 = new TextEncoder();
const DECODE = new TextDecoder();

/** Canonical JSON text, compacted (see {@link NAMES}). @internal */
export function packText(json: string): string {
  return json.replace(TOKEN, (m) => NAME_OF.get(m) as string);
}

/** The JSON text of a compacted one. @internal */
export function unpackText(packed: string): string {
  return packed.replace(CONTROL, (c) => TEXT_OF[c.charCodeAt(0) - 1] as string);
}

/** Blocks of kept texts. @internal */
export class TextStore {
  private blocks: Uint8Array[] = [];
  /** Bytes written to the last block. */
  private used = 0;
  /** Bytes of texts still held, and of texts let go of. */
  private live = 0;
  private dead = 0;

  /** Keeps a canonical JSON text at a place (whose fields it sets). */
  put(json: string, place: TextPlace): void {
    const text = packText(json);
    if (text.length * 3 > BLOCK / 4) {
      this.write(UTF8.encode(text), place);
      return;
    }
    // At most three bytes per UTF-16 code unit.
    const room = this.room(text.length * 3);
    const { written } = UTF8.encodeInto(text, room.subarray(this.used));
    this.placed(place, written);
  }

  /** The JSON text kept at a place. */
  get(place: TextPlace): string {
    return unpackText(DECODE.decode((this.blocks[place.block] as Uint8Array).subarray(place.start, place.end)));
  }

  /** Lets go of the text at a place (nothing reads it again). */
  free(place: TextPlace): void {
    const n = place.end - place.start;
    this.live -= n;
    this.dead += n;
  }

  /**
   * Whether enough text was let go of that copying what is held would reclaim at least half of
   * the store (and a few blocks).
   */
  get wasteful(): boolean {
    return this.dead > 4 * BLOCK && this.dead > this.live;
  }

  /** Copies the texts at these places (each held text once) into new blocks, and moves the places there. */
  compact(places: Iterable<TextPlace>): void {
    const old = this.blocks;
    this.blocks = [];
    this.used = 0;
    this.live = 0;
    this.dead = 0;
    for (const p of places) this.write((old[p.block] as Uint8Array).slice(p.start, p.end), p);
  }

  private write(bytes: Uint8Array, place: TextPlace): void {
    this.room(bytes.length).set(bytes, this.used);
    this.placed(place, bytes.length);
  }

  /** The last block, with at least `bytes` free after `used` (a new one when it has not). */
  private room(bytes: number): Uint8Array {
    const last = this.blocks[this.blocks.length - 1];
    if (last !== undefined && this.used + bytes <= last.length) return last;
    const block = new Uint8Array(Math.max(BLOCK, bytes));
    this.blocks.push(block);
    this.used = 0;
    return block;
  }

  private placed(place: TextPlace, bytes: number): void {
    place.block = this.blocks.length - 1;
    place.start = this.used;
    place.end = this.used + bytes;
    this.used = place.end;
    this.live += bytes;
  }
}
