import type { Resolution, SeriesResolution } from "../resolve.js";
import { type Change, type ResolutionDiff, diffResolutions } from "./diff.js";

/**
 * What changed between two series resolutions: the questions matched by position (or, when the
 * lists differ, by question id, company and window), those whose resolution changed, and those
 * only one side has.
 *
 * @example
 * ```ts
 * const d = diffSeries(seriesA, seriesB);
 * for (const q of d.differences) console.log(q.companyId, q.outcome?.a, q.outcome?.b);
 * ```
 */
export interface SeriesDiff {
  /** What series resolution `a` (the first argument) was made under. */
  readonly a: {
    /** The instant series `a` was resolved as of, in UTC. */
    readonly asOf: string;
    /** The registry version series `a` looked parties and sources up in. */
    readonly registryVersion: string;
  };
  /** What series resolution `b` (the second argument) was made under. */
  readonly b: {
    /** The instant series `b` was resolved as of, in UTC. */
    readonly asOf: string;
    /** The registry version series `b` looked parties and sources up in. */
    readonly registryVersion: string;
  };
  /** How many questions both sides resolve. */
  readonly questions: number;
  /** The questions whose resolution changed (see `ResolutionDiff.changed`), in side A's order. */
  readonly differences: readonly ResolutionDiff[];
  /** Keys (`questionId`, or `companyId` and window) of the questions only one side resolves. */
  readonly onlyIn: Change<readonly string[]>;
}

/** The key a question is matched by when the two series do not list the same questions in the same order. */
function keyOf(r: Resolution): string {
  return r.questionId ?? `${r.companyId} [${r.windowStart}, ${r.deadline})`;
}

/**
 * What changed between two series resolutions (see {@link SeriesDiff}): each question of A
 * paired with B's (by position when both list the same questions in the same order, otherwise
 * by question id, or company and window), diffed with {@link diffResolutions}; only those that
 * changed are listed.
 *
 * @example
 * ```ts
 * const d = diffSeries(resolveSeries({ announcements, asOf: "2026-01-01T00:00:00Z" }), resolveSeries({ announcements, asOf: "2027-01-15T00:00:00Z" }));
 * d.differences.map((q) => `${q.companyId}: ${q.outcome?.a} → ${q.outcome?.b}`);
 * ```
 */
export function diffSeries(a: SeriesResolution, b: SeriesResolution): SeriesDiff {
  const samePlaces = a.resolutions.length === b.resolutions.length && a.resolutions.every((r, i) => keyOf(r) === keyOf(b.resolutions[i] as Resolution));
  const byKey = new Map<string, Resolution>();
  if (!samePlaces) for (const r of b.resolutions) if (!byKey.has(keyOf(r))) byKey.set(keyOf(r), r);
  const differences: ResolutionDiff[] = [];
  const matched = new Set<string>();
  let questions = 0;
  a.resolutions.forEach((ra, i) => {
    const rb = samePlaces ? b.resolutions[i] : byKey.get(keyOf(ra));
    if (rb === undefined) return;
    matched.add(keyOf(ra));
    questions++;
    const d = diffResolutions(ra, rb);
    if (d.changed) differences.push(d);
  });
  return {
    a: { asOf: a.asOf, registryVersion: a.registryVersion },
    b: { asOf: b.asOf, registryVersion: b.registryVersion },
    questions,
    differences,
    onlyIn: { a: a.resolutions.map(keyOf).filter((k) => !matched.has(k)), b: b.resolutions.map(keyOf).filter((k) => !matched.has(k)) },
  };
}
