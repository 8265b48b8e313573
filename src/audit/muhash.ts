import { chacha20 } from "@noble/ciphers/chacha";
import { sha256 } from "@noble/hashes/sha2";
import { bytesToHex } from "@noble/hashes/utils";

/**
 * MuHash3072, the multiset hash Bitcoin Core uses for its UTXO set digest (`src/crypto/muhash.cpp`):
 * each element is mapped to a number modulo the prime 2^3072 − 1103717 (its SHA-256 keys a
 * ChaCha20 keystream of 384 bytes, read little-endian), and a multiset's digest is the SHA-256
 * of the product of its elements' numbers (384 bytes, little-endian). The product does not depend
 * on the order of the elements, and two products multiply into the product of the union: the
 * digest of announcements added in any order, in chunks or in shards merged later, is the same.
 * Finding two different multisets with the same product is as hard as the discrete logarithm in
 * that group (Clarke et al., 2003; Bellare and Micciancio, 1997); the sums and XORs of hashes that
 * would be cheaper are not (Wagner's generalized birthday attack). See docs/audit.md.
 *
 * SHA-256 and ChaCha20 come from the runtime's `node:crypto` (OpenSSL) where the runtime hands it
 * out synchronously (`process.getBuiltinModule`: Node.js 20.16, 22.3 and later), and from
 * `@noble/hashes` and `@noble/ciphers` everywhere else (browsers, older Node.js). Both give the
 * same bytes; the platform's is only faster. The choice is made on first use, after checking that
 * the platform's answer for one input is the noble one.
 */

/** The prime modulus, 2^3072 − 1103717. @internal */
export const MUHASH_PRIME = (1n << 3072n) - 1103717n;
const C = 1103717n;
const MASK = (1n << 3072n) - 1n;

/**
 * The two primitives an element needs, and the reading of 384 little-endian bytes as a number:
 * one implementation from node:crypto, one from the noble packages. @internal
 */
export interface MuHashPrimitives {
  /** Which implementation this is. */
  readonly name: "node" | "noble";
  /** SHA-256 of some bytes. */
  sha256(bytes: Uint8Array): Uint8Array;
  /** The number an element maps to: ChaCha20 keyed by its SHA-256 (nonce and counter 0), 384 bytes read little-endian. */
  element(bytes: Uint8Array): bigint;
}

/** Two hex digits per byte value, as character codes, for reading bytes as a hex numeral. */
const HEX_CODES = new Uint8Array(512);
for (let i = 0; i < 256; i++) {
  const h = i.toString(16).padStart(2, "0");
  HEX_CODES[2 * i] = h.charCodeAt(0);
  HEX_CODES[2 * i + 1] = h.charCodeAt(1);
}

const NONCE = new Uint8Array(12);
const ZEROS = new Uint8Array(384);
/** The keystream of the element being mapped, reused: mapping is synchronous and reads it at once. */
const STREAM = new Uint8Array(384);
/** `0x` and the 768 hex digits of the element being mapped, reused likewise. */
const NUMERAL = new Uint8Array(770);
NUMERAL[0] = 48;
NUMERAL[1] = 120;
let ascii: { decode(bytes: Uint8Array): string } | undefined;

/** The noble packages' primitives: pure JavaScript, for every runtime. @internal */
export const NOBLE_PRIMITIVES: MuHashPrimitives = {
  name: "noble",
  sha256: (bytes) => sha256(bytes),
  element(bytes) {
    chacha20(sha256(bytes), NONCE, ZEROS, STREAM);
    // The numeral, most significant byte (the last) first; BigInt reads hex in linear time,
    // where 48 shifts of a growing BigInt cost quadratic time.
    for (let i = 383, j = 2; i >= 0; i--, j += 2) {
      const b = (STREAM[i] as number) << 1;
      NUMERAL[j] = HEX_CODES[b] as number;
      NUMERAL[j + 1] = HEX_CODES[b + 1] as number;
    }
    return BigInt((ascii ??= new TextDecoder()).decode(NUMERAL));
  },
};

/** What of node:crypto is used (its types are not referenced: the ESM build also runs in browsers). */
interface NodeCrypto {
  hash?: (algorithm: string, data: Uint8Array, outputEncoding: "buffer") => NodeBuffer;
  createHash(algorithm: string): { update(data: Uint8Array): { digest(): NodeBuffer } };
  createCipheriv(algorithm: string, key: Uint8Array, iv: Uint8Array): { update(data: Uint8Array): NodeBuffer };
}
type NodeBuffer = Uint8Array & { toString(encoding: "hex"): string };

/**
 * node:crypto's primitives, when the runtime hands node:crypto out synchronously
 * (`process.getBuiltinModule`), it has ChaCha20, and it gives the noble answer for a test
 * input; otherwise `undefined`. No module is imported statically: the ESM build runs in browsers. @internal
 */
export function nodePrimitives(): MuHashPrimitives | undefined {
  try {
    const get = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule;
    if (typeof get !== "function") return undefined;
    const crypto = get("node:crypto") as NodeCrypto | undefined;
    if (typeof crypto?.createCipheriv !== "function" || typeof crypto.createHash !== "function") return undefined;
    const { hash, createHash, createCipheriv } = crypto;
    // OpenSSL's chacha20 takes a 16-byte IV: the 32-bit block counter (little-endian), then the 96-bit nonce.
    const iv = new Uint8Array(16);
    const digest: (bytes: Uint8Array) => NodeBuffer =
      typeof hash === "function" ? (bytes) => hash("sha256", bytes, "buffer") : (bytes) => createHash("sha256").update(bytes).digest();
    const node: MuHashPrimitives = {
      name: "node",
      sha256: digest,
      element(bytes) {
        // A fresh buffer of the cipher's: reversed in place, it is the number's bytes, most significant first.
        const stream = createCipheriv("chacha20", digest(bytes), iv).update(ZEROS);
        return BigInt(`0x${stream.reverse().toString("hex")}`);
      },
    };
    const probe = new Uint8Array(300).map((_, i) => i * 7);
    return node.element(probe) === NOBLE_PRIMITIVES.element(probe) && equalBytes(node.sha256(probe), NOBLE_PRIMITIVES.sha256(probe)) ? node : undefined;
  } catch {
    return undefined;
  }
}

function equalBytes(x: Uint8Array, y: Uint8Array): boolean {
  return x.length === y.length && x.every((b, i) => b === y[i]);
}

let chosen: MuHashPrimitives | undefined;

/** The primitives this runtime uses: node:crypto's where {@link nodePrimitives} gives them, else the noble ones; chosen on first use. @internal */
export function primitives(): MuHashPrimitives {
  return (chosen ??= nodePrimitives() ?? NOBLE_PRIMITIVES);
}

/**
 * For tests only: makes the library use these primitives (`undefined`: choose again on next use).
 * Not reachable from the package's entry points. @internal
 */
export function usePrimitives(p: MuHashPrimitives | undefined): void {
  chosen = p;
}

/** `x` modulo the prime, for `x` below 2^6144 (a product of two residues): 2^3072 is 1103717 modulo the prime. */
function reduce(x: bigint): bigint {
  x = (x & MASK) + (x >> 3072n) * C;
  x = (x & MASK) + (x >> 3072n) * C;
  while (x >= MUHASH_PRIME) x -= MUHASH_PRIME;
  return x;
}

/** The number an element maps to: ChaCha20 keyed by its SHA-256 (nonce and counter 0), 384 bytes read little-endian. @internal */
export function muhashElement(bytes: Uint8Array): bigint {
  return primitives().element(bytes);
}

/** The product of two accumulators (or an accumulator and an element). @internal */
export function muhashMultiply(x: bigint, y: bigint): bigint {
  return reduce(x * y);
}

/** The 384 little-endian bytes of a residue. */
function toBytes(x: bigint): Uint8Array {
  const out = new Uint8Array(384);
  const view = new DataView(out.buffer);
  for (let i = 0; i < 384; i += 8, x >>= 64n) view.setBigUint64(i, BigInt.asUintN(64, x), true);
  return out;
}

/** The digest of a multiset from its product: SHA-256 of the product's 384 little-endian bytes, in hex (the bytes in the order SHA-256 writes them). @internal */
export function muhashDigest(product: bigint): string {
  return bytesToHex(primitives().sha256(toBytes(reduce(product))));
}

/** A product written for a resolver state: 768 hex digits, most significant first. @internal */
export function formatProduct(product: bigint): string {
  return reduce(product).toString(16).padStart(768, "0");
}

/** A product read back from {@link formatProduct}'s form; `undefined` unless it is 768 hex digits of a residue other than 0. @internal */
export function parseProduct(text: string): bigint | undefined {
  if (!/^[0-9a-f]{768}$/.test(text)) return undefined;
  const x = BigInt(`0x${text}`);
  return x === 0n || x >= MUHASH_PRIME ? undefined : x;
}
