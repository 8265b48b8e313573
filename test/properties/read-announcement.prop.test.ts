/**
 * Differential test of the fast announcement reader (src/engine/read-announcement.ts): on
 * generated announcements (the property tests' arbitraries, with quotes, and near-valid ones
 * generated from the Announcement JSON Schema as the contract test makes them), each transformed
 * at random (keys reordered, text padded with white space, a field set to `undefined`, an unknown
 * field, nested objects made arrays whose prototype is `Object.prototype`), the fast reader either
 * falls back or gives exactly the value of the slow path (`snapshot` then
 * `Announcement.safeParse`), deep and as JSON text, counting the same values. Both verdicts
 * must occur, or the comparison proves nothing.
 *
 * `PROP_RUNS` scales the cases (150 per arbitrary by default, 3 times `PROP_RUNS`; 6,000 in `npm run test:long`).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Announcement } from "../../src/index.js";
import { jsonSchemaOf } from "../contract/models.js";
import { arbitraryOf } from "../contract/near-valid.js";
import { expectSameRead } from "../support/fast-read.js";
import { anyAnnouncement, nearQualifying, qualifyingAnnouncement, runs, timeoutFor, withQuotes } from "./arbitraries.js";

type Edit = "none" | "reverse-keys" | "pad-text" | "undefined-field" | "unknown-field" | "array-as-object";

/** `v` with `edit` applied at every level (keys reversed, strings padded) or at the root (the rest). */
function applyEdit(v: unknown, edit: Edit, depth = 0): unknown {
  if (typeof v === "string") return edit === "pad-text" ? ` ${v}\u00a0` : v;
  if (Array.isArray(v)) return v.map((x) => applyEdit(x, edit, depth + 1));
  if (typeof v !== "object" || v === null) return v;
  const entries = Object.entries(v).map(([k, x]) => [k, applyEdit(x, edit, depth + 1)] as const);
  const out = Object.fromEntries(edit === "reverse-keys" ? entries.reverse() : entries);
  // An object below the root made an array with its fields as named properties and Object.prototype as prototype (refused by the slow path).
  if (depth > 0 && edit === "array-as-object") return Object.setPrototypeOf(Object.assign([], out), Object.prototype) as unknown;
  if (depth === 0 && edit === "undefined-field") out.title = undefined;
  if (depth === 0 && edit === "unknown-field") out.titel = "x";
  return out;
}

const EDITS = fc.oneof(
  { weight: 4, arbitrary: fc.constant<Edit>("none") },
  { weight: 3, arbitrary: fc.constant<Edit>("reverse-keys") },
  { weight: 2, arbitrary: fc.constant<Edit>("pad-text") },
  { weight: 1, arbitrary: fc.constantFrom<Edit>("undefined-field", "unknown-field", "array-as-object") },
);

const ARBITRARIES: [string, fc.Arbitrary<unknown>][] = [
  ["generated announcements with quotes", fc.oneof(anyAnnouncement, qualifyingAnnouncement, nearQualifying).chain(withQuotes)],
  ["near-valid announcements from the JSON Schema", arbitraryOf(jsonSchemaOf(Announcement)).map((v) => JSON.parse(JSON.stringify(v ?? null)) as unknown)],
];

describe("the fast reader gives the slow path's value, or falls back", () => {
  it.each(ARBITRARIES)(
    "%s",
    (_, arbitrary) => {
      let accepted = 0;
      let fellBack = 0;
      fc.assert(
        fc.property(arbitrary, EDITS, (value, edit) => {
          // A fresh copy per reader (`applyEdit` builds new objects; `structuredClone` would drop a prototype).
          if (expectSameRead(() => applyEdit(value, edit))) accepted++;
          else fellBack++;
        }),
        runs(3),
      );
      expect(accepted, "inputs the fast reader accepts").toBeGreaterThan(0);
      expect(fellBack, "inputs it leaves to the slow path").toBeGreaterThan(0);
    },
    timeoutFor(3),
  );
});
