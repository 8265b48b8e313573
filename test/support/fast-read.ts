/**
 * The differential check of the fast announcement reader (src/engine/read-announcement.ts)
 * against the slow path it stands in for: `snapshot`, then `Announcement.safeParse`.
 */
import { expect } from "vitest";
import { readAnnouncementFast } from "../../src/engine/read-announcement.js";
import { PARSE_OPTIONS, fromZodIssues, type InputIssue } from "../../src/issues.js";
import { Announcement } from "../../src/models/announcement.js";
import { snapshot } from "../../src/snapshot.js";

/** What the slow path makes of one item at `announcements[index]`: the value, or its issues, and the values it counted. */
export function slowRead(item: unknown, index = 0, counter = { values: 0 }): { value?: Announcement; issues: readonly InputIssue[]; values: number } {
  const path = ["announcements", index];
  const snap = snapshot(item, {}, {}, { path, counter });
  if (snap.issues.length > 0) return { issues: snap.issues, values: counter.values };
  const r = Announcement.safeParse(snap.value, PARSE_OPTIONS);
  return r.success ? { value: r.data, issues: [], values: counter.values } : { issues: fromZodIssues(r.error.issues, path), values: counter.values };
}

/**
 * Runs both readers on `make()` (called once per reader, for inputs that are read only once) and
 * fails unless the fast one either falls back or gives exactly what the slow one gives: the same
 * value (deep and as JSON text, so in the same field order), counting the same values, frozen when
 * asked. Answers whether the fast reader accepted.
 */
export function expectSameRead(make: () => unknown): boolean {
  const counter = { values: 0 };
  const fast = readAnnouncementFast(make(), counter);
  const frozenCounter = { values: 0 };
  const frozen = readAnnouncementFast(make(), frozenCounter, true);
  expect(frozen === undefined).toBe(fast === undefined);
  if (fast === undefined) {
    expect(counter.values, "nothing counted when falling back").toBe(0);
    return false;
  }
  const slow = slowRead(make());
  expect(slow.issues, "the fast reader accepted what the slow path refuses").toEqual([]);
  expect(fast).toStrictEqual(slow.value);
  expect(JSON.stringify(fast)).toBe(JSON.stringify(slow.value));
  expect(counter.values).toBe(slow.values);
  expect(frozen).toStrictEqual(slow.value);
  expect(JSON.stringify(frozen)).toBe(JSON.stringify(slow.value));
  expect(frozenCounter.values).toBe(slow.values);
  expect(isDeepFrozen(frozen)).toBe(true);
  expect(Object.isFrozen(fast)).toBe(false);
  return true;
}

function isDeepFrozen(v: unknown): boolean {
  if (typeof v !== "object" || v === null) return true;
  return Object.isFrozen(v) && Object.values(v).every(isDeepFrozen);
}
