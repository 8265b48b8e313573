import type { z } from "zod";

/**
 * One problem found in input data, with the path to the offending value
 * (`announcements[3].sources[0].url`), a stable `code` and a message for humans.
 *
 * @example
 * ```ts
 * const issue: InputIssue = {
 *   path: "announcements[3].sources[0].url",
 *   segments: ["announcements", 3, "sources", 0, "url"],
 *   code: "custom",
 *   message: "invalid URL: expected an absolute http(s) URL",
 * };
 * ```
 */
export interface InputIssue {
  readonly path: string;
  readonly segments: readonly (string | number)[];
  readonly code: string;
  readonly message: string;
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
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly issues: readonly InputIssue[] };

/**
 * Thrown by the throwing entry points (`resolve`, `createRegistry`, …) when their input is
 * invalid; `issues` holds every problem with its path. The safe twins (`safeResolve`, …) return
 * the same issues instead of throwing.
 *
 * @example
 * ```ts
 * try {
 *   resolve({ question: { companyId: "alibaba" }, announcements: [{}], asOf: "2026-01-01T00:00:00Z" });
 * } catch (e) {
 *   if (e instanceof InputError) console.log(e.issues[0]?.path); // "announcements[0].id"
 * }
 * ```
 */
export class InputError extends Error {
  override readonly name = "InputError";
  readonly issues: readonly InputIssue[];
  constructor(issues: readonly InputIssue[]) {
    const shown = issues.slice(0, 5).map((i) => `${i.path || "(root)"}: ${i.message}`);
    const more = issues.length > 5 ? ` (and ${issues.length - 5} more)` : "";
    super(`Invalid input: ${shown.join("; ")}${more}`);
    this.issues = issues;
  }
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

/** Turns zod issues into {@link InputIssue}s under a path prefix. @internal */
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
    }
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        const s = [...segments, key];
        out.push({ path: formatPath(s), segments: s, code: issue.code, message: `unknown field \`${key}\`` });
      }
      continue;
    }
    out.push({ path: formatPath(segments), segments, code: issue.code, message: issue.message });
  }
  return out;
}

function deepest(issues: readonly z.core.$ZodIssue[]): number {
  let d = 0;
  for (const i of issues) d = Math.max(d, i.path.length + (i.code === "invalid_type" ? 0 : 0.5));
  return d;
}
