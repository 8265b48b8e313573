/**
 * An independent implementation of the digests, written from docs/audit.md with node:crypto
 * (OpenSSL's SHA-256 and ChaCha20, plain BigInt arithmetic) rather than the library's code: what
 * a host in another language would write. The tests hold the library's digests equal to these.
 */
import { createCipheriv, createHash } from "node:crypto";

const P = (1n << 3072n) - 1103717n;

export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** docs/audit.md, "The announcements": an element's number. */
function element(bytes: Uint8Array): bigint {
  const key = createHash("sha256").update(bytes).digest();
  // OpenSSL's chacha20 takes a 16-byte IV: a 32-bit block counter (little-endian), then the 96-bit nonce; all zero.
  const stream = createCipheriv("chacha20", key, Buffer.alloc(16)).update(Buffer.alloc(384));
  return BigInt(`0x${Buffer.from(stream).reverse().toString("hex")}`);
}

/** The 384 little-endian bytes of a number below the prime. */
function littleEndian(x: bigint): Buffer {
  return Buffer.from(x.toString(16).padStart(768, "0"), "hex").reverse();
}

/** A multiset of byte strings, inserted and removed as Bitcoin Core's MuHash3072 does. */
export class ReferenceMuHash {
  numerator = 1n;
  denominator = 1n;
  insert(bytes: Uint8Array): this {
    this.numerator = (this.numerator * element(bytes)) % P;
    return this;
  }
  remove(bytes: Uint8Array): this {
    this.denominator = (this.denominator * element(bytes)) % P;
    return this;
  }
  /** SHA-256 of the 384 little-endian bytes of numerator / denominator, as the bytes come out of SHA-256. */
  digest(): string {
    return createHash("sha256").update(littleEndian((this.numerator * modPow(this.denominator, P - 2n)) % P)).digest("hex");
  }
}

function modPow(base: bigint, exponent: bigint): bigint {
  let result = 1n;
  let b = base % P;
  let e = exponent;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % P;
    b = (b * b) % P;
    e >>= 1n;
  }
  return result;
}

type Schema = { properties?: Record<string, Schema>; items?: Schema; anyOf?: Schema[]; oneOf?: Schema[] };

/** A value serialised with every object's keys in the order of its JSON Schema's `properties` (docs/audit.md, "Canonical text"). */
export function canonicalBySchema(value: unknown, schema: Schema): string {
  if (Array.isArray(value)) return `[${value.map((v) => canonicalBySchema(v, schema.items ?? {})).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const keys = Object.keys(value);
    const branches = [schema, ...(schema.anyOf ?? []), ...(schema.oneOf ?? [])];
    const shape = branches.find((b) => b.properties !== undefined && keys.every((k) => k in (b.properties as object)));
    if (shape?.properties === undefined) throw new Error(`no object schema for keys ${keys.join(", ")}`);
    const ordered = Object.keys(shape.properties).filter((k) => k in value);
    return `{${ordered.map((k) => `${JSON.stringify(k)}:${canonicalBySchema((value as Record<string, unknown>)[k], (shape.properties as Record<string, Schema>)[k] as Schema)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
