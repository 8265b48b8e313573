import { z } from "zod";
import { memberList } from "../models/enum.js";
import { RecordId } from "../models/common.js";
import { ReadingOverrides } from "../models/clarification.js";
import { Count, OutputInstant, named, typedAs } from "./defs.js";
import type { Resolution, ReviewItem, SeriesResolution, UnplacedItem } from "../resolve.js";
import { AnnouncementEvaluationZod, ClauseIdZod, CriterionNameZod } from "./verdicts.js";
import { AuditRecordZod } from "./audit.js";

const OutcomeZod = named(
  "Outcome",
  `How a question resolves as of \`asOf\`.\n${memberList({
    YES: "a qualifying announcement exists (Q.yes); never withdrawn at a later `asOf`.",
    NO: "`asOf` is at or past the deadline, and nothing qualifies or needs review (Q.no).",
    PENDING: "before the deadline, nothing qualifies yet and nothing needs review (Q.no).",
    NEEDS_REVIEW: "nothing qualifies, but some announcement has criteria a human must settle (Q.all).",
  })}`,
  z.enum(["YES", "NO", "PENDING", "NEEDS_REVIEW"]),
);

const CriterionToSettleZod = named(
  "CriterionToSettle",
  "One undetermined criterion of an announcement, which a human must settle.",
  z.strictObject({
    criterion: CriterionNameZod.meta({ description: "The undetermined criterion (C1 to C5, R.window)." }),
    clauses: z.array(ClauseIdZod).meta({ description: "The clauses its verdict turns on." }),
    summary: z.string().meta({ description: "Its verdict's summary: what is missing or ambiguous." }),
  }),
);

/** {@link ReviewItemSchema} as zod types it: the type test proves its data is that of `ReviewItem`. @internal */
export const ReviewItemZod = named(
  "ReviewItem",
  "One announcement a human must look at, with the criteria to settle and why (Q.all).",
  z.strictObject({
    announcementId: z.string().meta({ description: "The announcement's `id`, as given." }),
    criteria: z.array(CriterionToSettleZod).meta({ description: "Its undetermined criteria, in the order of the verdicts." }),
  }),
);

/**
 * The JSON form of a `ReviewItem`: one announcement a human must look at. Named
 * `ReviewItemSchema` because `ReviewItem` is the TypeScript type.
 *
 * @example
 * ```ts
 * for (const item of resolution.needsReview) ReviewItemSchema.parse(item);
 * ```
 */
export const ReviewItemSchema: z.ZodType<ReviewItem> = typedAs(ReviewItemZod);

/** {@link UnplacedItemSchema} as zod types it: the type test proves its data is that of `UnplacedItem`. @internal */
export const UnplacedItemZod = named(
  "UnplacedItem",
  "An announcement whose Chinese party the registry cannot place (unknown, or not named), listed once for a series: the companies it might be, and what is left open (C1.named, C1.subsidiary).",
  z.strictObject({
    announcementId: z.string().meta({ description: "The announcement's `id`, as given." }),
    chineseParty: z.string().optional().meta({ description: "The Chinese party as the announcement names it; absent when it names none (C1)." }),
    problem: z.string().meta({ description: "Why the registry cannot place the party, in English (C1)." }),
    mightBe: z.array(RecordId).meta({ description: "Registry ids of the companies it might be: those whose question it needs review for (C1.named)." }),
    criteria: z.array(CriterionToSettleZod).meta({ description: "The criteria a human must settle, for the first company it might be." }),
    evaluation: AnnouncementEvaluationZod.optional().meta({
      description: "With `evaluations: \"all\"`, its full evaluation for the first company it might be (or the first question); absent with `\"decisive\"`.",
    }),
  }),
);

/**
 * The JSON form of an `UnplacedItem`: an announcement whose Chinese party cannot be placed,
 * listed once for a series. Named `UnplacedItemSchema` because `UnplacedItem` is the TypeScript
 * type.
 *
 * @example
 * ```ts
 * for (const item of series.unplaced) UnplacedItemSchema.parse(item);
 * ```
 */
export const UnplacedItemSchema: z.ZodType<UnplacedItem> = typedAs(UnplacedItemZod);

const ReadingNameZod = named(
  "ReadingName",
  `One reading of what the criteria leave open.\n${memberList({
    straddlingTime: "a day- or month-only time crossing a window bound (R.window).",
    ownSubsidiaryControl: "when a Russian party is the company's own subsidiary, not a partner (C2.control).",
    unrecognizedSource: "a source the registry cannot identify (C5.release).",
  })}`,
  z.enum(["straddlingTime", "ownSubsidiaryControl", "unrecognizedSource"]),
);

const ReadingsZod = named("Readings", "The readings of what the criteria leave open that a resolution was made under.", ReadingOverrides.required());

const ClarificationsInForceZod = named(
  "ClarificationsInForce",
  "The clarifications of the question a resolution was made under, and the host's readings they overrode (Q.yes, Q.no).",
  z.strictObject({
    applied: z
      .array(
        z.strictObject({
          number: z.number().int().min(1).meta({ description: "The clarification's number, as the platform numbers it." }),
          publishedAt: z.string().meta({ description: "When the platform published it, as the question gives it." }),
          readings: ReadingOverrides.meta({ description: "The readings it fixes (each overrides those before it)." }),
          registryRecords: z.array(RecordId).meta({ description: "Ids of the registry records it adds or corrects (C1.named, C2.state, C5.release)." }),
        }),
      )
      .meta({ description: "The clarifications applied, in order of publication; empty when none is in force." }),
    pinned: z.number().int().min(0).optional().meta({ description: "The number the resolution was pinned to (`clarification` option: those up to it apply, whenever published); absent when it applied those published at or before `asOf`." }),
    conflicts: z
      .array(
        z.strictObject({
          reading: ReadingNameZod.meta({ description: "The reading the host and a clarification disagree on." }),
          host: z.string().meta({ description: "The value the host passed in `readings`, not used." }),
          clarification: z.string().meta({ description: "The value the clarification fixes, which the resolution uses." }),
          number: z.number().int().min(1).meta({ description: "The last clarification in force that fixes the reading." }),
        }),
      )
      .meta({ description: "Readings the host passed that a clarification in force fixes otherwise; the clarification's value is used." }),
  }),
);

/** {@link ResolutionSchema} as zod types it: the type test proves its data is that of `Resolution`. @internal */
export const ResolutionZod = named(
  "Resolution",
  "The resolution of one question as of `asOf`: the outcome, the clauses and a summary, the deciding announcement, what needs review, the evaluations kept, and counts of the rest (Q.yes, Q.no, Q.all).",
  z.strictObject({
    questionId: z.string().optional().meta({ description: "The question's `id` as the host gave it; absent when it gave none." }),
    companyId: RecordId.meta({ description: "The registry id of the company the question asks about (C1.named)." }),
    companyName: z.string().meta({ description: "The company's name in the registry (C1.named)." }),
    outcome: OutcomeZod.meta({ description: "YES, NO, PENDING or NEEDS_REVIEW (Q.yes, Q.no)." }),
    clauses: z.array(ClauseIdZod).meta({ description: "The clauses that decided the outcome: Q.yes with the deciding announcement's, Q.no, or Q.all with those to settle." }),
    summary: z.string().meta({ description: "A sentence for a resolution note: the outcome and why." }),
    asOf: OutputInstant.meta({ description: "The instant resolved as of; announcements and sources known only later are ignored." }),
    windowStart: OutputInstant.meta({ description: "The question's window start, inclusive (R.window)." }),
    deadline: OutputInstant.meta({ description: "The question's deadline, exclusive (R.window, Q.no)." }),
    registryVersion: z.string().meta({ description: "The version of the registry the parties and sources were looked up in, with `+clarification-N` when clarifications' records were added to it." }),
    readings: ReadingsZod.meta({ description: "The readings it was made under: defaults, the host's, and what the clarifications in force fix (R.window, C2.control, C5.release)." }),
    clarifications: ClarificationsInForceZod.meta({ description: "The question's clarifications it was made under, and the host's readings they overrode (Q.yes, Q.no)." }),
    deciding: z
      .strictObject({
        announcementId: z.string().meta({ description: "The deciding announcement's `id` (R.multiple)." }),
        at: OutputInstant.meta({ description: "When it was made: the start of its span (R.window)." }),
        qualifiedFrom: OutputInstant.meta({ description: "The earliest instant at which, on this input, it met every criterion; it decides because it qualified first (R.multiple)." }),
        evaluation: AnnouncementEvaluationZod.meta({ description: "Its evaluation: the six verdicts, all met (Q.all)." }),
      })
      .optional()
      .meta({ description: "When the outcome is YES, the announcement that decided it: the first to qualify, then the earliest made (R.multiple); absent otherwise." }),
    qualifying: z.array(z.string()).meta({ description: "Ids of every qualifying announcement: the deciding one first, then the others in the order they were made (R.multiple)." }),
    needsReview: z.array(ReviewItemZod).meta({ description: "The announcements a human must settle, each with its undetermined criteria (Q.all)." }),
    evaluations: z.array(AnnouncementEvaluationZod).meta({
      description: "Evaluations of the related announcements, sorted by id: every one with `evaluations: \"all\"`; with `\"decisive\"`, only the qualifying ones that first qualified and the near misses asked for.",
    }),
    notQualifying: Count.meta({ description: "How many related announcements do not qualify (Q.all)." }),
    unrelated: Count.meta({ description: "How many announcements are by companies other than the question's (C1), only counted." }),
    notYetKnown: z.array(z.string()).meta({ description: "Ids of announcements made, or only reported, after `asOf`: ignored for now." }),
    rejected: Count.meta({ description: "Announcements a resolver could not add (invalid, or over a limit); always 0 from `resolve`. While above 0 and nothing qualifies, the outcome is NEEDS_REVIEW." }),
    unplaced: z.array(z.string()).meta({ description: "Ids of announcements whose Chinese party cannot be placed and that need review for this question, when several companies are asked about; each is listed in the series' `unplaced` (C1)." }),
    audit: AuditRecordZod.meta({ description: "What the resolution was made by and over (library, rules, registry, readings, `asOf`, question, announcements), with the digests `verifyResolution` checks." }),
  }),
);

/**
 * The JSON form of a `Resolution`: one question resolved as of `asOf`. Named `ResolutionSchema`
 * because `Resolution` is the TypeScript type.
 *
 * @example
 * ```ts
 * const r = ResolutionSchema.parse(JSON.parse(stored)); // a resolution stored as JSON
 * if (r.outcome === "YES") console.log(r.deciding?.announcementId);
 * ```
 */
export const ResolutionSchema: z.ZodType<Resolution> = typedAs(ResolutionZod);

/** {@link SeriesResolutionSchema} as zod types it: the type test proves its data is that of `SeriesResolution`. @internal */
export const SeriesResolutionZod = named(
  "SeriesResolution",
  "The resolutions of several questions over one set of announcements, and the announcements whose Chinese party cannot be placed, each listed once.",
  z.strictObject({
    asOf: OutputInstant.meta({ description: "The instant resolved as of." }),
    registryVersion: z.string().meta({ description: "The version of the registry the parties and sources were looked up in." }),
    resolutions: z.array(ResolutionZod).meta({ description: "One resolution per question, in the order the questions were given." }),
    unplaced: z.array(UnplacedItemZod).meta({
      description: "Announcements whose Chinese party cannot be placed, each listed once, when the questions name several companies; with `evaluations: \"all\"`, those that qualify for no question too (C1).",
    }),
  }),
);

/**
 * The JSON form of a `SeriesResolution`: several questions resolved over one set of
 * announcements. Named `SeriesResolutionSchema` because `SeriesResolution` is the TypeScript
 * type.
 *
 * @example
 * ```ts
 * const series = SeriesResolutionSchema.parse(JSON.parse(body));
 * console.table(series.resolutions.map((r) => [r.companyId, r.outcome]));
 * ```
 */
export const SeriesResolutionSchema: z.ZodType<SeriesResolution> = typedAs(SeriesResolutionZod);
