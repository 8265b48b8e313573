import { z } from "zod";
import { Announcement } from "../models/announcement.js";
import { Question } from "../models/question.js";
import { ReadingOverrides } from "../models/clarification.js";
import { IsoInstant } from "../models/time.js";
import { RecordId } from "../models/common.js";
import { DEFAULT_READINGS, type Readings, toEpoch } from "../criteria/context.js";
import type { ClarificationsInForce } from "../clarifications/in-force.js";
import { type InputIssue, type InputIssueCode, PARSE_OPTIONS, formatPath, fromZodIssues } from "../issues.js";
import { builtinRegistry, SERIES_COMPANY_IDS } from "../registry/builtin.js";
import { type Registry, isRegistry } from "../registry/registry.js";
import { LIMITS } from "./limits.js";
import { type Prepared, prepare } from "./prepared.js";
import { snapshot } from "../snapshot.js";
import { readAnnouncementFast } from "./read-announcement.js";
import { batchContents } from "./batch-store.js";

/** What every resolution is made under, once validated. @internal */
export interface Settings {
  readonly questions: readonly Question[];
  readonly asOf: number;
  readonly registry: Registry;
  /** The host's readings with the defaults, and, once split by clarifications, what those in force fix. */
  readonly readings: Readings;
  readonly keep: "all" | "decisive";
  readonly nearMisses: number;
  /** The readings as the host passed them (to tell a clarification's override from a default). */
  readonly hostReadings: ReadingOverrides;
  /** The clarification number the resolution is pinned to, if any. */
  readonly clarification: number | undefined;
  /** The clarifications in force for every question of these settings (set by `splitByClarifications`). */
  readonly clarified?: ClarificationsInForce;
}

const AsOf = z.union([
  IsoInstant,
  z.date().refine((d) => Number.isFinite(d.getTime()), { message: "invalid Date", params: { code: "invalid-date" } }),
  z.number().finite().min(-8.64e15, "epoch milliseconds out of the Date range").max(8.64e15, "epoch milliseconds out of the Date range"),
]);
const Options = {
  asOf: AsOf,
  registry: z.unknown().optional(),
  readings: ReadingOverrides.optional(),
  clarification: z.number().int().min(0).max(1_000_000).optional(),
  evaluations: z.enum(["all", "decisive"]).optional(),
  nearMisses: z.number().int().min(0).max(1000).optional(),
};
const SHAPES = {
  one: z.strictObject({ question: Question, announcements: z.unknown(), ...Options }),
  series: z.strictObject({ questions: z.array(Question).optional(), announcements: z.unknown(), ...Options }),
  resolver: z.strictObject({ questions: z.array(Question).optional(), ...Options }),
};

/** Collects issues up to {@link LIMITS.issues}, then one last issue saying the rest were not listed. @internal */
export class IssueList {
  readonly items: InputIssue[] = [];
  full = false;
  add(issues: readonly InputIssue[]): void {
    for (const i of issues) {
      if (this.items.length >= LIMITS.issues) {
        this.full = true;
        return;
      }
      this.items.push(i);
    }
  }
  result(): readonly InputIssue[] {
    if (!this.full) return this.items;
    return [...this.items, { path: "", segments: [], code: "too-many-issues", message: `validation stopped after ${LIMITS.issues} issues; the rest were not listed` }];
  }
}

/** One issue with its path. @internal */
export function issue(segments: readonly (string | number)[], code: InputIssueCode, message: string, detail: Pick<InputIssue, "expected" | "received"> = {}): InputIssue {
  return { path: formatPath(segments), segments: [...segments], code, message, ...detail };
}

/**
 * Validates what a resolution is made under: the envelope of `safeResolve` (`one`),
 * `safeResolveSeries` (`series`) or `createResolver` (`resolver`). The input is read once into
 * plain data (see {@link snapshot}), except `announcements`, which is returned as it is, for
 * {@link readAnnouncements} to read item by item. Every problem comes back with its path. @internal
 */
export function validateSettings(input: unknown, shape: keyof typeof SHAPES): SettingsResult {
  const issues = new IssueList();
  const snap = snapshot(input, { registry: "opaque", asOf: "date", announcements: "opaque" }, { questions: LIMITS.questions });
  issues.add(snap.issues);
  if (snap.issues.length > 0) return { success: false, issues: issues.result() };
  const parsed = SHAPES[shape].safeParse(snap.value, PARSE_OPTIONS);
  if (!parsed.success) issues.add(fromZodIssues(parsed.error.issues));
  // The checks below also run when the schema fails, so every problem comes back in one pass.
  const raw = (typeof snap.value === "object" && snap.value !== null && !Array.isArray(snap.value) ? snap.value : {}) as Record<string, unknown>;
  if (shape !== "resolver" && raw === snap.value && !("announcements" in raw)) issues.add([issue(["announcements"], "missing-field", "expected an array of announcements, or a batch made by parseAnnouncements()")]);
  let registry = builtinRegistry;
  if (raw.registry !== undefined) {
    if (isRegistry(raw.registry)) registry = raw.registry;
    else issues.add([issue(["registry"], "invalid-type", "expected a registry made by createRegistry() or extendRegistry() of this library")]);
  }
  const d = parsed.success ? (parsed.data as z.infer<typeof SHAPES.series> & { question?: Question }) : undefined;
  const questions: Question[] =
    d === undefined
      ? []
      : d.question !== undefined
        ? [d.question]
        : (d.questions ?? SERIES_COMPANY_IDS.filter((id) => registry.getCompany(id) !== undefined).map((companyId) => Question.parse({ companyId })));
  if (questions.length > LIMITS.questions) issues.add([issue(["questions"], "too-big", `expected at most ${LIMITS.questions} questions, got ${questions.length}`)]);
  const companyIds = d !== undefined ? questions.map((q) => q.companyId) : shape === "one" ? [companyIdOf(raw.question)] : Array.isArray(raw.questions) ? raw.questions.map(companyIdOf) : [];
  companyIds.forEach((companyId, i) => {
    if (companyId !== undefined && registry.getCompany(companyId) === undefined) {
      issues.add([issue(shape === "one" ? ["question", "companyId"] : ["questions", i, "companyId"], "unknown-company", `\`${companyId}\` is not a company in registry ${registry.version}`)]);
    }
  });
  if (issues.items.length > 0 || d === undefined) {
    // The announcements (read once, as given) are handed back so that their problems can be
    // listed in the same pass as these.
    const rest = "announcements" in raw ? { announcements: raw.announcements, registry } : undefined;
    return { success: false, issues: issues.result(), ...(rest === undefined ? {} : { rest }) };
  }
  const readings = { ...DEFAULT_READINGS, ...d.readings } as Readings;
  const keep = d.evaluations ?? (shape === "resolver" ? "decisive" : "all");
  const nearMisses = d.nearMisses ?? (shape === "resolver" ? 10 : 0);
  return { success: true, data: { settings: { questions, asOf: toEpoch(d.asOf) as number, registry, readings, keep, nearMisses, hostReadings: { ...d.readings }, clarification: d.clarification }, announcements: (snap.value as { announcements?: unknown }).announcements } };
}

/**
 * What {@link validateSettings} answers: the settings and the announcements to read, or every
 * problem with the settings, and then, if the input has them, the announcements and the registry
 * to read them against (the built-in one when the registry given is not one). @internal
 */
export type SettingsResult =
  | { readonly success: true; readonly data: { readonly settings: Settings; readonly announcements: unknown } }
  | { readonly success: false; readonly issues: readonly InputIssue[]; readonly rest?: { readonly announcements: unknown; readonly registry: Registry } };

/** The company id of a question that failed the schema, when the id itself is well-formed (a malformed one is already reported). */
function companyIdOf(question: unknown): string | undefined {
  const id = typeof question === "object" && question !== null ? (question as { companyId?: unknown }).companyId : undefined;
  return RecordId.safeParse(id).success ? (id as string) : undefined;
}

/**
 * Reads announcements: a batch made by `parseAnnouncements` against the same registry (already
 * valid), or an array of untrusted items, each read into plain data on its own (see
 * {@link snapshot}) and checked against the schema; in the common case an item is read once
 * straight into the validated value by {@link readAnnouncementFast}, with the same result. Each
 * valid item is prepared and handed to `onValid`; each invalid one to `onInvalid`, its problems
 * (with paths under `announcements[i]`) to `issues`. Problems with the array itself reject every
 * item (`onInvalid(-1)`). With `allOrNothing` (any problem fails the call), reading stops once the
 * issue list is full. With `freeze`, what the fast reader builds comes back frozen (a caller that
 * deep-freezes the announcements then has nothing left to walk). Never throws on hostile input.
 * @internal
 */
export function readAnnouncements(
  value: unknown,
  registry: Registry,
  issues: IssueList,
  questions: number,
  onValid: (p: Prepared, index: number) => void,
  onInvalid: (index: number) => void,
  allOrNothing = false,
  freeze = false,
): void {
  const tooMany = (n: number): boolean => {
    if (n * questions <= LIMITS.relationChecks) return false;
    issues.add([issue(["announcements"], "too-much-work", `${questions} questions × ${n} announcements is more than ${LIMITS.relationChecks.toLocaleString("en-US")} checks; split the call`)]);
    onInvalid(-1);
    return true;
  };
  const batch = batchContents(value);
  if (batch !== undefined) {
    if (tooMany(batch.prepared.length)) return;
    if (batch.registry !== registry) {
      issues.add([issue(["announcements"], "registry-mismatch", `this batch was prepared against registry ${batch.registry.version}, not the registry of this resolution (${registry.version}); parse it again with the same registry`)]);
      onInvalid(-1);
      return;
    }
    batch.prepared.forEach(onValid);
    return;
  }
  let length: number;
  try {
    if (!Array.isArray(value)) {
      issues.add([issue(["announcements"], "invalid-type", "expected an array of announcements, or a batch made by parseAnnouncements()")]);
      onInvalid(-1);
      return;
    }
    length = value.length;
  } catch (e) {
    issues.add([issue(["announcements"], "unreadable", `reading this value threw: ${e instanceof Error ? e.name : "an error"}`)]);
    onInvalid(-1);
    return;
  }
  if (length > LIMITS.announcements) {
    issues.add([issue(["announcements"], "too-big", `expected at most ${LIMITS.announcements.toLocaleString("en-US")} announcements, got ${length}; split them into several calls`)]);
    onInvalid(-1);
    return;
  }
  if (tooMany(length)) return;
  const counter = { values: 0 };
  for (let i = 0; i < length; i++) {
    // When any problem fails the whole call, reading stops once no more problems can be listed.
    if (allOrNothing && issues.full) {
      for (let j = i; j < length; j++) onInvalid(j);
      return;
    }
    let item: unknown;
    try {
      item = (value as unknown[])[i];
    } catch (e) {
      issues.add([issue(["announcements", i], "unreadable", `reading this item threw: ${e instanceof Error ? e.name : "an error"}`)]);
      onInvalid(i);
      continue;
    }
    // The common case: read once straight into the validated value. When the fast reader is not
    // sure, the item's contents are read again below, and its problems found and reported as ever.
    const fast = readAnnouncementFast(item, counter, freeze);
    if (fast !== undefined) {
      onValid(prepare(fast, registry), i);
      continue;
    }
    const path = ["announcements", i];
    const snap = snapshot(item, {}, {}, { path, counter });
    if (counter.values > LIMITS.inputValues) {
      // The whole input is too large: that is the only problem worth listing; read no further.
      issues.items.length = 0;
      issues.full = false;
      issues.add([issue(["announcements"], "too-large", `the announcements hold more than ${LIMITS.inputValues.toLocaleString("en-US")} objects, arrays and array items; split them into several calls`)]);
      for (let j = i; j < length; j++) onInvalid(j);
      return;
    }
    if (snap.issues.length > 0) {
      issues.add(snap.issues);
      onInvalid(i);
      continue;
    }
    const r = Announcement.safeParse(snap.value, PARSE_OPTIONS);
    if (r.success) onValid(prepare(r.data, registry), i);
    else {
      issues.add(fromZodIssues(r.error.issues, path));
      onInvalid(i);
    }
  }
}
