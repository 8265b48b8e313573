/**
 * Summarises a V8 CPU profile (`node --cpu-prof`) of a resolution: the share of samples spent in
 * garbage collection, in time-zone arithmetic (any frame of `@date-fns/tz` or `Intl` on the
 * stack), in zod (any frame of zod on the stack), and the heaviest functions by self time.
 */
import { readFileSync } from "node:fs";

interface CallFrame {
  readonly functionName: string;
  readonly url: string;
  readonly lineNumber: number;
}
interface ProfileNode {
  readonly id: number;
  readonly callFrame: CallFrame;
  readonly children?: readonly number[];
}
interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** What a profile's time went to, as fractions of the sampled time (idle excluded). */
export interface ProfileSummary {
  readonly totalMs: number;
  readonly gc: number;
  readonly tz: number;
  readonly zod: number;
  readonly top: readonly { readonly name: string; readonly share: number }[];
}

const isTz = (f: CallFrame): boolean => f.url.includes("@date-fns/tz") || /DateTimeFormat|formatToParts|resolvedOptions/.test(f.functionName);
const isZod = (f: CallFrame): boolean => /[\\/]zod[\\/]/.test(f.url);

/** Reads a `.cpuprofile` file and summarises it. */
export function summariseProfile(file: string): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
  const byId = new Map<number, ProfileNode>();
  const parent = new Map<number, number>();
  for (const n of profile.nodes) {
    byId.set(n.id, n);
    for (const c of n.children ?? []) parent.set(c, n.id);
  }
  /** Per node: whether a tz or zod frame is on its stack (memoised). */
  const flags = new Map<number, number>();
  const flagsOf = (id: number): number => {
    let f = flags.get(id);
    if (f !== undefined) return f;
    const n = byId.get(id) as ProfileNode;
    const up = parent.get(id);
    f = (isTz(n.callFrame) ? 1 : 0) | (isZod(n.callFrame) ? 2 : 0) | (up === undefined ? 0 : flagsOf(up));
    flags.set(id, f);
    return f;
  };
  let total = 0;
  let gc = 0;
  let tz = 0;
  let zod = 0;
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    const n = byId.get(id) as ProfileNode;
    if (n.callFrame.functionName === "(idle)" || n.callFrame.functionName === "(program)") return;
    total += dt;
    if (n.callFrame.functionName === "(garbage collector)") gc += dt;
    const f = flagsOf(id);
    if (f & 1) tz += dt;
    if (f & 2) zod += dt;
    const where = n.callFrame.url.replace(/^.*node_modules[\\/]/, "").replace(/^.*[\\/]/, "");
    const name = `${n.callFrame.functionName || "(anonymous)"} ${where}${where ? `:${n.callFrame.lineNumber + 1}` : ""}`;
    self.set(name, (self.get(name) ?? 0) + dt);
  });
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([name, t]) => ({ name, share: t / total }));
  return { totalMs: total / 1000, gc: gc / total, tz: tz / total, zod: zod / total, top };
}

/** The summary as a few lines of text. */
export function formatSummary(label: string, s: ProfileSummary): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const lines = [`${label}: ${s.totalMs.toFixed(0)} ms sampled; GC ${pct(s.gc)}, time-zone arithmetic ${pct(s.tz)}, zod ${pct(s.zod)}`];
  for (const t of s.top) lines.push(`  ${pct(t.share).padStart(6)}  ${t.name}`);
  return lines.join("\n");
}
