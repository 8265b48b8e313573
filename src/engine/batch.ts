import type { Announcement } from "../models/announcement.js";
import { deepFreeze } from "../freeze.js";
import { InputError, type Result } from "../issues.js";
import { builtinRegistry } from "../registry/builtin.js";
import { type Registry, isRegistry } from "../registry/registry.js";
import { recordBatch } from "./batch-store.js";
import type { Prepared } from "./prepared.js";
import { IssueList, issue, readAnnouncements } from "./validate.js";

/**
 * Announcements validated once, with their party look-ups and time spans computed once, against
 * one registry. Pass it as `announcements` to `resolve`, `resolveSeries` or a resolver's `add`,
 * as often as you like (at other `asOf` dates, under other readings, for other questions): it is
 * never validated again. Immutable; only this library can make one (see
 * {@link parseAnnouncements}).
 *
 * @example
 * ```ts
 * const batch = parseAnnouncements(rows);
 * const now = resolveSeries({ announcements: batch, asOf: "2026-11-23T00:00:00Z" });
 * const then = resolveSeries({ announcements: batch, asOf: "2026-06-01T00:00:00Z" });
 * ```
 */
export interface AnnouncementBatch {
  /** The validated announcements, in input order (defaults applied, unknown fields refused). */
  readonly announcements: readonly Announcement[];
  /** The version of the registry the look-ups were made against. */
  readonly registryVersion: string;
}

/**
 * Validates announcements once, without throwing: every problem comes back with its path
 * (`announcements[3].sources[0].url`), and no batch is made from partly valid input. The
 * registry (the built-in one by default) must be the one later resolutions use.
 *
 * @example
 * ```ts
 * const r = safeParseAnnouncements(JSON.parse(body));
 * if (!r.success) for (const i of r.issues) console.log(`${i.path}: ${i.message}`);
 * else resolve({ question: { companyId: "baidu" }, announcements: r.data, asOf: "2026-11-23T00:00:00Z" });
 * ```
 */
export function safeParseAnnouncements(announcements: unknown, options: { readonly registry?: Registry } = {}): Result<AnnouncementBatch> {
  const issues = new IssueList();
  let registry: unknown;
  try {
    registry = options?.registry ?? builtinRegistry;
  } catch {
    registry = undefined;
  }
  if (!isRegistry(registry)) return { success: false, issues: [issue(["registry"], "invalid-type", "expected a registry made by createRegistry() or extendRegistry() of this library")] };
  const prepared: Prepared[] = [];
  readAnnouncements(announcements, registry, issues, 1, (p) => prepared.push(p), () => undefined, true, true);
  if (issues.items.length > 0) return { success: false, issues: issues.result() };
  const batch: AnnouncementBatch = Object.freeze({ announcements: deepFreeze(prepared.map((p) => p.a)), registryVersion: registry.version });
  recordBatch(batch, { registry, prepared });
  return { success: true, data: batch };
}

/**
 * Like {@link safeParseAnnouncements}, but throws an {@link InputError} listing every problem.
 *
 * @example
 * ```ts
 * const batch = parseAnnouncements(rows, { registry });
 * batch.announcements.length;
 * ```
 */
export function parseAnnouncements(announcements: unknown, options: { readonly registry?: Registry } = {}): AnnouncementBatch {
  const r = safeParseAnnouncements(announcements, options);
  if (!r.success) throw new InputError(r.issues);
  return r.data;
}
