/**
 * Between the extraction profile (what a language model fills in) and the library's
 * {@link Announcement}: `fromExtraction` checks a filled-in extraction and turns its nulls into
 * absent facts; `toExtraction` writes an announcement in the profile's shape.
 * @packageDocumentation
 */
import { Announcement, type ChineseParty, type Quote, type RussianParty, type Source } from "../models/announcement.js";
import type { Ownership } from "../models/common.js";
import type { AnnouncementExtraction } from "../models/extraction.js";
import type { AnnouncementTime } from "../models/time.js";
import { type InputIssue, PARSE_OPTIONS, type Result, formatPath, fromZodIssues } from "../issues.js";
import { snapshot } from "../snapshot.js";

/**
 * What {@link fromExtraction} needs besides the model's answer: the `id` the host gives the
 * announcement (the profile has none: a model cannot know the host's identifiers).
 *
 * @example
 * ```ts
 * const options: FromExtractionOptions = { id: "article-2026-03-02-tass" };
 * ```
 */
export interface FromExtractionOptions {
  /** The announcement's id in the host's data (the `id` of the {@link Announcement} made). */
  readonly id: string;
}

/** A copy of `value` with every object property whose value is `null` left out (at any depth). */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (typeof value !== "object" || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) if (v !== null) out[key] = withoutNulls(v);
  return out;
}

/**
 * Turns a filled-in extraction (see `AnnouncementExtraction`) into an {@link Announcement}:
 * every `null` becomes an absent fact, so what the article does not state stays unknown (and
 * the criteria that need it undetermined), never a guess. A key left out is read as `null`. The
 * result is checked against the `Announcement` model, with everything the profile cannot say
 * (formats, lengths, bounds, quotes naming listed sources): every problem comes back with its
 * path, which is the same in the extraction and in the announcement. Never throws, whatever it
 * is handed; the input is read once and never changed.
 *
 * @example
 * ```ts
 * const r = fromExtraction(JSON.parse(modelResponse), { id: "article-17" });
 * if (r.success) resolve({ question: { companyId: "alibaba" }, announcements: [r.data], asOf });
 * else for (const i of r.issues) console.log(`${i.path}: ${i.code}: ${i.message}`); // sources[0].url: invalid-url: …
 * ```
 * @example
 * ```ts
 * fromExtraction({ aiRole: null, instrument: "mou" }, { id: "a1" }); // { success: true, data: { id: "a1", instrument: "mou" } }
 * ```
 */
export function fromExtraction(value: unknown, options: FromExtractionOptions): Result<Announcement> {
  const snap = snapshot(value, {}, {});
  if (snap.issues.length > 0) return { success: false, issues: snap.issues };
  const read = snapshot(options, {}, {}, { path: ["id"] });
  const id = typeof read.value === "object" && read.value !== null ? (read.value as { id?: unknown }).id : undefined;
  const v = snap.value;
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    const received = v === null ? "null" : Array.isArray(v) ? "array" : typeof v;
    return { success: false, issues: [issue([], "invalid-type", `expected an object, got ${received}`, { expected: "object", received })] };
  }
  const issues: InputIssue[] = [];
  if (Object.hasOwn(v, "id")) issues.push(issue(["id"], "unknown-field", "the extraction has no `id`: the host gives it to fromExtraction"));
  const r = Announcement.safeParse({ ...(withoutNulls(v) as object), id }, PARSE_OPTIONS);
  if (!r.success) issues.push(...fromZodIssues(r.error.issues));
  if (issues.length > 0 || !r.success) return { success: false, issues };
  return { success: true, data: r.data };
}

function issue(segments: readonly (string | number)[], code: InputIssue["code"], message: string, detail: Pick<InputIssue, "expected" | "received"> = {}): InputIssue {
  return { path: formatPath(segments), segments: [...segments], code, message, ...detail };
}

const time = (t: AnnouncementTime | undefined): AnnouncementExtraction["announcedAt"] => {
  if (t === undefined) return null;
  if (typeof t === "string") return t;
  return "instant" in t ? t.instant : t;
};

const ownership = (o: Ownership) => ({ id: o.id, stake: o.stake ?? null, control: o.control ?? null, source: o.source ?? null, asOf: o.asOf ?? null });

const source = (s: Source) => ({
  kind: s.kind ?? null,
  outlet: s.outlet ?? null,
  url: s.url ?? null,
  event: s.event ?? null,
  publishedAt: time(s.publishedAt),
  title: s.title ?? null,
});

const chineseParty = (p: ChineseParty): NonNullable<AnnouncementExtraction["chineseParty"]> => ({
  id: p.id ?? null,
  name: p.name ?? null,
  owners: p.owners?.map(ownership) ?? null,
  intermediary:
    p.intermediary === undefined
      ? null
      : {
          name: p.intermediary.name,
          country: p.intermediary.country ?? null,
          ultimatePartnerConfirmed: p.intermediary.ultimatePartnerConfirmed ?? null,
          confirmedBy: p.intermediary.confirmedBy?.map(source) ?? null,
        },
});

const russianParty = (p: RussianParty) => ({
  id: p.id ?? null,
  name: p.name ?? null,
  description: p.description ?? null,
  kind: p.kind ?? null,
  countryOfIncorporation: p.countryOfIncorporation ?? null,
  russianControl: p.russianControl ?? null,
  owners: p.owners?.map(ownership) ?? null,
});

const quote = (q: Quote) => ({ field: q.field, text: q.text, source: q.source });

/**
 * Writes an {@link Announcement} in the extraction profile's shape: every absent fact as `null`,
 * without its `id` (kept by the host). `fromExtraction(toExtraction(a), { id: a.id })` gives back
 * `a`, except that a time written `{ instant }` comes back as the instant string, which means the
 * same. Useful to show a model a worked example, or to store extractions and announcements alike.
 *
 * @example
 * ```ts
 * toExtraction({ id: "a1", aiRole: "focus" }).aiRole; // "focus"
 * toExtraction({ id: "a1", aiRole: "focus" }).instrument; // null
 * ```
 */
export function toExtraction(a: Announcement): AnnouncementExtraction {
  return {
    title: a.title ?? null,
    announcedAt: time(a.announcedAt),
    chineseParty: a.chineseParty === undefined ? null : chineseParty(a.chineseParty),
    russianParties: a.russianParties?.map(russianParty) ?? null,
    instrument: a.instrument ?? null,
    binding: a.binding ?? null,
    aiRole: a.aiRole ?? null,
    activities: a.activities === undefined ? null : [...a.activities],
    includesAdvisory: a.includesAdvisory ?? null,
    specificity: a.specificity ?? null,
    priorRelation: a.priorRelation ?? null,
    publiclyAnnounced: a.publiclyAnnounced ?? null,
    sources: a.sources?.map(source) ?? null,
    cancelled: a.cancelled === undefined ? null : { at: time(a.cancelled.at), beforeImplementation: a.cancelled.beforeImplementation ?? null },
    quotes: a.quotes?.map(quote) ?? null,
    notes: a.notes ?? null,
  };
}
