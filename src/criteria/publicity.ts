import type { ClauseId } from "../models/clause.js";
import type { Announcement, Source } from "../models/announcement.js";
import type { SourceKind } from "../models/outlet.js";
import { hostOf } from "../registry/normalize.js";
import { toTimeSpan } from "../time/interval.js";
import { type ChineseFacts, type RussianFacts, chineseFacts, russianFacts } from "./parties.js";
import { type EvaluationContext, type PreparedContext, prepareContext } from "./context.js";
import { type CriterionStatus, type CriterionVerdict, type Evidence, type Reason, anyOf, makeVerdict } from "./verdict.js";

/** The C5 clause each kind of source meets. @internal */
export const SOURCE_CLAUSE: Record<Exclude<SourceKind, "other">, ClauseId> = {
  "company-release": "C5.release",
  government: "C5.government",
  "news-agency": "C5.agency",
  "cn-state-media": "C5.cn-media",
  "ru-state-media": "C5.ru-media",
  "regulatory-filing": "C5.filing",
  "public-event": "C5.event",
};

const C5_ALL: readonly ClauseId[] = Object.values(SOURCE_CLAUSE);

const OUTLET_KINDS = new Set<SourceKind>(["news-agency", "cn-state-media", "ru-state-media", "government", "regulatory-filing"]);

/** How one source was classified, and why. @internal */
export interface SourceClass {
  readonly kind: SourceKind | "unknown";
  readonly how: string;
}

/**
 * The parties of an announcement (`parties`) and those plus every record above them in the
 * ownership graph (`up`): an official site counts as a release when its owner is in `up` or
 * sits below a party. @internal
 */
export type ReleasePublishers = { readonly parties: ReadonlySet<string>; readonly up: ReadonlySet<string> } | undefined;

/**
 * Classifies a source. What the registry knows of its URL host or outlet name wins over a
 * declared kind; a declared outlet kind that names a host or outlet the registry does not know
 * as such is not taken on trust. An official site counts as a release only when its owner is a
 * party (or linked to one by ownership): a bystander's site does not. @internal
 */
export function classifySource(s: Source, ctx: PreparedContext, publishers?: ReleasePublishers): SourceClass {
  const host = s.url === undefined ? undefined : hostOf(s.url);
  const byHost = host === undefined ? undefined : ctx.registry.matchHost(host);
  if (byHost !== undefined) {
    if ("outlet" in byHost) return agree(s, byHost.kind, `${host} is ${byHost.outlet.name}`);
    const owner = "company" in byHost ? byHost.company : byHost.entity;
    const official = "entity" in byHost && (byHost.entity.kind === "ministry" || byHost.entity.kind === "government-body");
    if (official) return agree(s, "government", `${host} is the site of ${owner.name}`);
    if (publishers !== undefined && !isPublisher(owner.id, publishers, ctx)) {
      return { kind: "other", how: `${host} is the site of ${owner.name}, which is not a party to the announcement` };
    }
    return agree(s, "company-release", `${host} is the site of ${owner.name}`);
  }
  const byName = s.outlet === undefined ? undefined : ctx.registry.findOutlet(s.outlet);
  const outlet = byName?.found === true ? byName.record : undefined;
  // A qualifying outlet's name on a URL the registry does not know is not taken on trust.
  if (host !== undefined && outlet !== undefined && OUTLET_KINDS.has(outlet.kind)) {
    return { kind: "unknown", how: `${host} is not a known domain of ${outlet.name}` };
  }
  if (outlet !== undefined) return agree(s, outlet.kind, `${s.outlet} is ${outlet.name}`);
  if (s.kind !== undefined) {
    const claimed = host ?? s.outlet;
    if (claimed !== undefined && OUTLET_KINDS.has(s.kind) && ctx.registry.outlets.length > 0) {
      return { kind: "unknown", how: `declared ${s.kind}, but \`${claimed}\` is not a known outlet of that kind` };
    }
    return { kind: s.kind, how: `declared ${s.kind}` };
  }
  const what = s.url ?? s.outlet ?? s.event;
  return { kind: "unknown", how: what === undefined ? "the source gives no kind, outlet or URL" : `\`${what}\` is not a known outlet` };
}

/** The registry's kind, noting when it overrides a declared one (an event stays an event). */
function agree(s: Source, kind: SourceKind, how: string): SourceClass {
  if (s.kind === "public-event") return { kind: "public-event", how };
  if (s.kind !== undefined && s.kind !== kind) return { kind, how: `${how} (${kind} in the registry), not ${s.kind} as declared` };
  return { kind, how };
}

/** The ids of `id` and every record above it in the ownership graph (bounded). */
function ancestors(id: string, ctx: PreparedContext): Set<string> {
  const out = new Set<string>([id]);
  const queue = [id];
  for (let i = 0; i < queue.length && i < 256; i++) {
    const current = queue[i] as string;
    const owners = ctx.registry.getCompany(current)?.owners ?? ctx.registry.getEntity(current)?.owners ?? [];
    for (const o of owners) {
      if (out.has(o.id)) continue;
      out.add(o.id);
      queue.push(o.id);
    }
  }
  return out;
}

function isPublisher(id: string, publishers: NonNullable<ReleasePublishers>, ctx: PreparedContext): boolean {
  if (publishers.up.has(id)) return true;
  for (const a of ancestors(id, ctx)) if (publishers.parties.has(a)) return true;
  return false;
}

/** The publishers whose sites count as official releases for these parties. @internal */
export function releasePublishers(
  chinese: ChineseFacts | undefined,
  russians: readonly RussianFacts[] | undefined,
  ctx: PreparedContext,
): ReleasePublishers {
  const parties = new Set<string>();
  for (const id of [chinese?.id, ...(russians ?? []).map((p) => p.id)]) if (id !== undefined) parties.add(id);
  const up = new Set<string>();
  for (const id of parties) for (const a of ancestors(id, ctx)) up.add(a);
  return { parties, up };
}

/** The evidence entry for one source. @internal */
export function sourceEvidence(s: Source, index: number, kind: SourceKind | "unknown"): Evidence {
  return {
    type: "source",
    index,
    kind,
    ...(s.outlet === undefined ? {} : { outlet: s.outlet }),
    ...(s.url === undefined ? {} : { url: s.url }),
    ...(s.event === undefined ? {} : { event: s.event }),
  };
}

/**
 * Whether a source was surely published by `asOf`: a source dated only to a day or month
 * counts once that whole span has passed. A source of unknown date is kept. @internal
 */
export function publishedBy(s: Source, asOf: number | undefined): boolean {
  if (asOf === undefined || s.publishedAt === undefined) return true;
  const span = toTimeSpan(s.publishedAt);
  return span === undefined || span.end - 1 <= asOf;
}

/**
 * C5: was the partnership publicly announced through at least one qualifying channel? An
 * official company release (C5.release), a Chinese or Russian government announcement
 * (C5.government), Reuters, Bloomberg, AP, AFP, BBC, FT or WSJ (C5.agency), Chinese state media
 * (C5.cn-media), Russian state media (C5.ru-media), a regulatory filing (C5.filing) or an
 * official statement at a public event (C5.event). Any other outlet alone does not qualify, and
 * a partnership never publicly announced does not count (R.public). Sources published after
 * `asOf` are not yet known.
 *
 * @example
 * ```ts
 * evaluatePublicity(
 *   { id: "a1", sources: [{ url: "https://tass.com/economy/2000001" }] },
 *   { question: { companyId: "alibaba" } },
 * ).clauses; // ["C5.ru-media"]
 * ```
 * @example
 * ```ts
 * // A blog alone is not enough.
 * evaluatePublicity({ id: "a2", sources: [{ kind: "other", url: "https://example.org/post" }] }, { question: { companyId: "alibaba" } }).status; // "not-met"
 * ```
 */
export function evaluatePublicity(announcement: Announcement, context: EvaluationContext): CriterionVerdict {
  const ctx = prepareContext(context);
  const publishers = releasePublishers(chineseFacts(announcement, ctx.registry), russianFacts(announcement, ctx.registry), ctx);
  return publicityVerdict(announcement, ctx, publishers);
}

/** @internal */
export function publicityVerdict(a: Announcement, ctx: PreparedContext, publishers?: ReleasePublishers): CriterionVerdict {
  const reasons: Reason[] = [];
  const evidence: Evidence[] = [];
  if (a.publiclyAnnounced === false) {
    reasons.push({ code: "NOT_PUBLIC", status: "not-met", clauses: ["R.public"], message: "The partnership was not publicly announced." });
    return makeVerdict("publicity", "not-met", reasons, evidence);
  }
  const statuses: CriterionStatus[] = [];
  const sources = a.sources ?? [];
  let later = 0;
  sources.forEach((s, i) => {
    if (!publishedBy(s, ctx.asOf)) {
      later++;
      return;
    }
    const c = classifySource(s, ctx, publishers);
    evidence.push(sourceEvidence(s, i, c.kind));
    const label = s.outlet ?? s.event ?? s.url ?? `source ${i}`;
    if (c.kind === "unknown") {
      const status = ctx.readings.unrecognizedSource === "not-met" ? "not-met" : "undetermined";
      statuses.push(status);
      reasons.push({ code: "SOURCE_UNRECOGNIZED", status, clauses: C5_ALL, message: `Source ${i} (${label}) cannot be classified: ${c.how}.` });
    } else if (c.kind === "other") {
      statuses.push("not-met");
      reasons.push({ code: "SOURCE_NOT_QUALIFYING", status: "not-met", clauses: C5_ALL, message: `Source ${i} (${label}) is not among the qualifying channels (${c.how}).` });
    } else {
      statuses.push("met");
      reasons.push({ code: "SOURCE_QUALIFIES", status: "met", clauses: [SOURCE_CLAUSE[c.kind]], message: `Source ${i} (${label}) qualifies as ${KIND_WORDS[c.kind]} (${c.how}).` });
    }
  });
  if (statuses.length === 0) {
    const status = "undetermined";
    const tail = later > 0 ? ` (${later} published after asOf ${new Date(ctx.asOf ?? 0).toISOString()} ${later === 1 ? "is" : "are"} not yet known)` : "";
    reasons.push({ code: "SOURCES_MISSING", status, clauses: ["R.public"], message: `No source is given for the announcement${tail}.` });
    return makeVerdict("publicity", status, reasons, evidence);
  }
  return makeVerdict("publicity", anyOf(statuses), reasons, evidence);
}

const KIND_WORDS: Record<Exclude<SourceKind, "other">, string> = {
  "company-release": "an official company release",
  government: "a government announcement",
  "news-agency": "coverage by a named international agency",
  "cn-state-media": "Chinese state media",
  "ru-state-media": "Russian state media",
  "regulatory-filing": "a regulatory filing",
  "public-event": "an official statement at a public event",
};
