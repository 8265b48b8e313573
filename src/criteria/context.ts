import { Announcement } from "../models/announcement.js";
import type { Company } from "../models/company.js";
import { DEFAULT_DEADLINE, DEFAULT_WINDOW_START } from "../models/question.js";
import type { QuestionInput } from "../models/question.js";
import { parseInstant } from "../models/time.js";
import { InputError, fromZodIssues } from "../issues.js";
import type { Registry } from "../registry/registry.js";
import { builtinRegistry } from "../registry/builtin.js";

/**
 * The readings of the criteria that the seed text leaves open, each with the default a careful
 * human resolver would choose. A host that reads a clause otherwise overrides the option.
 *
 * @example
 * ```ts
 * const strict: Partial<Readings> = { ownSubsidiaryControl: "wholly-owned" };
 * ```
 */
export interface Readings {
  /**
   * An announcement known only to the day or month, whose span crosses the window start or the
   * deadline: `undetermined` (default, a human decides), or place it at the `earliest` or
   * `latest` instant of its span.
   */
  readonly straddlingTime: "undetermined" | "earliest" | "latest";
  /**
   * When a Russian party is the Chinese company's own subsidiary and so not a partner:
   * when the company controls it through a chain of `majority` stakes (default), or only when
   * it is `wholly-owned`.
   */
  readonly ownSubsidiaryControl: "majority" | "wholly-owned";
  /**
   * A source the registry cannot identify: no kind is given and its outlet or host is unknown,
   * or it declares a kind the registry cannot verify (a release or an agency on a host it does
   * not know, an unnamed event): `undetermined` (default, a human may recognise it), or
   * `not-met` (treated as any other outlet). Pages on user-content platforms and sites whose
   * owner's part in the announcement is unknown stay undetermined under either reading.
   */
  readonly unrecognizedSource: "undetermined" | "not-met";
}

/**
 * The defaults of every {@link Readings} option.
 *
 * @example
 * ```ts
 * DEFAULT_READINGS.straddlingTime; // "undetermined"
 * ```
 */
export const DEFAULT_READINGS: Readings = Object.freeze({
  straddlingTime: "undetermined",
  ownSubsidiaryControl: "majority",
  unrecognizedSource: "undetermined",
});

/**
 * What an evaluator needs besides the announcement: the question, the registry (the built-in
 * one by default), optionally the `asOf` instant (sources published later are not yet known),
 * and any readings that differ from {@link DEFAULT_READINGS}. The evaluators take typed input
 * and check it: an announcement the schema refuses, a question whose company the registry lacks,
 * or malformed bounds are programmer errors and throw an {@link InputError}. Validate untrusted
 * data with `safeResolve` or the schemas first.
 *
 * @example
 * ```ts
 * const context: EvaluationContext = { question: { companyId: "alibaba" }, asOf: "2026-06-01T00:00:00Z" };
 * ```
 */
export interface EvaluationContext {
  /** The question: the company it names (`companyId`, which must be in the registry) and its window. */
  readonly question: QuestionInput;
  /** The registry to look parties and sources up in; the built-in one by default. */
  readonly registry?: Registry;
  /** The instant to judge as of (an ISO 8601 instant with its offset, a `Date` or epoch milliseconds); sources published later are not yet known. Left out: every source counts. */
  readonly asOf?: string | Date | number;
  /** Readings of what the criteria leave open that differ from {@link DEFAULT_READINGS}. */
  readonly readings?: Partial<Readings>;
}

/** An evaluation context with bounds parsed and defaults applied. @internal */
export interface PreparedContext {
  readonly companyId: string;
  readonly company: Company;
  readonly windowStart: number;
  readonly deadline: number;
  readonly asOf: number | undefined;
  readonly registry: Registry;
  readonly readings: Readings;
}

/** Parses the `asOf` forms the API accepts into epoch milliseconds. @internal */
export function toEpoch(value: string | Date | number): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) && Math.abs(value) <= 8.64e15 ? value : undefined;
  if (value instanceof Date) {
    const t = value.getTime();
    return Number.isFinite(t) ? t : undefined;
  }
  return typeof value === "string" ? parseInstant(value) : undefined;
}

/** Applies defaults and parses bounds; a malformed context is a programmer error. @internal */
export function prepareContext(context: EvaluationContext): PreparedContext {
  const q = context.question;
  const windowStart = parseInstant(q.windowStart ?? DEFAULT_WINDOW_START);
  const deadline = parseInstant(q.deadline ?? DEFAULT_DEADLINE);
  const asOf = context.asOf === undefined ? undefined : toEpoch(context.asOf);
  const bad = (path: string, message: string) =>
    new InputError([{ path, segments: path.split("."), code: "invalid_context", message }]);
  if (windowStart === undefined) throw bad("question.windowStart", "expected an ISO 8601 instant with an offset");
  if (deadline === undefined) throw bad("question.deadline", "expected an ISO 8601 instant with an offset");
  if (windowStart >= deadline) throw bad("question.deadline", "windowStart must be before deadline");
  if (context.asOf !== undefined && asOf === undefined) throw bad("asOf", "expected an ISO 8601 instant with an offset, a Date or epoch milliseconds");
  const registry = context.registry ?? builtinRegistry;
  const company = registry.getCompany(q.companyId);
  if (company === undefined) throw bad("question.companyId", `\`${q.companyId}\` is not a company in registry ${registry.version}`);
  return {
    companyId: q.companyId,
    company,
    windowStart,
    deadline,
    asOf,
    registry,
    readings: context.readings === undefined ? DEFAULT_READINGS : { ...DEFAULT_READINGS, ...context.readings },
  };
}

/**
 * Checks an announcement handed to a public evaluator against the schema, so that an evaluator
 * never reasons about values the schema refuses (and never cites a clause ID outside
 * `CLAUSE_IDS`): invalid input is a programmer error and throws an {@link InputError} listing
 * every problem. The safe entry points validate once and call the evaluators' internals. @internal
 */
export function checkAnnouncement(announcement: Announcement): Announcement {
  const r = Announcement.safeParse(announcement);
  if (!r.success) throw new InputError(fromZodIssues(r.error.issues, ["announcement"]));
  return r.data;
}
