import { type InputIssue, PARSE_OPTIONS, type Result, formatPath, fromZodIssues } from "../issues.js";
import { LIMITS } from "../engine/limits.js";
import { type Resolution, safeResolve } from "../resolve.js";
import { ResolutionSchema } from "../schemas/resolutions.js";
import { snapshot } from "../snapshot.js";
import { inputDigest } from "./record.js";

/**
 * What a difference between a stored resolution and the one its input gives is about: the
 * library, the rules, the registry (its version or its content), a reading, `asOf`, the question,
 * the announcements (their count or digest), the clarifications in force, the input digest (the
 * stored record's own, or the recomputed one), the outcome, or the deciding announcement.
 *
 * @example
 * ```ts
 * const field: AuditDifferenceField = "registryDigest";
 * ```
 */
export type AuditDifferenceField =
  | "libraryVersion"
  | "rulesDigest"
  | "registryVersion"
  | "registryDigest"
  | "readings"
  | "asOf"
  | "question"
  | "announcements"
  | "clarifications"
  | "inputDigest"
  | "outcome"
  | "deciding";

/**
 * One way a stored resolution differs from the one its input gives now: what (`field`), where in
 * the resolution (`path`, such as `audit.readings.straddlingTime`), the stored and the recomputed
 * values (as text; absent when there is none), and a sentence saying so.
 *
 * @example
 * ```ts
 * const d: AuditDifference = {
 *   field: "outcome", path: "outcome", stored: "YES", recomputed: "NEEDS_REVIEW",
 *   message: "the stored outcome is YES; the input gives NEEDS_REVIEW",
 * };
 * ```
 */
export interface AuditDifference {
  /** What differs: a part of the audit record, or the outcome or deciding announcement. */
  readonly field: AuditDifferenceField;
  /** Where in the stored resolution, as a dotted path (`audit.readings.straddlingTime`, `outcome`). */
  readonly path: string;
  /** The stored value, as text (absent when the stored resolution lacks it). */
  readonly stored?: string;
  /** The value the input gives now, as text (absent when it has none). */
  readonly recomputed?: string;
  /** One English sentence saying what differs. */
  readonly message: string;
}

/**
 * What {@link verifyResolution} found: whether the stored resolution is the one the input gives
 * (same library, rules, registry, readings, `asOf`, question and announcements, hence the same
 * digests; same outcome and deciding announcement), every difference otherwise, and the
 * resolution the input gives now.
 *
 * @example
 * ```ts
 * const v: ResolutionVerification = { matches: true, differences: [], resolution };
 * ```
 */
export interface ResolutionVerification {
  /** True when nothing differs: the stored resolution is the one this input gives. */
  readonly matches: boolean;
  /** Every difference found, empty when `matches`. */
  readonly differences: readonly AuditDifference[];
  /** The resolution the input gives now, to show next to the stored one. */
  readonly resolution: Resolution;
}

/**
 * Verifies a stored resolution (a `Resolution`, or its JSON parsed back) against an input: resolves
 * the input again (`input` is what {@link resolve} takes, `asOf` included) and compares the audit
 * records field by field (library version, rules digest, registry version and digest, each
 * reading, `asOf`, the question, the announcements' count and digest, the clarifications in
 * force, the input digest), then the outcome and the deciding announcement. The stored record's
 * `inputDigest` is also checked against its own fields, so a record edited after the fact does
 * not verify. Never throws: a stored value that is not a resolution, or an input `resolve` would
 * refuse, comes back as issues with their paths (under `stored` and `input`).
 *
 * @example
 * ```ts
 * const published = JSON.parse(fs.readFileSync("resolution.json", "utf8"));
 * const v = verifyResolution(published, { question: { companyId: "alibaba" }, announcements, asOf: "2026-11-23T00:00:00Z" });
 * if (!v.success) for (const i of v.issues) console.log(`${i.path}: ${i.message}`); // input.announcements[2].id: …
 * else if (v.data.matches) console.log("verified:", v.data.resolution.audit.inputDigest);
 * else for (const d of v.data.differences) console.log(`${d.path}: ${d.message}`); // audit.readings.straddlingTime: …
 * ```
 */
export function verifyResolution(stored: unknown, input: unknown): Result<ResolutionVerification> {
  const issues: InputIssue[] = [];
  const snap = snapshot(stored, {}, { qualifying: LIMITS.announcements, needsReview: LIMITS.announcements, evaluations: LIMITS.announcements, notYetKnown: LIMITS.announcements, unplaced: LIMITS.announcements }, { path: ["stored"] });
  let was: Resolution | undefined;
  if (snap.issues.length > 0) issues.push(...snap.issues);
  else {
    const parsed = ResolutionSchema.safeParse(snap.value, PARSE_OPTIONS);
    if (parsed.success) was = parsed.data;
    else issues.push(...fromZodIssues(parsed.error.issues, ["stored"]));
  }
  const now = safeResolve(input);
  if (!now.success) issues.push(...now.issues.map((i) => under("input", i)));
  if (!now.success || was === undefined) return { success: false, issues };
  const differences = compare(was, now.data);
  return { success: true, data: { matches: differences.length === 0, differences, resolution: now.data } };
}

/** An issue moved under a root segment. */
function under(root: string, i: InputIssue): InputIssue {
  const segments = [root, ...i.segments];
  return { ...i, path: formatPath(segments), segments };
}

/** Every difference between a stored resolution and the recomputed one. */
function compare(was: Resolution, now: Resolution): AuditDifference[] {
  const out: AuditDifference[] = [];
  const a = was.audit;
  const b = now.audit;
  const differ = (field: AuditDifferenceField, path: string, stored: string | undefined, recomputed: string | undefined, what: string) => {
    if (stored === recomputed) return;
    const say = (v: string | undefined) => (v === undefined ? "none" : v);
    out.push({ field, path, ...(stored === undefined ? {} : { stored }), ...(recomputed === undefined ? {} : { recomputed }), message: `the stored ${what} is ${say(stored)}; the input gives ${say(recomputed)}` });
  };
  differ("libraryVersion", "audit.libraryVersion", a.libraryVersion, b.libraryVersion, "library version");
  differ("rulesDigest", "audit.rulesDigest", a.rulesDigest, b.rulesDigest, "rules digest");
  differ("registryVersion", "audit.registry.version", a.registry.version, b.registry.version, "registry version");
  differ("registryDigest", "audit.registry.digest", a.registry.digest, b.registry.digest, "registry content digest");
  for (const k of ["straddlingTime", "ownSubsidiaryControl", "unrecognizedSource"] as const) differ("readings", `audit.readings.${k}`, a.readings[k], b.readings[k], `reading ${k}`);
  differ("asOf", "audit.asOf", a.asOf, b.asOf, "asOf");
  differ("question", "audit.question", JSON.stringify(a.question), JSON.stringify(b.question), "question");
  differ("announcements", "audit.announcements.count", String(a.announcements.count), String(b.announcements.count), "number of announcements");
  differ("announcements", "audit.announcements.digest", a.announcements.digest, b.announcements.digest, "announcements digest");
  differ("clarifications", "audit.clarifications", json(a.clarifications), json(b.clarifications), "list of clarifications in force");
  const own = inputDigest(a);
  if (own !== a.inputDigest) {
    out.push({ field: "inputDigest", path: "audit.inputDigest", stored: a.inputDigest, recomputed: own, message: `the stored input digest ${a.inputDigest} is not the digest of the stored record's own fields (${own}): the record was altered` });
  } else differ("inputDigest", "audit.inputDigest", a.inputDigest, b.inputDigest, "input digest");
  differ("outcome", "outcome", was.outcome, now.outcome, "outcome");
  differ("deciding", "deciding.announcementId", was.deciding?.announcementId, now.deciding?.announcementId, "deciding announcement");
  return out;
}

function json(v: unknown): string | undefined {
  return v === undefined ? undefined : JSON.stringify(v);
}
