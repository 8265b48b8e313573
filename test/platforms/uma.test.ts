import { describe, expect, it } from "vitest";
import { UMA_ANCILLARY_DATA_LIMIT, UMA_YES_OR_NO_PRICES, type UmaAction, resolve, toUmaPrice } from "../../src/index.js";
import { registry, variant } from "../fixtures.js";
import { AFTER_DEADLINE, BEFORE_DEADLINE, bytes, needsReview, no, pending, yes } from "./fixtures.js";

const MARKER = " … [truncated]";

function submitted(a: UmaAction): Extract<UmaAction, { action: "submit" }> {
  if (a.action !== "submit") throw new Error(`expected submit, got ${a.action} (${a.reason})`);
  return a;
}

describe("uma", () => {
  it("uses UMIP-107's default YES_OR_NO_QUERY prices, scaled by 1e18, and the minimum int256 for p4", () => {
    expect(BigInt(UMA_YES_OR_NO_PRICES.p1)).toBe(0n);
    expect(BigInt(UMA_YES_OR_NO_PRICES.p2)).toBe(10n ** 18n);
    expect(BigInt(UMA_YES_OR_NO_PRICES.p3)).toBe(5n * 10n ** 17n);
    expect(BigInt(UMA_YES_OR_NO_PRICES.p4)).toBe(-(2n ** 255n));
    expect(UMA_ANCILLARY_DATA_LIMIT).toBe(8139);
  });

  it.each([
    ["YES", "p2", yes],
    ["NO after the deadline", "p1", no],
    ["PENDING before the deadline (too early)", "p4", pending],
  ] as const)("answers %s with %s", (_, answer, resolution) => {
    const a = submitted(toUmaPrice(resolution));
    expect(a.answer).toBe(answer);
    expect(a.value).toBe(UMA_YES_OR_NO_PRICES[answer]);
    expect(a.identifier).toBe("YES_OR_NO_QUERY");
    expect(a.truncated).toBe(false);
  });

  it("never proposes p3 or anything else for NEEDS_REVIEW", () => {
    const a = toUmaPrice(needsReview);
    expect(a.action).toBe("human-review");
    expect(JSON.stringify(a)).not.toContain(UMA_YES_OR_NO_PRICES.p3);
  });

  it("says why PENDING is too early: before the deadline, nothing qualifies or needs review", () => {
    const a = submitted(toUmaPrice(pending));
    expect(a.note.split("\n")[0]).toBe(
      `UMA YES_OR_NO_QUERY: propose p4 (too early) for Acme Group: as of ${BEFORE_DEADLINE}, before the deadline ${pending.deadline}, no announcement qualifies and none needs review, so the question cannot be settled yet.`,
    );
  });

  describe("requestedAt", () => {
    const qualifiedFrom = yes.deciding?.qualifiedFrom as string;
    const justBefore = new Date(Date.parse(qualifiedFrom) - 1).toISOString();
    it.each<[string, Parameters<typeof toUmaPrice>[0], string | Date, string]>([
      ["PENDING, as of the request (another offset, same instant)", pending, "2026-11-23T03:00:00+03:00", "p4"],
      ["PENDING, as of the request (a Date)", pending, new Date(BEFORE_DEADLINE), "p4"],
      ["PENDING made before the request", pending, "2026-12-01T00:00:00Z", "not-as-of-request"],
      ["PENDING made after the request", pending, "2026-06-01T00:00:00Z", "not-as-of-request"],
      ["NO, as of the request", no, AFTER_DEADLINE, "p1"],
      ["NO for a request before the deadline", no, "2026-12-31T23:59:59Z", "not-as-of-request"],
      ["NO for a later request", no, "2027-02-01T00:00:00Z", "not-as-of-request"],
      ["YES for a request when it had just qualified", yes, qualifiedFrom, "p2"],
      ["YES for a request after the resolution (a YES is never undone)", yes, "2027-03-01T00:00:00Z", "p2"],
      ["YES for a request before it qualified", yes, justBefore, "not-as-of-request"],
      ["NEEDS_REVIEW, as of the request", needsReview, BEFORE_DEADLINE, "needs-review"],
      ["a date without a time", pending, "2026-11-23", "invalid-request-time"],
      ["an instant without an offset", pending, "2026-11-23T00:00:00", "invalid-request-time"],
      ["text", pending, "yesterday", "invalid-request-time"],
      ["an invalid Date", pending, new Date(Number.NaN), "invalid-request-time"],
    ])("%s", (_, resolution, requestedAt, expected) => {
      const a = toUmaPrice(resolution, { requestedAt });
      expect(a.action === "submit" ? a.answer : a.reason).toBe(expected);
    });

    it("tells which instant to resolve again as of", () => {
      const a = toUmaPrice(pending, { requestedAt: "2026-12-01T00:00:00Z" });
      expect(a.note).toContain(`the price is for 2026-12-01T00:00:00.000Z, but this PENDING resolution was made as of ${BEFORE_DEADLINE} and does not carry over; resolve again as of 2026-12-01T00:00:00.000Z.`);
    });
  });

  describe("the note's byte limit", () => {
    // 200 characters of four bytes each: the longest announcement id there is, in bytes.
    const wideId = "𝔸".repeat(199) + "é";
    const wideYes = resolve({ question: { companyId: "acme-group" }, registry, asOf: BEFORE_DEADLINE, announcements: [variant({ id: wideId })] });

    it("cuts a note on a character boundary, with a marker, to fit maxBytes", () => {
      const full = submitted(toUmaPrice(wideYes));
      expect(full.truncated).toBe(false);
      expect(full.note).toContain(wideId);
      for (const maxBytes of [64, 65, 66, 67, 300, 301, 302, 303, 1000]) {
        const a = submitted(toUmaPrice(wideYes, { maxBytes }));
        expect(a.truncated).toBe(true);
        expect(a.answer).toBe("p2");
        expect(bytes(a.note)).toBeLessThanOrEqual(maxBytes);
        expect(bytes(a.note)).toBeGreaterThan(maxBytes - 4); // at most one character short of the limit
        expect(a.note.endsWith(MARKER)).toBe(true);
        const kept = a.note.slice(0, -MARKER.length);
        expect(full.note.startsWith(kept)).toBe(true);
        expect(new TextDecoder("utf-8", { fatal: true }).decode(new TextEncoder().encode(a.note))).toBe(a.note); // no broken character
        expect(kept).not.toMatch(/[\uD800-\uDBFF]$/); // no half surrogate pair
      }
    });

    it("keeps a long note within 8,139 bytes of UTF-8 by default", () => {
      // Sixty announcements needing review, each with a 200-character id of 4-byte characters:
      // the summary alone lists them all (about 48,000 bytes).
      const announcements = Array.from({ length: 60 }, (_, i) => variant({ id: `${i}`.padStart(2, "0") + "𝔸".repeat(198), priorRelation: undefined }));
      const r = resolve({ question: { companyId: "acme-group" }, registry, asOf: BEFORE_DEADLINE, announcements });
      expect(r.outcome).toBe("NEEDS_REVIEW");
      expect(bytes(r.summary)).toBeGreaterThan(UMA_ANCILLARY_DATA_LIMIT);
      const a = toUmaPrice(r);
      expect(a.action).toBe("human-review");
      expect(a.truncated).toBe(true);
      expect(bytes(a.note)).toBeLessThanOrEqual(UMA_ANCILLARY_DATA_LIMIT);
      expect(bytes(a.note)).toBeGreaterThan(UMA_ANCILLARY_DATA_LIMIT - 4);
      expect(a.note.endsWith(MARKER)).toBe(true);
      // What a person needs comes before the long summary, so it survives the cut.
      expect(a.note).toContain("Not mapped automatically: some announcement has criteria only a person can settle.");
      expect(a.note).toContain(`with registry ${r.registryVersion}`);
      expect(a.action === "human-review" && a.announcementIds.length).toBe(60);
    });

    // The contracts write an address as 40 lowercase hex digits without 0x (UMA's AncillaryData
    // library, and Polymarket's AncillaryDataLib after it): docs/platforms.md cites both.
    const address = "5953f2538f613e05ba54c8a04618360bf0eee944";

    it("is UMA's: OptimisticOracleV2's ancillaryBytesLimit (8,192) less the `,ooRequester:<address>` it stamps", () => {
      expect(8192 - bytes(`,ooRequester:${address}`)).toBe(UMA_ANCILLARY_DATA_LIMIT);
    });

    it("with maxBytes 8,086, fits Polymarket's adapter, which checks 8,139 after appending `,initializer:<address>`", () => {
      const announcements = Array.from({ length: 60 }, (_, i) => variant({ id: `${i}`.padStart(2, "0") + "𝔸".repeat(198), priorRelation: undefined }));
      const note = toUmaPrice(resolve({ question: { companyId: "acme-group" }, registry, asOf: BEFORE_DEADLINE, announcements }), { maxBytes: 8086 }).note;
      const initialized = `${note},initializer:${address}`;
      expect(bytes(initialized)).toBeLessThanOrEqual(UMA_ANCILLARY_DATA_LIMIT);
      expect(bytes(initialized)).toBeGreaterThan(UMA_ANCILLARY_DATA_LIMIT - 4); // the cut used the room there was
    });

    it.each([0, 63, 8193, 100.5, Number.NaN])("refuses maxBytes %s", (maxBytes) => {
      expect(() => toUmaPrice(yes, { maxBytes })).toThrow(RangeError);
    });
  });
});
