import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// Every name the package exports must carry TSDoc with a summary and an @example.
const entry = join(__dirname, "../../src/index.ts");
const program = ts.createProgram([entry], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, strict: true, noEmit: true });
const checker = program.getTypeChecker();
const source = program.getSourceFile(entry);
const moduleSymbol = source === undefined ? undefined : checker.getSymbolAtLocation(source);
const exported = moduleSymbol === undefined ? [] : checker.getExportsOfModule(moduleSymbol);

function docOf(symbol: ts.Symbol): { summary: string; example: boolean } {
  const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  // A schema and its type share a name: the documentation of either declaration counts.
  let summary = ts.displayPartsToString(target.getDocumentationComment(checker)).trim();
  let example = target.getJsDocTags(checker).some((t) => t.name === "example");
  if (!example) {
    for (const d of target.declarations ?? []) {
      for (const tag of ts.getJSDocTags(d)) if (tag.tagName.text === "example") example = true;
      const jsdoc = ts.getJSDocCommentsAndTags(d);
      if (summary === "" && jsdoc.length > 0) summary = String((jsdoc[0] as ts.JSDoc).comment ?? "");
    }
  }
  return { summary, example };
}

describe("the public surface", () => {
  it("is what src/index.ts lists", () => {
    expect(exported.length).toBeGreaterThan(40);
  });

  it.each(exported.map((s) => [s.getName(), s] as const))("documents %s with a summary and an @example", (_, symbol) => {
    const { summary, example } = docOf(symbol);
    expect(summary.length, "summary").toBeGreaterThan(10);
    expect(example, "@example").toBe(true);
  });
});
