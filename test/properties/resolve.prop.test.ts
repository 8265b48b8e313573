/**
 * Property tests of resolve / resolveSeries over generated schema-valid input (see arbitraries.ts).
 * `PROP_RUNS` sets the generated cases per property (default 50; 2,000 in `npm run test:long`); `FC_SEED` replays a failure.
 */
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import {
  Announcement,
  CLAUSE_IDS,
  type QuestionInput,
  type Readings,
  type Resolution,
  evaluateAnnouncement,
  resolve,
  resolveSeries,
  safeResolve,
  safeResolveSeries,
} from "../../src/index.js";
import { registry } from "../fixtures.js";
import {
  anyAnnouncement,
  announcement,
  announcements,
  asOf,
  deepFreeze,
  epoch,
  question,
  readings,
  resolveInput,
  runs,
  timeoutFor,
} from "./arbitraries.js";

type Input = { question: QuestionInput; announcements: Announcement[]; asOf: string | Date | number; readings: Partial<Readings> | undefined };

const run = (i: Input, announcementsOverride?: readonly Announcement[], asOfOverride?: string | Date | number): Resolution =>
  resolve({
    question: i.question,
    announcements: announcementsOverride ?? i.announcements,
    asOf: asOfOverride ?? i.asOf,
    registry,
    ...(i.readings === undefined ? {} : { readings: i.readings }),
  });

/** What decides a YES: the outcome, the deciding announcement and instant, and every qualifying id. */
const yesView = (r: Resolution) => ({ outcome: r.outcome, deciding: r.deciding?.announcementId, at: r.deciding?.at, qualifying: r.qualifying });

const known = new Set<string>(CLAUSE_IDS);
function expectKnownClauses(where: string, clauses: readonly string[], nonEmpty = true): void {
  if (nonEmpty) expect(clauses.length, `${where} cites no clause`).toBeGreaterThan(0);
  for (const c of clauses) expect(known.has(c), `${where} cites unknown clause ${c}`).toBe(true);
}

const T = timeoutFor();

describe("order independence", () => {
  test.prop([resolveInput, fc.infiniteStream(fc.nat())], runs())(
    "the whole result does not depend on the order of announcements (distinct ids)",
    (input, rand) => {
      const shuffled = [...input.announcements];
      for (let i = shuffled.length - 1; i > 0; i--) {
        const j = (rand.next().value as number) % (i + 1);
        [shuffled[i], shuffled[j]] = [shuffled[j] as Announcement, shuffled[i] as Announcement];
      }
      expect(run(input, shuffled)).toStrictEqual(run(input));
      expect(run(input, [...input.announcements].reverse())).toStrictEqual(run(input));
    },
    T,
  );

  // Announcement ids are not required to be unique. Two announcements sharing an id (say, two
  // reports of one deal) must still give a result that does not depend on their order.
  test.prop([resolveInput, fc.array(announcement, { minLength: 1, maxLength: 3 })], runs())(
    "the whole result does not depend on the order of announcements (shared ids)",
    (input, extra) => {
      const first = input.announcements[0];
      const clashing = extra.map((a) => ({ ...a, id: first?.id ?? a.id }));
      const all = [...input.announcements, ...clashing];
      expect(run(input, [...all].reverse())).toStrictEqual(run(input, all));
    },
    T,
  );
});

describe("monotonicity", () => {
  test.prop([resolveInput, fc.uniqueArray(announcement, { selector: (a) => a.id, maxLength: 3 })], runs())(
    "adding announcements never turns YES into anything else; adding non-qualifying ones changes nothing about the YES",
    (input, extra) => {
      const base = run(input);
      const ids = new Set(input.announcements.map((a) => a.id));
      const fresh = extra.map((a, i) => {
        if (!ids.has(a.id)) return a;
        let id = `extra-${i}`;
        while (ids.has(id)) id += "+";
        return { ...a, id };
      });
      const after = run(input, [...input.announcements, ...fresh]);
      if (base.outcome === "YES") expect(after.outcome).toBe("YES");
      const nonQualifying = fresh.filter((a) => run(input, [a]).qualifying.length === 0);
      const afterNq = run(input, [...input.announcements, ...nonQualifying]);
      if (base.outcome === "YES") expect(yesView(afterNq)).toStrictEqual(yesView(base));
      // And in general: a non-qualifying addition never creates or removes a qualifying announcement.
      expect(afterNq.qualifying).toStrictEqual(base.qualifying);
    },
    T,
  );

  test.prop([resolveInput, fc.array(fc.nat(7), { minLength: 1, maxLength: 8 })], runs())(
    "duplicates (the same announcement again) change nothing about the outcome",
    (input, picks) => {
      const base = run(input);
      if (input.announcements.length === 0) return;
      const dups = picks.map((p) => input.announcements[p % input.announcements.length] as Announcement);
      const withDups = run(input, [...input.announcements, ...dups]);
      expect(withDups.outcome).toBe(base.outcome);
      expect(withDups.deciding?.announcementId).toBe(base.deciding?.announcementId);
      expect(withDups.deciding?.at).toBe(base.deciding?.at);
      expect(new Set(withDups.qualifying)).toStrictEqual(new Set(base.qualifying));
    },
    T,
  );

  test.prop([resolveInput, epoch, epoch], runs())(
    "YES at asOf t implies YES at any later asOf, and what qualifies at t still qualifies later",
    (input, t1, t2) => {
      const [early, late] = t1 <= t2 ? [t1, t2] : [t2, t1];
      const a = run(input, undefined, early);
      const b = run(input, undefined, late);
      if (a.outcome === "YES") expect(b.outcome).toBe("YES");
      for (const id of a.qualifying) expect(b.qualifying).toContain(id);
    },
    T,
  );
});

describe("determinism and purity", () => {
  test.prop([resolveInput], runs())(
    "the same input gives a deeply equal result",
    (input) => {
      const again: Input = structuredClone(input);
      expect(run(again)).toStrictEqual(run(input));
      expect(run(input)).toStrictEqual(run(input));
    },
    T,
  );

  test.prop([resolveInput], runs())(
    "inputs are never mutated: deep-frozen input works, and a clone taken before equals the input after",
    (input) => {
      const before = structuredClone(input);
      const registryBefore = structuredClone({ c: registry.companies, e: registry.entities, o: registry.outlets });
      const plain = run(input);
      expect(input).toStrictEqual(before);
      expect({ c: registry.companies, e: registry.entities, o: registry.outlets }).toStrictEqual(registryBefore);

      const frozen = deepFreeze(structuredClone(input));
      expect(run(frozen)).toStrictEqual(plain);
      const series = resolveSeries({ questions: [frozen.question], announcements: frozen.announcements, asOf: frozen.asOf, registry, ...(frozen.readings === undefined ? {} : { readings: frozen.readings }) });
      expect(series.resolutions[0]).toStrictEqual(plain);
      expect(frozen).toStrictEqual(before);
    },
    T,
  );

  test.prop([resolveInput], runs())(
    "the result is plain data that survives structuredClone and JSON unchanged in meaning",
    (input) => {
      const r = run(input);
      expect(structuredClone(r)).toStrictEqual(r);
      const json = JSON.parse(JSON.stringify(r)) as Resolution;
      expect(JSON.stringify(json)).toBe(JSON.stringify(r));
      expect(json.outcome).toBe(r.outcome);
    },
    T,
  );
});

describe("clause citations", () => {
  test.prop([resolveInput], runs())(
    "every verdict cites at least one existing clause, and so does every reason, evaluation and resolution",
    (input) => {
      const r = run(input);
      expectKnownClauses("resolution", r.clauses);
      for (const item of r.needsReview) for (const c of item.criteria) expectKnownClauses(`needsReview ${item.announcementId}.${c.criterion}`, c.clauses);
      for (const e of r.evaluations) {
        expectKnownClauses(`evaluation ${e.announcementId}`, e.clauses);
        for (const [name, v] of Object.entries(e.verdicts)) {
          expectKnownClauses(`${e.announcementId}.${name}`, v.clauses);
          expect(v.reasons.length, `${e.announcementId}.${name} has no reason`).toBeGreaterThan(0);
          for (const reason of v.reasons) expectKnownClauses(`${e.announcementId}.${name}.${reason.code}`, reason.clauses);
          expect(v.summary.length).toBeGreaterThan(0);
        }
      }
    },
    T,
  );

  test.prop([anyAnnouncement, question, fc.option(asOf, { nil: undefined }), readings], runs())(
    "evaluateAnnouncement on any valid announcement cites existing clauses and agrees with resolve",
    (a, q, at, rd) => {
      // Evaluators take parsed announcements (Text fields trimmed), as resolve does internally.
      const e = evaluateAnnouncement(Announcement.parse(a), { question: q, registry, ...(at === undefined ? {} : { asOf: at }), ...(rd === undefined ? {} : { readings: rd }) });
      expectKnownClauses("evaluation", e.clauses);
      for (const v of Object.values(e.verdicts)) {
        expectKnownClauses(v.criterion, v.clauses);
        for (const reason of v.reasons) expectKnownClauses(`${v.criterion}.${reason.code}`, reason.clauses);
      }
      expect(e.status === "qualifies").toBe(e.failed.length === 0 && e.unsettled.length === 0);
      if (at !== undefined) {
        const r = resolve({ question: q, announcements: [a], asOf: at, registry, ...(rd === undefined ? {} : { readings: rd }) });
        const inResolution = r.evaluations.find((x) => x.announcementId === a.id);
        if (inResolution !== undefined) expect(inResolution).toStrictEqual(e);
      }
    },
    T,
  );
});

describe("safe entry points and the series", () => {
  test.prop([resolveInput], runs())(
    "safeResolve always succeeds on generated valid input, and agrees with resolve",
    (input) => {
      const r = safeResolve({ question: input.question, announcements: input.announcements, asOf: input.asOf, registry, readings: input.readings });
      if (!r.success) expect.fail(JSON.stringify(r.issues, null, 2));
      expect(r.data).toStrictEqual(run(input));
    },
    T,
  );

  test.prop([fc.array(question, { minLength: 0, maxLength: 4 }), announcements(), asOf, readings], runs())(
    "resolveSeries agrees with resolve per question",
    (questions, anns, at, rd) => {
      const s = safeResolveSeries({ questions, announcements: anns, asOf: at, registry, ...(rd === undefined ? {} : { readings: rd }) });
      if (!s.success) expect.fail(JSON.stringify(s.issues, null, 2));
      expect(s.data.resolutions).toHaveLength(questions.length);
      expect(s.data.registryVersion).toBe(registry.version);
      // With questions about several companies, announcements whose Chinese party cannot be
      // placed are evaluated once and listed once (series.unplaced); each question lists their ids.
      const several = new Set(questions.map((q) => q.companyId)).size > 1;
      const unplaced = new Map(s.data.unplaced.map((u) => [u.announcementId, u]));
      questions.forEach((q, i) => {
        const single = resolve({ question: q, announcements: anns, asOf: at, registry, ...(rd === undefined ? {} : { readings: rd }) });
        const got = s.data.resolutions[i] as Resolution;
        expect(s.data.asOf).toBe(single.asOf);
        if (!several) {
          expect(got).toStrictEqual(single);
          expect(s.data.unplaced).toEqual([]);
          return;
        }
        const isUnplaced = (id: string) => unplaced.has(id) || got.unplaced.includes(id);
        const rest = <T extends { announcementId: string }>(xs: readonly T[]) => xs.filter((x) => !isUnplaced(x.announcementId));
        expect({ ...got, evaluations: [], needsReview: [], unplaced: [], summary: "" }).toStrictEqual({ ...single, evaluations: [], needsReview: [], unplaced: [], summary: "" });
        if (got.outcome !== "NEEDS_REVIEW") expect(got.summary).toBe(single.summary);
        expect(got.evaluations).toStrictEqual(rest(single.evaluations));
        expect(got.needsReview).toStrictEqual(rest(single.needsReview));
        expect([...got.unplaced].sort()).toEqual(single.needsReview.filter((r) => isUnplaced(r.announcementId)).map((r) => r.announcementId).sort());
        for (const id of got.unplaced) expect(unplaced.get(id)?.mightBe).toContain(q.companyId);
      });
    },
    T,
  );
});
