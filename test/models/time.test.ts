import { describe, expect, it } from "vitest";
import { AnnouncementTime, IsoInstant } from "../../src/index.js";
import { parseInstant } from "../../src/models/time.js";
import { placeInWindow, toTimeSpan } from "../../src/time/interval.js";

describe("parseInstant", () => {
  it.each([
    ["2026-12-31T23:30:00+03:00", Date.UTC(2026, 11, 31, 20, 30)],
    ["2027-01-01T01:00:00+03:00", Date.UTC(2026, 11, 31, 22)],
    ["2025-01-01T02:00:00+08:00", Date.UTC(2024, 11, 31, 18)],
    ["2026-12-31T23:59:59.999Z", Date.UTC(2026, 11, 31, 23, 59, 59, 999)],
    ["2026-06-01T12:00Z", Date.UTC(2026, 5, 1, 12)],
    ["2026-06-01T12:00:00.123456789-14:00", Date.UTC(2026, 5, 2, 2, 0, 0, 123)],
    ["2024-02-29T00:00:00Z", Date.UTC(2024, 1, 29)],
    ["0099-01-01T00:00:00Z", -59042995200000],
  ])("parses %s", (text, ms) => {
    expect(parseInstant(text)).toBe(ms);
  });

  it.each([
    ["2026-02-30T00:00:00Z", "no such day"],
    ["2025-02-29T00:00:00Z", "not a leap year"],
    ["2026-01-01T24:00:00Z", "24:00"],
    ["2026-12-31T23:60:00Z", "minute 60"],
    ["2026-12-31T23:59:60Z", "leap second"],
    ["2026-01-01T00:00:00+14:01", "offset beyond +14:00"],
    ["2026-01-01T00:00:00+15:00", "offset beyond +14:00"],
    ["2026-01-01T00:00:00+03:60", "offset minutes 60"],
    ["+275760-09-13T00:00:00Z", "extended year"],
    ["2026-01-01T00:00:00", "no offset"],
    ["2026-01-01", "date only"],
    ["2026-13-01T00:00:00Z", "month 13"],
    [" 2026-01-01T00:00:00Z", "leading space"],
    ["２０２６-01-01T00:00:00Z", "full-width digits"],
  ])("rejects %s (%s)", (text) => {
    expect(parseInstant(text)).toBeUndefined();
    expect(IsoInstant.safeParse(text).success).toBe(false);
  });
});

describe("AnnouncementTime", () => {
  it.each([
    ["2026-03-02T10:00:00+03:00"],
    [{ instant: "2026-03-02T10:00:00+03:00" }],
    [{ date: "2026-03-02", timeZone: "Europe/Moscow" }],
    [{ month: "2026-03", timeZone: "Asia/Shanghai" }],
  ])("accepts %j", (t) => {
    expect(AnnouncementTime.safeParse(t).success).toBe(true);
  });

  it.each([
    [{ date: "2026-02-30", timeZone: "Europe/Moscow" }],
    [{ date: "2026-03-02", timeZone: "Mars/Olympus" }],
    [{ month: "2026-13", timeZone: "UTC" }],
    [{ date: "2026-03-02" }],
    [{ date: "2026-03-02", timeZone: "UTC", extra: true }],
  ])("rejects %j", (t) => {
    expect(AnnouncementTime.safeParse(t).success).toBe(false);
  });

  it("makes a day in a zone with a DST change 23 hours long", () => {
    const span = toTimeSpan({ date: "2026-03-29", timeZone: "Europe/Berlin" });
    expect(span).toEqual({ start: Date.UTC(2026, 2, 28, 23), end: Date.UTC(2026, 2, 29, 22) });
  });
});

describe("placeInWindow", () => {
  const start = Date.UTC(2025, 0, 1);
  const deadline = Date.UTC(2027, 0, 1);
  it.each([
    [start, start + 1, "inside"],
    [start - 1, start, "before"],
    [deadline - 1, deadline, "inside"],
    [deadline, deadline + 1, "after"],
    [start - 10, start + 10, "straddles-start"],
    [deadline - 10, deadline + 10, "straddles-deadline"],
    [start - 10, deadline + 10, "straddles-start"],
  ] as const)("[%i, %i) is %s", (s, e, place) => {
    expect(placeInWindow({ start: s, end: e }, start, deadline)).toBe(place);
  });
});
