/**
 * The extraction profile loses nothing: any valid announcement written in the profile's shape
 * (`toExtraction`), sent as JSON and read back (`fromExtraction`) is the same announcement, and
 * the profile's JSON Schema accepts what `toExtraction` writes.
 * `PROP_RUNS` sets the generated cases (default 50); `FC_SEED` replays a failure.
 */
import { fc, test } from "@fast-check/vitest";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect } from "vitest";
import { Announcement, AnnouncementExtraction, announcementExtractionJsonSchema, evaluateAnnouncement, fromExtraction, toExtraction } from "../../src/index.js";
import { context } from "../fixtures.js";
import { anyAnnouncement, qualifyingAnnouncement, runs, timeoutFor, withQuotes } from "./arbitraries.js";

const validate = new Ajv2020({ strict: true }).compile(announcementExtractionJsonSchema());

/** The announcement with every time written `{ instant }` as its instant string (the one form the profile does not offer). */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value !== "object" || value === null) return value;
  const keys = Object.keys(value);
  if (keys.length === 1 && keys[0] === "instant") return (value as { instant: unknown }).instant;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, canonical(v)]));
}

const valid = fc.oneof(anyAnnouncement, qualifyingAnnouncement).chain(withQuotes).map((a) => Announcement.parse(a));

describe("round trip through the extraction profile", () => {
  test.prop([valid], runs(0.5))(
    "fromExtraction(toExtraction(a)) is a, and the profile's JSON Schema accepts the extraction",
    (a) => {
      const sent = JSON.parse(JSON.stringify(toExtraction(a))) as unknown;
      expect(validate(sent), JSON.stringify(validate.errors)).toBe(true);
      expect(AnnouncementExtraction.safeParse(sent).success).toBe(true);
      const back = fromExtraction(sent, { id: a.id });
      expect(back).toEqual({ success: true, data: canonical(a) });
      if (back.success) expect(evaluateAnnouncement(back.data, context).status).toBe(evaluateAnnouncement(a, context).status);
    },
    timeoutFor(0.5),
  );
});
