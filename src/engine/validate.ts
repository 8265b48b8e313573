import { z } from "zod";
import { Announcement } from "../models/announcement.js";
import { Question } from "../models/question.js";
import { IsoInstant } from "../models/time.js";
import { type Readings, toEpoch } from "../criteria/context.js";
import { type InputIssue, type Result, formatPath, fromZodIssues } from "../issues.js";
import { builtinRegistry, SERIES_COMPANY_IDS } from "../registry/builtin.js";
import { type Registry, isRegistry } from "../registry/registry.js";
import { LIMITS } from "./limits.js";
import { snapshot } from "../snapshot.js";

/** Input of a safe entry point once validated. @internal */
export interface ValidInput {
  readonly questions: readonly Question[];
  readonly announcements: readonly Announcement[];
  readonly asOf: number;
  readonly registry: Registry;
  readonly readings: Partial<Readings> | undefined;
  readonly keep: "all" | "decisive";
}

const AsOf = z.union([
  IsoInstant,
  z.date().refine((d) => Number.isFinite(d.getTime()), { message: "invalid Date" }),
  z.number().finite().min(-8.64e15, "epoch milliseconds out of the Date range").max(8.64e15, "epoch milliseconds out of the Date range"),
]);
const ReadingsShape = z
  .strictObject({
    straddlingTime: z.enum(["undetermined", "earliest", "latest"]),
    ownSubsidiaryControl: z.enum(["majority", "wholly-owned"]),
    unrecognizedSource: z.enum(["undetermined", "not-met"]),
  })
  .partial();
const Options = {
  announcements: z.array(z.unknown()),
  asOf: AsOf,
  registry: z.unknown().optional(),
  readings: ReadingsShape.optional(),
  evaluations: z.enum(["all", "decisive"]).optional(),
};
const OneInput = z.strictObject({ question: Question, ...Options });
const SeriesInput = z.strictObject({ questions: z.array(Question).optional(), ...Options });

/** Collects issues up to {@link LIMITS.issues}, then one last issue saying the rest were not listed. */
class IssueList {
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

function issue(segments: readonly (string | number)[], code: string, message: string): InputIssue {
  return { path: formatPath(segments), segments: [...segments], code, message };
}

/**
 * Validates the input of `safeResolve` (`one`) or `safeResolveSeries` (`series`): reads it once
 * into plain data (see {@link snapshot}), checks the envelope, then each announcement on its own,
 * stopping after {@link LIMITS.issues} problems, so that neither a hostile object nor a flood of
 * invalid items can throw or exhaust memory. Every problem comes back with its path. @internal
 */
export function validateInput(input: unknown, shape: "one" | "series"): Result<ValidInput> {
  const issues = new IssueList();
  const snap = snapshot(input, { registry: "opaque", asOf: "date" }, { announcements: LIMITS.announcements, questions: LIMITS.questions });
  issues.add(snap.issues);
  if (snap.issues.length > 0) return { success: false, issues: issues.result() };
  const parsed = (shape === "one" ? OneInput : SeriesInput).safeParse(snap.value);
  if (!parsed.success) {
    issues.add(fromZodIssues(parsed.error.issues));
    return { success: false, issues: issues.result() };
  }
  const d = parsed.data as z.infer<typeof SeriesInput> & { question?: Question };
  let registry = builtinRegistry;
  if (d.registry !== undefined) {
    if (isRegistry(d.registry)) registry = d.registry;
    else issues.add([issue(["registry"], "invalid_type", "expected a registry made by createRegistry() or extendRegistry() of this library")]);
  }
  const questions: Question[] =
    d.question !== undefined
      ? [d.question]
      : (d.questions ?? SERIES_COMPANY_IDS.filter((id) => registry.getCompany(id) !== undefined).map((companyId) => Question.parse({ companyId })));
  if (d.announcements.length > LIMITS.announcements) issues.add([issue(["announcements"], "too_big", `expected at most ${LIMITS.announcements} announcements, got ${d.announcements.length}`)]);
  if (questions.length > LIMITS.questions) issues.add([issue(["questions"], "too_big", `expected at most ${LIMITS.questions} questions, got ${questions.length}`)]);
  if (questions.length * d.announcements.length > LIMITS.relationChecks) {
    issues.add([issue([], "too-much-work", `${questions.length} questions × ${d.announcements.length} announcements is more than ${LIMITS.relationChecks.toLocaleString("en-US")} checks; split the call`)]);
  }
  questions.forEach((q, i) => {
    if (registry.getCompany(q.companyId) === undefined) {
      issues.add([issue(shape === "one" ? ["question", "companyId"] : ["questions", i, "companyId"], "unknown-company", `\`${q.companyId}\` is not a company in registry ${registry.version}`)]);
    }
  });
  const announcements: Announcement[] = [];
  for (let i = 0; i < d.announcements.length && !issues.full; i++) {
    const r = Announcement.safeParse(d.announcements[i]);
    if (r.success) announcements.push(r.data);
    else issues.add(fromZodIssues(r.error.issues, ["announcements", i]));
  }
  if (issues.items.length > 0) return { success: false, issues: issues.result() };
  const asOf = toEpoch(d.asOf) as number;
  return { success: true, data: { questions, announcements, asOf, registry, readings: d.readings, keep: d.evaluations ?? "all" } };
}
