import type { z } from "zod";
import { AI_ACTIVITIES } from "../models/clause.js";
import { Announcement, ChineseParty, Instrument, AiRole, PriorRelation, Quote, QuoteField, RussianParty, Source, URL_PATTERN, urlParses } from "../models/announcement.js";
import { COUNTRY_CODE_PATTERN, MAX_TEXT_LENGTH, OWNERSHIP_AS_OF_PATTERN, Ownership, RECORD_ID_PATTERN } from "../models/common.js";
import { EntityKind, RussianControl } from "../models/entity.js";
import { isRealDay } from "../models/formats.js";
import { SourceKind } from "../models/outlet.js";
import { AnnouncementTime, DATE_PATTERN, ISO_INSTANT_PATTERN, MONTH_PATTERN, TIME_ZONE_PATTERN, isTimeZone } from "../models/time.js";
import { toTimeSpan } from "../time/interval.js";
import { LIMITS } from "./limits.js";

/*
 * A fast reader of one untrusted announcement: for the common case, it reads the raw value once
 * and builds the value that `snapshot` followed by `Announcement.safeParse` would give (the same
 * fields in the schema's order, text trimmed, absent fields left out), without the two copies.
 * It is a conservative acceptor: whenever it is not sure (a prototype other than Object's, a key
 * the schema lacks, an `undefined` value, a getter or Proxy trap that throws, a length it does not
 * count as zod does, any check it does not make exactly as the schema), it answers `undefined` and
 * the caller runs the slow path, which produces the result or the issues exactly as before.
 * Failures are therefore always reported by the slow path.
 *
 * Each value is read once, as `snapshot` reads it (`Object.keys`, then each key; an array's
 * `length`, then each item), and only the copy is handed on. When it falls back, the slow path
 * reads the item again from the start: what is validated and resolved is still one reading.
 *
 * Limits: the schema nests at most six levels, every array it accepts is shorter than
 * `LIMITS.arrayItems` and every object has fewer fields than `LIMITS.objectFields`, so only the
 * count of values (`LIMITS.inputValues`, shared by the whole input) needs counting: objects,
 * arrays and array items, counted as `snapshot` counts them, and added to the caller's count only
 * when the item is accepted. A cycle cannot be followed for ever: the schema is not recursive, so
 * the walk ends where the schema has no object left to read, and the reader falls back there.
 */

/** Thrown, and always caught below, when the reader is not sure. */
const UNSURE = Symbol("unsure");
function unsure(): never {
  throw UNSURE;
}

type Reader = (v: unknown) => unknown;

/**
 * Objects, arrays and array items read by the current call, and whether it freezes what it
 * builds: saved and restored around each call, so that a getter calling back in mixes nothing.
 */
let values = 0;
let freezing = false;

/** The field names of every object schema read here. */
const FIELD_NAMES = new Set<string>();

/** The field names written out in {@link prototypeUntouched} (every one, as the schemas stand). */
const LISTED_NAMES = ["instant", "date", "timeZone", "month", "id", "stake", "control", "source", "asOf", "kind", "outlet", "url", "event", "publishedAt", "title", "name", "country", "ultimatePartnerConfirmed", "confirmedBy", "owners", "intermediary", "description", "countryOfIncorporation", "russianControl", "at", "beforeImplementation", "field", "text", "announcedAt", "chineseParty", "russianParties", "instrument", "binding", "aiRole", "activities", "includesAdvisory", "specificity", "priorRelation", "publiclyAnnounced", "sources", "cancelled", "quotes", "notes"];

/**
 * Whether `Object.prototype` leaves the slow path giving what this reader gives: zod lists a
 * strict object's keys with `for in` (an enumerable property of `Object.prototype` is an unknown
 * field of every object) and finds a field with `in` (a field name inherited, even not
 * enumerable, is read as that field's value). Checked after reading, as a getter may change it.
 */
function prototypeUntouched(): boolean {
  for (const _ in Object.prototype) return false;
  const p = Object.prototype;
  // Each name written out, so that each look-up is a constant one (several times faster than a loop).
  if (
    "instant" in p || "date" in p || "timeZone" in p || "month" in p || "id" in p || "stake" in p || "control" in p || "source" in p ||
    "asOf" in p || "kind" in p || "outlet" in p || "url" in p || "event" in p || "publishedAt" in p || "title" in p || "name" in p ||
    "country" in p || "ultimatePartnerConfirmed" in p || "confirmedBy" in p || "owners" in p || "intermediary" in p || "description" in p ||
    "countryOfIncorporation" in p || "russianControl" in p || "at" in p || "beforeImplementation" in p || "field" in p || "text" in p ||
    "announcedAt" in p || "chineseParty" in p || "russianParties" in p || "instrument" in p || "binding" in p || "aiRole" in p ||
    "activities" in p || "includesAdvisory" in p || "specificity" in p || "priorRelation" in p || "publiclyAnnounced" in p || "sources" in p ||
    "cancelled" in p || "quotes" in p || "notes" in p
  )
    return false;
  for (let i = 0; i < unlisted.length; i++) if ((unlisted[i] as string) in p) return false;
  return true;
}

/** A strict object of `schema`'s fields in the schema's order, each read by `fields`; the required ones must be there. */
function object(schema: z.ZodObject, fields: Readonly<Record<string, Reader>>): Reader {
  const keys = Object.keys(schema.shape);
  for (const key of keys) FIELD_NAMES.add(key);
  const at = new Map<string, number>();
  const readers: Reader[] = [];
  const required: string[] = [];
  keys.forEach((key, i) => {
    // A field without a reader is never accepted: the reader falls back on it.
    const read = fields[key];
    if (read !== undefined) at.set(key, i);
    readers.push(read ?? unsure);
    if (!(schema.shape[key] as z.ZodType).safeParse(undefined).success) required.push(key);
  });
  return (v) => {
    // An array is copied as an array by `snapshot`, whatever its prototype (one set to
    // `Object.prototype`, or a Proxy's `getPrototypeOf` answering so): never an object here.
    if (typeof v !== "object" || v === null || Array.isArray(v) || Object.getPrototypeOf(v) !== Object.prototype) unsure();
    values++;
    const out: Record<string, unknown> = {};
    let last = -1;
    let ordered = true;
    // The keys `snapshot` reads, as it lists them. (`for in` would skip a key deleted by a getter
    // read before it, which `snapshot` reads as `undefined`, and would walk the prototype.)
    const names = Object.keys(v);
    for (let k = 0; k < names.length; k++) {
      const key = names[k] as string;
      const i = at.get(key);
      if (i === undefined) unsure();
      const x = (v as Record<string, unknown>)[key];
      // zod keeps a field given as `undefined`; this reader does not say so.
      if (x === undefined) unsure();
      out[key] = (readers[i] as Reader)(x);
      if (i < last) ordered = false;
      last = i;
    }
    for (const key of required) if (out[key] === undefined) unsure();
    if (ordered) return freezing ? Object.freeze(out) : out;
    const sorted: Record<string, unknown> = {};
    for (const key of keys) if (out[key] !== undefined) sorted[key] = out[key];
    return freezing ? Object.freeze(sorted) : sorted;
  };
}

/** An array of at most `max` items, each read by `item`. */
function list(item: Reader, max: number): Reader {
  return (v) => {
    if (!Array.isArray(v)) unsure();
    const n: unknown = v.length;
    if (typeof n !== "number" || !(n <= max)) unsure();
    values += 1 + n;
    const out: unknown[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const x: unknown = v[i];
      if (x === undefined) unsure();
      out[i] = item(x);
    }
    return freezing ? Object.freeze(out) : out;
  };
}

/**
 * A string of at most `max` UTF-16 code units (zod counts code points, which are never more, so a
 * longer string is left to zod) that matches `pattern` and passes `check`, kept as it is.
 */
function formatted(pattern: RegExp | undefined, max: number, check?: (s: string) => boolean): Reader {
  return (v) => {
    if (typeof v !== "string" || v.length > max || (pattern !== undefined && !pattern.test(v)) || (check !== undefined && !check(v))) unsure();
    return v;
  };
}

/** Text as `text(max)` reads it: not blank (`/\S/`, the same white space as `trim`), trimmed. */
function text(max: number): Reader {
  return (v) => {
    if (typeof v !== "string" || v.length > max) unsure();
    const t = v.trim();
    if (t.length === 0) unsure();
    return t;
  };
}

function member(values: readonly string[]): Reader {
  const set = new Set(values);
  return (v) => {
    if (typeof v !== "string" || !set.has(v)) unsure();
    return v;
  };
}

const bool: Reader = (v) => (typeof v === "boolean" ? v : unsure());

const recordId = formatted(RECORD_ID_PATTERN, 100);
const country = formatted(COUNTRY_CODE_PATTERN, Infinity);
// `toTimeSpan` of a text is defined exactly when `parseInstant` is, and keeps the span it computes
// for `prepare` to find.
const instant = formatted(ISO_INSTANT_PATTERN, Infinity, (s) => toTimeSpan(s) !== undefined);
const zone = formatted(TIME_ZONE_PATTERN, 64, isTimeZone);
const [, InstantObject, DayObject, MonthObject] = AnnouncementTime.options as unknown as [unknown, z.ZodObject, z.ZodObject, z.ZodObject];
const instantObject = object(InstantObject, { instant });
const dayObject = object(DayObject, { date: formatted(DATE_PATTERN, Infinity, isRealDay), timeZone: zone });
const monthObject = object(MonthObject, { month: formatted(MONTH_PATTERN, Infinity), timeZone: zone });
/** The union `AnnouncementTime`: a string is only ever an instant; an object is the one form whose first field it has (each form is strict). */
const time: Reader = (v) => {
  if (typeof v === "string") return instant(v);
  if (typeof v !== "object" || v === null) unsure();
  return "instant" in v ? instantObject(v) : "date" in v ? dayObject(v) : monthObject(v);
};

const ownership = list(
  object(Ownership, {
    id: recordId,
    stake: (v) => (typeof v === "number" && v >= 0 && v <= 100 ? v : unsure()),
    control: (v) => (v === true ? v : unsure()),
    source: text(MAX_TEXT_LENGTH),
    asOf: formatted(OWNERSHIP_AS_OF_PATTERN, Infinity, isRealDay),
  }),
  50,
);

const source = object(Source, {
  kind: member(SourceKind.options),
  outlet: text(300),
  url: formatted(URL_PATTERN, 2048, urlParses),
  event: text(300),
  publishedAt: time,
  title: text(1000),
});

const shape = Announcement.shape;

const announcement = object(Announcement as unknown as z.ZodObject, {
  id: (v) => (typeof v === "string" && v.length >= 1 && v.length <= 200 ? v : unsure()),
  title: text(1000),
  announcedAt: time,
  chineseParty: object(ChineseParty, {
    id: recordId,
    name: text(300),
    owners: ownership,
    intermediary: object(ChineseParty.shape.intermediary.unwrap(), { name: text(300), country, ultimatePartnerConfirmed: bool, confirmedBy: list(source, 100) }),
  }),
  russianParties: list(
    object(RussianParty, {
      id: recordId,
      name: text(300),
      description: text(1000),
      kind: member(EntityKind.options),
      countryOfIncorporation: country,
      russianControl: member(RussianControl.options),
      owners: ownership,
    }),
    100,
  ),
  instrument: member(Instrument.options),
  binding: bool,
  aiRole: member(AiRole.options),
  activities: list(member(AI_ACTIVITIES), AI_ACTIVITIES.length * 4),
  includesAdvisory: bool,
  specificity: member(shape.specificity.unwrap().options),
  priorRelation: member(PriorRelation.options),
  publiclyAnnounced: bool,
  sources: list(source, 500),
  cancelled: object(shape.cancelled.unwrap(), { at: time, beforeImplementation: bool }),
  quotes: list(
    object(Quote, {
      field: member(QuoteField.options),
      text: text(2000),
      source: (v) => (typeof v === "number" && Number.isInteger(v) && v >= 0 && v <= 499 ? v : unsure()),
    }),
    24,
  ),
  notes: (v) => (typeof v === "string" && v.length <= MAX_TEXT_LENGTH ? v : unsure()),
});

/** The field names not written out in {@link prototypeUntouched} (none, unless a schema gains a field). */
const unlisted = [...FIELD_NAMES].filter((name) => !LISTED_NAMES.includes(name));

/**
 * The validated announcement `item` is, read once, or `undefined` when the fast reader is not sure
 * and the slow path (`snapshot`, then the schema) must decide. On success it adds the values read
 * to `counter`, as `snapshot` would; it never takes the count over `LIMITS.inputValues` (it falls
 * back instead). With `freeze`, every object and array it builds is frozen (as `deepFreeze` would
 * leave them). Never throws. @internal
 */
export function readAnnouncementFast(item: unknown, counter: { values: number }, freeze = false): Announcement | undefined {
  const outer = values;
  const outerFreezing = freezing;
  values = 0;
  freezing = freeze;
  try {
    const a = announcement(item) as Announcement;
    // The schema's refinement: each quote names a listed source.
    if (a.quotes !== undefined) {
      const count = a.sources === undefined ? 0 : a.sources.length;
      for (const q of a.quotes) if (q.source >= count) return undefined;
    }
    if (counter.values + values > LIMITS.inputValues || !prototypeUntouched()) return undefined;
    counter.values += values;
    return a;
  } catch {
    return undefined;
  } finally {
    values = outer;
    freezing = outerFreezing;
  }
}
