/**
 * The two implementations of MuHash3072's primitives (src/audit/muhash.ts): node:crypto's, used
 * where the runtime hands it out synchronously, and the noble packages', used elsewhere. They must
 * give the same bytes and numbers for every input, and each must reproduce Bitcoin Core's
 * published vector; the library must fall back to noble whenever node:crypto is missing, throws,
 * or answers otherwise.
 */
import { fc, test } from "@fast-check/vitest";
import { afterEach, describe, expect, it } from "vitest";
import { MUHASH_PRIME, type MuHashPrimitives, NOBLE_PRIMITIVES, muhashDigest, muhashElement, muhashMultiply, nodePrimitives, primitives, usePrimitives } from "../../src/audit/muhash.js";
import { sha256Hex } from "../../src/audit/digests.js";
import { resolve } from "../../src/index.js";
import { qualifying, registry, variant } from "../fixtures.js";
import { runs } from "../properties/arbitraries.js";
import { ReferenceMuHash } from "./reference.js";

const node = nodePrimitives() as MuHashPrimitives;
const both = [NOBLE_PRIMITIVES, node] as const;
const utf8 = (text: string) => new TextEncoder().encode(text);
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex");
/** A pseudo-random byte string of a given length (deterministic). */
const filler = (n: number, seed: number) => new Uint8Array(n).map((_, i) => (i * 131 + seed * 17 + ((i * i) >> 3)) & 0xff);

function inverse(x: bigint): bigint {
  let result = 1n;
  for (let e = MUHASH_PRIME - 2n, b = x; e > 0n; e >>= 1n, b = muhashMultiply(b, b)) if (e & 1n) result = muhashMultiply(result, b);
  return result;
}

describe("MuHash3072's primitives on every runtime", () => {
  it("uses node:crypto's on this Node.js (it has process.getBuiltinModule)", () => {
    expect(typeof process.getBuiltinModule).toBe("function");
    expect(node?.name).toBe("node");
    expect(primitives().name).toBe("node");
  });

  it.each(both.map((p) => [p.name, p] as const))("gives Bitcoin Core's published vector with the %s primitives", (_, p) => {
    const zero = new Uint8Array(32);
    const one = new Uint8Array(32);
    one[0] = 1;
    const two = new Uint8Array(32);
    two[0] = 2;
    const product = muhashMultiply(muhashMultiply(p.element(zero), p.element(one)), inverse(p.element(two)));
    const le = new Uint8Array(384);
    for (let i = 0, x = product; i < 384; i++, x >>= 8n) le[i] = Number(x & 0xffn);
    // Bitcoin Core prints a uint256 with its bytes reversed.
    expect(hex(p.sha256(le).reverse())).toBe("10d312b100cbd32ada024a6646e40d3482fcff103668d2625f10002a607d5863");
  });

  const fixed: [string, Uint8Array][] = [
    ["empty", new Uint8Array(0)],
    ["one zero byte", new Uint8Array(1)],
    ["ASCII", utf8('{"id":"a","title":"Acme and Sber"}')],
    ["Cyrillic and Chinese", utf8("Сбербанк 阿里云 合作 🤝")],
    ["a lone surrogate (encoded as U+FFFD)", utf8("x\ud800y")],
    ["55 bytes (one SHA-256 block with its padding)", filler(55, 1)],
    ["56 bytes (padding spills into a second block)", filler(56, 2)],
    ["64 bytes", filler(64, 3)],
    ["16,384 bytes", filler(16_384, 4)],
    ["20,000 bytes of mixed text", utf8("合作".repeat(2500) + "x".repeat(12_500))],
    ["100,000 bytes", filler(100_000, 5)],
    ["every byte value", new Uint8Array(256).map((_, i) => i)],
  ];
  it.each(fixed)("maps %s to the same number and SHA-256 with both, and the reference's", (_, bytes) => {
    const x = NOBLE_PRIMITIVES.element(bytes);
    expect(node.element(bytes)).toBe(x);
    expect(x > 0n && x < 1n << 3072n).toBe(true);
    expect(hex(node.sha256(bytes))).toBe(hex(NOBLE_PRIMITIVES.sha256(bytes)));
    expect(muhashDigest(x)).toBe(new ReferenceMuHash().insert(bytes).digest());
  });

  test.prop([fc.uint8Array({ minLength: 0, maxLength: 3000 })], runs())("maps any bytes to the same number with both", (bytes) => {
    expect(node.element(bytes)).toBe(NOBLE_PRIMITIVES.element(bytes));
    expect(hex(node.sha256(bytes))).toBe(hex(NOBLE_PRIMITIVES.sha256(bytes)));
  });

  test.prop([fc.array(fc.string({ unit: "binary", maxLength: 400 }), { maxLength: 12 })], runs(0.5))("gives the same product and digest of any texts with both, and the reference's", (texts) => {
    const ref = new ReferenceMuHash();
    const products = both.map((p) => texts.reduce((acc, t) => muhashMultiply(acc, p.element(utf8(t))), 1n));
    for (const t of texts) ref.insert(utf8(t));
    expect(products[1]).toBe(products[0]);
    expect(muhashDigest(products[0] as bigint)).toBe(ref.digest());
    expect(hex(node.sha256(utf8(texts.join())))).toBe(hex(NOBLE_PRIMITIVES.sha256(utf8(texts.join()))));
  });
});

describe("the choice of primitives", () => {
  const real = process.getBuiltinModule;
  const stub = (get: unknown) => Object.defineProperty(process, "getBuiltinModule", { value: get, configurable: true, writable: true });
  afterEach(() => {
    stub(real);
    usePrimitives(undefined);
  });

  it("is node:crypto only when process.getBuiltinModule gives a node:crypto that works and agrees with noble", async () => {
    const crypto = await import("node:crypto");
    stub(undefined);
    expect(nodePrimitives()).toBeUndefined();
    stub(() => undefined);
    expect(nodePrimitives()).toBeUndefined();
    stub(() => {
      throw new Error("no such module");
    });
    expect(nodePrimitives()).toBeUndefined();
    // A runtime without OpenSSL's chacha20 (createCipheriv throws).
    stub(() => ({ ...crypto, createCipheriv: () => crypto.createCipheriv("nonesuch", Buffer.alloc(32), Buffer.alloc(16)) }));
    expect(nodePrimitives()).toBeUndefined();
    // One whose ChaCha20 gives other bytes (a 12-byte nonce read differently).
    stub(() => ({ ...crypto, createCipheriv: (_: string, key: Uint8Array) => crypto.createCipheriv("chacha20", key, Buffer.alloc(16, 1)) }));
    expect(nodePrimitives()).toBeUndefined();
    // One without the one-shot crypto.hash (Node.js before 20.12): createHash instead.
    stub(() => ({ ...crypto, hash: undefined }));
    expect(nodePrimitives()?.element(utf8("x"))).toBe(NOBLE_PRIMITIVES.element(utf8("x")));
    stub(real);
    expect(nodePrimitives()?.name).toBe("node");
  });

  it("falls back to noble where there is no process.getBuiltinModule", () => {
    stub(undefined);
    usePrimitives(undefined);
    expect(primitives().name).toBe("noble");
    stub(real);
    usePrimitives(undefined);
    expect(primitives().name).toBe("node");
  });

  it("gives the same resolution digests with the noble primitives as with node:crypto's", () => {
    const long = variant({ id: "long", notes: "合作 Сбер ".repeat(1200) });
    const input = { question: { companyId: "acme-group" }, announcements: [qualifying, long, variant({ id: "b", title: "Acme и Сбер 阿里" })], asOf: "2026-11-23T00:00:00Z", registry };
    const text = JSON.stringify(registry.companies);
    const withNode = [resolve(input).audit, sha256Hex(text)];
    usePrimitives(NOBLE_PRIMITIVES);
    const withNoble = [resolve(input).audit, sha256Hex(text)];
    expect(withNoble).toEqual(withNode);
    expect((withNode[0] as { announcements: { count: number } }).announcements.count).toBe(3);
  });
});

it("muhashElement is the chosen primitives' element", () => {
  expect(muhashElement(utf8("ai"))).toBe(NOBLE_PRIMITIVES.element(utf8("ai")));
});
