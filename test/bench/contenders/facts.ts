/**
 * The look-ups a non-library implementation of the criteria would do before applying its rules:
 * who the parties are and who owns them, whether each Russian-side party is a Russian entity,
 * which channel each source is on as far as the registry can verify it, and when the
 * announcement was made, in UTC. Everything comes from the announcement and the PUBLIC registry
 * API (`getCompany`, `getEntity`, `findCompany`, `findEntity`, `findOutlet`, `matchUrl`,
 * `resembleCompany`); nothing is imported from the library's criteria, resolver or time code.
 *
 * The result is a flat, JSON-able object that does not depend on the question: the per-question
 * parts (is the Chinese party the question's company or wholly owned by it? is a Russian party the
 * company's own subsidiary?) are left to the rules, which read the ownership chains recorded here
 * through {@link ownershipLink}.
 *
 * Call it on a PARSED announcement (`Announcement.safeParse(x).data`): the schema trims names.
 */
import type { Announcement, AnnouncementTime, Company, Entity, Ownership, Registry, Source, SourceKind } from "../../../src/index.js";

// ─── Types ──────────────────────────────────────────────────────────────────────────────────────

/**
 * One ownership chain from a party up the registry's ownership graph: `to` is held (through the
 * ids in `via`, starting with the party) by stakes `stakes` (null where undisclosed), each link
 * with its `control` flag. A `missing` chain ends at an owner the registry does not have (or
 * goes too deep): what lies above it is unknown.
 */
export interface OwnerChain {
  readonly to: string;
  readonly via: readonly string[];
  readonly stakes: readonly (number | null)[];
  readonly controls: readonly boolean[];
  readonly missing: boolean;
}

/** One Russian-side party, registry facts merged under the announcement's own. */
export interface RussianPartyFacts {
  /** Named by id or name (a bare description does not name it, C4.parties). */
  readonly named: boolean;
  /** The registry record it is (an entity, or a company named on the Russian side). */
  readonly id: string | null;
  readonly country: string | null;
  readonly control: "majority" | "minority" | "none" | null;
  readonly kind: string | null;
  /** It is a registry company (a Chinese company), not an entity. */
  readonly chinese: boolean;
  /**
   * Who it is must be settled by a human: a look-alike or a name containing a Chinese company's
   * name, mixed scripts, Chinese characters naming no entity, an id and a name naming different
   * records, or stated facts contradicting the registry's record. An id the registry does not
   * know is only a label: the same name checks apply to it and to the name, and a name that is
   * a registry record contradicts it.
   */
  readonly doubt: boolean;
  /** Ownership chains up from it (for the own-subsidiary test, which depends on the question). */
  readonly chains: readonly OwnerChain[];
}

/** One source: the channel the registry establishes for it, and when it was published (UTC ms, end exclusive). */
export interface SourceFacts {
  readonly kind: SourceKind | "unknown";
  /**
   * It may date the announcement: the registry establishes who published it. `false` when its
   * kind is `unknown`, or rests on the host's word alone (a declared `other` the registry does
   * not recognise, or an outlet's name on a URL that is not one of that outlet's domains).
   */
  readonly dates: boolean;
  readonly start: number | null;
  readonly end: number | null;
}

/** Everything the rules need about one announcement, question-independent and JSON-able. */
export interface Facts {
  readonly id: string;
  // C1 (company) and R.intermediary
  /** The Chinese party is given at all. */
  readonly chineseGiven: boolean;
  /** It is given an id or a name (C4.parties, R.government). */
  readonly chineseNamed: boolean;
  /** The registry places it: a known record, consistent id, name and owners. */
  readonly chinesePlaced: boolean;
  /** Its registry id when the registry places it (also when the record is known but contradicted). */
  readonly chineseId: string | null;
  readonly chineseChains: readonly OwnerChain[];
  readonly intermediary: boolean;
  readonly intermediaryConfirmed: boolean | null;
  /** The intermediary's confirming sources, classified without regard to the parties. */
  readonly confirmations: readonly SourceFacts[];
  // C2 (Russian entity)
  readonly russianPartiesGiven: boolean;
  /** Some Russian-side party is named (C4.parties). */
  readonly russianNamed: boolean;
  readonly russianParties: readonly RussianPartyFacts[];
  /** Some party is a university or research institution (R.research). */
  readonly researchParty: boolean;
  // C3, C4: the judgement fields as given
  readonly instrument: string | null;
  readonly binding: boolean | null;
  readonly aiRole: string | null;
  /** Number of distinct listed AI activities; null when not stated. */
  readonly activityCount: number | null;
  readonly includesAdvisory: boolean | null;
  readonly specificity: string | null;
  readonly priorRelation: string | null;
  // C5 (publicity)
  readonly publiclyAnnounced: boolean | null;
  readonly sourceCount: number;
  readonly sources: readonly SourceFacts[];
  // Timing: the span of `announcedAt` in UTC ms (end exclusive), null when not given.
  readonly announcedStart: number | null;
  readonly announcedEnd: number | null;
  readonly cancelled: boolean;
}

// ─── Time ───────────────────────────────────────────────────────────────────────────────────────

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Offset of an IANA zone from UTC at instant `t`, in ms, through Intl. */
function zoneOffset(zone: string, t: number): number {
  let f = formatters.get(zone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat("en-US", { timeZone: zone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric" });
    formatters.set(zone, f);
  }
  const parts: Record<string, number> = {};
  for (const p of f.formatToParts(new Date(t))) if (p.type !== "literal") parts[p.type] = Number(p.value);
  const wall = Date.UTC(parts.year as number, (parts.month as number) - 1, parts.day as number, parts.hour as number, parts.minute as number, parts.second as number);
  return wall - (t - (((t % 1000) + 1000) % 1000));
}

const FIXED = /^([+-])(\d{2}):(\d{2})$/;

/** Midnights already computed, by `y-m-d zone` (Intl is slow, and a corpus repeats its days). */
const midnights = new Map<string, number>();

/** The UTC instant a calendar day (month and day may overflow) starts in a zone. */
function midnight(y: number, m: number, d: number, zone: string): number {
  const key = `${y}-${m}-${d} ${zone}`;
  const known = midnights.get(key);
  if (known !== undefined) return known;
  const wall = Date.UTC(y, m - 1, d);
  const fixed = FIXED.exec(zone);
  let t: number;
  if (fixed !== null) t = wall - (fixed[1] === "-" ? -1 : 1) * (Number(fixed[2]) * 60 + Number(fixed[3])) * 60_000;
  else t = wall - zoneOffset(zone, wall - zoneOffset(zone, wall));
  if (midnights.size > 100_000) midnights.clear();
  midnights.set(key, t);
  return t;
}

/** The UTC span `[start, end)` an announcement time stands for. */
export function timeSpan(t: AnnouncementTime): { start: number; end: number } {
  if (typeof t === "string" || "instant" in t) {
    const ms = Date.parse(typeof t === "string" ? t : t.instant);
    return { start: ms, end: ms + 1 };
  }
  if ("date" in t) {
    const [y, m, d] = t.date.split("-").map(Number) as [number, number, number];
    return { start: midnight(y, m, d, t.timeZone), end: midnight(y, m, d + 1, t.timeZone) };
  }
  const [y, m] = t.month.split("-").map(Number) as [number, number];
  return { start: midnight(y, m, 1, t.timeZone), end: midnight(y, m + 1, 1, t.timeZone) };
}

// ─── Ownership ──────────────────────────────────────────────────────────────────────────────────

const MAX_DEPTH = 32;

function ownersOf(id: string, registry: Registry): readonly Ownership[] | undefined {
  return registry.getCompany(id)?.owners ?? registry.getEntity(id)?.owners;
}

function exists(id: string, registry: Registry): boolean {
  return registry.getCompany(id) !== undefined || registry.getEntity(id) !== undefined;
}

/** Per registry (immutable), the chains and ancestors of its records, computed once. */
const memos = new WeakMap<Registry, { chains: Map<string, OwnerChain[]>; ancestors: Map<string, Set<string>> }>();
function memo(registry: Registry) {
  let m = memos.get(registry);
  if (m === undefined) memos.set(registry, (m = { chains: new Map(), ancestors: new Map() }));
  return m;
}

/** The chains up from a registry record (memoized). */
function recordChains(id: string, registry: Registry): OwnerChain[] {
  const m = memo(registry).chains;
  let chains = m.get(id);
  if (chains === undefined) m.set(id, (chains = ownerChains(id, ownersOf(id, registry) ?? [], registry)));
  return chains;
}

/** Every ownership chain up from a party (simple paths through the registry's owners). */
function ownerChains(startId: string | undefined, startOwners: readonly Ownership[], registry: Registry): OwnerChain[] {
  const out: OwnerChain[] = [];
  const onPath = new Set<string>();
  if (startId !== undefined) onPath.add(startId);
  const walk = (owners: readonly Ownership[], via: string[], stakes: (number | null)[], controls: boolean[]): void => {
    if (via.length > MAX_DEPTH) {
      out.push({ to: "", via, stakes, controls, missing: true });
      return;
    }
    for (const o of owners) {
      const s = [...stakes, o.stake ?? null];
      const c = [...controls, o.control === true];
      if (onPath.has(o.id)) continue;
      if (!exists(o.id, registry)) {
        out.push({ to: o.id, via, stakes: s, controls: c, missing: true });
        continue;
      }
      out.push({ to: o.id, via, stakes: s, controls: c, missing: false });
      const next = ownersOf(o.id, registry);
      if (next === undefined) continue;
      onPath.add(o.id);
      walk(next, [...via, o.id], s, c);
      onPath.delete(o.id);
    }
  };
  walk(startOwners, [startId ?? "(party)"], [], []);
  return out;
}

/**
 * How a party relates by ownership to `target`, read off its chains: `self`; `wholly-owned`
 * (some chain of 100% stakes); `undisclosed` (a chain through a stake of undisclosed size and no
 * 100% chain; `controlled` says whether every link of some such chain gives control);
 * `controlled` (the strongest disclosed chain has every stake above 50%); `partial`; `unknown`
 * (no chain, but a chain breaks off at an owner the registry lacks); `unrelated`.
 */
export function ownershipLink(selfId: string | null, chains: readonly OwnerChain[], target: string): { relation: "self" | "wholly-owned" | "controlled" | "partial" | "undisclosed" | "unrelated" | "unknown"; controlled: boolean } {
  if (selfId === target) return { relation: "self", controlled: true };
  let best = -1;
  let hidden = false;
  let hiddenControl = false;
  let broken = false;
  for (const c of chains) {
    if (c.missing) {
      if (!c.via.includes(target)) broken = true;
      continue;
    }
    if (c.to !== target) continue;
    let min = 100;
    let undisclosed = false;
    let control = true;
    for (let i = 0; i < c.stakes.length; i++) {
      const s = c.stakes[i] ?? null;
      if (s === null) {
        undisclosed = true;
        if (c.controls[i] !== true) control = false;
      } else {
        if (s < min) min = s;
        if (!(s > 50)) control = false;
      }
    }
    if (undisclosed) {
      hidden = true;
      if (control) hiddenControl = true;
    } else if (min > best) best = min;
  }
  if (best >= 100) return { relation: "wholly-owned", controlled: true };
  if (hidden) return { relation: "undisclosed", controlled: hiddenControl };
  if (best < 0) return { relation: broken ? "unknown" : "unrelated", controlled: false };
  return { relation: best > 50 ? "controlled" : "partial", controlled: best > 50 };
}

// ─── Parties ────────────────────────────────────────────────────────────────────────────────────

function sameOwners(a: readonly Ownership[], b: readonly Ownership[]): boolean {
  const key = (os: readonly Ownership[]) => os.map((o) => `${o.id}:${o.stake ?? "?"}`).sort().join(",");
  return key(a) === key(b);
}

interface ChineseLookup {
  readonly given: boolean;
  readonly named: boolean;
  readonly placed: boolean;
  readonly id: string | undefined;
  readonly record: Company | undefined;
}

function lookUpChinese(a: Announcement, registry: Registry): ChineseLookup {
  const p = a.chineseParty;
  if (p === undefined) return { given: false, named: false, placed: false, id: undefined, record: undefined };
  const named = p.id !== undefined || p.name !== undefined;
  let record: Company | undefined;
  let placed = true;
  if (p.id !== undefined) {
    record = registry.getCompany(p.id);
    if (record === undefined) placed = false;
    else if (p.name !== undefined) {
      const byName = registry.findCompany(p.name);
      if (byName.found && byName.record.id !== record.id) placed = false;
    }
  } else if (p.name !== undefined) {
    const r = registry.findCompany(p.name);
    if (r.found) record = r.record;
    else placed = false;
  } else placed = false;
  if (placed && record !== undefined && p.owners !== undefined && !sameOwners(p.owners, record.owners ?? [])) placed = false;
  return { given: true, named, placed: placed && record !== undefined, id: record?.id, record };
}

const HAN = /\p{Script=Han}/u;

interface RussianLookup extends RussianPartyFacts {
  readonly placedId: string | undefined;
  readonly label: string;
}

function lookUpRussian(p: NonNullable<Announcement["russianParties"]>[number], index: number, registry: Registry): RussianLookup {
  let entity: Entity | undefined;
  let company: Company | undefined;
  let doubt = false;
  const resembles = (name: string) => registry.resembleCompany(name) !== undefined;
  /** A name (or a label) the registry does not place that cannot be taken for a Russian partner on its own word. */
  const doubtful = (name: string, lookup: ReturnType<Registry["findEntity"]>) =>
    (!lookup.found && (lookup.problem === "mixed-script" || lookup.problem === "unsupported-script")) || resembles(name) || HAN.test(name);
  if (p.id !== undefined) {
    entity = registry.getEntity(p.id);
    if (entity === undefined) company = registry.getCompany(p.id);
    if (entity === undefined && company === undefined) {
      // An unknown id is only a label the host chose.
      if (p.name !== undefined) {
        const byName = registry.findEntity(p.name);
        const named = byName.found || registry.findCompany(p.name).found;
        doubt = named || doubtful(p.name, byName);
      }
      if (!doubt) doubt = doubtful(p.id, registry.findEntity(p.id));
    } else if (p.name !== undefined) {
      const record = (entity ?? company) as Entity | Company;
      const byName = registry.findEntity(p.name);
      const byCompany = byName.found ? undefined : registry.findCompany(p.name);
      const other = byName.found ? byName.record : byCompany?.found === true ? byCompany.record : undefined;
      if (other !== undefined && other.id !== record.id) doubt = true;
      else if (other === undefined) doubt = resembles(p.name);
    }
  } else if (p.name !== undefined) {
    const r = registry.findEntity(p.name);
    if (r.found) entity = r.record;
    else {
      const c = registry.findCompany(p.name);
      if (c.found) company = c.record;
      else doubt = doubtful(p.name, r);
    }
  }
  const record = entity ?? company;
  if (!doubt && record !== undefined) {
    const knownCountry = entity?.countryOfIncorporation ?? company?.country;
    const knownControl = entity?.russianControl;
    if (p.countryOfIncorporation !== undefined && knownCountry !== undefined && p.countryOfIncorporation !== knownCountry) doubt = true;
    if (p.russianControl !== undefined && knownControl !== undefined && p.russianControl !== knownControl) doubt = true;
    if (p.owners !== undefined && !sameOwners(p.owners, record.owners ?? [])) doubt = true;
  }
  const id = record?.id;
  return {
    named: p.id !== undefined || p.name !== undefined,
    id: id ?? null,
    country: (record === undefined ? p.countryOfIncorporation : (entity?.countryOfIncorporation ?? company?.country ?? p.countryOfIncorporation)) ?? null,
    control: (record === undefined ? p.russianControl : (entity?.russianControl ?? p.russianControl)) ?? null,
    kind: p.kind ?? entity?.kind ?? null,
    chinese: company !== undefined,
    doubt,
    chains: record === undefined ? ownerChains(undefined, p.owners ?? [], registry) : recordChains(record.id, registry),
    placedId: id,
    label: p.name ?? entity?.name ?? company?.name ?? p.id ?? p.description ?? `party ${index}`,
  };
}

// ─── Sources ────────────────────────────────────────────────────────────────────────────────────

/** Lower-case host of an http(s) URL without a trailing dot. */
function hostOf(url: string): string | undefined {
  try {
    const u = new URL(url);
    if (u.protocol !== "http:" && u.protocol !== "https:") return undefined;
    const host = u.hostname.toLowerCase().replace(/\.$/, "");
    return host.length > 0 ? host : undefined;
  } catch {
    return undefined;
  }
}

/** Kinds an outlet found by name is trusted for only on one of its own registered hosts. */
const OUTLET_KINDS = new Set<string>(["news-agency", "cn-state-media", "ru-state-media", "government", "regulatory-filing"]);

/** The parties whose official sites count as their releases (with everything above them in ownership). */
interface Publishers {
  readonly parties: ReadonlySet<string>;
  readonly up: ReadonlySet<string>;
  /** Some party the registry could not place: a company site may be its. */
  readonly unplaced: boolean;
}

function ancestors(id: string, registry: Registry): Set<string> {
  const m = memo(registry).ancestors;
  const known = m.get(id);
  if (known !== undefined) return known;
  const out = new Set<string>([id]);
  m.set(id, out);
  const queue = [id];
  for (let i = 0; i < queue.length && i < 256; i++) {
    for (const o of ownersOf(queue[i] as string, registry) ?? []) {
      if (out.has(o.id)) continue;
      out.add(o.id);
      queue.push(o.id);
    }
  }
  return out;
}

function isPublisher(ownerId: string, pub: Publishers, registry: Registry): boolean {
  if (pub.up.has(ownerId)) return true;
  for (const a of ancestors(ownerId, registry)) if (pub.parties.has(a)) return true;
  return false;
}

/**
 * The channel a source is on, as far as the registry verifies who published it (`unknown` when
 * it cannot). The registry's reading of the URL (or the outlet's name) wins over a declared kind;
 * a declared kind the registry cannot verify is `unknown`; a company's site is a release only
 * when the company is a party (or linked to one by ownership); pages on platforms that carry
 * anyone's content, and unlisted subdomains of company sites, are nobody's by their host.
 * `dates`: the source may date the announcement, which it may not when its kind is `unknown` or
 * rests on the host's word alone (an outlet's name on a URL the registry does not know, or a
 * declared `other` the registry does not recognise).
 * `pub` undefined: without regard to who the parties are (for an intermediary's confirmations).
 */
function classify(s: Source, registry: Registry, pub: Publishers | undefined): { kind: SourceKind | "unknown"; dates: boolean } {
  const host = s.url === undefined ? undefined : hostOf(s.url);
  const match = s.url === undefined ? undefined : registry.matchUrl(s.url);
  const event = s.kind === "public-event" && s.event !== undefined;
  const known = (kind: SourceKind | "unknown") => ({ kind, dates: kind !== "unknown" });
  const hostsWord = (kind: SourceKind) => ({ kind, dates: false });
  if (match !== undefined) {
    if (match.kind === "user-content" || match.kind === "unlisted-subdomain") return known("unknown");
    if (event) return known("public-event");
    if ("outlet" in match) return known(match.kind);
    if ("entity" in match && (match.entity.kind === "ministry" || match.entity.kind === "government-body")) return known("government");
    const owner = "company" in match ? match.company.id : match.entity.id;
    if (pub !== undefined && !isPublisher(owner, pub, registry)) return known(pub.unplaced ? "unknown" : "other");
    return known("company-release");
  }
  if (event && host === undefined) return known("public-event");
  const byName = s.outlet === undefined ? undefined : registry.findOutlet(s.outlet);
  const outlet = byName?.found === true ? byName.record : undefined;
  if (outlet !== undefined) {
    if (host !== undefined && OUTLET_KINDS.has(outlet.kind)) return known("unknown");
    if (outlet.userContent === true) return known("unknown");
    return host === undefined ? known(outlet.kind) : hostsWord(outlet.kind);
  }
  if (s.kind !== undefined && s.kind !== "other") return known("unknown");
  if (s.kind === "other") return hostsWord("other");
  return known("unknown");
}

function sourceFacts(s: Source, registry: Registry, pub: Publishers | undefined): SourceFacts {
  const span = s.publishedAt === undefined ? undefined : timeSpan(s.publishedAt);
  return { ...classify(s, registry, pub), start: span?.start ?? null, end: span?.end ?? null };
}

// ─── The facts ──────────────────────────────────────────────────────────────────────────────────

/** Looks up everything the rules need about one (parsed) announcement. */
export function lookUpFacts(a: Announcement, registry: Registry): Facts {
  const chinese = lookUpChinese(a, registry);
  const russians = (a.russianParties ?? []).map((p, i) => lookUpRussian(p, i, registry));

  const parties = new Set<string>();
  if (chinese.id !== undefined) parties.add(chinese.id);
  for (const r of russians) if (r.placedId !== undefined) parties.add(r.placedId);
  const up = new Set<string>();
  for (const id of parties) for (const x of ancestors(id, registry)) up.add(x);
  const unplaced = (chinese.given && chinese.id === undefined) || russians.some((r) => r.placedId === undefined);
  const pub: Publishers = { parties, up, unplaced };

  const via = a.chineseParty?.intermediary;
  const announced = a.announcedAt === undefined ? undefined : timeSpan(a.announcedAt);
  return {
    id: a.id,
    chineseGiven: chinese.given,
    chineseNamed: chinese.named,
    chinesePlaced: chinese.placed,
    chineseId: chinese.placed ? (chinese.id ?? null) : null,
    chineseChains: chinese.placed && chinese.record !== undefined ? recordChains(chinese.record.id, registry) : [],
    intermediary: via !== undefined,
    intermediaryConfirmed: via?.ultimatePartnerConfirmed ?? null,
    confirmations: (via?.confirmedBy ?? []).map((s) => sourceFacts(s, registry, undefined)),
    russianPartiesGiven: a.russianParties !== undefined,
    russianNamed: russians.some((r) => r.named),
    russianParties: russians.map(({ placedId: _p, label: _l, ...r }) => r),
    researchParty: russians.some((r) => r.kind === "university" || r.kind === "research-institution"),
    instrument: a.instrument ?? null,
    binding: a.binding ?? null,
    aiRole: a.aiRole ?? null,
    activityCount: a.activities === undefined ? null : new Set(a.activities).size,
    includesAdvisory: a.includesAdvisory ?? null,
    specificity: a.specificity ?? null,
    priorRelation: a.priorRelation ?? null,
    publiclyAnnounced: a.publiclyAnnounced ?? null,
    sourceCount: a.sources?.length ?? 0,
    sources: (a.sources ?? []).map((s) => sourceFacts(s, registry, pub)),
    announcedStart: announced?.start ?? null,
    announcedEnd: announced?.end ?? null,
    cancelled: a.cancelled !== undefined,
  };
}
