import { z } from "zod";
import { text } from "./common.js";
import { Company } from "./company.js";
import { Entity } from "./entity.js";
import { describedEnum } from "./enum.js";
import { Outlet } from "./outlet.js";
import { IsoInstant, parseInstant } from "./time.js";

/** Most clarifications one question may carry. */
export const MAX_CLARIFICATIONS = 100;
/** Most registry records one clarification may add or correct. */
export const MAX_CLARIFICATION_RECORDS = 1000;

/**
 * Readings of what the criteria leave open, each optional: a host's `readings` option, and what
 * a clarification fixes. The values are those of `Readings` (see `DEFAULT_READINGS`).
 *
 * @example
 * ```ts
 * ReadingOverrides.parse({ straddlingTime: "earliest" }); // { straddlingTime: "earliest" }
 * ReadingOverrides.safeParse({ straddlingTime: "soon" }).success; // false
 * ```
 */
export const ReadingOverrides = z
  .strictObject({
    straddlingTime: describedEnum(["undetermined", "earliest", "latest"], "An announcement known only to the day or month whose span crosses the window start or the deadline (R.window):", {
      undetermined: "a human decides (the default)",
      earliest: "placed at the first instant of its span",
      latest: "placed at the last instant of its span",
    }).optional(),
    ownSubsidiaryControl: describedEnum(["majority", "wholly-owned"], "When a Russian party is the Chinese company's own subsidiary and so not a partner (C2.control, R.subsidiary):", {
      majority: "when the company controls it through a chain of majority stakes (the default)",
      "wholly-owned": "only when the company owns it wholly",
    }).optional(),
    unrecognizedSource: describedEnum(["undetermined", "not-met"], "A source the registry cannot identify (C5.release, C5.agency):", {
      undetermined: "a human may recognise it (the default)",
      "not-met": "treated as any other outlet, which does not make an announcement public",
    }).optional(),
  })
  .meta({ description: "Readings of what the criteria leave open, each optional; one left out keeps its default (or what an earlier clarification fixed). Unknown fields are refused." });
/** Readings, each optional (see {@link ReadingOverrides}). */
export type ReadingOverrides = z.infer<typeof ReadingOverrides>;

/**
 * Registry records a clarification adds or corrects: a record whose id the registry has replaces
 * it, any other is added (as `extendRegistry` does). For a platform's ruling such as "Volga
 * Robotics counts as a Russian private company".
 *
 * @example
 * ```ts
 * const r: RegistryOverrides = { entities: [{ id: "volga-robotics", name: "Volga Robotics", kind: "private-company", countryOfIncorporation: "RU" }] };
 * ```
 */
export const RegistryOverrides = z
  .strictObject({
    companies: z.array(Company).max(MAX_CLARIFICATION_RECORDS).optional().meta({ description: "Companies on the Chinese side added or corrected, with their ownership (C1.named, C1.subsidiary)." }),
    entities: z.array(Entity).max(MAX_CLARIFICATION_RECORDS).optional().meta({ description: "Organisations on the Russian side added or corrected (C2.state, C2.private, C2.research)." }),
    outlets: z.array(Outlet).max(MAX_CLARIFICATION_RECORDS).optional().meta({ description: "Publishers added or corrected, matched to sources by name or URL host (C5.release, C5.agency)." }),
  })
  .meta({ description: "Registry records a clarification adds or corrects: a record whose id the registry already has replaces it, any other is added. Unknown fields are refused." });
/** Registry records a clarification adds or corrects (see {@link RegistryOverrides}). */
export type RegistryOverrides = z.infer<typeof RegistryOverrides>;

/**
 * One clarification a platform published for a question: its number (1, 2, …, increasing with
 * publication), when it was published, its text in the platform's words, and what it fixes: the
 * readings it settles and, where needed, registry records it adds or corrects. Clarifications are
 * cumulative: each applies on top of those before it.
 *
 * @example
 * ```ts
 * const c = Clarification.parse({
 *   number: 1, publishedAt: "2026-05-01T12:00:00Z",
 *   text: "An announcement dated only by day counts from the first instant of that day.",
 *   readings: { straddlingTime: "earliest" },
 * });
 * ```
 */
export const Clarification = z
  .strictObject({
    number: z.number().int().min(1).max(1_000_000).meta({ description: "The clarification's number, as the platform numbers it: 1 for the first; numbers increase with publication (Q.yes, Q.no).", examples: [1] }),
    publishedAt: IsoInstant.meta({
      description: "When the platform published it. By default a resolution as of an instant applies only the clarifications published at or before it (Q.yes, Q.no).",
      examples: ["2026-05-01T12:00:00Z"],
    }),
    text: text().meta({ description: "The clarification in the platform's own words, for people reading the resolution." }),
    readings: ReadingOverrides.optional().meta({ description: "The readings it fixes; each overrides the default, what an earlier clarification fixed, and the host's own readings (a host reading it overrides is reported as a conflict)." }),
    registry: RegistryOverrides.optional().meta({ description: "Registry records it adds or corrects (C1.named, C2.state, C5.release), applied on top of the registry the resolution is given." }),
  })
  .meta({ description: "A clarification a platform published for a question: the readings it fixes and the registry records it adds or corrects, with its text (Q.yes, Q.no). Unknown fields are refused." });
/** A clarification of a question (see {@link Clarification}). */
export type Clarification = z.infer<typeof Clarification>;

/**
 * A question's clarifications, in order of publication: numbers unique and increasing, and
 * publication instants not decreasing with them (checked outside JSON Schema: `clarification-order`).
 *
 * @example
 * ```ts
 * Clarifications.safeParse([{ number: 2, publishedAt: "2026-01-01T00:00:00Z", text: "b" }, { number: 1, publishedAt: "2026-02-01T00:00:00Z", text: "a" }]).success; // false
 * ```
 */
export const Clarifications = z
  .array(Clarification)
  .max(MAX_CLARIFICATIONS)
  .superRefine((list, ctx) => {
    list.forEach((c, i) => {
      const before = list[i - 1];
      if (before === undefined) return;
      if (c.number <= before.number) {
        ctx.addIssue({ code: "custom", path: [i, "number"], message: `clarification numbers must increase in the order given: ${c.number} comes after ${before.number}`, params: { code: "invalid-clarifications", check: "clarification-order", expected: `>${before.number}` } });
      }
      const t = parseInstant(c.publishedAt) ?? 0;
      const tb = parseInstant(before.publishedAt) ?? 0;
      if (t < tb) {
        ctx.addIssue({ code: "custom", path: [i, "publishedAt"], message: `clarification ${c.number} is published before clarification ${before.number} (${before.publishedAt}); list them in order of publication`, params: { code: "invalid-clarifications", check: "clarification-order", expected: `>=${before.publishedAt}` } });
      }
    });
  })
  .meta({ description: "The question's clarifications in order of publication, numbers increasing; each applies on top of those before it (Q.yes, Q.no)." });
