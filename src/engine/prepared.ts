import type { Announcement } from "../models/announcement.js";
import { type ChineseFacts, type RussianFacts, chineseFacts, russianFacts } from "../criteria/parties.js";
import type { Registry } from "../registry/registry.js";
import { toTimeSpan } from "../time/interval.js";

/**
 * A validated announcement with what is computed once for it, whatever the question or `asOf`:
 * the Chinese party's look-up, the instant it can first be known, and (on first use) the Russian
 * parties' look-ups and its canonical text. Shared by every resolver that reads it. @internal
 */
export interface Prepared {
  readonly a: Announcement;
  readonly chinese: ChineseFacts | undefined;
  /** The earliest instant it can be known at: made by then, and reported by then if sources are dated. */
  readonly knownFrom: number;
  /** Russian look-ups, `null` until first needed. */
  russians: readonly RussianFacts[] | undefined | null;
  /** Canonical JSON text of the announcement, `undefined` until two announcements share an id. */
  key: string | undefined;
}

/** Prepares one validated announcement against a registry. @internal */
export function prepare(a: Announcement, registry: Registry): Prepared {
  return { a, chinese: chineseFacts(a, registry), knownFrom: knownFrom(a), russians: null, key: undefined };
}

/** The Russian parties' look-ups, computed on first use. @internal */
export function russiansOf(p: Prepared, registry: Registry): readonly RussianFacts[] | undefined {
  if (p.russians === null) p.russians = russianFacts(p.a, registry);
  return p.russians;
}

/**
 * Total order on announcements: by id, then by canonical content (the schema's field order), so
 * that every list a resolution holds is the same whatever the order of the input. @internal
 */
export function compareAnnouncements(x: Prepared, y: Prepared): number {
  if (x === y) return 0;
  if (x.a.id !== y.a.id) return x.a.id < y.a.id ? -1 : 1;
  const kx = (x.key ??= JSON.stringify(x.a));
  const ky = (y.key ??= JSON.stringify(y.a));
  return kx < ky ? -1 : kx > ky ? 1 : 0;
}

/**
 * The earliest instant an announcement can be known at: not before its `announcedAt` span starts,
 * and, when it has sources, not before the first of them is surely published (a source without a
 * date counts as published). It is known at `asOf` exactly when this is at or before `asOf`.
 */
function knownFrom(a: Announcement): number {
  let from = -Infinity;
  if (a.announcedAt !== undefined) from = toTimeSpan(a.announcedAt)?.start ?? -Infinity;
  const sources = a.sources ?? [];
  if (sources.length > 0) {
    let earliest = Infinity;
    for (const s of sources) {
      const span = s.publishedAt === undefined ? undefined : toTimeSpan(s.publishedAt);
      earliest = Math.min(earliest, span === undefined ? -Infinity : span.end - 1);
    }
    from = Math.max(from, earliest);
  }
  return from;
}
