import type { z } from "zod";
import { deepFreeze } from "./freeze.js";
import { type FormatCode, formatCodeOf } from "./models/formats.js";

/**
 * Every code an {@link InputIssue} can carry, with what it means. Codes are kebab-case and
 * stable: a host may switch on them, store them or translate them; a new code may be added in
 * a minor release, and an existing one never changes meaning. Each string format has its own
 * code (`invalid-url`, `invalid-instant`, …).
 *
 * @example
 * ```ts
 * INPUT_ISSUE_CODES["invalid-time-zone"].meaning; // "Not a time zone the library accepts: …"
 * Object.keys(INPUT_ISSUE_CODES).includes("unknown-company"); // true
 * ```
 * @dataTable
 */
export const INPUT_ISSUE_CODES = deepFreeze({
  // The shape of the input (the JSON Schema of the models says the same).
  "missing-field": { meaning: "A required field is absent (or undefined); `expected` names what belongs there." },
  "invalid-type": { meaning: "The value has the wrong type (a number where text is expected, an array where an object is); `expected` and `received` name both." },
  "invalid-value": { meaning: "The value is not one of those allowed (an enum member, `true`); `expected` lists them." },
  "invalid-union": { meaning: "The value matches none of the forms the field accepts; `expected` lists their types." },
  "unknown-field": { meaning: "A field the model does not define: every object is closed, so a misspelt field is refused rather than dropped." },
  "too-small": { meaning: "Shorter, fewer or smaller than allowed; `expected` is the bound (`>=1`), `received` the length, count or value." },
  "too-big": { meaning: "Longer, more or larger than allowed (lengths in characters, that is code points); `expected` is the bound (`<=200`), `received` the length, count or value." },
  "blank-text": { meaning: "A text field holds nothing but white space." },
  "invalid-format": { meaning: "A string not in the form its field requires, where no more specific code applies." },
  "invalid-id": { meaning: "Not a registry id: lower-case ASCII words joined by hyphens, such as `alibaba-cloud`." },
  "invalid-domain": { meaning: "Not a lower-case host name such as `tass.ru` (no scheme, no path)." },
  "invalid-country-code": { meaning: "Not an upper-case ISO 3166-1 alpha-2 code such as `RU`." },
  "invalid-page-location": { meaning: "Not a lower-case `host/path` such as `habr.com/ru/companies/yandex`." },
  "invalid-url": { meaning: "Not an absolute http(s) URL with a host that a browser would parse." },
  "invalid-instant": { meaning: "Not an ISO 8601 instant with an offset (`2026-03-02T10:00:00+03:00`), or a day that does not exist, or an offset beyond ±14:00." },
  "invalid-date": { meaning: "Not a calendar date in the form asked for (`YYYY-MM-DD`), a day that does not exist (`2026-02-30`), or an invalid Date object." },
  "invalid-month": { meaning: "Not a calendar month `YYYY-MM`." },
  "invalid-time-zone": { meaning: "Not a time zone the library accepts: an IANA name in a tz area that the runtime knows (`Europe/Moscow`), `UTC`, or an offset up to ±14:00 (`+03:00`)." },
  "invalid-window": { meaning: "A question's `windowStart` is not before its `deadline`." },
  "invalid-clarifications": { meaning: "A question's clarifications are not in order of publication: numbers must increase and publication instants must not go back." },
  // Reading the input.
  unreadable: { meaning: "Reading the value threw (a throwing getter, a revoked Proxy)." },
  cycle: { meaning: "The value contains itself." },
  "too-deep": { meaning: "The input is nested deeper than `LIMITS.depth`." },
  "too-large": { meaning: "The input holds more values than `LIMITS.inputValues`; split it into several calls." },
  "too-many-issues": { meaning: "Validation stopped after `LIMITS.issues` problems; the rest were not listed." },
  "too-much-work": { meaning: "The request would need more work than `LIMITS` allows; split it into several calls." },
  // What the input refers to.
  "unknown-company": { meaning: "A question's `companyId` is not a company in the registry used." },
  "clarifications-differ": { meaning: "The questions of one incremental resolver would be resolved under different clarifications (different readings or registry records); make one resolver per set of clarifications." },
  "unknown-clarification": { meaning: "The `clarification` asked for is not the number of a clarification of every question resolved; `expected` lists the numbers there are." },
  "registry-mismatch": { meaning: "A batch of announcements was prepared against another registry than the one used." },
  "invalid-context": { meaning: "An evaluator's context is malformed (its question, bounds or `asOf`): a programmer error." },
  "unknown-source": { meaning: "A quote's `source` is not the position of a source the announcement lists; `expected` gives the positions there are." },
  "invalid-state": { meaning: "A resolver state handed to `merge` is not a state a resolver emits." },
  "incompatible-state": { meaning: "A resolver state was made under other settings (questions, `asOf`, readings, the registry's version or content, the clarification pin) than the resolver merging it." },
  // Registry data (createRegistry, extendRegistry).
  "duplicate-id": { meaning: "A registry id is used by two records." },
  "duplicate-alias": { meaning: "A name or alias already names another record once normalized." },
  "duplicate-domain": { meaning: "A host or page already belongs to another record." },
  "alias-empty": { meaning: "A name or alias is empty once normalized (only punctuation or legal forms)." },
  "alias-mixed-script": { meaning: "A word of a name or alias mixes scripts (Latin with Cyrillic, say), as look-alikes do." },
  "alias-unsupported-script": { meaning: "A name or alias has letters of a script names are not matched in." },
  "name-of-a-company": { meaning: "An entity takes a name of a Chinese company." },
  "inside-an-outlet": { meaning: "A host or page lies inside a qualifying outlet's site, where only records of its kind may be registered." },
  "unknown-owner": { meaning: "An owner is not a company or entity in the registry." },
  "stake-over-100": { meaning: "The stakes held in one record add up to more than 100%." },
  "ownership-cycle": { meaning: "Records own each other in a cycle." },
} as const);

/**
 * A stable input issue code (see {@link INPUT_ISSUE_CODES}).
 *
 * @example
 * ```ts
 * function explain(code: InputIssueCode): string {
 *   return INPUT_ISSUE_CODES[code].meaning;
 * }
 * ```
 */
export type InputIssueCode = keyof typeof INPUT_ISSUE_CODES;

// Every format code is an issue code (checked at compile time).
const FORMAT_CODES_ARE_ISSUE_CODES: FormatCode extends InputIssueCode ? true : never = true;
void FORMAT_CODES_ARE_ISSUE_CODES;

/**
 * One problem found in input data, with the path to the offending value
 * (`announcements[3].sources[0].url`), a stable `code` (see {@link INPUT_ISSUE_CODES}) and a
 * message for humans. `expected` and `received`, when present, say briefly what the field takes
 * and what it got (`expected: "<=200"`, `received: "201"`; `received` quotes at most 100
 * characters of a string).
 *
 * @example
 * ```ts
 * const issue: InputIssue = {
 *   path: "announcements[3].sources[0].url",
 *   segments: ["announcements", 3, "sources", 0, "url"],
 *   code: "invalid-url",
 *   message: "invalid URL: expected an absolute http(s) URL",
 *   received: '"tass.com/x"',
 * };
 * ```
 */
export interface InputIssue {
  /** Where the offending value is, written as a developer would (`announcements[3].sources[0].url`); empty for the input itself. */
  readonly path: string;
  /** The same path as keys and array positions, for a host that walks the input itself. */
  readonly segments: readonly (string | number)[];
  /** The stable kebab-case code of the problem, listed with its meaning in {@link INPUT_ISSUE_CODES}. */
  readonly code: InputIssueCode;
  /** The problem in one English sentence. */
  readonly message: string;
  /** Briefly, what the field takes (`<=200`, `string`, the allowed values). */
  readonly expected?: string;
  /** Briefly, what it got (`201`; a string quoted, cut at 100 characters). */
  readonly received?: string;
}

/**
 * The answer of a safe entry point: the data, or every problem found in the input.
 *
 * @example
 * ```ts
 * const r: Result<number> = { success: false, issues: [] };
 * if (r.success) console.log(r.data);
 * ```
 */
export type Result<T> =
  | {
      /** The input was valid. */
      readonly success: true;
      /** The answer. */
      readonly data: T;
    }
  | {
      /** The input was not valid, and nothing was done with it. */
      readonly success: false;
      /** Every problem found, each with its path (at most 1,000, then one saying how many more). */
      readonly issues: readonly InputIssue[];
    };

/** The brand of every {@link InputError}, shared by every copy of the library (ESM, CJS, bundled). */
const INPUT_ERROR = Symbol.for("ai-partnership-rules.InputError");

/**
 * An issue as any part of the library may build it: its code is brought into the union by
 * {@link InputError}.
 *
 * @inline
 */
type IssueInit = Omit<InputIssue, "code"> & {
  /** The issue's code: one of {@link INPUT_ISSUE_CODES}, or a zod code (snake_case) that is mapped to its kebab-case form, or `invalid-value` when it has none. */
  readonly code: string;
};

/**
 * Thrown by the throwing entry points (`resolve`, `createRegistry`, …) when their input is
 * invalid; `issues` holds every problem with its path. The safe twins (`safeResolve`, …) return
 * the same issues instead of throwing. Use {@link isInputError} rather than `instanceof` where
 * two copies of the library may meet (its ESM and CommonJS builds in one process); `instanceof`
 * answers the same for errors of either copy.
 *
 * @example
 * ```ts
 * try {
 *   resolve({ question: { companyId: "alibaba" }, announcements: [{}], asOf: "2026-01-01T00:00:00Z" });
 * } catch (e) {
 *   if (isInputError(e)) console.log(e.issues[0]?.path, e.issues[0]?.code); // "announcements[0].id" "missing-field"
 * }
 * ```
 */
export class InputError extends Error {
  /** Always `InputError`. */
  override readonly name = "InputError";
  /** Every problem found in the input, each with its path and code. */
  readonly issues: readonly InputIssue[];
  constructor(issues: readonly IssueInit[]) {
    const shown = issues.slice(0, 5).map((i) => `${i.path || "(root)"}: ${i.message}`);
    const more = issues.length > 5 ? ` (and ${issues.length - 5} more)` : "";
    super(`Invalid input: ${shown.join("; ")}${more}`);
    this.issues = issues.map((i) => (isIssueCode(i.code) ? (i as InputIssue) : { ...i, code: toIssueCode(i.code) }));
    Object.defineProperty(this, INPUT_ERROR, { value: true });
  }

  /** `instanceof InputError` holds for an error of any copy of the library. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return isInputError(value);
  }
}

/**
 * Whether `value` is an {@link InputError} thrown by any copy of this library: the ESM or the
 * CommonJS build, or another installed version (a brand registered with `Symbol.for`, not the
 * class identity, is checked). Never throws, whatever it is handed.
 *
 * @example
 * ```ts
 * try {
 *   createRegistry({ companies: [{ id: "Not An Id", name: "x" }] });
 * } catch (e) {
 *   if (isInputError(e)) for (const i of e.issues) console.log(i.code); // "invalid-id"
 *   else throw e;
 * }
 * ```
 */
export function isInputError(value: unknown): value is InputError {
  try {
    return typeof value === "object" && value !== null && (value as { [INPUT_ERROR]?: unknown })[INPUT_ERROR] === true;
  } catch {
    return false;
  }
}

function isIssueCode(code: string): code is InputIssueCode {
  return Object.hasOwn(INPUT_ISSUE_CODES, code);
}

/** A code in the union: itself, its kebab-case form, or `invalid-value` for a code the library does not define. */
function toIssueCode(code: string): InputIssueCode {
  const kebab = code.replace(/_/g, "-");
  return isIssueCode(kebab) ? kebab : "invalid-value";
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * Formats path segments the way a developer writes them: `announcements[3].sources[0].url`.
 *
 * @example
 * ```ts
 * formatPath(["announcements", 3, "sources", 0, "url"]); // "announcements[3].sources[0].url"
 * ```
 */
export function formatPath(segments: readonly PropertyKey[]): string {
  let out = "";
  for (const s of segments) {
    if (typeof s === "number") out += `[${s}]`;
    else if (typeof s === "string" && IDENTIFIER.test(s)) out += out.length === 0 ? s : `.${s}`;
    else out += `[${JSON.stringify(String(s))}]`;
  }
  return out;
}

/** The library's code of a zod issue, and what to say of `expected` and `received`. */
function describeZodIssue(issue: z.core.$ZodIssue): Pick<InputIssue, "code" | "expected" | "received"> {
  const input = (issue as { input?: unknown }).input;
  const has = "input" in issue;
  switch (issue.code) {
    case "invalid_type":
      if (has && input === undefined) return { code: "missing-field", expected: issue.expected };
      return { code: "invalid-type", expected: issue.expected, ...(has ? { received: typeName(input) } : {}) };
    case "too_big":
    case "too_small": {
      const bound = issue.code === "too_big" ? (issue.inclusive === false ? "<" : "<=") : issue.inclusive === false ? ">" : ">=";
      return { code: issue.code === "too_big" ? "too-big" : "too-small", expected: `${bound}${String(issue.code === "too_big" ? issue.maximum : issue.minimum)}`, ...(has ? sizeOf(input) : {}) };
    }
    case "invalid_value":
      return { code: "invalid-value", expected: issue.values.map((v) => JSON.stringify(v) ?? String(v)).join(" | "), ...(has ? { received: quote(input) } : {}) };
    case "invalid_format":
      return { code: formatCodeOf(issue.pattern) ?? "invalid-format", ...(has ? { received: quote(input) } : {}) };
    case "custom": {
      const params = issue.params as { code?: unknown; expected?: unknown } | undefined;
      const code = params?.code;
      return {
        code: typeof code === "string" && isIssueCode(code) ? code : "invalid-value",
        ...(typeof params?.expected === "string" ? { expected: params.expected } : {}),
        ...(has && typeof input !== "object" ? { received: quote(input) } : {}),
      };
    }
    case "unrecognized_keys":
      return { code: "unknown-field" };
    case "invalid_union":
      return { code: "invalid-union", ...(has ? { received: typeName(input) } : {}) };
    default:
      return { code: "invalid-value" };
  }
}

/** The JSON type of a value, as `received` names it. */
function typeName(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  return typeof v;
}

/** A value quoted for `received`: JSON, at most 100 characters of a string. */
function quote(v: unknown): string {
  if (typeof v === "string") return JSON.stringify(v.length > 100 ? `${v.slice(0, 100)}…` : v);
  if (typeof v === "number" || typeof v === "boolean" || v === null) return String(v);
  return typeName(v);
}

/** `received` for a size issue: the length of a string or array, or the number. */
function sizeOf(v: unknown): Pick<InputIssue, "received"> {
  if (typeof v === "string") return { received: String([...v].length) };
  if (Array.isArray(v)) return { received: String(v.length) };
  if (typeof v === "number") return { received: String(v) };
  return {};
}

/**
 * Parse options for every schema whose issues reach {@link fromZodIssues}: the input is kept
 * on each issue so that `received` can be said. @internal
 */
export const PARSE_OPTIONS = Object.freeze({ reportInput: true });

/** Turns zod issues into {@link InputIssue}s under a path prefix, with the library's codes. @internal */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly (string | number)[] = []): InputIssue[] {
  const out: InputIssue[] = [];
  for (const issue of issues) {
    const segments = [...prefix, ...issue.path.map((p) => (typeof p === "symbol" ? String(p) : p))];
    if (issue.code === "invalid_union" && issue.errors.length > 0) {
      // Report the branch that got furthest rather than a bare "invalid input".
      // On a tie, the branch with fewer problems is the likelier intent.
      const best = issue.errors.reduce((a, b) => (deepest(b) > deepest(a) || (deepest(b) === deepest(a) && b.length < a.length) ? b : a));
      if (deepest(best) > 0) {
        out.push(...fromZodIssues(best, segments));
        continue;
      }
      // No branch got anywhere: say which types the field takes.
      const expected = [...new Set(issue.errors.flatMap((branch) => branch.flatMap((i) => (i.code === "invalid_type" ? [i.expected] : []))))].join(" | ");
      const described = describeZodIssue(issue);
      out.push({ path: formatPath(segments), segments, message: expected ? `expected ${expected}` : issue.message, ...described, ...(expected ? { expected } : {}) });
      continue;
    }
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        const s = [...segments, key];
        out.push({ path: formatPath(s), segments: s, code: "unknown-field", message: `unknown field \`${key}\`` });
      }
      continue;
    }
    out.push({ path: formatPath(segments), segments, message: issue.message, ...describeZodIssue(issue) });
  }
  return out;
}

function deepest(issues: readonly z.core.$ZodIssue[]): number {
  let d = 0;
  for (const i of issues) d = Math.max(d, i.path.length + (i.code === "invalid_type" ? 0 : 0.5));
  return d;
}
