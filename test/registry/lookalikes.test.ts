import { describe, expect, it } from "vitest";
import { type Entity, builtinRegistry as r } from "../../src/index.js";

/** Whether an entity is held, through any chain, by a company of the registry (a Chinese company's own arm). */
function heldByCompany(e: Entity): boolean {
  const seen = new Set<string>();
  const queue = [...(e.owners ?? [])].map((o) => o.id);
  while (queue.length > 0) {
    const id = queue.pop() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    if (r.getCompany(id) !== undefined) return true;
    for (const o of r.getEntity(id)?.owners ?? []) queue.push(o.id);
  }
  return false;
}

describe("C2.control: look-alikes of a Chinese company's name are recognised (resembleCompany)", () => {
  it.each([
    ["Alibaba\u3164Cloud", "alibaba-cloud", "a Hangul filler that shows as a space"],
    ["AlibabaCloud", "alibaba-cloud", "the brand's own joined spelling"],
    ["Ali baba Cloud", "alibaba-cloud", "a space inside the name"],
    ["A l i b a b a", "alibaba", "spaced letters"],
    ["ＡｌｉｂａｂａＣｌｏｕｄ", "alibaba-cloud", "full-width letters"],
    ["Аlibaba Cloud", "alibaba-cloud", "a Cyrillic А"],
    ["ХІАОМІ", "xiaomi", "all-Cyrillic capitals"],
    ["Асме", undefined, "not a registry company"],
    ["HuaweiTech LLC", "huawei", "joined to another word"],
    ["Huawei\u00ADTech", "huawei", "a soft hyphen"],
    ["Hua-wei Rus", "huawei", "a hyphen inside the name"],
    ["H.U.A.W.E.I. Rus", "huawei", "initials"],
    ["ХуавэйТех", "huawei", "the Russian spelling joined to another word"],
    ["Z.T.E.", "zte", "a short name with points"],
    ["Deep Seek", "deepseek", "split in two"],
    ["ДипСикРус", "deepseek", "Russian spelling, joined"],
    ["Сяоми Рус", "xiaomi", "Russian spelling with a suffix"],
  ] as [string, string | undefined, string][])("%s resembles %s (%s)", (name, id) => {
    expect(r.resembleCompany(name)?.company.id).toBe(id);
  });

  it("no built-in Russian-side entity that no company holds has a name resembling a company's (no false alarms)", () => {
    const alarms: string[] = [];
    for (const e of r.entities) {
      if (heldByCompany(e)) continue;
      for (const n of [e.name, ...(e.aliases ?? [])]) {
        const like = r.resembleCompany(n);
        if (like !== undefined) alarms.push(`${e.id}: ${n} ${like.how} ${like.company.id}`);
      }
    }
    expect(alarms).toEqual([]);
  });
});
