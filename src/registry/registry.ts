import { z } from "zod";
import { Company } from "../models/company.js";
import { Entity } from "../models/entity.js";
import { Outlet } from "../models/outlet.js";
import type { SourceKind } from "../models/outlet.js";
import { type InputIssue, type InputIssueCode, InputError, PARSE_OPTIONS, type Result, formatPath, fromZodIssues } from "../issues.js";
import { deepFreeze } from "../freeze.js";
import { snapshot } from "../snapshot.js";
import { domainSuffixes, nameSkeleton, normalizeName, parseUrl, skeletonWords } from "./normalize.js";

/**
 * The data a registry is made of: Chinese companies, Russian-side entities and outlets, plus a
 * version string that every resolution made with it reports.
 *
 * @example
 * ```ts
 * const data: RegistryData = { version: "my-series-1", companies: [], entities: [], outlets: [] };
 * ```
 */
export const RegistryData = z
  .strictObject({
    version: z.string().min(1).max(100).optional().meta({ description: "A version string for this data; every resolution made with the registry reports it.", examples: ["my-series-1"] }),
    companies: z.array(Company).max(100_000).optional().meta({ description: "Companies on the Chinese side, with their ownership (C1)." }),
    entities: z.array(Entity).max(100_000).optional().meta({ description: "Organisations on the Russian side, and others an announcement may name (C2)." }),
    outlets: z.array(Outlet).max(100_000).optional().meta({ description: "Publishers that sources are matched to by name or URL host (C5)." }),
  })
  .meta({ description: "The data a registry is made of: companies, entities and outlets, each record closed to unknown fields. Registry creation also refuses duplicate ids, names and hosts, unknown owners, stakes over 100% and ownership cycles." });
/** The data a registry is made of (see {@link RegistryData}). */
export type RegistryData = z.input<typeof RegistryData>;

/**
 * The result of looking a name up: the record, or why there is none. `unknown` means no alias
 * matched exactly; `mixed-script` means a word of the name mixes scripts (Latin with Cyrillic,
 * say) and `unsupported-script` that it has letters of a script names are not matched in: such
 * names are look-alikes or unreadable, and are not guessed at.
 *
 * @example
 * ```ts
 * const r: NameLookup<Company> = registry.findCompany("阿里云");
 * if (r.found) console.log(r.record.id);
 * ```
 */
export type NameLookup<T> =
  | {
      /** A record has the name. */
      readonly found: true;
      /** The record one of whose names or aliases is the name once normalized. */
      readonly record: T;
    }
  | {
      /** No record has the name. */
      readonly found: false;
      /** Why: no alias matched (`unknown`), the name mixes scripts or uses one names are not matched in, or it is empty once normalized. */
      readonly problem: "unknown" | "mixed-script" | "unsupported-script" | "empty";
    };

/**
 * What a URL host (or a URL, for {@link Registry.matchUrl}) is known to be: an outlet, the
 * official site or page of a registry company or entity (whose publications are company releases,
 * C5.release), a platform that carries anyone's content (`user-content`: nobody's release by
 * its host alone), or an `unlisted-subdomain` of a company's or entity's site: a subdomain other
 * than `www.` that the registry does not list, which is not taken as the owner's own (such
 * subdomains serve cloud drives, forums and shared documents). A government body's subdomains
 * are its own. `domain` is the registered host, or the `host/path` page, that matched.
 *
 * @example
 * ```ts
 * const m = registry.matchHost("www.tass.com"); // { kind: "ru-state-media", outlet: { id: "tass", ... }, domain: "tass.com" }
 * ```
 */
export type HostMatch =
  | {
      /** The kind of outlet the host belongs to, the C5 channel its publications count as. */
      readonly kind: Exclude<SourceKind, "company-release" | "public-event">;
      /** The outlet. */
      readonly outlet: Outlet;
      /** The registered host, or the `host/path` page, that matched. */
      readonly domain: string;
    }
  | {
      /** A platform that carries anyone's content: nobody's release by its host alone. */
      readonly kind: "user-content";
      /** The platform, as an outlet record. */
      readonly outlet: Outlet;
      /** The registered host, or the `host/path` page, that matched. */
      readonly domain: string;
    }
  | {
      /** A subdomain of a company's or entity's site that the registry does not list: not taken as the owner's own. */
      readonly kind: "unlisted-subdomain";
      /** The company or entity whose site it is under. */
      readonly owner: Company | Entity;
      /** The registered host, or the `host/path` page, that matched. */
      readonly domain: string;
    }
  | {
      /** The official site or page of a registry company: its publications are company releases (C5.release). */
      readonly kind: "company-release";
      /** The company. */
      readonly company: Company;
      /** The registered host, or the `host/path` page, that matched. */
      readonly domain: string;
    }
  | {
      /** The official site or page of a registry entity: its publications are company releases (C5.release). */
      readonly kind: "company-release";
      /** The entity. */
      readonly entity: Entity;
      /** The registered host, or the `host/path` page, that matched. */
      readonly domain: string;
    };

/**
 * A Chinese company that a name resembles without being one of its names: the name `looks-like`
 * it (the same confusable skeleton, as `ХІАОМІ` in Cyrillic letters looks like Xiaomi) or
 * `contains` one of its names as whole words (`Huawei Russia LLC`).
 *
 * @example
 * ```ts
 * builtinRegistry.resembleCompany("Аlibaba Cloud"); // { how: "looks-like", company: { id: "alibaba-cloud", ... } }
 * ```
 */
export interface Resemblance {
  /** `looks-like`: the same confusable skeleton as one of the company's names; `contains`: one of its names as whole words. */
  readonly how: "looks-like" | "contains";
  /** The company the name resembles. */
  readonly company: Company;
}

/**
 * A validated, indexed set of companies, entities and outlets that the evaluators consult to
 * decide C1, C2 and C5. Made by {@link createRegistry} or {@link extendRegistry}; immutable.
 *
 * @example
 * ```ts
 * const registry = createRegistry({ companies: [{ id: "acme-ai", name: "Acme AI" }] });
 * registry.getCompany("acme-ai")?.name; // "Acme AI"
 * ```
 */
export interface Registry {
  /** The registry's version, recorded in every resolution so that it can be reproduced. */
  readonly version: string;
  /** The Chinese companies, with their names, aliases, domains and owners (C1). */
  readonly companies: readonly Company[];
  /** The Russian entities (and other organisations), with their kind and control (C2). */
  readonly entities: readonly Entity[];
  /** The outlets whose publications count as C5 sources, with their kind and domains. */
  readonly outlets: readonly Outlet[];
  /** The company with this id. */
  getCompany(id: string): Company | undefined;
  /** The entity with this id. */
  getEntity(id: string): Entity | undefined;
  /** The company one of whose names or aliases equals `name` once normalized. */
  findCompany(name: string): NameLookup<Company>;
  /** The entity one of whose names or aliases equals `name` once normalized. */
  findEntity(name: string): NameLookup<Entity>;
  /** The outlet one of whose names or aliases equals `name` once normalized. */
  findOutlet(name: string): NameLookup<Outlet>;
  /** What a host is, by its most specific registered domain suffix (on label boundaries only). */
  matchHost(host: string): HostMatch | undefined;
  /**
   * What an http(s) URL is: like {@link Registry.matchHost}, but a registered page (`host/path`)
   * whose host and leading path segments match wins over its host. `undefined` for an unknown
   * host or a text that is not such a URL.
   */
  matchUrl(url: string): HostMatch | undefined;
  /**
   * The Chinese company a name resembles without being exactly one of its names: a look-alike
   * or a name containing the company's name. Used to refuse look-alikes, never to match.
   */
  resembleCompany(name: string): Resemblance | undefined;
}

type Table = "companies" | "entities" | "outlets";
type AnyRecord = Company | Entity | Outlet;

/** A record with the path its problems are reported at (in the caller's input). */
interface Placed {
  readonly table: Table;
  readonly record: AnyRecord;
  readonly at: readonly (string | number)[];
}

interface Parts {
  readonly version: string;
  /** Records in the order they are checked: a conflict is reported at the later one. */
  readonly records: readonly Placed[];
}

const TABLES: readonly Table[] = ["companies", "entities", "outlets"];

function place(data: { companies?: readonly Company[] | undefined; entities?: readonly Entity[] | undefined; outlets?: readonly Outlet[] | undefined }, prefix: readonly (string | number)[]): Placed[] {
  const out: Placed[] = [];
  for (const table of TABLES) (data[table] ?? []).forEach((record, i) => out.push({ table, record, at: [...prefix, table, i] }));
  return out;
}

/**
 * Validates registry data and indexes it. Returns every problem with its path: schema errors,
 * duplicate ids, aliases or domains, owners that do not exist, stakes adding up to more than
 * 100%, and ownership cycles.
 *
 * @example
 * ```ts
 * const r = safeCreateRegistry({ companies: [{ id: "a", name: "A", owners: [{ id: "a", stake: 100 }] }] });
 * r.success; // false: ownership cycle at companies[0].owners[0]
 * ```
 */
export function safeCreateRegistry(data: unknown): Result<Registry> {
  const parsed = parseData(data);
  if (!parsed.success) return parsed;
  const d = parsed.data;
  return build({ version: d.version ?? "custom", records: place(d, []) });
}

/**
 * Like {@link safeCreateRegistry}, but throws an {@link InputError} listing every problem.
 *
 * @example
 * ```ts
 * const registry = createRegistry({
 *   version: "demo-1",
 *   companies: [{ id: "acme-ai", name: "Acme AI", aliases: ["艾克米"] }],
 *   entities: [{ id: "neuro-lab", name: "Neuro Lab", kind: "private-company", countryOfIncorporation: "RU" }],
 * });
 * ```
 */
export function createRegistry(data: unknown): Registry {
  return unwrap(safeCreateRegistry(data));
}

/**
 * A new registry made of `base` plus `additions`: a record whose id exists in `base` replaces
 * it (an override), any other is added. The result is validated as a whole. `version` defaults
 * to `<base version>+custom`.
 *
 * @example
 * ```ts
 * const mine = safeExtendRegistry(builtinRegistry, {
 *   entities: [{ id: "neuro-lab", name: "Neuro Lab", kind: "private-company", countryOfIncorporation: "RU" }],
 * });
 * ```
 */
export function safeExtendRegistry(base: Registry, additions: unknown): Result<Registry> {
  if (!isRegistry(base)) {
    return { success: false, issues: [{ path: "base", segments: ["base"], code: "invalid-type", message: "expected a registry made by createRegistry() or extendRegistry() of this library" }] };
  }
  const parsed = parseData(additions);
  if (!parsed.success) return parsed;
  const d = parsed.data;
  // The base's records are checked first and the additions after them, so that a conflict
  // between the two is reported at the caller's addition (`companies[0].name`), not in the base.
  const added = new Set<string>();
  for (const table of TABLES) for (const r of d[table] ?? []) added.add(r.id);
  const kept = place(base, ["base"]).filter((p) => !added.has(p.record.id));
  return build({ version: d.version ?? `${base.version}+custom`, records: [...kept, ...place(d, [])] });
}

/**
 * Like {@link safeExtendRegistry}, but throws an {@link InputError} listing every problem.
 *
 * @example
 * ```ts
 * const mine = extendRegistry(builtinRegistry, { outlets: [{ id: "cgtn", name: "CGTN", kind: "other", domains: ["cgtn.com"] }] });
 * ```
 */
export function extendRegistry(base: Registry, additions: unknown): Registry {
  return unwrap(safeExtendRegistry(base, additions));
}

/** Records per table a registry may hold. */
const MAX_RECORDS = 100_000;

type ParsedData = z.output<typeof RegistryData>;

/**
 * Reads registry data once into plain data (so getters, proxies, cycles and odd objects come
 * back as issues, never as exceptions), then validates it against {@link RegistryData}.
 */
function parseData(data: unknown): Result<ParsedData> {
  const snap = snapshot(data, {}, { companies: MAX_RECORDS, entities: MAX_RECORDS, outlets: MAX_RECORDS });
  if (snap.issues.length > 0) return { success: false, issues: snap.issues };
  const parsed = RegistryData.safeParse(snap.value, PARSE_OPTIONS);
  return parsed.success ? { success: true, data: parsed.data } : { success: false, issues: fromZodIssues(parsed.error.issues) };
}

function unwrap<T>(r: Result<T>): T {
  if (r.success) return r.data;
  throw new InputError(r.issues);
}


/** A registered page: the path segments after its host, and what it is. */
interface PageRule {
  readonly segments: readonly string[];
  readonly match: HostMatch;
}

function matchOf(table: Table, record: AnyRecord, domain: string): HostMatch {
  if (table === "outlets") {
    const outlet = record as Outlet;
    return outlet.userContent === true ? { kind: "user-content", outlet, domain } : { kind: outlet.kind, outlet, domain };
  }
  return table === "companies" ? { kind: "company-release", company: record as Company, domain } : { kind: "company-release", entity: record as Entity, domain };
}

const ESCAPE = /%([0-9A-Fa-f]{2})/g;
const UNRESERVED = /^[A-Za-z0-9._~-]$/;

/**
 * Lower-case path segments of a URL path, without empty ones, with percent-escapes of unreserved
 * characters decoded (`%64eveloper` is `developer`, as servers read it). `undefined` for a path
 * that cannot be read unambiguously: an escaped slash or backslash, or a `.`/`..` segment left
 * after decoding, which servers resolve in ways a prefix match cannot follow.
 */
function pathSegments(path: string): string[] | undefined {
  const out: string[] = [];
  for (const raw of path.split("/")) {
    if (raw.length === 0) continue;
    const seg = raw
      .replace(ESCAPE, (e, hex: string) => {
        const c = String.fromCharCode(parseInt(hex, 16));
        return UNRESERVED.test(c) ? c : e.toUpperCase();
      })
      .toLowerCase();
    if (seg === "." || seg === ".." || seg.includes("%2f") || seg.includes("%5c")) return undefined;
    out.push(seg);
  }
  return out;
}

/** Whether a company or entity site's subdomain is its own: the registered host itself, `www.`, or any subdomain of a government body. */
function ownHost(host: string, match: HostMatch): boolean {
  if (match.kind !== "company-release") return true;
  if ("entity" in match && (match.entity.kind === "ministry" || match.entity.kind === "government-body")) return true;
  return host === match.domain || host === `www.${match.domain}`;
}

/**
 * Shortest company name (in characters of its skeleton) that counts when it appears inside a
 * longer name: shorter names (`ZTE`) count only as the whole name, so that they do not turn up
 * inside unrelated words.
 */
const MIN_CONTAINED = { latin: 5, han: 2 } as const;
const HAN = /\p{Script=Han}/u;
/** Most names whose resemblance is remembered per registry. */
const RESEMBLANCE_MEMO = 10_000;

/** Registries made by this copy of the library; the safe entry points accept no other. */
const MADE = new WeakSet<object>();

/**
 * Whether a value is a registry made by {@link createRegistry} or {@link extendRegistry} (of this
 * copy of the library): only those are known to be validated, frozen and free of host code.
 * @internal
 */
export function isRegistry(value: unknown): value is Registry {
  return typeof value === "object" && value !== null && MADE.has(value);
}

/**
 * A registry that `make` builds on its first use (the first look-up or table read), then
 * answers every call from: the same methods and tables as the registry `make` returns, frozen,
 * and accepted wherever a registry made by {@link createRegistry} is. Nothing is built if it is
 * never used, so a module can export one at no cost to importers that do not use it. `make`
 * must return a registry of this copy of the library; it is called once, unless it throws (then
 * again at the next use). @internal
 *
 * @example
 * ```ts
 * const mine = lazyRegistry(() => createRegistry({ version: "v1", companies: [{ id: "acme-ai", name: "Acme AI" }] }));
 * mine.getCompany("acme-ai")?.name; // "Acme AI" (built now, once)
 * ```
 */
export function lazyRegistry(make: () => Registry): Registry {
  let built: Registry | undefined;
  const get = (): Registry => (built ??= make());
  const registry: Registry = {
    get version() {
      return get().version;
    },
    get companies() {
      return get().companies;
    },
    get entities() {
      return get().entities;
    },
    get outlets() {
      return get().outlets;
    },
    getCompany: (id) => get().getCompany(id),
    getEntity: (id) => get().getEntity(id),
    findCompany: (name) => get().findCompany(name),
    findEntity: (name) => get().findEntity(name),
    findOutlet: (name) => get().findOutlet(name),
    matchHost: (host) => get().matchHost(host),
    matchUrl: (url) => get().matchUrl(url),
    resembleCompany: (name) => get().resembleCompany(name),
  };
  MADE.add(registry);
  return Object.freeze(registry);
}

function build(parts: Parts): Result<Registry> {
  const issues: InputIssue[] = [];
  const problem = (segments: readonly (string | number)[], code: InputIssueCode, message: string) =>
    issues.push({ path: formatPath(segments), segments: [...segments], code, message });

  interface Node {
    readonly at: readonly (string | number)[];
    readonly owners: readonly { id: string; stake?: number | undefined }[];
  }
  const owned = new Map<string, Node>();
  const ids = new Map<string, string>();
  const names: Record<Table, Map<string, string>> = { companies: new Map(), entities: new Map(), outlets: new Map() };
  const hosts = new Map<string, HostMatch>();
  const pages = new Map<string, PageRule[]>();
  const locationOwner = new Map<string, string>();
  const skeletons = new Map<string, string>();

  for (const { table, record, at } of parts.records) {
    const previous = ids.get(record.id);
    if (previous !== undefined) problem([...at, "id"], "duplicate-id", `id \`${record.id}\` is already used by ${previous}`);
    else {
      ids.set(record.id, formatPath(at));
      if (table !== "outlets") owned.set(record.id, { at, owners: (record as Company | Entity).owners ?? [] });
    }

    [record.name, ...(record.aliases ?? [])].forEach((alias, ai) => {
      const n = normalizeName(alias);
      const seg = ai === 0 ? [...at, "name"] : [...at, "aliases", ai - 1];
      if (!n.ok) {
        problem(seg, `alias-${n.problem}`, `name \`${alias}\` cannot be matched (${n.problem})`);
        return;
      }
      const holder = names[table].get(n.key);
      if (holder !== undefined && holder !== record.id) {
        problem(seg, "duplicate-alias", `name \`${alias}\` is already a name of \`${holder}\``);
        return;
      }
      names[table].set(n.key, record.id);
      if (table === "companies") {
        const sk = nameSkeleton(alias);
        if (sk.length > 0 && !skeletons.has(sk)) skeletons.set(sk, record.id);
      }
    });

    const claim = (location: string, seg: readonly (string | number)[]): boolean => {
      const holder = locationOwner.get(location);
      if (holder !== undefined && holder !== record.id) {
        problem(seg, "duplicate-domain", `\`${location}\` already belongs to \`${holder}\``);
        return false;
      }
      locationOwner.set(location, record.id);
      return true;
    };
    (record.domains ?? []).forEach((domain, di) => {
      if (claim(domain, [...at, "domains", di])) hosts.set(domain, matchOf(table, record, domain));
    });
    (record.pages ?? []).forEach((page, pi) => {
      if (!claim(page, [...at, "pages", pi])) return;
      const slash = page.indexOf("/");
      const host = page.slice(0, slash);
      const rules = pages.get(host) ?? [];
      rules.push({ segments: pathSegments(page.slice(slash)) ?? [], match: matchOf(table, record, page) });
      rules.sort((a, b) => b.segments.length - a.segments.length);
      pages.set(host, rules);
    });
  }

  // A Russian-side entity may not take a Chinese company's name (a party named so would be read as
  // the entity, never as the company), and nothing may claim a place inside the site of an outlet
  // the criteria accept (it would turn that outlet's pages into someone else's).
  const outletsById = new Map<string, Outlet>();
  for (const p of parts.records) if (p.table === "outlets") outletsById.set(p.record.id, p.record as Outlet);
  const qualifyingOutlet = (id: string | undefined): Outlet | undefined => {
    const o = id === undefined ? undefined : outletsById.get(id);
    return o !== undefined && o.kind !== "other" ? o : undefined;
  };
  for (const { table, record, at } of parts.records) {
    if (table === "entities") {
      [record.name, ...(record.aliases ?? [])].forEach((alias, ai) => {
        const n = normalizeName(alias);
        const holder = n.ok ? names.companies.get(n.key) : undefined;
        if (holder !== undefined) problem(ai === 0 ? [...at, "name"] : [...at, "aliases", ai - 1], "name-of-a-company", `name \`${alias}\` is a name of the company \`${holder}\`; an entity may not take it`);
      });
    }
    const inside = (location: string, seg: readonly (string | number)[]) => {
      const host = location.split("/")[0] as string;
      for (const suffix of domainSuffixes(host)) {
        const holder = locationOwner.get(suffix);
        if (holder === undefined || holder === record.id) continue;
        const outlet = qualifyingOutlet(holder);
        // A place inside it is fine for a record read as the same kind: another ministry's site
        // under a government's domain, say.
        const sameKind =
          outlet === undefined ||
          (table === "outlets" && (record as Outlet).kind === outlet.kind) ||
          (table === "entities" && outlet.kind === "government" && ((record as Entity).kind === "ministry" || (record as Entity).kind === "government-body"));
        if (!sameKind) problem(seg, "inside-an-outlet", `\`${location}\` lies inside ${outlet.name}'s site ${suffix}, where only sources of its kind (${outlet.kind}) may be registered`);
        break;
      }
    };
    (record.domains ?? []).forEach((d, di) => inside(d, [...at, "domains", di]));
    (record.pages ?? []).forEach((pg, pi) => inside(pg, [...at, "pages", pi]));
  }

  // Owners must exist, stakes must not exceed 100% in total, and ownership must not loop.
  for (const [id, node] of owned) {
    let total = 0;
    node.owners.forEach((o, oi) => {
      total += o.stake ?? 0;
      if (!owned.has(o.id)) problem([...node.at, "owners", oi, "id"], "unknown-owner", `owner \`${o.id}\` of \`${id}\` is not a company or entity in the registry`);
    });
    if (total > 100 + 1e-9) problem([...node.at, "owners"], "stake-over-100", `stakes in \`${id}\` add up to ${total}%, more than 100%`);
  }
  // Depth-first search for cycles with an explicit stack, so that long ownership chains cannot
  // overflow the call stack. 1 = on the current path, 2 = done. A cycle is reported at its last
  // record in input order (an addition rather than a base record).
  const order = new Map([...owned.keys()].map((id, i) => [id, i]));
  const state = new Map<string, 1 | 2>();
  for (const root of owned.keys()) {
    if (state.has(root)) continue;
    const path: string[] = [root];
    const next: number[] = [0];
    state.set(root, 1);
    while (path.length > 0) {
      const id = path[path.length - 1] as string;
      const node = owned.get(id);
      const i = next[next.length - 1] as number;
      const owner = node?.owners[i];
      if (node === undefined || owner === undefined) {
        state.set(id, 2);
        path.pop();
        next.pop();
        continue;
      }
      next[next.length - 1] = i + 1;
      const s = state.get(owner.id);
      if (s === 2 || !owned.has(owner.id)) continue;
      if (s === 1) {
        const cycle = path.slice(path.indexOf(owner.id));
        const at = cycle.reduce((a, b) => ((order.get(b) ?? 0) > (order.get(a) ?? 0) ? b : a));
        problem([...(owned.get(at) as Node).at, "owners"], "ownership-cycle", `ownership cycle: ${[...cycle, owner.id].join(" → ")}`);
        continue;
      }
      state.set(owner.id, 1);
      path.push(owner.id);
      next.push(0);
    }
  }

  if (issues.length > 0) return { success: false, issues };

  const byTable: Record<Table, AnyRecord[]> = { companies: [], entities: [], outlets: [] };
  for (const { table, record } of parts.records) byTable[table].push(deepFreeze(record));
  const companies = byTable.companies as Company[];
  const entities = byTable.entities as Entity[];
  const outlets = byTable.outlets as Outlet[];
  const companyById = new Map(companies.map((c) => [c.id, c]));
  const entityById = new Map(entities.map((e) => [e.id, e]));
  const outletById = new Map(outlets.map((o) => [o.id, o]));
  // Look-ups by name are remembered per name as written (bounded memos: the press names the
  // same parties again and again, and normalizing a name is the costly step).
  const finder = <T>(table: Table, byId: Map<string, T>) => {
    const seen = new Map<string, NameLookup<T>>();
    return (name: string): NameLookup<T> => {
      const known = seen.get(name);
      if (known !== undefined) return known;
      const n = normalizeName(name);
      let found: NameLookup<T>;
      if (!n.ok) found = { found: false, problem: n.problem };
      else {
        const id = names[table].get(n.key);
        const record = id === undefined ? undefined : byId.get(id);
        found = record === undefined ? { found: false, problem: "unknown" } : { found: true, record };
      }
      if (seen.size >= RESEMBLANCE_MEMO) seen.clear();
      seen.set(name, Object.freeze(found));
      return found;
    };
  };
  const byHost = (host: string, suffix: string): HostMatch | undefined => {
    const m = hosts.get(suffix);
    if (m === undefined || ownHost(host, m)) return m;
    return { kind: "unlisted-subdomain", owner: "company" in m ? m.company : (m as { entity: Entity }).entity, domain: m.domain };
  };
  const matchHost = (host: string): HostMatch | undefined => {
    for (const suffix of domainSuffixes(host)) {
      const m = byHost(host, suffix);
      if (m !== undefined) return m;
    }
    return undefined;
  };
  // Company names long enough to be looked for inside other names, longest first.
  const containable = [...skeletons].filter(([sk]) => sk.length >= (HAN.test(sk) ? MIN_CONTAINED.han : MIN_CONTAINED.latin)).sort(([a], [b]) => b.length - a.length);
  const memo = new Map<string, Resemblance | null>();
  const byName = new Map<string, Resemblance | null>();
  const resemble = (name: string): Resemblance | undefined => {
    const known = byName.get(name);
    if (known !== undefined) return known ?? undefined;
    const found = resembleSkeleton(name);
    if (byName.size >= RESEMBLANCE_MEMO) byName.clear();
    byName.set(name, found === undefined ? null : Object.freeze(found));
    return found;
  };
  // Shorter company names (`ZTE`, `Kimi`) count when they are whole words of a longer name
  // (`ZTE Russia`, `Z T E Rus`), never inside a word (`Aztec`).
  const short = new Map([...skeletons].filter(([sk]) => sk.length < (HAN.test(sk) ? MIN_CONTAINED.han : MIN_CONTAINED.latin)));
  const asWords = (ws: readonly string[]): string | undefined => {
    for (let i = 0; i < ws.length; i++) {
      let joined = "";
      for (let j = i; j < ws.length && j < i + 4; j++) {
        joined += ws[j];
        const id = short.get(joined);
        if (id !== undefined) return id;
      }
    }
    return undefined;
  };
  const resembleSkeleton = (name: string): Resemblance | undefined => {
    const ws = skeletonWords(name);
    const sk = ws.join("");
    if (sk.length === 0) return undefined;
    // Remembered by words, not by the joined skeleton: whole-word matches depend on where the words split.
    const key = ws.join(" ");
    const cached = memo.get(key);
    if (cached !== undefined) return cached ?? undefined;
    const exact = skeletons.get(sk);
    const id = exact ?? containable.find(([c]) => sk.includes(c))?.[1] ?? asWords(ws);
    const company = id === undefined ? undefined : companyById.get(id);
    const found: Resemblance | undefined = company === undefined ? undefined : { how: exact !== undefined ? "looks-like" : "contains", company };
    if (memo.size >= RESEMBLANCE_MEMO) memo.clear();
    memo.set(key, found ?? null);
    return found;
  };

  /** What a URL is, by host and, where the registry lists pages on that host, by path. */
  const matchUrl = (url: string): HostMatch | undefined => {
    const parsed = parseUrl(url);
    if (parsed === undefined) return undefined;
    const { host, path } = parsed;
    // An ambiguous path (dot segments, encoded slashes) matches nothing; a path without escapes
    // or dots cannot be ambiguous, so it is split only where a rule needs its segments.
    let segments: string[] | undefined = path.includes("%") || path.includes("/.") ? pathSegments(path) : undefined;
    if (segments === undefined && (path.includes("%") || path.includes("/."))) return undefined;
    for (const suffix of domainSuffixes(host)) {
      const rules = pages.get(suffix);
      if (rules !== undefined) {
        segments ??= pathSegments(path) as string[];
        for (const rule of rules) {
          if (rule.segments.length <= segments.length && rule.segments.every((s, i) => (segments as string[])[i] === s)) return rule.match;
        }
      }
      const m = byHost(host, suffix);
      if (m !== undefined) return m;
    }
    return undefined;
  };

  const registry: Registry = {
    version: parts.version,
    companies: Object.freeze(companies),
    entities: Object.freeze(entities),
    outlets: Object.freeze(outlets),
    getCompany: (id) => companyById.get(id),
    getEntity: (id) => entityById.get(id),
    findCompany: finder("companies", companyById),
    findEntity: finder("entities", entityById),
    findOutlet: finder("outlets", outletById),
    matchHost,
    matchUrl,
    resembleCompany: resemble,
  };
  MADE.add(registry);
  return { success: true, data: Object.freeze(registry) };
}
