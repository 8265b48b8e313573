import { bytesToHex } from "@noble/hashes/utils";
import type { Announcement } from "../models/announcement.js";
import { CLAUSES } from "../models/clause.js";
import { REASON_CODES } from "../criteria/reason-codes.js";
import type { Registry } from "../registry/registry.js";
import { muhashDigest, muhashElement, muhashMultiply, primitives } from "./muhash.js";

const UTF8 = new TextEncoder();
/** The UTF-8 bytes of the text being digested, reused (digesting is synchronous); a longer text gets its own. */
const ENCODED = new Uint8Array(16_384);

/** The MuHash3072 number of a text. */
function elementOf(text: string): bigint {
  // A UTF-16 code unit takes at most 3 bytes of UTF-8.
  if (text.length * 3 > ENCODED.length) return muhashElement(UTF8.encode(text));
  const { written } = UTF8.encodeInto(text, ENCODED);
  return muhashElement(ENCODED.subarray(0, written));
}

/** SHA-256 of a text's UTF-8 bytes, in lower-case hex. @internal */
export function sha256Hex(text: string): string {
  return bytesToHex(primitives().sha256(UTF8.encode(text)));
}

/**
 * The canonical text of a validated announcement: JSON with no white space, its fields in the
 * order of the `Announcement` schema (as validation writes them), defaults applied, text trimmed,
 * absent optional fields left out. @internal
 */
export function canonicalAnnouncement(a: Announcement): string {
  return JSON.stringify(a);
}

/**
 * The announcements a resolution is made over, as an order-free running digest: how many, and
 * the MuHash3072 product of their canonical texts. Adding in any order, in chunks, or merging
 * two gives the same value. @internal
 */
export class AnnouncementDigest {
  count = 0;
  product = 1n;

  /** Adds one announcement by its canonical text. */
  addText(text: string): void {
    this.product = muhashMultiply(this.product, elementOf(text));
    this.count++;
  }

  /** Adds a multiset already digested (a batch, or a resolver state's). */
  addProduct(count: number, product: bigint): void {
    this.product = muhashMultiply(this.product, product);
    this.count += count;
  }

  /** What a resolution reports: the count and the digest. */
  summary(): { readonly count: number; readonly digest: string } {
    return { count: this.count, digest: muhashDigest(this.product) };
  }
}

let rules: string | undefined;

/**
 * The digest of the rules: SHA-256 of `JSON.stringify({ clauses: CLAUSES, reasonCodes: REASON_CODES })`.
 * A change of a clause's text or of a reason code's meaning changes it. Computed once. @internal
 */
export function rulesDigest(): string {
  return (rules ??= sha256Hex(JSON.stringify({ clauses: CLAUSES, reasonCodes: REASON_CODES })));
}

/** Content digests of registries, computed once per registry object (registries are immutable). */
const registries = new WeakMap<Registry, string>();

/**
 * The digest of a registry's content: SHA-256 of `JSON.stringify({ version, companies, entities,
 * outlets })`, the tables as validated and in their order. Two registries with the same version
 * and different records have different digests. @internal
 */
export function registryDigest(registry: Registry): string {
  let digest = registries.get(registry);
  if (digest === undefined) {
    digest = sha256Hex(JSON.stringify({ version: registry.version, companies: registry.companies, entities: registry.entities, outlets: registry.outlets }));
    registries.set(registry, digest);
  }
  return digest;
}

/** The products of batches, computed once per batch (a batch is immutable). */
const batches = new WeakMap<object, bigint>();

/**
 * The MuHash3072 product of a validated batch's announcements (`count` of them, the canonical
 * text of the i-th given by `textAt`), computed on its first use and remembered for the batch's
 * lifetime: resolving a batch again costs one multiplication, not one per announcement. @internal
 */
export function batchProduct(batch: object, count: number, textAt: (i: number) => string): bigint {
  let product = batches.get(batch);
  if (product === undefined) {
    product = 1n;
    for (let i = 0; i < count; i++) product = muhashMultiply(product, elementOf(textAt(i)));
    batches.set(batch, product);
  }
  return product;
}
