import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REASON_CODES, type ReasonCode } from "../../src/index.js";

const FILES = {
  company: "company.ts",
  russianEntity: "russian-entity.ts",
  aiScope: "ai-scope.ts",
  formality: "formality.ts",
  publicity: "publicity.ts",
  timing: "timing.ts",
} as const;

describe("REASON_CODES", () => {
  it.each(Object.keys(REASON_CODES) as ReasonCode[])("%s is emitted by the evaluator of its criterion", (code) => {
    const { criterion, meaning } = REASON_CODES[code];
    const source = readFileSync(join(__dirname, "../../src/criteria", FILES[criterion]), "utf8");
    expect(source).toContain(`"${code}"`);
    expect(meaning.length).toBeGreaterThan(10);
  });
});
