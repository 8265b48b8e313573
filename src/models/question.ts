import { z } from "zod";
import { RecordId, Text } from "./common.js";
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
 * (inclusive, default 2025-01-01T00:00:00Z) and the deadline (exclusive, default
 * 2027-01-01T00:00:00Z). Variants of the series reuse the rules with other bounds.
 *
 * @example
 * ```ts
 * const q = Question.parse({ companyId: "alibaba" });
 * q.deadline; // "2027-01-01T00:00:00Z"
 * ```
 */
export const Question = z
  .strictObject({
    id: z.string().min(1).max(200).optional(),
    companyId: RecordId,
    title: Text.max(1000).optional(),
    windowStart: IsoInstant.default(DEFAULT_WINDOW_START),
    deadline: IsoInstant.default(DEFAULT_DEADLINE),
  })
  .refine((q) => (parseInstant(q.windowStart) ?? 0) < (parseInstant(q.deadline) ?? 0), {
    message: "windowStart must be before deadline",
    path: ["deadline"],
  });
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
