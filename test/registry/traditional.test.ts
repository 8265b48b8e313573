import { describe, expect, it } from "vitest";
import { builtinRegistry, normalizeName } from "../../src/index.js";
import { foldTraditional } from "../../src/registry/traditional.js";
import { traditionalPairs } from "../tools/traditional-pairs.js";

describe("Traditional Chinese names fold to Simplified (C1.named)", () => {
  it("the shipped table is exactly what OpenCC derives from the registry's names (rerun test/tools/traditional-table.ts when this fails)", () => {
    const { pairs } = traditionalPairs();
    for (const [t, s] of pairs) expect(foldTraditional(t), `${t} → ${s}`).toBe(s);
    const shipped = Array.from(foldTraditional(pairs.map(([t]) => t).join("")));
    expect(shipped).toEqual(pairs.map(([, s]) => s));
  });

  it.each([
    ["華為", "huawei"],
    ["華為技術有限公司", "huawei-technologies"],
    ["騰訊", "tencent"],
    ["阿里巴巴集團", "alibaba"],
    ["阿里雲", "alibaba-cloud"],
    ["百度", "baidu"],
  ])("%s is %s", (name, id) => {
    const r = builtinRegistry.findCompany(name);
    expect(r.found && r.record.id).toBe(id);
  });

  it("folding is one-way: a Simplified name is unchanged", () => {
    expect(normalizeName("华为")).toEqual(normalizeName("華為"));
    expect(foldTraditional("华为技术有限公司")).toBe("华为技术有限公司");
  });
});
