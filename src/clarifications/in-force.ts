import type { Clarification, ReadingOverrides, RegistryOverrides } from "../models/clarification.js";
import type { QuestionInput } from "../models/question.js";
import { parseInstant } from "../models/time.js";
import { DEFAULT_READINGS, type Readings, toEpoch } from "../criteria/context.js";

/**
 * The name of one reading (a field of `Readings`).
 *
 * @example
 * ```ts
 * const name: ReadingName = "straddlingTime";
 * ```
 */
export type ReadingName = keyof Readings;

/** Every reading, in the order the README lists them. @internal */
export const READING_NAMES: readonly ReadingName[] = Object.freeze(["straddlingTime", "ownSubsidiaryControl", "unrecognizedSource"]);

/**
 * A clarification a resolution applied, as the resolution records it: its number, when it was
 * published, the readings it fixes, and the ids of the registry records it adds or corrects
 * (its text stays on the question).
 *
 * @example
 * ```ts
 * const c: AppliedClarification = { number: 2, publishedAt: "2026-06-01T00:00:00Z", readings: { ownSubsidiaryControl: "wholly-owned" }, registryRecords: [] };
 * ```
 */
export interface AppliedClarification {
  /** The platform's number for it (1 for the first), as in `Question.clarifications`; `pinned` and `ReadingConflict.number` refer to it (Q.yes, Q.no). */
  readonly number: number;
  /** When the platform published it, as the question gives it; by default only those published at or before `asOf` apply. */
  readonly publishedAt: string;
  /** Only the readings this clarification itself fixes (`straddlingTime`, `ownSubsidiaryControl`, `unrecognizedSource`); those it leaves out are not listed. */
  readonly readings: Partial<Readings>;
  /** Ids of the registry records it adds or corrects, companies, entities then outlets. */
  readonly registryRecords: readonly string[];
}

/**
 * A reading the host passed that a clarification in force fixes otherwise. The clarification's
 * value is used (it is the platform's published word on the question); the conflict is recorded
 * on the resolution so that it is never silent.
 *
 * @example
 * ```ts
 * const c: ReadingConflict = { reading: "straddlingTime", host: "latest", clarification: "earliest", number: 1 };
 * ```
 */
export interface ReadingConflict {
  /** The reading the host and the clarification disagree on: `straddlingTime` (R.window), `ownSubsidiaryControl` (C2.control, R.subsidiary) or `unrecognizedSource` (C5.release, C5.agency). */
  readonly reading: ReadingName;
  /** The value the host passed in `readings`. */
  readonly host: string;
  /** The value the clarification fixes, which the resolution uses. */
  readonly clarification: string;
  /** The number of the last clarification in force that fixes it. */
  readonly number: number;
}

/**
 * The clarifications a resolution was made under: those applied, in order of publication
 * (empty when the question has none in force), the number it was pinned to (`undefined` when it
 * applied those published at or before `asOf`), and the readings the host passed that a
 * clarification overrode.
 *
 * @example
 * ```ts
 * const r = resolve({ question, announcements, asOf: "2026-11-23T00:00:00Z" });
 * r.clarifications.applied.map((c) => c.number); // [1, 2]
 * ```
 */
export interface ClarificationsInForce {
  /** The clarifications the resolution applied, oldest first, each on top of those before it; empty when none was in force. */
  readonly applied: readonly AppliedClarification[];
  /** The `clarification: N` option the resolution was pinned to (`0`: none applied), or `undefined` when it applied those published at or before `asOf`. */
  readonly pinned: number | undefined;
  /** Each reading the host passed that an applied clarification fixed otherwise; the clarification's value was used. Empty when there was no disagreement. */
  readonly conflicts: readonly ReadingConflict[];
}

/**
 * What {@link clarificationsInForce} takes besides the question: the instant resolved as of, the
 * number to pin to (`0` for none; by default, those published at or before `asOf`), and the
 * readings the host passes.
 *
 * @example
 * ```ts
 * const options: ClarificationsInForceOptions = { asOf: "2026-11-23T00:00:00Z", clarification: 1 };
 * ```
 */
export interface ClarificationsInForceOptions {
  /** The instant the resolution is made as of (ISO 8601 with an offset, a `Date` or epoch milliseconds); by default, clarifications published at or before it apply. */
  readonly asOf: string | Date | number;
  /** Apply the clarifications numbered up to this, whenever published (`0`: none); left out, those published at or before `asOf` apply. */
  readonly clarification?: number;
  /** The host's own readings (the shape of a clarification's `readings`); a clarification in force that fixes a reading otherwise wins, and the disagreement is listed in `conflicts`. */
  readonly readings?: ReadingOverrides;
}

/**
 * The clarifications in force for a question, with the readings they make and the registry
 * records they add: what the resolution is made under. By default a clarification applies when
 * it was published at or before `asOf` (one published later cannot change an earlier resolution,
 * so replays stay honest); with `clarification: N`, those numbered up to `N` apply, whenever
 * published (`0`: none). Each applies on top of those before it. A clarification's reading
 * overrides the host's; each such override is listed in `conflicts`.
 *
 * The question is expected valid (`Question.parse`); the safe entry points check it first.
 *
 * @example
 * ```ts
 * const question = { companyId: "alibaba", clarifications: [
 *   { number: 1, publishedAt: "2026-05-01T00:00:00Z", text: "…", readings: { straddlingTime: "earliest" } },
 * ] };
 * clarificationsInForce(question, { asOf: "2026-04-01T00:00:00Z" }).readings.straddlingTime; // "undetermined": not yet published
 * clarificationsInForce(question, { asOf: "2026-06-01T00:00:00Z" }).readings.straddlingTime; // "earliest"
 * clarificationsInForce(question, { asOf: "2026-06-01T00:00:00Z", clarification: 0 }).inForce.applied; // []
 * ```
 */
export function clarificationsInForce(
  question: QuestionInput,
  options: ClarificationsInForceOptions,
): {
  /** What the resolution records as `Resolution.clarifications`: which applied, the pin, and the host readings they overrode. */
  readonly inForce: ClarificationsInForce;
  /** The readings the criteria are evaluated under: the defaults, then the host's `readings`, then each applied clarification's, the last one winning. */
  readonly readings: Readings;
  /** The registry records of each applied clarification, oldest first, to lay over the registry in that order (C1.named, C2.state, C5.release). */
  readonly registry: readonly RegistryOverrides[];
  /** The applied clarifications themselves, as the question gives them (with their text), oldest first. */
  readonly clarifications: readonly Clarification[];
} {
  const asOf = toEpoch(options.asOf);
  if (asOf === undefined) throw new RangeError("asOf: expected an ISO 8601 instant with an offset, a Date or epoch milliseconds");
  const pinned = options.clarification;
  const all = question.clarifications ?? [];
  const applying = all.filter((c) => (pinned === undefined ? (parseInstant(c.publishedAt) ?? Infinity) <= asOf : c.number <= pinned));
  const fixed: Partial<Record<ReadingName, { value: string; number: number }>> = {};
  for (const c of applying) for (const name of READING_NAMES) if (c.readings?.[name] !== undefined) fixed[name] = { value: c.readings[name], number: c.number };
  const readings: Record<ReadingName, string> = { ...DEFAULT_READINGS, ...options.readings };
  const conflicts: ReadingConflict[] = [];
  for (const name of READING_NAMES) {
    const f = fixed[name];
    if (f === undefined) continue;
    const host = options.readings?.[name];
    if (host !== undefined && host !== f.value) conflicts.push({ reading: name, host, clarification: f.value, number: f.number });
    readings[name] = f.value;
  }
  const applied = applying.map(
    (c): AppliedClarification => ({
      number: c.number,
      publishedAt: c.publishedAt,
      readings: { ...c.readings },
      registryRecords: [...(c.registry?.companies ?? []), ...(c.registry?.entities ?? []), ...(c.registry?.outlets ?? [])].map((r) => r.id),
    }),
  );
  return {
    inForce: { applied, pinned, conflicts },
    readings: readings as unknown as Readings,
    registry: applying.flatMap((c) => (c.registry === undefined ? [] : [c.registry])),
    clarifications: applying,
  };
}
