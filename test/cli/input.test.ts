// Reading sources (src/cli/input.ts) directly, for what a file would take too long to write: a
// first line longer than MAX_LINE_BYTES, streamed as one chunk repeated (nothing is copied).
import { describe, expect, it } from "vitest";
import { CliError } from "../../src/cli/exit.js";
import { type InputItem, MAX_LINE_BYTES, readItems } from "../../src/cli/input.js";

const MIB = 1024 * 1024;

/** A stream whose first line is `opening` followed by blanks up to just over MAX_LINE_BYTES, then `rest`. */
function longFirstLine(opening: string, rest: string) {
  const filler = new Uint8Array(MIB).fill(0x20);
  return async function* (): AsyncGenerator<Uint8Array> {
    yield new TextEncoder().encode(`  ${opening}"id": "`);
    for (let i = 0; i <= MAX_LINE_BYTES / MIB; i++) yield filler;
    yield new TextEncoder().encode(`"}\n${rest}`);
  };
}

async function all(stream: () => AsyncIterable<Uint8Array>): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of readItems({ name: "stdin", stream }, undefined)) items.push(item);
  return items;
}

describe("a first line too long to hold", () => {
  it("opening with { is NDJSON: the line is refused with its number and the next lines are read", async () => {
    const items = await all(longFirstLine("{", '{"id": "next"}\n'));
    expect(items).toEqual([
      { source: "stdin", line: 1, index: 0, problem: "the line is longer than 64 MiB; skipped" },
      { source: "stdin", line: 2, index: 1, value: { id: "next" } },
    ]);
  });

  it("opening with anything else fails the source, naming the character it opens with", async () => {
    await expect(all(longFirstLine("x", ""))).rejects.toThrow(new CliError("stdin:1: starts with `x`; expected a JSON array (`[`) or NDJSON, one announcement per line (`{`). Pass --format to say which.", 1));
  });
});
