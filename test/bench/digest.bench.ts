/**
 * The audit record's announcement digest (MuHash3072), per announcement: SHA-256 and ChaCha20 of
 * its canonical text into a number, multiplied into the product (src/audit/muhash.ts). Contenders,
 * in one process, alternated and repeated, over the canonical texts of a realistic corpus:
 * - "before": the implementation up to 0.1.0's audit record (noble's SHA-256 and ChaCha20, the
 *   keystream read as 48 64-bit words shifted into a BigInt), kept here as the baseline;
 * - "noble": the noble primitives as the library now uses them where node:crypto is not at hand
 *   (browsers, Node.js before 20.16);
 * - "node": node:crypto's SHA-256 and ChaCha20, as the library uses them on Node.js;
 * - the multiplication modulo the prime alone, and the same with two elements multiplied
 *   together before the accumulator.
 * Every contender must give the same product, or the run fails. `DIGEST_N` (default 4,000) and
 * `DIGEST_REPEATS` (default 9) tune it. Part of `npm run bench`; alone, after `npm run build`:
 * `node --import tsx test/bench/digest.bench.ts`.
 */
import { performance } from "node:perf_hooks";
import { chacha20 } from "@noble/ciphers/chacha";
import { sha256 } from "@noble/hashes/sha2";
import type * as MuHash from "../../src/audit/muhash.js";
import { realisticCorpus } from "./corpus.js";
import { Announcement } from "./lib.js";

// The built module, as lib.ts loads the package (`npm run build` first; `npm run bench` does).
const { NOBLE_PRIMITIVES, muhashMultiply, nodePrimitives } = (await import(new URL("../../dist/audit/muhash.js", import.meta.url).href)) as typeof MuHash;

const N = Number(process.env.DIGEST_N ?? 4000);
const REPEATS = Number(process.env.DIGEST_REPEATS ?? 9);
const texts = realisticCorpus(N, 1).map((a) => JSON.stringify(Announcement.parse(a)));
const UTF8 = new TextEncoder();
const ENCODED = new Uint8Array(1 << 16);

/** The element as the library computed it before: noble, and 48 shifts of a BigInt. */
const NONCE = new Uint8Array(12);
const ZEROS = new Uint8Array(384);
const STREAM = new Uint8Array(384);
const STREAM_VIEW = new DataView(STREAM.buffer);
function elementBefore(bytes: Uint8Array): bigint {
  chacha20(sha256(bytes), NONCE, ZEROS, STREAM);
  let x = 0n;
  for (let i = 376; i >= 0; i -= 8) x = (x << 64n) | STREAM_VIEW.getBigUint64(i, true);
  return x;
}

const node = nodePrimitives();
if (node === undefined) throw new Error("node:crypto's primitives are not available here (Node.js 20.16 or later needed)");
const elements = texts.map((t) => NOBLE_PRIMITIVES.element(UTF8.encode(t)));

/** The product of the corpus's elements, each text encoded as digests.ts encodes it. */
function productWith(element: (bytes: Uint8Array) => bigint): bigint {
  let product = 1n;
  for (const t of texts) product = muhashMultiply(product, element(ENCODED.subarray(0, UTF8.encodeInto(t, ENCODED).written)));
  return product;
}
const via = (p: MuHash.MuHashPrimitives) => () => productWith((bytes) => p.element(bytes));
const contenders: [string, () => bigint][] = [
  ["before (noble, 48 shifts)", () => productWith(elementBefore)],
  ["noble (now)", via(NOBLE_PRIMITIVES)],
  ["node:crypto (now)", via(node)],
  [
    "multiplication alone",
    () => {
      let product = 1n;
      for (const x of elements) product = muhashMultiply(product, x);
      return product;
    },
  ],
  [
    "multiplication alone, elements in pairs",
    () => {
      let product = 1n;
      for (let i = 0; i + 1 < elements.length; i += 2) product = muhashMultiply(product, muhashMultiply(elements[i] as bigint, elements[i + 1] as bigint));
      if (elements.length % 2 === 1) product = muhashMultiply(product, elements[elements.length - 1] as bigint);
      return product;
    },
  ],
];

const times = new Map<string, number[]>();
let expected: bigint | undefined;
for (let r = -1; r < REPEATS; r++) {
  const order = r % 2 === 0 ? contenders : [...contenders].reverse();
  for (const [label, run] of order) {
    const t0 = performance.now();
    const product = run();
    const us = ((performance.now() - t0) * 1000) / texts.length;
    if ((expected ??= product) !== product) throw new Error(`${label} gives another product`);
    if (r >= 0) times.set(label, [...(times.get(label) ?? []), us]);
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const avg = texts.reduce((n, t) => n + t.length, 0) / texts.length;
console.log(`MuHash3072 over ${texts.length} canonical texts (${avg.toFixed(0)} characters on average), ${REPEATS} alternated repeats, Node ${process.version}; all products equal\n`);
console.log(`${"contender".padEnd(42)} ${"min µs".padStart(8)} ${"median".padStart(8)}  per announcement`);
for (const [label, xs] of times) console.log(`${label.padEnd(42)} ${Math.min(...xs).toFixed(2).padStart(8)} ${median(xs).toFixed(2).padStart(8)}`);
const ratio = (a: string, b: string) => {
  const xs = times.get(a) as number[];
  const ys = times.get(b) as number[];
  const rs = xs.map((x, i) => x / (ys[i] as number));
  console.log(`${`${a} / ${b}`.padEnd(62)} ${median(rs).toFixed(2)}x (min ${Math.min(...rs).toFixed(2)}, max ${Math.max(...rs).toFixed(2)})`);
};
console.log("\nratios (median over repeats, each repeat's times run close together):");
ratio("before (noble, 48 shifts)", "node:crypto (now)");
ratio("before (noble, 48 shifts)", "noble (now)");
ratio("multiplication alone", "multiplication alone, elements in pairs");
