/**
 * Properties of trust and identity (see docs/reliability.md, "What is taken on trust"):
 * - YES is never withdrawn by the passage of time (R.multiple, R.cancelled);
 * - an unknown identity makes a criterion undetermined, never not-met (no silent NO);
 * - adding only claims the registry cannot verify never turns a non-YES into YES (no false YES).
 * `PROP_RUNS` sets the generated cases per property (default 50; 2,000 in `npm run test:long`); `FC_SEED` replays a failure.
 */
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import {
  type Announcement,
  type CriterionName,
  type QuestionInput,
  type Readings,
  type Resolution,
  evaluateAnnouncement,
  extendRegistry,
  resolve,
} from "../../src/index.js";
import { toTimeSpan } from "../../src/time/interval.js";
import { registry as fixture } from "../fixtures.js";
import { ZONES, announcement, announcements, epoch, isoAt, qualifyingAnnouncement, question, readings, runs, timeoutFor } from "./arbitraries.js";

/** The fixture registry plus a platform that carries anyone's content, with one official page on it. */
const registry = extendRegistry(fixture, {
  outlets: [{ id: "blogs", name: "Blog Platform", kind: "other", userContent: true, domains: ["blogs.example"] }],
  companies: [{ id: "acme-cloud", name: "Acme Cloud", aliases: ["艾克米云"], domains: ["acmecloud.cn"], pages: ["blogs.example/companies/acme-cloud"], owners: [{ id: "acme-group", stake: 100 }] }],
});

const CRITERIA: readonly CriterionName[] = ["company", "russianEntity", "aiScope", "formality", "publicity", "timing"];
const T = timeoutFor(2);

function resolveAt(q: QuestionInput, as: readonly Announcement[], asOf: number, r: Partial<Readings> | undefined): Resolution {
  return resolve({ question: q, announcements: as, asOf, registry, ...(r === undefined ? {} : { readings: r }) });
}

const DAY = 86_400_000;
const BOUNDS = [Date.UTC(2025, 0, 1), Date.UTC(2027, 0, 1)] as const;
/** Zones far from UTC, where a day or month in the zone crosses a bound in UTC. */
const FAR_ZONES = ["Pacific/Kiritimati", "+14:00", "Pacific/Pago_Pago", "-11:00", "Pacific/Honolulu", "Europe/Moscow", "UTC", ...ZONES];
/** A publication time within a few weeks of `bound`: an instant, a day or a month in a zone. */
const publishedNear = (bound: number) =>
  fc.tuple(fc.integer({ min: -20, max: 35 }), fc.constantFrom(...FAR_ZONES), fc.constantFrom("instant", "date", "month")).map(([d, timeZone, form]) => {
    const ms = bound + d * DAY;
    if (form === "instant") return isoAt(ms + 7 * 3_600_000, 0, "s");
    return form === "date" ? { date: new Date(ms).toISOString().slice(0, 10), timeZone } : { month: new Date(ms).toISOString().slice(0, 7), timeZone };
  });
/** Qualifying announcements timed only by their sources (or not), all dated near one bound: YES is common and fragile. */
const timedBySources = fc
  .tuple(qualifyingAnnouncement, fc.boolean(), fc.constantFrom(...BOUNDS))
  .chain(([a, keepTime, bound]) =>
    fc.array(fc.record({ url: fc.constantFrom("https://tass.com/economy/1", "https://www.reuters.com/world/1"), publishedAt: publishedNear(bound) }, { noNullPrototype: true }), { minLength: 1, maxLength: 3 }).map((sources) => {
      const { announcedAt, ...rest } = a;
      return (keepTime && announcedAt !== undefined ? { ...rest, announcedAt, sources } : { ...rest, sources }) as Announcement;
    }),
  );

/** The instants where what is known can change: every start and last millisecond of a dated span, and the instant after. */
function boundaries(as: readonly Announcement[]): number[] {
  const out: number[] = [];
  const add = (time: Announcement["announcedAt"]) => {
    const span = time === undefined ? undefined : toTimeSpan(time);
    if (span !== undefined) out.push(span.start - 1, span.start, span.end - 1, span.end);
  };
  for (const a of as) {
    add(a.announcedAt);
    for (const s of a.sources ?? []) add(s.publishedAt);
  }
  return out.sort((x, y) => x - y);
}

describe("R.multiple, R.cancelled: YES is never withdrawn by time alone", () => {
  test.prop([fc.constantFrom({ companyId: "acme-group" }, { companyId: "acme-cloud" }), fc.uniqueArray(timedBySources, { selector: (a) => a.id, minLength: 1, maxLength: 3 }), readings], runs())(
    "for announcements dated only by their sources near a bound, once YES the outcome stays YES with the same deciding announcement at every later instant where what is known changes, under every reading",
    (q, as, r) => {
      let first: Resolution | undefined;
      for (const t of new Set(boundaries(as))) {
        const now = resolveAt(q, as, t, r);
        if (first === undefined) {
          if (now.outcome === "YES") first = now;
          continue;
        }
        expect(now.outcome, `YES at ${first.asOf}, ${now.outcome} at ${now.asOf}: ${now.summary}`).toBe("YES");
        expect(now.deciding?.announcementId).toBe(first.deciding?.announcementId);
        expect(now.deciding?.qualifiedFrom).toBe(first.deciding?.qualifiedFrom);
      }
    },
    T,
  );

  test.prop([question, announcements(6), epoch, epoch, readings], runs())(
    "for a fixed input, YES at t implies YES at every later t', with the same deciding announcement, under every reading",
    (q, as, a, b, r) => {
      const [t, later] = a <= b ? [a, b] : [b, a];
      const before = resolveAt(q, as, t, r);
      if (before.outcome !== "YES") return;
      const after = resolveAt(q, as, later, r);
      expect(after.outcome).toBe("YES");
      expect(after.deciding?.announcementId).toBe(before.deciding?.announcementId);
      expect(after.deciding?.qualifiedFrom).toBe(before.deciding?.qualifiedFrom);
    },
    T,
  );
});

const UNPLACEABLE_CHINESE = { name: "Zhonghua Jishu Youxian Gongsi" };
const UNPLACEABLE_RUSSIAN = { name: "Общество Неизвестных Технологий" };

/** Every criterion either keeps its status or becomes undetermined. */
function expectOnlyLessCertain(before: ReturnType<typeof evaluateAnnouncement>, after: ReturnType<typeof evaluateAnnouncement>): void {
  for (const c of CRITERIA) {
    const was = before.verdicts[c].status;
    const now = after.verdicts[c].status;
    if (now !== was) expect(now, `${c}: ${was} became ${now}: ${after.verdicts[c].summary}`).toBe("undetermined");
  }
  if (before.status === "qualifies") expect(after.status).not.toBe("does-not-qualify");
}

describe("C1.named, C2.control, C5.release: an identity that cannot be placed is undetermined, never not-met", () => {
  test.prop([announcement, question, epoch], runs())(
    "replacing the Chinese party by a name the registry cannot place only makes criteria undetermined",
    (a, q, asOf) => {
      if (a.chineseParty === undefined || (a.chineseParty.id === undefined && a.chineseParty.name === undefined)) return;
      const ctx = { question: q, registry, asOf };
      const { owners: _owners, id: _id, name: _name, ...rest } = a.chineseParty;
      const swapped: Announcement = { ...a, chineseParty: { ...rest, ...UNPLACEABLE_CHINESE } };
      expectOnlyLessCertain(evaluateAnnouncement(a, ctx), evaluateAnnouncement(swapped, ctx));
    },
    T,
  );

  test.prop([announcement, question, epoch, fc.nat()], runs())(
    "replacing a named Russian party by a name the registry cannot place only makes criteria undetermined",
    (a, q, asOf, k) => {
      const parties = a.russianParties ?? [];
      const named = parties.map((p, i) => ({ p, i })).filter(({ p }) => p.id !== undefined || p.name !== undefined);
      const target = named[k % Math.max(1, named.length)];
      if (target === undefined) return;
      const swapped: Announcement = { ...a, russianParties: parties.map((p, i) => (i === target.i ? { ...UNPLACEABLE_RUSSIAN } : p)) };
      const ctx = { question: q, registry, asOf };
      expectOnlyLessCertain(evaluateAnnouncement(a, ctx), evaluateAnnouncement(swapped, ctx));
    },
    T,
  );
});

/** Sources whose publisher the registry cannot establish (no publishedAt: they never move the timing). */
const unverifiableSource = fc.constantFrom(
  { kind: "company-release" as const },
  { kind: "company-release" as const, url: "https://acmecloud.cn.evil.example/press" },
  { kind: "company-release" as const, outlet: "Acme Cloud newsroom" },
  { kind: "government" as const, title: "Statement of the government" },
  { kind: "news-agency" as const, url: "https://reuters.com.evil.example/x" },
  { kind: "ru-state-media" as const, outlet: "TASS", url: "https://tass.ru.evil.cn/x" },
  { kind: "regulatory-filing" as const },
  { kind: "public-event" as const },
  { kind: "public-event" as const, event: "AI Forum", url: "https://random-blog.example/" },
  { url: "https://blogs.example/anyone/post-1" },
  { kind: "company-release" as const, url: "https://blogs.example/companies/acme-cloudx/post" },
  { url: "https://unknown.example/news" },
);

/** Russian-side parties that look like Acme, or are hidden behind invisible or mixed-script characters. */
const lookalikeParty = fc.constantFrom("Аcme Cloud", "Acme\u2066 Cloud", "ACME\u200B GROUP", "Acme Cloud Rus LLC", "艾克米云俄罗斯", "Αcme Group", "Асме Group").map((name) => ({
  name,
  countryOfIncorporation: "RU",
  russianControl: "majority" as const,
  kind: "private-company" as const,
}));

/** Announcements that would qualify but for their sources (none, or only a blog), or for their Russian party. */
const almostQualifying = fc
  .tuple(qualifyingAnnouncement, fc.constantFrom("no-sources", "blog", "no-russian"))
  .map(([a, miss]) =>
    (miss === "no-sources" ? { ...a, sources: [] } : miss === "blog" ? { ...a, sources: [{ url: "https://someblog.example/x" }] } : { ...a, russianParties: [] }) as Announcement,
  );

describe("C5, C2: adding claims the registry cannot verify never makes a YES", () => {
  test.prop([question, fc.oneof(announcements(5), fc.uniqueArray(almostQualifying, { selector: (a) => a.id, minLength: 1, maxLength: 3 })), epoch, readings, fc.array(fc.tuple(fc.nat(), fc.oneof(unverifiableSource.map((s) => ({ s })), lookalikeParty.map((p) => ({ p })))), { minLength: 1, maxLength: 4 })], runs())(
    "an outcome other than YES stays other than YES when unverifiable sources and look-alike parties are added",
    (q, as, asOf, r, additions) => {
      const before = resolveAt(q, as, asOf, r);
      if (before.outcome === "YES" || as.length === 0) return;
      const changed = as.map((a) => ({ ...a, sources: [...(a.sources ?? [])], russianParties: [...(a.russianParties ?? [])] }));
      for (const [k, add] of additions) {
        const target = changed[k % changed.length] as (typeof changed)[number];
        if ("s" in add) target.sources.push(add.s);
        else target.russianParties.push(add.p);
      }
      const after = resolveAt(q, changed, asOf, r);
      expect(after.outcome, after.summary).not.toBe("YES");
    },
    T,
  );
});
