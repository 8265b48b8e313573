import { z } from "zod";
import { Company } from "../models/company.js";
import { Entity } from "../models/entity.js";
import { Outlet } from "../models/outlet.js";
import type { SourceKind } from "../models/outlet.js";
import { type InputIssue, InputError, type Result, formatPath, fromZodIssues } from "../issues.js";
import { domainSuffixes, normalizeName } from "./normalize.js";

/**
 * The data a registry is made of: Chinese companies, Russian-side entities and outlets, plus a
 * version string that every resolution made with it reports.
 *
 * @example
 * ```ts
 * const data: RegistryData = { version: "my-series-1", companies: [], entities: [], outlets: [] };
 * ```
 */
export const RegistryData = z.strictObject({
  version: z.string().min(1).max(100).optional(),
  companies: z.array(Company).max(100_000).optional(),
  entities: z.array(Entity).max(100_000).optional(),
  outlets: z.array(Outlet).max(100_000).optional(),
});
/** The data a registry is made of (see {@link RegistryData}). */
export type RegistryData = z.input<typeof RegistryData>;

/**
 * The result of looking a name up: the record, or why there is none. `unknown` means no alias
 * matched exactly; `mixed-script` means the name mixes Latin and Cyrillic letters in one word
 * and was not guessed at.
 *
 * @example
 * ```ts
 * const r: NameLookup<Company> = registry.findCompany("阿里云");
 * if (r.found) console.log(r.record.id);
 * ```
 */
export type NameLookup<T> =
  | { readonly found: true; readonly record: T }
  | { readonly found: false; readonly problem: "unknown" | "mixed-script" | "empty" };

/**
 * What a URL host is known to be: an outlet, or the official site of a registry company or
 * entity (whose publications are company releases, C5.release).
 *
 * @example
 * ```ts
 * const m = registry.matchHost("www.tass.com"); // { kind: "ru-state-media", outlet: { id: "tass", ... }, domain: "tass.com" }
 * ```
 */
export type HostMatch =
  | { readonly kind: Exclude<SourceKind, "company-release" | "public-event">; readonly outlet: Outlet; readonly domain: string }
  | { readonly kind: "company-release"; readonly company: Company; readonly domain: string }
  | { readonly kind: "company-release"; readonly entity: Entity; readonly domain: string };

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
  readonly version: string;
  readonly companies: readonly Company[];
  readonly entities: readonly Entity[];
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
}

interface Parts {
  readonly version: string;
  readonly companies: readonly Company[];
  readonly entities: readonly Entity[];
  readonly outlets: readonly Outlet[];
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
  const parsed = RegistryData.safeParse(data);
  if (!parsed.success) return { success: false, issues: fromZodIssues(parsed.error.issues) };
  const d = parsed.data;
  return build({
    version: d.version ?? "custom",
    companies: d.companies ?? [],
    entities: d.entities ?? [],
    outlets: d.outlets ?? [],
  });
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
  const parsed = RegistryData.safeParse(additions);
  if (!parsed.success) return { success: false, issues: fromZodIssues(parsed.error.issues) };
  const d = parsed.data;
  return build({
    version: d.version ?? `${base.version}+custom`,
    companies: merge(base.companies, d.companies),
    entities: merge(base.entities, d.entities),
    outlets: merge(base.outlets, d.outlets),
  });
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

function unwrap<T>(r: Result<T>): T {
  if (r.success) return r.data;
  throw new InputError(r.issues);
}

function merge<T extends { id: string }>(base: readonly T[], extra: readonly T[] | undefined): readonly T[] {
  if (extra === undefined || extra.length === 0) return base;
  const byId = new Map<string, T>();
  for (const r of base) byId.set(r.id, r);
  for (const r of extra) byId.set(r.id, r);
  return [...byId.values()];
}

type Table = "companies" | "entities" | "outlets";

function build(parts: Parts): Result<Registry> {
  const issues: InputIssue[] = [];
  const problem = (segments: (string | number)[], code: string, message: string) =>
    issues.push({ path: formatPath(segments), segments, code, message });

  const owned = new Map<string, { table: Table; index: number; owners: readonly { id: string; stake: number }[] }>();
  const ids = new Map<string, string>();
  const tables: [Table, readonly (Company | Entity | Outlet)[]][] = [
    ["companies", parts.companies],
    ["entities", parts.entities],
    ["outlets", parts.outlets],
  ];
  const names: Record<Table, Map<string, string>> = { companies: new Map(), entities: new Map(), outlets: new Map() };
  const hosts = new Map<string, HostMatch>();
  const hostOwner = new Map<string, string>();

  for (const [table, records] of tables) {
    records.forEach((record, index) => {
      const at = `${table}[${index}]`;
      const previous = ids.get(record.id);
      if (previous !== undefined) problem([table, index, "id"], "duplicate-id", `id \`${record.id}\` is already used by ${previous}`);
      else {
        ids.set(record.id, at);
        if (table !== "outlets") owned.set(record.id, { table, index, owners: (record as Company | Entity).owners ?? [] });
      }

      const aliases = [record.name, ...(record.aliases ?? [])];
      aliases.forEach((alias, ai) => {
        const n = normalizeName(alias);
        const seg = ai === 0 ? [table, index, "name"] : [table, index, "aliases", ai - 1];
        if (!n.ok) {
          problem(seg, `alias-${n.problem}`, `name \`${alias}\` cannot be matched (${n.problem})`);
          return;
        }
        const holder = names[table].get(n.key);
        if (holder !== undefined && holder !== record.id) {
          problem(seg, "duplicate-alias", `name \`${alias}\` is already a name of \`${holder}\``);
        } else names[table].set(n.key, record.id);
      });

      (record.domains ?? []).forEach((domain, di) => {
        const holder = hostOwner.get(domain);
        if (holder !== undefined && holder !== record.id) {
          problem([table, index, "domains", di], "duplicate-domain", `domain \`${domain}\` already belongs to \`${holder}\``);
          return;
        }
        hostOwner.set(domain, record.id);
        const match: HostMatch =
          table === "outlets"
            ? { kind: (record as Outlet).kind, outlet: record as Outlet, domain }
            : table === "companies"
              ? { kind: "company-release", company: record as Company, domain }
              : { kind: "company-release", entity: record as Entity, domain };
        hosts.set(domain, match);
      });
    });
  }

  // Owners must exist, stakes must not exceed 100% in total, and ownership must not loop.
  for (const [id, node] of owned) {
    let total = 0;
    node.owners.forEach((o, oi) => {
      total += o.stake;
      if (!owned.has(o.id)) problem([node.table, node.index, "owners", oi, "id"], "unknown-owner", `owner \`${o.id}\` of \`${id}\` is not a company or entity in the registry`);
    });
    if (total > 100 + 1e-9) problem([node.table, node.index, "owners"], "stake-over-100", `stakes in \`${id}\` add up to ${total}%, more than 100%`);
  }
  // Depth-first search for cycles with an explicit stack, so that long ownership chains cannot
  // overflow the call stack. 1 = on the current path, 2 = done.
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
        const cycle = [...path.slice(path.indexOf(owner.id)), owner.id];
        problem([node.table, node.index, "owners"], "ownership-cycle", `ownership cycle: ${cycle.join(" → ")}`);
        continue;
      }
      state.set(owner.id, 1);
      path.push(owner.id);
      next.push(0);
    }
  }

  if (issues.length > 0) return { success: false, issues };

  const companyById = new Map(parts.companies.map((c) => [c.id, c]));
  const entityById = new Map(parts.entities.map((e) => [e.id, e]));
  const outletById = new Map(parts.outlets.map((o) => [o.id, o]));
  const finder =
    <T>(table: Table, byId: Map<string, T>) =>
    (name: string): NameLookup<T> => {
      const n = normalizeName(name);
      if (!n.ok) return { found: false, problem: n.problem };
      const id = names[table].get(n.key);
      const record = id === undefined ? undefined : byId.get(id);
      return record === undefined ? { found: false, problem: "unknown" } : { found: true, record };
    };

  const registry: Registry = {
    version: parts.version,
    companies: Object.freeze([...parts.companies]),
    entities: Object.freeze([...parts.entities]),
    outlets: Object.freeze([...parts.outlets]),
    getCompany: (id) => companyById.get(id),
    getEntity: (id) => entityById.get(id),
    findCompany: finder("companies", companyById),
    findEntity: finder("entities", entityById),
    findOutlet: finder("outlets", outletById),
    matchHost: (host) => {
      for (const suffix of domainSuffixes(host)) {
        const m = hosts.get(suffix);
        if (m !== undefined) return m;
      }
      return undefined;
    },
  };
  return { success: true, data: Object.freeze(registry) };
}
