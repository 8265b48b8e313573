import { readFileSync } from "node:fs";
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  Announcement,
  AuditRecordSchema,
  CLAUSES,
  LIBRARY_VERSION,
  REASON_CODES,
  ResolutionSchema,
  builtinRegistry,
  createRegistry,
  createResolver,
  extendRegistry,
  jsonSchemas,
  parseAnnouncements,
  resolve,
  resolveSeries,
} from "../../src/index.js";
import { muhashDigest, muhashElement, muhashMultiply } from "../../src/audit/muhash.js";
import { qualifying, registry, variant } from "../fixtures.js";
import { announcement as anyAnnouncement, runs } from "../properties/arbitraries.js";
import { ReferenceMuHash, canonicalBySchema, sha256Hex } from "./reference.js";

const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
const question = { companyId: "acme-group" };
const asOf = "2026-11-23T00:00:00Z";
const nearMiss = variant({ id: "near-miss", instrument: "talks", specificity: "vague" });
const unsettled = variant({ id: "unsettled", priorRelation: undefined });
const other = variant({ id: "other", chineseParty: { id: "other-tech" } });
const announcements = [qualifying, nearMiss, unsettled, other];
const input = { question, announcements, asOf, registry };
const bytes = (text: string) => new TextEncoder().encode(text);
/** The canonical text of an announcement as docs/audit.md defines it, computed from the published JSON Schema. */
const canonical = (a: unknown) => canonicalBySchema(Announcement.parse(a), jsonSchemas().announcement as never);

describe("MuHash3072, the digest of the announcements", () => {
  it("gives Bitcoin Core's test vector (the reference implementation the other tests hold the library to)", () => {
    const zero = new Uint8Array(32);
    const one = new Uint8Array(32);
    one[0] = 1;
    const two = new Uint8Array(32);
    two[0] = 2;
    const d = new ReferenceMuHash().insert(zero).insert(one).remove(two).digest();
    // Bitcoin Core prints a uint256 with its bytes reversed.
    expect(Buffer.from(d, "hex").reverse().toString("hex")).toBe("10d312b100cbd32ada024a6646e40d3482fcff103668d2625f10002a607d5863");
  });

  it("maps elements and multiplies them as the reference does", () => {
    const texts = ["", "a", "ai-partnership-rules", "Сбербанк 阿里云"];
    const ref = new ReferenceMuHash();
    let product = 1n;
    for (const t of texts) {
      ref.insert(bytes(t));
      product = muhashMultiply(product, muhashElement(bytes(t)));
    }
    expect(muhashDigest(product)).toBe(ref.digest());
    expect(muhashDigest(1n)).toBe(new ReferenceMuHash().digest());
  });

  it("is the reference digest of the announcements' canonical texts, built from the JSON Schema's property order", () => {
    const ref = new ReferenceMuHash();
    for (const a of announcements) ref.insert(bytes(canonical(a)));
    expect(resolve(input).audit.announcements).toEqual({ count: 4, digest: ref.digest() });
  });

  it("digests a long announcement (10,000 characters of notes, some of them 3 bytes in UTF-8) as the reference does", () => {
    const long = variant({ id: "long", notes: "合作".repeat(2500) + "x".repeat(5000) });
    const ref = new ReferenceMuHash().insert(bytes(canonical(long))).insert(bytes(canonical(qualifying)));
    expect(resolve({ ...input, announcements: [long, qualifying] }).audit.announcements.digest).toBe(ref.digest());
  });

  it("counts an announcement given twice twice (a multiset, not a set)", () => {
    const once = resolve({ ...input, announcements: [qualifying] }).audit.announcements;
    const twice = resolve({ ...input, announcements: [qualifying, qualifying] }).audit.announcements;
    expect(twice.count).toBe(2);
    expect(twice.digest).not.toBe(once.digest);
    expect(twice.digest).toBe(new ReferenceMuHash().insert(bytes(canonical(qualifying))).insert(bytes(canonical(qualifying))).digest());
  });

  it("reads announcements as validated: text trimmed, fields in any order, give the same digest", () => {
    const reordered = Object.fromEntries(Object.entries({ ...qualifying, title: "  Acme and Sber  " }).reverse()) as Announcement;
    const trimmed = { ...qualifying, title: "Acme and Sber" };
    expect(resolve({ ...input, announcements: [reordered] }).audit.announcements).toEqual(resolve({ ...input, announcements: [trimmed] }).audit.announcements);
  });
});

describe("the audit record", () => {
  const r = resolve(input);

  it("names the library's version, as package.json states it", () => {
    expect(r.audit.libraryVersion).toBe(pkg.version);
    expect(LIBRARY_VERSION).toBe(pkg.version);
  });

  it("digests the rules: the clause table and the reason codes", () => {
    expect(r.audit.rulesDigest).toBe(sha256Hex(JSON.stringify({ clauses: CLAUSES, reasonCodes: REASON_CODES })));
  });

  it("names the registry by version and by a digest of its content", () => {
    expect(r.audit.registry).toEqual({
      version: "test-1",
      digest: sha256Hex(JSON.stringify({ version: registry.version, companies: registry.companies, entities: registry.entities, outlets: registry.outlets })),
    });
  });

  it("records every reading, the defaults included", () => {
    expect(r.audit.readings).toEqual({ straddlingTime: "undetermined", ownSubsidiaryControl: "majority", unrecognizedSource: "undetermined" });
    expect(resolve({ ...input, readings: { straddlingTime: "latest" } }).audit.readings).toEqual({ straddlingTime: "latest", ownSubsidiaryControl: "majority", unrecognizedSource: "undetermined" });
  });

  it("records asOf and the question as validated, window bounds filled in", () => {
    expect(r.audit.asOf).toBe("2026-11-23T00:00:00.000Z");
    expect(r.audit.question).toEqual({ companyId: "acme-group", windowStart: "2025-01-01T00:00:00Z", deadline: "2027-01-01T00:00:00Z" });
  });

  it("digests the whole input: SHA-256 of the canonical JSON of question, asOf, readings, registry and announcements", () => {
    const { question: q, asOf: at, readings, registry: reg, announcements: anns } = r.audit;
    expect(r.audit.inputDigest).toBe(sha256Hex(JSON.stringify({ question: q, asOf: at, readings, registry: reg, announcements: anns })));
    expect(r.audit.clarifications).toBeUndefined();
  });

  it("is described by AuditRecordSchema and the resolution's JSON Schema", () => {
    expect(AuditRecordSchema.parse(r.audit)).toEqual(r.audit);
    expect(Object.keys(r.audit)).toEqual(["format", "libraryVersion", "rulesDigest", "registry", "readings", "asOf", "question", "announcements", "inputDigest"]);
  });

  it("is on every resolution of a series, each with its own question", () => {
    const s = resolveSeries({ questions: [question, { companyId: "other-tech" }], announcements, asOf, registry });
    const [a, b] = s.resolutions;
    expect(a?.audit.announcements).toEqual(r.audit.announcements);
    expect(a?.audit.inputDigest).toBe(r.audit.inputDigest);
    expect(b?.audit.question.companyId).toBe("other-tech");
    expect(b?.audit.inputDigest).not.toBe(r.audit.inputDigest);
  });

  it("keeps its digests through a JSON round trip of the stored resolution", () => {
    const back = ResolutionSchema.parse(JSON.parse(JSON.stringify(r)));
    expect(back.audit).toEqual(r.audit);
    expect(JSON.stringify(back.audit)).toBe(JSON.stringify(r.audit));
  });

  it("pins the digests of a fixed small input (a change of the canonical form shows here)", () => {
    const small = resolve({ question, announcements: [qualifying, nearMiss], asOf, registry });
    expect({ announcements: small.audit.announcements, registry: small.audit.registry.digest, input: small.audit.inputDigest }).toMatchInlineSnapshot(`
      {
        "announcements": {
          "count": 2,
          "digest": "978c1b21e09bd78615aefb9b96d0f606e065af42bdfba0067a6975f48af818ae",
        },
        "input": "7ff5095e4ea2fb08c100c7e3d2c69ac0a65889cb7a1d344e51539ed006d4ee57",
        "registry": "67fdacda8a17543ae3feaad4114d6d3f044c4e9be19cf9ca6176822f54de3f92",
      }
    `);
  });
});

describe("the registry's digest", () => {
  it("tells apart two extensions that carry the same version", () => {
    const a = extendRegistry(builtinRegistry, { outlets: [{ id: "my-wire", name: "My Wire", kind: "news-agency", domains: ["mywire.example"] }] });
    const b = extendRegistry(builtinRegistry, { outlets: [{ id: "my-wire", name: "My Wire", kind: "other", domains: ["mywire.example"] }] });
    const q = { question: { companyId: "alibaba" }, announcements: [], asOf };
    const [ra, rb] = [resolve({ ...q, registry: a }).audit.registry, resolve({ ...q, registry: b }).audit.registry];
    expect(ra.version).toBe("2026.11.0+custom");
    expect(rb.version).toBe(ra.version);
    expect(rb.digest).not.toBe(ra.digest);
  });

  it("depends on the content, not on the object: the same data made twice has one digest", () => {
    const data = { version: "mine-1", companies: [{ id: "acme-ai", name: "Acme AI" }] };
    const q = { question: { companyId: "acme-ai" }, announcements: [], asOf };
    expect(resolve({ ...q, registry: createRegistry(data) }).audit.registry).toEqual(resolve({ ...q, registry: createRegistry(data) }).audit.registry);
  });
});

describe("the announcements' digest does not depend on their order, or on how they were split", () => {
  const expected = resolve(input).audit;

  it("is the same for the announcements reversed, as a batch, in a resolver's chunks, and over merged shards", () => {
    expect(resolve({ ...input, announcements: [...announcements].reverse() }).audit).toEqual(expected);
    expect(resolve({ ...input, announcements: parseAnnouncements(announcements, { registry }) }).audit).toEqual(expected);
    const chunks = createResolver({ questions: [question], asOf, registry });
    chunks.add(announcements.slice(0, 1));
    chunks.add(parseAnnouncements(announcements.slice(1, 3), { registry }));
    chunks.add(announcements.slice(3));
    expect(chunks.resolution().audit).toEqual(expected);
    const [main, shard] = [createResolver({ questions: [question], asOf, registry }), createResolver({ questions: [question], asOf, registry })];
    main.add([announcements[2], announcements[0]]);
    shard.add([announcements[3], announcements[1]]);
    expect(main.merge(JSON.parse(JSON.stringify(shard.state())))).toEqual({ success: true, data: { added: 2 } });
    expect(main.resolution().audit).toEqual(expected);
  });

  test.prop([fc.array(anyAnnouncement, { maxLength: 12 }), fc.array(fc.nat(2)), fc.boolean()], runs(0.3))("for any order and any split into shards (merged through JSON)", (items, shardOf, batch) => {
    const whole = resolve({ question, announcements: items, asOf, registry }).audit;
    const shards = [0, 1, 2].map(() => createResolver({ questions: [question], asOf, registry }));
    const parts: Announcement[][] = [[], [], []];
    items.forEach((a, i) => parts[shardOf[i] ?? 0]?.push(a));
    shards.forEach((s, i) => s.add(batch ? parseAnnouncements([...(parts[i] ?? [])].reverse(), { registry }) : [...(parts[i] ?? [])].reverse()));
    const [main, ...rest] = shards as [ReturnType<typeof createResolver>, ...ReturnType<typeof createResolver>[]];
    for (const s of rest) expect(main.merge(JSON.parse(JSON.stringify(s.state()))).success).toBe(true);
    expect(main.resolution().audit).toEqual(whole);
  });

  it("is carried by a resolver's state, and a state with a forged product is refused", () => {
    const resolver = createResolver({ questions: [question], asOf, registry });
    resolver.add(announcements);
    const state = resolver.state();
    expect(state.announcementDigest.count).toBe(4);
    expect(state.announcementDigest.product).toMatch(/^[0-9a-f]{768}$/);
    const other = createResolver({ questions: [question], asOf, registry });
    const r = other.merge({ ...state, announcementDigest: { count: 4, product: "0".repeat(768) } });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues.map((i) => [i.path, i.code])).toEqual([["announcementDigest.product", "invalid-state"]]);
    expect(other.added).toBe(0);
  });
});
