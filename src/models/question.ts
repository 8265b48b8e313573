import { z } from "zod";
import { Clarifications } from "./clarification.js";
import { RecordId, text } from "./common.js";
import { IsoInstant, parseInstant } from "./time.js";

/**
 * The series' window start, inclusive: 2025-01-01T00:00:00Z.
 *
 * @example
 * ```ts
 * Question.parse({ companyId: "baidu" }).windowStart === DEFAULT_WINDOW_START; // true
 * ```
 */
export const DEFAULT_WINDOW_START = "2025-01-01T00:00:00Z";
/**
 * The series' deadline, exclusive: 2027-01-01T00:00:00Z.
 *
 * @example
 * ```ts
 * Question.parse({ companyId: "baidu" }).deadline === DEFAULT_DEADLINE; // true
 * ```
 */
export const DEFAULT_DEADLINE = "2027-01-01T00:00:00Z";

/**
 * One question of the series: the company asked about (a registry id), the window start
 * (inclusive, default 2025-01-01T00:00:00Z), the deadline (exclusive, default
 * 2027-01-01T00:00:00Z), and the clarifications a platform published for it (see
 * `Clarification`). Variants of the series reuse the rules with other bounds.
 *
 * @example
 * ```ts
 * const q = Question.parse({ companyId: "alibaba" });
 * q.deadline; // "2027-01-01T00:00:00Z"
 * ```
 */
export const Question = z
  .strictObject({
    id: z.string().min(1).max(200).optional().meta({ description: "The host's own identifier of the question, reported back in its resolution.", examples: ["alibaba-russia-ai-2026"] }),
    companyId: RecordId.meta({ description: "The registry id of the company the question asks about (C1.named); its wholly-owned subsidiaries count as it (C1.subsidiary).", examples: ["alibaba"] }),
    title: text(1000).optional().meta({ description: "The question's title, for people reading the resolution." }),
    windowStart: IsoInstant.default(DEFAULT_WINDOW_START).meta({
      description: "The first instant an announcement may be made, inclusive; default 2025-01-01T00:00:00Z (R.window, C4.new).",
      examples: [DEFAULT_WINDOW_START],
    }),
    deadline: IsoInstant.default(DEFAULT_DEADLINE).meta({
      description: "The instant announcements must come before, exclusive; default 2027-01-01T00:00:00Z. At or after it, a question with nothing qualifying resolves NO (R.window, Q.no).",
      examples: [DEFAULT_DEADLINE],
    }),
    clarifications: Clarifications.optional().meta({
      description:
        "Clarifications the platform published for the question, in order of publication (numbers increasing). A resolution applies those published at or before its asOf (or, when pinned, those up to a given number), each on top of the ones before (Q.yes, Q.no).",
    }),
  })
  .refine((q) => (parseInstant(q.windowStart) ?? 0) < (parseInstant(q.deadline) ?? 0), {
    message: "windowStart must be before deadline",
    path: ["deadline"],
    params: { code: "invalid-window", check: "window-order" },
  })
  .meta({ description: "One question of the series: will the company publicly announce a formal AI partnership with a Russian entity inside the window (Q.yes, Q.no)? Unknown fields are refused." });
/** One question of the series, with defaults applied (see {@link Question}). */
export type Question = z.infer<typeof Question>;
/**
 * A question as a host may write it, bounds optional (see {@link Question}).
 *
 * @example
 * ```ts
 * const q: QuestionInput = { companyId: "huawei", deadline: "2026-07-01T00:00:00Z" };
 * ```
 */
export type QuestionInput = z.input<typeof Question>;
