/**
 * The hand-written floor: parse with the schema, look the facts up (`facts.ts`), then plain
 * `if`s, synchronously. A criterion that is not met, or that a human would have to settle, makes
 * the announcement not qualify. Default window [2025-01-01T00:00:00Z, 2027-01-01T00:00:00Z).
 */
import { Announcement, type Registry } from "../lib.js";
import { type Facts, type SourceFacts, lookUpFacts, ownershipLink } from "./facts.js";

const WINDOW_START = Date.parse("2025-01-01T00:00:00Z");
const DEADLINE = Date.parse("2027-01-01T00:00:00Z");

const QUALIFYING_INSTRUMENTS = new Set(["agreement", "contract", "strategic-alliance", "cooperation-framework", "joint-venture"]);
const CHANNELS = new Set(["company-release", "government", "news-agency", "cn-state-media", "ru-state-media", "regulatory-filing", "public-event"]);
const CREDIBLE = new Set(["news-agency", "cn-state-media", "ru-state-media", "government", "regulatory-filing"]);

const publishedBy = (s: SourceFacts, asOf: number) => s.end === null || s.end - 1 <= asOf;

/** Everything but the company: C2's Russian-entity part is per question, so it is checked in {@link companyParts}. */
function questionFree(f: Facts, asOf: number): boolean {
  // Known at asOf.
  if (f.announcedStart !== null && f.announcedStart > asOf) return false;
  if (f.sourceCount > 0 && !f.sources.some((s) => publishedBy(s, asOf))) return false;

  // C3
  if (f.aiRole !== "focus" && f.aiRole !== "significant-component") return false;
  if (f.activityCount === null || f.activityCount === 0) return false;
  if (f.instrument === "one-time-purchase" || f.instrument === "investment" || f.instrument === "academic-exchange") return false;

  // C4
  const concrete = f.specificity === "concrete";
  if (f.instrument === null) return false;
  if (!QUALIFYING_INSTRUMENTS.has(f.instrument)) {
    if (f.instrument === "mou") {
      if (!concrete) return false;
    } else if (f.instrument === "government-statement") {
      if (!f.chineseNamed || !concrete) return false;
    } else return false;
  }
  if (!f.chineseNamed || !f.russianNamed) return false;
  if (!concrete) return false;
  if (f.priorRelation !== "new" && f.priorRelation !== "significant-expansion") return false;

  // C5
  if (f.publiclyAnnounced === false) return false;
  if (!f.sources.some((s) => CHANNELS.has(s.kind) && publishedBy(s, asOf))) return false;

  // R.window: the span all sources published by asOf date it to (earliest start to earliest
  // end), and the span those that may date it (publisher established) give.
  let sureStart = Infinity;
  let sureEnd = Infinity;
  let allStart = Infinity;
  let allEnd = Infinity;
  for (const s of f.sources) {
    if (s.start === null || s.end === null || s.start > asOf) continue;
    allStart = Math.min(allStart, s.start);
    allEnd = Math.min(allEnd, s.end);
    if (!s.dates) continue;
    sureStart = Math.min(sureStart, s.start);
    sureEnd = Math.min(sureEnd, s.end);
  }
  if (f.announcedStart !== null && f.announcedEnd !== null) {
    if (f.announcedStart < WINDOW_START || f.announcedEnd > DEADLINE) return false;
    // Sources surely published before announcedAt could have been contradict it: undetermined
    // where they place it otherwise (outside the window).
    if (allEnd <= f.announcedStart && (allStart < WINDOW_START || allEnd > DEADLINE)) return false;
  } else {
    if (sureStart === Infinity) return false;
    if (sureStart < WINDOW_START || sureEnd > DEADLINE) return false;
    if (allStart < WINDOW_START || allEnd > DEADLINE) return false;
  }

  // R.intermediary (part of C1, but not about the company)
  if (f.intermediary) {
    if (f.intermediaryConfirmed === false) return false;
    if (f.intermediaryConfirmed !== true && !f.confirmations.some((s) => CREDIBLE.has(s.kind) && publishedBy(s, asOf))) return false;
  }
  return true;
}

/** C1 and C2 for one company. */
function companyParts(f: Facts, companyId: string): boolean {
  // C1
  if (!f.chinesePlaced) return false;
  const link = ownershipLink(f.chineseId, f.chineseChains, companyId).relation;
  if (link !== "self" && link !== "wholly-owned") return false;
  // C2
  for (const p of f.russianParties) {
    if (p.doubt || p.chinese) continue;
    if (p.country !== "RU" && p.control !== "majority") continue;
    const own = ownershipLink(p.id, p.chains, companyId).relation;
    if (own === "unrelated" || own === "partial") return true;
  }
  return false;
}

function parse(raw: readonly unknown[]): (Announcement | undefined)[] {
  return raw.map((x) => {
    const r = Announcement.safeParse(x);
    return r.success ? r.data : undefined;
  });
}

/** Whether each raw announcement qualifies for the question about `companyId` as of `asOf` (epoch ms). */
export function floorQualifies(raw: readonly unknown[], companyId: string, registry: Registry, asOf: number): boolean[] {
  return parse(raw).map((a) => {
    if (a === undefined) return false;
    const f = lookUpFacts(a, registry);
    return companyParts(f, companyId) && questionFree(f, asOf);
  });
}

/** Like {@link floorQualifies} for several companies: `result[q][i]` for `companyIds[q]` and `raw[i]`. Parses and looks up once per announcement. */
export function floorQualifiesSeries(raw: readonly unknown[], companyIds: readonly string[], registry: Registry, asOf: number): boolean[][] {
  const out = companyIds.map(() => new Array<boolean>(raw.length).fill(false));
  parse(raw).forEach((a, i) => {
    if (a === undefined) return;
    const f = lookUpFacts(a, registry);
    if (!questionFree(f, asOf)) return;
    companyIds.forEach((c, q) => {
      if (companyParts(f, c)) (out[q] as boolean[])[i] = true;
    });
  });
  return out;
}
