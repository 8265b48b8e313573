import { z } from "zod";
import { Announcement } from "../models/announcement.js";
import { memberList } from "../models/enum.js";
import { Question } from "../models/question.js";
import { Count, OutputInstant, named, typedAs } from "./defs.js";
import type { AddReport, ResolverState } from "../engine/resolver.js";
import { InputIssueZod } from "./issues.js";

/** The readings a resolution or resolver applies, every option (see `DEFAULT_READINGS`). @internal */
export const ReadingsZod = named(
  "Readings",
  "The readings of what the criteria leave open that a resolution or resolver was made with (every option, defaults included; see `DEFAULT_READINGS`).",
  z.strictObject({
    straddlingTime: z.enum(["undetermined", "earliest", "latest"]).meta({
      description: `An announcement known only to a day or month that crosses the window start or the deadline (R.window).\n${memberList({
        undetermined: "a human decides (the default).",
        earliest: "it is placed at the earliest instant of its span.",
        latest: "it is placed at the latest instant of its span.",
      })}`,
    }),
    ownSubsidiaryControl: z.enum(["majority", "wholly-owned"]).meta({
      description: `When a Russian party controlled by the Chinese company is its own subsidiary, not a partner (C2.control).\n${memberList({
        majority: "controlled through a chain of majority stakes (the default).",
        "wholly-owned": "only when wholly owned.",
      })}`,
    }),
    unrecognizedSource: z.enum(["undetermined", "not-met"]).meta({
      description: `A source the registry cannot identify, or whose declared kind it cannot verify (C5).\n${memberList({
        undetermined: "a human may recognise it (the default).",
        "not-met": "it is treated as any other outlet: it does not qualify.",
      })}`,
    }),
  }),
);

/** {@link ResolverStateSchema} as zod types it: the type test proves its data is that of `ResolverState`. @internal */
export const ResolverStateZod = named(
  "ResolverState",
  "A resolver's state as plain JSON: what it was made under, the announcements it keeps, and counts of the others. A resolver made with the same options merges it; shards resolved apart and merged give exactly the resolution of one run.",
  z.strictObject({
    format: z.literal("ai-partnership-rules/resolver-state@1").meta({ description: "The state's format and its version: `ai-partnership-rules/resolver-state@1`." }),
    asOf: OutputInstant.meta({ description: "The instant the resolver resolves as of (a year outside 0000 to 9999 with a sign and six digits, which `merge` takes back too)." }),
    registryVersion: z.string().meta({ description: "The version of the registry the resolver looks parties and sources up in; a merge needs the same." }),
    registryDigest: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .meta({ description: "SHA-256 of the registry's content, as the audit record's `registry.digest`; a merge needs the same (two registries of one version, such as two `+custom` extensions, differ here)." }),
    clarification: z.number().int().min(0).optional().meta({ description: "The clarification the resolver is pinned to (its `clarification` option); absent when none. A merge needs the same." }),
    readings: ReadingsZod.meta({ description: "Every reading the resolver applies; a merge needs the same." }),
    questions: z.array(Question).meta({ description: "The questions, in order, with their window bounds (Q.yes, Q.no, R.window); a merge needs the same." }),
    evaluations: z.enum(["all", "decisive"]).meta({
      description: `Which evaluations the resolver keeps; a merge needs the same.\n${memberList({
        all: "every related announcement.",
        decisive: "only those that can decide an outcome, and `nearMisses` per question.",
      })}`,
    }),
    nearMisses: z.number().int().min(0).max(1000).meta({ description: "How many not qualifying announcements it keeps per question besides; a merge needs the same." }),
    announcements: z.array(Announcement).meta({ description: "The announcements kept, each once however many questions keep it, as validated (text trimmed)." }),
    counts: z
      .array(
        z.strictObject({
          unrelated: Count.meta({ description: "Announcements added but not kept that are by other companies (C1)." }),
          notQualifying: Count.meta({ description: "Related announcements added but not kept that do not qualify (Q.all)." }),
        }),
      )
      .meta({ description: "Per question, in order, counts over the announcements added but not kept." }),
    passed: z
      .array(
        z
          .array(
            z.strictObject({
              id: z.string().meta({ description: "The qualifying announcement's `id`." }),
              at: OutputInstant.meta({ description: "When it was made: the start of its span (R.window)." }),
            }),
          )
          .meta({ description: "One question's qualifying announcements not kept." }),
      )
      .meta({ description: "Per question, in order, the qualifying announcements not kept, as id and when made: they cannot decide the outcome (R.multiple)." }),
    notYetKnown: z.array(z.string()).meta({ description: "Ids of announcements added that were made, or only reported, after `asOf`, sorted." }),
    rejected: Count.meta({ description: "How many announcements the resolver could not add (invalid, or over a limit)." }),
    added: Count.meta({ description: "How many announcements were added in all." }),
    announcementDigest: z
      .strictObject({
        count: Count.meta({ description: "How many announcements the digest covers: every one added." }),
        product: z.string().regex(/^[0-9a-f]{768}$/).meta({ description: "The MuHash3072 product of their canonical texts, 768 lower-case hex digits, most significant first; a merge multiplies it in (docs/audit.md)." }),
      })
      .meta({ description: "The running, order-free digest of the announcements added, from which a resolution's audit record is made." }),
  }),
);

/**
 * The JSON form of a `ResolverState`: what a resolver's `state()` returns and its `merge` takes
 * back. Named `ResolverStateSchema` because `ResolverState` is the TypeScript type. Its JSON
 * Schema is in `io: "input"` form: questions may leave out their window bounds, as `merge`
 * accepts.
 *
 * @example
 * ```ts
 * const state = ResolverStateSchema.parse(JSON.parse(fromWorker));
 * main.merge(state);
 * ```
 */
export const ResolverStateSchema: z.ZodType<ResolverState> = typedAs(ResolverStateZod);

/** {@link AddReportSchema} as zod types it: the type test proves its data is that of `AddReport`. @internal */
export const AddReportZod = named(
  "AddReport",
  "What one call to a resolver's `add` did: how many announcements were added, the positions of those that were not, and every problem found with its path. A bad announcement never stops the others.",
  z.strictObject({
    added: Count.meta({ description: "How many announcements this call added." }),
    rejected: z.array(Count).meta({ description: "Positions, in this call's input, of the announcements left out." }),
    issues: z.array(InputIssueZod).meta({ description: "Every problem found in the announcements left out, each with its path." }),
  }),
);

/**
 * The JSON form of an `AddReport`: what one call to a resolver's `add` did. Named
 * `AddReportSchema` because `AddReport` is the TypeScript type.
 *
 * @example
 * ```ts
 * AddReportSchema.parse(resolver.add(rows)); // { added, rejected, issues }
 * ```
 */
export const AddReportSchema: z.ZodType<AddReport> = typedAs(AddReportZod);
