// The runtime smoke test's one computation, shared by Node (smoke.mjs, on Node 20, 22 and 24,
// over the ESM and the CJS build) and the browser (browser-smoke.mjs, bundled into a page): it
// resolves the example series with the built package and keeps what must not differ between
// runtimes: each question's outcome, the deciding announcement and its instants, what needs
// review, every evaluated announcement's time span (`madeAt`), which comes from time-zone
// arithmetic (calendar days and months in IANA zones, daylight saving time included), and the
// audit record's digests (SHA-256, ChaCha20 and BigInt arithmetic must agree across runtimes).
// Plain JavaScript with no Node API, so that esbuild can bundle it for a page.

/** When the real events are resolved as of (the date the data set was compiled). */
export const REAL_AS_OF = "2026-11-23T00:00:00Z";

/**
 * The summary of the example series, resolved by `lib` (the package's exports).
 *
 * @example
 * ```js
 * const summary = smoke(await import("ai-partnership-rules"), { fictional, real });
 * summary.fictional.alibaba.outcome; // "YES"
 * ```
 */
export function smoke(lib, { fictional, real }) {
  const runs = {
    fictional: lib.resolveSeries({ announcements: fictional.announcements, asOf: fictional.asOf }),
    real: lib.resolveSeries({ announcements: real, asOf: REAL_AS_OF }),
  };
  const out = {};
  for (const [name, series] of Object.entries(runs)) {
    const questions = {};
    for (const r of series.resolutions) {
      questions[r.companyId] = {
        outcome: r.outcome,
        ...(r.deciding === undefined ? {} : { deciding: { id: r.deciding.announcementId, at: r.deciding.at, qualifiedFrom: r.deciding.qualifiedFrom } }),
        needsReview: r.needsReview.map((i) => i.announcementId),
        spans: Object.fromEntries(r.evaluations.map((e) => [e.announcementId, e.madeAt === undefined ? null : [e.madeAt.start, e.madeAt.end]])),
        inputDigest: r.audit.inputDigest,
      };
    }
    const audit = series.resolutions[0]?.audit;
    out[name] = {
      registryVersion: series.resolutions[0]?.registryVersion,
      // The library's version is left out: the expected values would change with every release.
      audit: { rulesDigest: audit?.rulesDigest, registry: audit?.registry, announcements: audit?.announcements },
      questions,
    };
  }
  return out;
}
