/**
 * The criteria as json-rules-engine rules over the facts of `facts.ts`.
 *
 * One rule per criterion: C1–C5 and R.window (each a JSON condition tree below, citing its
 * clauses), plus "known at asOf" (an announcement made, or only reported, after asOf is not yet
 * known). Q.all: an announcement qualifies when every rule succeeds. A criterion is written as
 * what makes it MET: anything else, not met or undetermined, is "does not qualify" for a yes/no
 * answer.
 *
 * Runtime facts per run: the announcement's facts, plus the question's `companyId`, `asOf`,
 * `windowStart` and `deadline`. Dynamic facts derive what depends on the question or on asOf:
 * the ownership link of each party to the question's company (read off the recorded chains),
 * the sources published by asOf, and the span the sources date the announcement to.
 *
 * One custom operator, `someMatch` ("some item of the array fact has these fields", each field a
 * value or a list of allowed values, like MongoDB's $elemMatch), which JSON conditions need to
 * quantify over parties and sources. No library code is used beyond the public registry API
 * behind `facts.ts`.
 */
import { Engine, type Almanac, type TopLevelCondition } from "json-rules-engine";
import { type Facts, type SourceFacts, ownershipLink } from "./facts.js";

const DEFAULT_WINDOW_START = Date.parse("2025-01-01T00:00:00Z");
const DEFAULT_DEADLINE = Date.parse("2027-01-01T00:00:00Z");

/** The channels C5 accepts. */
const QUALIFYING_CHANNELS = ["company-release", "government", "news-agency", "cn-state-media", "ru-state-media", "regulatory-filing", "public-event"];
/** The channels credible enough to confirm an intermediary's ultimate partner (R.intermediary). */
const CREDIBLE_CHANNELS = ["news-agency", "cn-state-media", "ru-state-media", "government", "regulatory-filing"];
/** Ownership links to the question's company under which a Russian party is not the company's own (default reading: control through majority stakes makes it its own). */
const NOT_OWN = ["unrelated", "partial"];

// ─── The criteria ───────────────────────────────────────────────────────────────────────────────

/** C1 (C1.named, C1.subsidiary, R.subsidiary) and R.intermediary. */
const C1: TopLevelCondition = {
  all: [
    // The Chinese party is the company itself or wholly owned by it through 100% stakes.
    { fact: "chineseLink", operator: "in", value: ["self", "wholly-owned"] },
    // R.intermediary: not through an intermediary, or credibly confirmed as the ultimate partner.
    {
      any: [
        { fact: "intermediary", operator: "equal", value: false },
        {
          all: [
            { fact: "intermediaryConfirmed", operator: "notEqual", value: false },
            {
              any: [
                { fact: "intermediaryConfirmed", operator: "equal", value: true },
                { fact: "knownConfirmations", operator: "someMatch", value: { kind: CREDIBLE_CHANNELS } },
              ],
            },
          ],
        },
      ],
    },
  ],
};

/** The Russian-entity part of one party, for C2: not the company's own, identity certain, not a Chinese company. */
const partner = (russian: Record<string, unknown>) => ({ ...russian, doubt: false, chinese: false, link: NOT_OWN });

/** C2 (C2.state, C2.private, C2.research, C2.control): some party is a Russian entity, incorporated in Russia or majority Russian-controlled. */
const C2: TopLevelCondition = {
  any: [
    { fact: "linkedRussianParties", operator: "someMatch", value: partner({ country: "RU" }) },
    { fact: "linkedRussianParties", operator: "someMatch", value: partner({ control: "majority" }) },
  ],
};

/** C3 (C3.focus, R.multitech, C3.excl.*, R.research). */
const C3: TopLevelCondition = {
  all: [
    { fact: "aiRole", operator: "in", value: ["focus", "significant-component"] },
    { fact: "activityCount", operator: "greaterThan", value: 0 },
    { fact: "instrument", operator: "notIn", value: ["one-time-purchase", "investment", "academic-exchange"] },
    // C3.excl.consulting: advisory services count only bundled with technical cooperation.
    { any: [{ fact: "includesAdvisory", operator: "notEqual", value: true }, { fact: "activityCount", operator: "greaterThan", value: 0 }] },
    // R.research: with a university or research institution, technical cooperation, not an academic exchange.
    {
      any: [
        { fact: "researchParty", operator: "equal", value: false },
        { all: [{ fact: "instrument", operator: "notEqual", value: "academic-exchange" }, { fact: "activityCount", operator: "greaterThan", value: 0 }] },
      ],
    },
  ],
};

/** Concrete AI intentions: stated as concrete, with listed activities. */
const concrete = [
  { fact: "specificity", operator: "equal", value: "concrete" },
  { fact: "activityCount", operator: "greaterThan", value: 0 },
];

/** C4 (C4.instrument, R.jv, C4.mou, R.government, C4.parties, C4.specific, R.specificity, C4.new, R.expansion). */
const C4: TopLevelCondition = {
  all: [
    {
      any: [
        { fact: "instrument", operator: "in", value: ["agreement", "contract", "strategic-alliance", "cooperation-framework", "joint-venture"] },
        { all: [{ fact: "instrument", operator: "equal", value: "mou" }, ...concrete] },
        { all: [{ fact: "instrument", operator: "equal", value: "government-statement" }, { fact: "chineseNamed", operator: "equal", value: true }, ...concrete] },
      ],
    },
    { fact: "chineseNamed", operator: "equal", value: true },
    { fact: "russianNamed", operator: "equal", value: true },
    { fact: "specificity", operator: "equal", value: "concrete" },
    { fact: "priorRelation", operator: "in", value: ["new", "significant-expansion"] },
  ],
};

/** C5 (C5.release … C5.event, R.public): publicly announced, through a qualifying channel known by asOf. */
const C5: TopLevelCondition = {
  all: [
    { fact: "publiclyAnnounced", operator: "notEqual", value: false },
    { fact: "knownSources", operator: "someMatch", value: { kind: QUALIFYING_CHANNELS } },
  ],
};

/** A span fact lies inside [windowStart, deadline). */
const inWindow = (fact: string, params?: Record<string, unknown>) => [
  { fact, ...(params === undefined ? {} : { params }), path: "$.start", operator: "greaterThanInclusive", value: { fact: "windowStart" } },
  { fact, ...(params === undefined ? {} : { params }), path: "$.end", operator: "lessThanInclusive", value: { fact: "deadline" } },
];

/**
 * R.window: made inside the window. Dated by `announcedAt` when given, unless its sources were
 * surely published before it could have been made and so date it outside the window (the input
 * contradicts itself: undetermined); else by its sources, and then both the span its verified
 * sources give and the span all its sources give must be inside (unverifiable sources, and
 * sources classified only on the host's word, may only make the timing undetermined).
 */
const WINDOW: TopLevelCondition = {
  any: [
    {
      all: [
        { fact: "announcedStart", operator: "greaterThanInclusive", value: { fact: "windowStart" } },
        { fact: "announcedEnd", operator: "lessThanInclusive", value: { fact: "deadline" } },
        // Not contradicted: the sources published by asOf date it to no span, or to one that
        // ends after announcedAt's starts, or to one that is inside the window too.
        {
          any: [
            { fact: "sourceSpan", params: { verifiedOnly: false }, path: "$.end", operator: "equal", value: null },
            { fact: "sourceSpan", params: { verifiedOnly: false }, path: "$.end", operator: "greaterThan", value: { fact: "announcedStart" } },
            { all: inWindow("sourceSpan", { verifiedOnly: false }) },
          ],
        },
      ],
    },
    {
      all: [
        { fact: "announcedStart", operator: "equal", value: null },
        ...inWindow("sourceSpan", { verifiedOnly: true }),
        ...inWindow("sourceSpan", { verifiedOnly: false }),
      ],
    },
  ],
};

/** Known at asOf: made by then, and, if it has sources, one of them published by then. */
const KNOWN: TopLevelCondition = {
  all: [
    { any: [{ fact: "announcedStart", operator: "equal", value: null }, { fact: "announcedStart", operator: "lessThanInclusive", value: { fact: "asOf" } }] },
    { any: [{ fact: "sourceCount", operator: "equal", value: 0 }, { fact: "knownSources", operator: "someMatch", value: {} }] },
  ],
};

/**
 * One rule per criterion, cheapest and most decisive first (higher priority runs first). Q.all:
 * an announcement qualifies only if every rule succeeds; the first rule that fails stops the run.
 */
const RULES: readonly { name: string; conditions: TopLevelCondition }[] = [
  { name: "C1", conditions: C1 },
  { name: "known", conditions: KNOWN },
  { name: "C3", conditions: C3 },
  { name: "C4", conditions: C4 },
  { name: "R.window", conditions: WINDOW },
  { name: "C5", conditions: C5 },
  { name: "C2", conditions: C2 },
];

// ─── Engine ─────────────────────────────────────────────────────────────────────────────────────

/** Whether an item has the fields of a template (a field given as an array is a list of allowed values). */
function matches(item: Record<string, unknown>, template: Record<string, unknown>): boolean {
  for (const key in template) {
    const want = template[key];
    const got = item[key];
    if (Array.isArray(want) ? !want.includes(got) : got !== want) return false;
  }
  return true;
}

/** Published by asOf: a source dated to a span counts once the whole span has passed; an undated one is kept. */
const publishedBy = (s: SourceFacts, asOf: number) => s.end === null || s.end - 1 <= asOf;

/**
 * The engine with the rules, the operator and the dynamic facts. Reuse it across runs, one run at
 * a time: a failing rule stops the engine's current run (`engine.stop()`), and the next `run()`
 * starts it again.
 */
export function createJreEngine(): Engine {
  const engine = new Engine([], { allowUndefinedFacts: false });
  engine.addOperator<unknown[], Record<string, unknown>>("someMatch", (items, template) => Array.isArray(items) && items.some((x) => matches(x as Record<string, unknown>, template)));

  engine.addFact("chineseLink", async (_params: Record<string, unknown>, almanac: Almanac) => {
    const placed = await almanac.factValue<boolean>("chinesePlaced");
    if (!placed) return null;
    const [id, chains, companyId] = await Promise.all([almanac.factValue<string>("chineseId"), almanac.factValue<Facts["chineseChains"]>("chineseChains"), almanac.factValue<string>("companyId")]);
    return ownershipLink(id, chains, companyId).relation;
  });
  engine.addFact("linkedRussianParties", async (_params: Record<string, unknown>, almanac: Almanac) => {
    const [parties, companyId] = await Promise.all([almanac.factValue<Facts["russianParties"]>("russianParties"), almanac.factValue<string>("companyId")]);
    return parties.map((p) => ({ country: p.country, control: p.control, doubt: p.doubt, chinese: p.chinese, link: ownershipLink(p.id, p.chains, companyId).relation }));
  });
  engine.addFact("knownSources", async (_params: Record<string, unknown>, almanac: Almanac) => {
    const [sources, asOf] = await Promise.all([almanac.factValue<Facts["sources"]>("sources"), almanac.factValue<number>("asOf")]);
    return sources.filter((s) => publishedBy(s, asOf));
  });
  engine.addFact("knownConfirmations", async (_params: Record<string, unknown>, almanac: Almanac) => {
    const [sources, asOf] = await Promise.all([almanac.factValue<Facts["confirmations"]>("confirmations"), almanac.factValue<number>("asOf")]);
    return sources.filter((s) => publishedBy(s, asOf));
  });
  // The span the sources date the announcement to, as first made public: from the earliest
  // possible to the earliest sure publication, over sources that may have appeared by asOf;
  // `verifiedOnly`: only sources whose publisher the registry establishes (not on the host's word).
  engine.addFact("sourceSpan", async (params: Record<string, unknown>, almanac: Almanac) => {
    const [sources, asOf] = await Promise.all([almanac.factValue<Facts["sources"]>("sources"), almanac.factValue<number>("asOf")]);
    let start: number | null = null;
    let end: number | null = null;
    for (const s of sources) {
      if (s.start === null || s.end === null || s.start > asOf) continue;
      if (params.verifiedOnly === true && !s.dates) continue;
      if (start === null || s.start < start) start = s.start;
      if (end === null || s.end < end) end = s.end;
    }
    return { start, end };
  });

  RULES.forEach((r, i) => engine.addRule({ ...r, priority: RULES.length - i, event: { type: r.name } }));
  // Q.all: once a criterion fails the announcement cannot qualify, so the rest are not run.
  engine.on("failure", () => {
    engine.stop();
  });
  return engine;
}

/**
 * For each announcement's facts, whether it qualifies for the question about `companyId` as of
 * `asOf` (epoch ms), under the series' default window. Runs the engine once per announcement.
 */
export async function jreQualifies(engine: Engine, facts: readonly Facts[], companyId: string, asOf: number): Promise<boolean[]> {
  const out: boolean[] = [];
  const question = { companyId, asOf, windowStart: DEFAULT_WINDOW_START, deadline: DEFAULT_DEADLINE };
  for (const f of facts) {
    const { events } = await engine.run({ ...f, ...question });
    out.push(events.length === RULES.length);
  }
  return out;
}
