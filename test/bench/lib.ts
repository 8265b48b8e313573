/**
 * The library as users get it: the built package (`npm run build` first; `npm run bench` does).
 * tsx would add per-call overhead to the sources. The import is resolved at run time, so that
 * type-checking a fresh clone does not need dist/; the types are those of the sources it is
 * built from.
 */
import type * as Library from "../../src/index.js";

const built = new URL("../../dist/index.js", import.meta.url).href;
const lib = (await import(built)) as typeof Library;

export const { Announcement, SERIES_COMPANY_IDS, builtinRegistry, createResolver, evaluateAnnouncement, parseAnnouncements, resolve, resolveSeries, safeResolveSeries } = lib;
export type Announcement = Library.Announcement;
export type Registry = Library.Registry;
