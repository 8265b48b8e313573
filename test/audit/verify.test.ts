import { describe, expect, it } from "vitest";
import { type Resolution, builtinRegistry, extendRegistry, parseAnnouncements, resolve, verifyResolution } from "../../src/index.js";
import { qualifying, registry, variant } from "../fixtures.js";

const question = { companyId: "acme-group" };
const asOf = "2026-11-23T00:00:00Z";
const nearMiss = variant({ id: "near-miss", instrument: "talks", specificity: "vague" });
const straddling = variant({ id: "straddling", announcedAt: { date: "2026-12-31", timeZone: "Pacific/Kiritimati" }, sources: [{ url: "https://tass.com/economy/2" }] });
const announcements = [qualifying, nearMiss, straddling];
const input = { question, announcements, asOf, registry };
const stored: Resolution = JSON.parse(JSON.stringify(resolve(input))) as Resolution;

/** The differences found, as field and path. */
function differences(stored: unknown, against: unknown): [string, string][] {
  const v = verifyResolution(stored, against);
  if (!v.success) throw new Error(`unexpected issues: ${JSON.stringify(v.issues)}`);
  expect(v.data.matches).toBe(v.data.differences.length === 0);
  return v.data.differences.map((d) => [d.field, d.path]);
}

describe("verifyResolution: a stored resolution verifies against its input", () => {
  it("matches the same input, and hands back the resolution recomputed", () => {
    const v = verifyResolution(stored, input);
    expect(v.success && v.data.matches).toBe(true);
    if (v.success) expect(v.data.resolution.audit).toEqual(stored.audit);
  });

  it("matches the input in any order, or validated once as a batch", () => {
    expect(differences(stored, { ...input, announcements: [...announcements].reverse() })).toEqual([]);
    expect(differences(stored, { ...input, announcements: parseAnnouncements([straddling, qualifying, nearMiss], { registry }) })).toEqual([]);
  });

  it("matches whatever the options that do not change the outcome (the evaluations kept)", () => {
    expect(differences(stored, { ...input, evaluations: "decisive", nearMisses: 1 })).toEqual([]);
  });
});

describe("verifyResolution: it fails, precisely, against a changed input", () => {
  it("names the announcements when one of them changes", () => {
    const changed = [qualifying, variant({ id: "near-miss", instrument: "talks", specificity: "concrete" }), straddling];
    expect(differences(stored, { ...input, announcements: changed })).toEqual([
      ["announcements", "audit.announcements.digest"],
      ["inputDigest", "audit.inputDigest"],
    ]);
  });

  it("names the count when one is left out, and the outcome and deciding announcement when they change", () => {
    expect(differences(stored, { ...input, announcements: [nearMiss, straddling] })).toEqual([
      ["announcements", "audit.announcements.count"],
      ["announcements", "audit.announcements.digest"],
      ["inputDigest", "audit.inputDigest"],
      ["outcome", "outcome"],
      ["deciding", "deciding.announcementId"],
    ]);
  });

  it("names the reading that changed", () => {
    const v = verifyResolution(stored, { ...input, readings: { straddlingTime: "latest" } });
    expect(v.success).toBe(true);
    if (!v.success) return;
    expect(v.data.differences[0]).toEqual({
      field: "readings",
      path: "audit.readings.straddlingTime",
      stored: "undetermined",
      recomputed: "latest",
      message: "the stored reading straddlingTime is undetermined; the input gives latest",
    });
    expect(v.data.differences.map((d) => d.field)).toEqual(["readings", "inputDigest"]);
  });

  it("names the registry's content when it was extended differently under the same version", () => {
    const q = { question: { companyId: "alibaba" }, announcements: [], asOf };
    const mine = extendRegistry(builtinRegistry, { outlets: [{ id: "my-wire", name: "My Wire", kind: "news-agency", domains: ["mywire.example"] }] });
    const theirs = extendRegistry(builtinRegistry, { outlets: [{ id: "my-wire", name: "My Wire", kind: "other", domains: ["mywire.example"] }] });
    const kept = JSON.parse(JSON.stringify(resolve({ ...q, registry: mine }))) as unknown;
    expect(differences(kept, { ...q, registry: mine })).toEqual([]);
    expect(differences(kept, { ...q, registry: theirs })).toEqual([
      ["registryDigest", "audit.registry.digest"],
      ["inputDigest", "audit.inputDigest"],
    ]);
  });

  it("names asOf when it changes", () => {
    expect(differences(stored, { ...input, asOf: "2026-11-24T00:00:00Z" })).toEqual([
      ["asOf", "audit.asOf"],
      ["inputDigest", "audit.inputDigest"],
    ]);
  });

  it("names the question when its window changes", () => {
    expect(differences(stored, { ...input, question: { ...question, deadline: "2026-12-01T00:00:00Z" } })).toEqual([
      ["question", "audit.question"],
      ["inputDigest", "audit.inputDigest"],
    ]);
  });
});

describe("verifyResolution: a stored record edited after the fact does not verify", () => {
  it("names a stored outcome that the input does not give", () => {
    expect(differences({ ...stored, outcome: "NO" }, input)).toEqual([["outcome", "outcome"]]);
  });

  it("catches a stored record whose fields no longer match its own input digest", () => {
    const edited = { ...stored, audit: { ...stored.audit, readings: { ...stored.audit.readings, straddlingTime: "latest" } } };
    const v = verifyResolution(edited, { ...input, readings: { straddlingTime: "latest" } });
    expect(v.success).toBe(true);
    if (!v.success) return;
    expect(v.data.differences.map((d) => [d.field, d.path])).toEqual([["inputDigest", "audit.inputDigest"]]);
    expect(v.data.differences[0]?.message).toMatch(/not the digest of the stored record's own fields .*: the record was altered$/);
  });

  it("names a resolution made by another version of the library", () => {
    expect(differences({ ...stored, audit: { ...stored.audit, libraryVersion: "0.0.1" } }, input)).toEqual([["libraryVersion", "audit.libraryVersion"]]);
  });
});

describe("verifyResolution: bad input is answered, never thrown", () => {
  it("returns the input's problems with their paths under input", () => {
    const v = verifyResolution(stored, { ...input, announcements: [{ ...qualifying, id: "" }] });
    expect(v.success).toBe(false);
    if (!v.success) expect(v.issues.map((i) => [i.path, i.code])).toEqual([["input.announcements[0].id", "too-small"]]);
  });

  it("returns the stored value's problems with their paths under stored, together with the input's", () => {
    const { audit: _, ...withoutAudit } = stored;
    const v = verifyResolution(withoutAudit, { ...input, asOf: "yesterday" });
    expect(v.success).toBe(false);
    if (!v.success) expect(v.issues.map((i) => [i.path, i.code])).toEqual([["stored.audit", "missing-field"], ["input.asOf", "invalid-instant"]]);
  });

  it.each([
    ["null", null],
    ["a string", "YES"],
    ["an object with a throwing getter", Object.defineProperty({ ...stored }, "outcome", { enumerable: true, get: () => { throw new Error("boom"); } })],
    ["a revoked proxy", (() => { const p = Proxy.revocable({}, {}); p.revoke(); return p.proxy; })()],
  ])("refuses %s as a stored resolution", (_, value) => {
    const v = verifyResolution(value, input);
    expect(v.success).toBe(false);
    if (!v.success) expect(v.issues[0]?.path.startsWith("stored")).toBe(true);
  });
});

describe("verifyResolution: the clarifications a resolution applied are part of its record", () => {
  const clarifications = [
    { number: 1, publishedAt: "2026-03-01T12:00:00Z", text: "Unidentified sites go to the moderators.", readings: { unrecognizedSource: "undetermined" as const } },
    { number: 2, publishedAt: "2026-09-01T12:00:00Z", text: "Unidentified sites do not count.", readings: { unrecognizedSource: "not-met" as const } },
  ];
  const clarified = { ...input, question: { ...question, clarifications } };
  const underOne: Resolution = JSON.parse(JSON.stringify(resolve({ ...clarified, clarification: 1 }))) as Resolution;

  it("records the numbers applied, and the readings they fix; none applied leaves the field out", () => {
    expect(underOne.audit.clarifications).toEqual([1]);
    expect(underOne.audit.readings.unrecognizedSource).toBe("undetermined");
    expect(resolve({ ...clarified, asOf: "2026-11-23T00:00:00Z" }).audit.clarifications).toEqual([1, 2]);
    expect(resolve({ ...clarified, clarification: 0 }).audit.clarifications).toBeUndefined();
    expect(stored.audit.clarifications).toBeUndefined();
  });

  it("matches the input under the same pin, and names the clarifications and the reading under another", () => {
    expect(differences(underOne, { ...clarified, clarification: 1 })).toEqual([]);
    const found = differences(underOne, { ...clarified, clarification: 2 });
    expect(found).toContainEqual(["clarifications", "audit.clarifications"]);
    expect(found).toContainEqual(["readings", "audit.readings.unrecognizedSource"]);
  });
});
