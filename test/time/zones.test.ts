import { describe, expect, it } from "vitest";
import { AnnouncementTime, evaluateTiming } from "../../src/index.js";
import { isTimeZone } from "../../src/models/time.js";
import { toTimeSpan } from "../../src/time/interval.js";

const HOUR = 3_600_000;

describe("R.window: a calendar day runs from its midnight to the next day's", () => {
  it.each([
    ["2026-03-08", "America/Havana", "2026-03-08T05:00:00.000Z", 23, "DST starts at midnight: the day begins at 01:00"],
    ["2026-09-06", "America/Santiago", "2026-09-06T04:00:00.000Z", 23, "DST starts at midnight"],
    ["2026-03-29", "Asia/Beirut", "2026-03-28T22:00:00.000Z", 23, "DST starts at midnight"],
    ["2026-11-01", "America/Havana", "2026-11-01T04:00:00.000Z", 25, "DST ends: midnight comes twice"],
    ["2026-04-04", "America/Santiago", "2026-04-04T03:00:00.000Z", 25, "DST ends at midnight"],
    ["2026-03-29", "Europe/Berlin", "2026-03-28T23:00:00.000Z", 23, "DST starts at 02:00"],
    ["2026-03-02", "+03:00", "2026-03-01T21:00:00.000Z", 24, "a fixed offset"],
  ])("%s in %s starts at %s and lasts %i hours (%s)", (date, timeZone, start, hours) => {
    const span = toTimeSpan({ date, timeZone });
    expect(span && new Date(span.start).toISOString()).toBe(start);
    expect(span && (span.end - span.start) / HOUR).toBe(hours);
  });

  it("a month ends at the next month's first midnight (Havana, March 2026: 743 hours)", () => {
    const span = toTimeSpan({ month: "2026-03", timeZone: "America/Havana" });
    expect(span && new Date(span.end).toISOString()).toBe("2026-04-01T04:00:00.000Z");
    expect(span && (span.end - span.start) / HOUR).toBe(31 * 24 - 1);
  });

  it("a day in a fixed offset is placed against the deadline by plain arithmetic", () => {
    // 2026-12-31 in +14:00 ends at 10:00Z on Dec 31: inside. In -01:00 it ends at 01:00Z on Jan 1: it straddles.
    const q = { question: { companyId: "alibaba" } };
    expect(evaluateTiming({ id: "a", announcedAt: { date: "2026-12-31", timeZone: "+14:00" } }, q).status).toBe("met");
    expect(evaluateTiming({ id: "b", announcedAt: { date: "2026-12-31", timeZone: "-01:00" } }, q).status).toBe("undetermined");
  });
});

describe("time zones are validated the same way on every runtime", () => {
  it.each(["Europe/Moscow", "Asia/Shanghai", "America/Argentina/Buenos_Aires", "Etc/GMT-3", "UTC", "Pacific/Kiritimati", "+03:00", "-05:30", "+14:00", "-00:00"])(
    "accepts %s",
    (zone) => {
      expect(isTimeZone(zone)).toBe(true);
      expect(AnnouncementTime.safeParse({ date: "2026-03-02", timeZone: zone }).success).toBe(true);
    },
  );

  it.each([
    ["EST", "an abbreviation"],
    ["MSK", "an abbreviation"],
    ["CST6CDT", "a POSIX-style legacy name"],
    ["US/Eastern", "an alias outside the tz areas"],
    ["W-SU", "an alias outside the tz areas"],
    ["GMT", "not UTC, and runtimes disagree"],
    ["+14:01", "beyond +14:00"],
    ["+3:00", "not ±hh:mm"],
    ["+0300", "not ±hh:mm"],
    ["Europe/Mosc0w", "unknown"],
    ["Mars/Olympus", "not an area"],
    ["europe/moscow", "wrong case"],
    ["", "empty"],
  ])("refuses %s (%s)", (zone) => {
    expect(isTimeZone(zone)).toBe(false);
    expect(AnnouncementTime.safeParse({ date: "2026-03-02", timeZone: zone }).success).toBe(false);
  });
});
