import type { Company } from "../models/company.js";
import type { Ownership } from "../models/common.js";
import type { Announcement, RussianParty } from "../models/announcement.js";
import type { Entity, EntityKind, RussianControl } from "../models/entity.js";
import type { Registry } from "../registry/registry.js";

/** Longest ownership chain followed; deeper chains are reported as undetermined. @internal */
const MAX_CHAIN = 32;
/** Most ownership edges followed for one look-up, so a pathological registry cannot stall it. @internal */
const MAX_STEPS = 10_000;

/** The Chinese party of an announcement as the registry knows it. @internal */
export interface ChineseFacts {
  /** What the announcement called the party (name, else id). */
  readonly label: string | undefined;
  /** The party's registry id, or undefined for a party known only from inline facts. */
  readonly id: string | undefined;
  /** Owners: the inline ones if given, else the registry's. */
  readonly owners: readonly Ownership[];
  /** Why the registry could not place the party, naming the string it could not place. */
  readonly problem: string | undefined;
}

/** One Russian party with registry facts merged under the announcement's own. @internal */
export interface RussianFacts {
  readonly index: number;
  readonly label: string;
  readonly named: boolean;
  readonly id: string | undefined;
  readonly kind: EntityKind | undefined;
  readonly country: string | undefined;
  readonly control: RussianControl | undefined;
  readonly owners: readonly Ownership[];
  readonly problem: string | undefined;
  /** Whether the party is a record of the registry's Chinese companies. */
  readonly chinese: boolean;
  /** How the party's name resembles a Chinese company's (or mixes scripts), when it is not exactly a known name. */
  readonly lookalike: string | undefined;
}

/** Why a name could not be matched, as a clause for a reason. @internal */
export function unmatchedName(name: string, problem: "unknown" | "mixed-script" | "unsupported-script" | "empty", what: string, registry: Registry): string {
  switch (problem) {
    case "mixed-script":
      return `the name \`${name}\` mixes scripts within a word (a look-alike) and was not matched`;
    case "unsupported-script":
      return `the name \`${name}\` has letters outside the Latin, Cyrillic, Greek and Chinese scripts and was not matched`;
    default:
      return `the name \`${name}\` matches no ${what} in registry ${registry.version}`;
  }
}

/** Looks up the Chinese party. @internal */
export function chineseFacts(a: Announcement, registry: Registry): ChineseFacts | undefined {
  const p = a.chineseParty;
  if (p === undefined) return undefined;
  let record: Company | undefined;
  let problem: string | undefined;
  if (p.id !== undefined) {
    record = registry.getCompany(p.id);
    if (record === undefined) problem = `the company id \`${p.id}\` is not in registry ${registry.version}`;
  } else if (p.name !== undefined) {
    const r = registry.findCompany(p.name);
    if (r.found) record = r.record;
    else problem = unmatchedName(p.name, r.problem, "company", registry);
  } else {
    problem = "the Chinese party is given neither an id nor a name";
  }
  const owners = p.owners ?? record?.owners ?? [];
  return {
    label: p.name ?? record?.name ?? p.id,
    id: record?.id,
    owners,
    problem: p.owners !== undefined && record === undefined ? undefined : problem,
  };
}

/** Looks up every Russian party. @internal */
export function russianFacts(a: Announcement, registry: Registry): readonly RussianFacts[] | undefined {
  const parties = a.russianParties;
  if (parties === undefined) return undefined;
  return parties.map((p, index) => oneRussian(p, index, registry));
}

function oneRussian(p: RussianParty, index: number, registry: Registry): RussianFacts {
  let entity: Entity | undefined;
  let company: Company | undefined;
  let problem: string | undefined;
  let lookalike: string | undefined;
  if (p.id !== undefined) {
    entity = registry.getEntity(p.id);
    if (entity === undefined) company = registry.getCompany(p.id);
    if (entity === undefined && company === undefined) problem = `the entity id \`${p.id}\` is not in registry ${registry.version}`;
  } else if (p.name !== undefined) {
    const r = registry.findEntity(p.name);
    if (r.found) entity = r.record;
    else {
      const c = registry.findCompany(p.name);
      if (c.found) company = c.record;
      else {
        problem = unmatchedName(p.name, r.problem, "entity", registry);
        if (r.problem === "mixed-script" || r.problem === "unsupported-script") lookalike = r.problem === "mixed-script" ? "mixes scripts within a word" : "is written in a script names are not matched in";
        else {
          const like = registry.resembleCompany(p.name);
          if (like !== undefined) lookalike = like.how === "looks-like" ? `looks like ${like.company.name} (${like.company.id}) without being one of its names` : `contains the name of ${like.company.name} (${like.company.id})`;
        }
      }
    }
  }
  const label = p.name ?? entity?.name ?? company?.name ?? p.id ?? p.description ?? `party ${index}`;
  return {
    index,
    label,
    named: p.id !== undefined || p.name !== undefined,
    id: entity?.id ?? company?.id,
    kind: p.kind ?? entity?.kind,
    country: p.countryOfIncorporation ?? entity?.countryOfIncorporation ?? company?.country,
    control: p.russianControl ?? entity?.russianControl,
    owners: p.owners ?? entity?.owners ?? company?.owners ?? [],
    problem,
    chinese: company !== undefined,
    lookalike,
  };
}

/**
 * How a party relates to a target company through ownership.
 * - `self`: it is the target;
 * - `wholly-owned`: a chain of 100% stakes leads to the target;
 * - `controlled`: a chain of majority stakes (not all 100%) leads there;
 * - `partial`: the best chain includes a stake of 50% or less;
 * - `undisclosed`: a chain leads there through a stake of undisclosed size, and no chain of
 *   100% stakes does, so how strongly the target holds the party is unknown;
 * - `unrelated`: no chain; `unknown`: a chain runs through records the registry lacks or too deep.
 * `path` lists ids from the party up to the target, `stakes` the stake at each step
 * (`undefined` where undisclosed).
 * @internal
 */
export interface OwnershipLink {
  readonly relation: "self" | "wholly-owned" | "controlled" | "partial" | "undisclosed" | "unrelated" | "unknown";
  readonly path: readonly string[];
  readonly stakes: readonly (number | undefined)[];
}

/** Finds the strongest ownership chain from a party up to `targetId`. @internal */
export function linkTo(
  startId: string | undefined,
  startOwners: readonly Ownership[],
  targetId: string,
  registry: Registry,
): OwnershipLink {
  if (startId === targetId) return { relation: "self", path: [targetId], stakes: [] };
  type Chain = { path: string[]; stakes: (number | undefined)[]; min: number };
  let best: Chain | undefined;
  let undisclosed: Chain | undefined;
  let incomplete = false;
  let steps = 0;
  const visited = new Set<string>();
  if (startId !== undefined) visited.add(startId);
  const walk = (owners: readonly Ownership[], path: string[], stakes: (number | undefined)[], min: number, hidden: boolean): void => {
    if (path.length > MAX_CHAIN) {
      incomplete = true;
      return;
    }
    for (const o of owners) {
      if (++steps > MAX_STEPS) {
        incomplete = true;
        return;
      }
      const m = o.stake === undefined ? min : Math.min(min, o.stake);
      const h = hidden || o.stake === undefined;
      if (o.id === targetId) {
        const chain = { path: [...path, o.id], stakes: [...stakes, o.stake], min: m };
        if (h) undisclosed ??= chain;
        else if (best === undefined || m > best.min) best = chain;
        continue;
      }
      if (visited.has(o.id)) continue;
      const next = registry.getCompany(o.id)?.owners ?? registry.getEntity(o.id)?.owners;
      if (next === undefined) {
        if (registry.getCompany(o.id) === undefined && registry.getEntity(o.id) === undefined) incomplete = true;
        continue;
      }
      visited.add(o.id);
      walk(next, [...path, o.id], [...stakes, o.stake], m, h);
      visited.delete(o.id);
    }
  };
  walk(startOwners, [startId ?? "(party)"], [], 100, false);
  if (best !== undefined && best.min >= 100) return { relation: "wholly-owned", path: best.path, stakes: best.stakes };
  if (undisclosed !== undefined) return { relation: "undisclosed", path: undisclosed.path, stakes: undisclosed.stakes };
  if (best === undefined) return { relation: incomplete ? "unknown" : "unrelated", path: [], stakes: [] };
  return { relation: best.min > 50 ? "controlled" : "partial", path: best.path, stakes: best.stakes };
}

/** Formats an ownership chain: `alibaba-cloud → alibaba (100%)`. @internal */
export function describeChain(link: OwnershipLink): string {
  return link.path
    .map((id, i) => {
      if (i === 0) return id;
      const stake = link.stakes[i - 1];
      return `${id} (${stake === undefined ? "stake undisclosed" : `${stake}%`})`;
    })
    .join(" → ");
}
