/**
 * Every regular expression literal in src/ must be free of catastrophic (super-linear)
 * backtracking. Checked statically with recheck (https://makenowjust-labs.github.io/recheck/),
 * not by timing a match: recheck's automaton checker proves a pattern safe or gives an attack
 * string; for the few patterns the automaton cannot handle (look-arounds, back-references) it
 * falls back to its seeded fuzz checker.
 *
 * The scanner below finds regex literals by a small lexer (strings, template literals and
 * comments are skipped; a `/` starts a regex where an expression may begin). `new RegExp(...)`
 * built at run time cannot be checked statically, so src/ must not use it.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { checkSync } from "recheck";
import { describe, expect, it } from "vitest";

const SRC = join(__dirname, "../../src");

export interface RegexLiteral {
  readonly file: string;
  readonly line: number;
  readonly source: string;
  readonly flags: string;
}

const REGEX_PRECEDERS = new Set(["(", ",", "=", ":", "[", "!", "&", "|", "?", "{", "}", ";", "+", "-", "*", "%", "<", ">", "~", "^"]);
const REGEX_KEYWORDS = new Set(["return", "typeof", "instanceof", "in", "of", "new", "delete", "void", "throw", "case", "do", "else", "yield", "await"]);

/** Extracts every regex literal from TypeScript source text. */
export function regexLiterals(text: string, file = "<text>"): RegexLiteral[] {
  const out: RegexLiteral[] = [];
  let i = 0;
  let line = 1;
  let prev = ""; // last significant token: a punctuator, or a word
  const templateDepth: number[] = []; // brace depth at each `${` opened inside a template literal
  let braces = 0;
  const n = text.length;
  const skipString = (quote: string) => {
    i++;
    while (i < n && text[i] !== quote) {
      if (text[i] === "\\") i++;
      else if (text[i] === "\n") line++;
      i++;
    }
    i++;
  };
  /** At a backtick or at the `}` closing a `${`; stops after the closing backtick ("str") or after `${` ("{"). */
  const skipTemplate = (): string => {
    i++;
    while (i < n) {
      const c = text[i];
      if (c === "\\") i += 2;
      else if (c === "`") {
        i++;
        return "str";
      } else if (c === "$" && text[i + 1] === "{") {
        i += 2;
        templateDepth.push(braces);
        braces++;
        return "{";
      } else {
        if (c === "\n") line++;
        i++;
      }
    }
    return "str";
  };
  while (i < n) {
    const c = text[i] as string;
    if (c === "\n") {
      line++;
      i++;
    } else if (/\s/.test(c)) i++;
    else if (c === "/" && text[i + 1] === "/") {
      while (i < n && text[i] !== "\n") i++;
    } else if (c === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      const stop = end === -1 ? n : end + 2;
      for (let k = i; k < stop; k++) if (text[k] === "\n") line++;
      i = stop;
    } else if (c === '"' || c === "'") {
      skipString(c);
      prev = "str";
    } else if (c === "`") {
      prev = skipTemplate();
    } else if (c === "}" && templateDepth.length > 0 && templateDepth[templateDepth.length - 1] === braces - 1) {
      templateDepth.pop();
      braces--;
      prev = skipTemplate();
    } else if (c === "/" && (prev === "" || REGEX_PRECEDERS.has(prev) || REGEX_KEYWORDS.has(prev))) {
      const start = i + 1;
      let inClass = false;
      i++;
      while (i < n) {
        const d = text[i];
        if (d === "\\") i += 2;
        else if (d === "[") {
          inClass = true;
          i++;
        } else if (d === "]") {
          inClass = false;
          i++;
        } else if (d === "/" && !inClass) break;
        else i++;
      }
      const source = text.slice(start, i);
      i++;
      let flags = "";
      while (i < n && /[a-z]/i.test(text[i] as string)) flags += text[i++];
      out.push({ file, line, source, flags });
      prev = "regex";
    } else if (/[A-Za-z_$0-9]/.test(c)) {
      let w = "";
      while (i < n && /[A-Za-z_$0-9]/.test(text[i] as string)) w += text[i++];
      prev = w;
    } else {
      if (c === "{") braces++;
      else if (c === "}") braces--;
      prev = c;
      i++;
    }
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((f) => f.isFile() && f.name.endsWith(".ts"))
    .map((f) => join(f.parentPath, f.name))
    .sort();
}

const files = sourceFiles(SRC);
const literals = files.flatMap((f) => regexLiterals(readFileSync(f, "utf8"), relative(SRC, f)));

describe("the regex scanner", () => {
  it("finds literals and skips strings, templates, comments and division", () => {
    const text = [
      "const a = /x+/gu; // not /a comment/",
      "const b = 'a/b/c' + `t/${ /in-template/.source }/u`;",
      "/* /in comment/ */ const c = x / y / z;",
      "if (/^\\d{4}$/.test(s)) return /[/]/;",
      "z.string().regex(/^[a-z]+$/, \"msg\");",
    ].join("\n");
    expect(regexLiterals(text).map((r) => [r.source, r.flags])).toEqual([
      ["x+", "gu"],
      ["in-template", ""],
      ["^\\d{4}$", ""],
      ["[/]", ""],
      ["^[a-z]+$", ""],
    ]);
  });

  it("found the regexes of src/ (the instant pattern, record ids, domains, name normalization)", () => {
    const sources = literals.map((l) => l.source);
    expect(literals.length).toBeGreaterThanOrEqual(10);
    expect(sources.some((s) => s.startsWith("^(\\d{4})-(\\d{2})-(\\d{2})T"))).toBe(true);
    expect(sources).toContain("^[a-z0-9]+(?:-[a-z0-9]+)*$");
    expect(sources.some((s) => s.startsWith("^(?=.{1,253}$)"))).toBe(true);
    expect(sources.some((s) => s.includes("\\p{Script=Latin}"))).toBe(true);
  });

  it("src/ builds no RegExp at run time (it could not be checked statically)", () => {
    const dynamic = files.filter((f) => /\bnew RegExp\s*\(|\bRegExp\s*\(/.test(readFileSync(f, "utf8"))).map((f) => relative(SRC, f));
    expect(dynamic).toEqual([]);
  });
});

describe("every regex literal in src/ is free of catastrophic backtracking (recheck)", () => {
  it("recheck itself flags a known-vulnerable pattern", () => {
    expect(checkSync("^(a+)+$", "").status).toBe("vulnerable");
  }, 60_000);

  for (const l of literals) {
    it(`${l.file}:${l.line} /${l.source.length > 60 ? `${l.source.slice(0, 60)}…` : l.source}/${l.flags}`, () => {
      const result = checkSync(l.source, l.flags, { timeout: 30_000, randomSeed: 42 });
      const detail = result.status === "vulnerable" ? ` attack: ${JSON.stringify(result.attack?.pattern ?? result.attack)}` : result.status === "unknown" ? ` (${JSON.stringify(result.error)})` : "";
      expect(result.status, `${l.file}:${l.line} /${l.source}/${l.flags} is ${result.status}${detail}`).toBe("safe");
    }, 60_000);
  }
});
