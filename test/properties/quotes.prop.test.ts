/**
 * Quotes are evidence for reviewers, never a fact the criteria judge: adding quotes to any
 * announcements changes no status, reason, clause or outcome, only the evidence cited.
 * `PROP_RUNS` sets the generated cases (default 50); `FC_SEED` replays a failure.
 */
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { type Announcement, type Resolution, resolve } from "../../src/index.js";
import { registry } from "../fixtures.js";
import { announcements, asOf, question, runs, timeoutFor, withQuotes } from "./arbitraries.js";

/** A resolution without the evidence of its evaluations: what quotes must not change. */
function judged(r: Resolution) {
  return {
    outcome: r.outcome,
    clauses: r.clauses,
    summary: r.summary,
    deciding: r.deciding?.announcementId,
    qualifying: r.qualifying,
    needsReview: r.needsReview,
    evaluations: r.evaluations.map((e) => ({
      id: e.announcementId,
      status: e.status,
      clauses: e.clauses,
      summary: e.summary,
      verdicts: Object.values(e.verdicts).map((v) => ({ status: v.status, clauses: v.clauses, reasons: v.reasons, summary: v.summary, evidence: v.evidence.filter((x) => x.type !== "quote") })),
    })),
  };
}

const quoted = (list: Announcement[]) => fc.tuple(...list.map(withQuotes)).map((xs) => xs as Announcement[]);

describe("adding quotes never changes a verdict", () => {
  test.prop([fc.tuple(question, announcements(6), asOf).chain(([q, list, at]) => quoted(list).map((withQ) => [q, list, withQ, at] as const))], runs(0.5))(
    "the same statuses, reasons, clauses and outcome, with or without quotes",
    ([q, list, withQ, at]) => {
      const plain = resolve({ question: q, announcements: list, asOf: at, registry });
      const cited = resolve({ question: q, announcements: withQ, asOf: at, registry });
      expect(judged(cited)).toEqual(judged(plain));
    },
    timeoutFor(0.5),
  );
});
