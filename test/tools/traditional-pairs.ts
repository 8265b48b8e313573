import * as OpenCC from "opencc-js";
import { builtinRegistry } from "../../src/index.js";

const HAN = /\p{Script=Han}/u;

/** Every Chinese name and alias of the built-in registry, and the legal endings the normalizer drops. */
export function registryChineseNames(): string[] {
  const out = ["股份有限公司", "有限责任公司", "有限公司"];
  for (const r of [...builtinRegistry.companies, ...builtinRegistry.entities, ...builtinRegistry.outlets]) {
    for (const n of [r.name, ...(r.aliases ?? [])]) if (HAN.test(n)) out.push(n);
  }
  return out;
}

/**
 * The Traditional → Simplified character pairs needed so that the Traditional forms of the
 * registry's Chinese names (as written in Taiwan, Hong Kong, and by OpenCC's generic Traditional; character by character, never the Taiwan phrase substitutions)
 * fold to their Simplified forms. A Traditional character that would fold to two different
 * Simplified ones is a conflict and is left out.
 */
export function traditionalPairs(): { pairs: [string, string][]; conflicts: string[] } {
  const converters = (["t", "tw", "hk"] as const).map((to) => OpenCC.Converter({ from: "cn", to }));
  const map = new Map<string, string>();
  const conflicts = new Set<string>();
  for (const name of registryChineseNames()) {
    const simplified = Array.from(name);
    for (const convert of converters) {
      const traditional = Array.from(convert(name) as string);
      if (traditional.length !== simplified.length) continue;
      traditional.forEach((t, i) => {
        const s = simplified[i] as string;
        if (t === s || !HAN.test(t)) return;
        const seen = map.get(t);
        if (seen !== undefined && seen !== s) conflicts.add(t);
        map.set(t, s);
      });
    }
  }
  for (const t of conflicts) map.delete(t);
  const pairs = [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { pairs, conflicts: [...conflicts] };
}
