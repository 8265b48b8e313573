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
 */

/** The prime modulus, 2^3072 − 1103717. @internal */
export const MUHASH_PRIME = (1n << 3072n) - 1103717n;
const C = 1103717n;
const MASK = (1n << 3072n) - 1n;
const NONCE = new Uint8Array(12);
const ZEROS = new Uint8Array(384);
/** The keystream of the element being mapped, reused: mapping is synchronous and reads it at once. */
const STREAM = new Uint8Array(384);
const STREAM_VIEW = new DataView(STREAM.buffer);

/** `x` modulo the prime, for `x` below 2^6144 (a product of two residues): 2^3072 is 1103717 modulo the prime. */
function reduce(x: bigint): bigint {
  x = (x & MASK) + (x >> 3072n) * C;
  x = (x & MASK) + (x >> 3072n) * C;
  while (x >= MUHASH_PRIME) x -= MUHASH_PRIME;
  return x;
}

/** The number an element maps to: ChaCha20 keyed by its SHA-256 (nonce and counter 0), 384 bytes read little-endian. @internal */
export function muhashElement(bytes: Uint8Array): bigint {
  chacha20(sha256(bytes), NONCE, ZEROS, STREAM);
  let x = 0n;
  for (let i = 376; i >= 0; i -= 8) x = (x << 64n) | STREAM_VIEW.getBigUint64(i, true);
  return x;
}

/** The product of two accumulators (or an accumulator and an element). @internal */
export function muhashMultiply(x: bigint, y: bigint): bigint {
  return reduce(x * y);
}

/** The 384 little-endian bytes of a residue. */
function toBytes(x: bigint): Uint8Array {
  const hex = x.toString(16).padStart(768, "0");
  const out = new Uint8Array(384);
  for (let i = 0; i < 384; i++) out[i] = Number.parseInt(hex.slice(766 - 2 * i, 768 - 2 * i), 16);
  return out;
}

/** The digest of a multiset from its product: SHA-256 of the product's 384 little-endian bytes, in hex (the bytes in the order SHA-256 writes them). @internal */
export function muhashDigest(product: bigint): string {
  return bytesToHex(sha256(toBytes(reduce(product))));
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
