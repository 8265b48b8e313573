/**
 * Development tool: prints the Traditional → Simplified character pairs that
 * `src/registry/traditional.ts` needs, derived with OpenCC (a dev dependency, never shipped) from
 * the Chinese names and aliases of the built-in registry. Run after changing registry names:
 *
 *   npx tsx test/tools/traditional-table.ts
 *
 * and paste the printed string into `PAIRS`. `test/registry/traditional.test.ts` fails when the
 * table and the registry drift apart.
 */
import { traditionalPairs } from "./traditional-pairs.js";

const { pairs, conflicts } = traditionalPairs();
if (conflicts.length > 0) console.error(`conflicting mappings left out: ${conflicts.join(", ")}`);
console.log(pairs.map(([t, s]) => t + s).join(""));
console.error(`${pairs.length} pairs`);
