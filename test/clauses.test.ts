import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { AI_ACTIVITIES, CLAUSES, CLAUSE_IDS } from "../src/index.js";

function sources(dir: string): string {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((f) => f.isFile() && f.name.endsWith(".ts"))
    .map((f) => readFileSync(join(f.parentPath, f.name), "utf8"))
    .join("\n");
}

describe("the clause table", () => {
  it("has the 51 clauses of the criteria, each with text", () => {
    expect(CLAUSE_IDS).toHaveLength(51);
    for (const id of CLAUSE_IDS) expect(CLAUSES[id].text.length).toBeGreaterThan(20);
  });

  it("lists the twelve C3 activities", () => {
    expect(AI_ACTIVITIES).toHaveLength(12);
    for (const a of AI_ACTIVITIES) expect(CLAUSE_IDS).toContain(a);
  });

  it("has every clause cited by the rules outside the table itself", () => {
    const rules = sources(join(__dirname, "../src/criteria")) + readFileSync(join(__dirname, "../src/engine/resolver.ts"), "utf8");
    const uncited = CLAUSE_IDS.filter((id) => !AI_ACTIVITIES.includes(id as never) && !rules.includes(`"${id}"`));
    expect(uncited).toEqual([]);
  });

  it("has every clause tested by a describe block of its own", () => {
    const tests = sources(join(__dirname));
    const untested = CLAUSE_IDS.filter((id) => !tests.includes(`describe("${id}"`) && !new RegExp(`\\["${id.replace(/\./g, "\\.")}"`).test(tests));
    expect(untested).toEqual([]);
  });
});
