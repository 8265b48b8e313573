import { describe, expect, it } from "vitest";
import { z } from "zod";
import { Announcement, Company, Entity, Outlet, Question } from "../../src/index.js";

describe("JSON Schema of the models (for hosts outside TypeScript)", () => {
  it.each([
    ["Announcement", Announcement],
    ["Company", Company],
    ["Entity", Entity],
    ["Outlet", Outlet],
    ["Question", Question],
  ] as const)("%s converts with z.toJSONSchema", (_, schema) => {
    const json = z.toJSONSchema(schema, { io: "input" }) as { type: string; properties: Record<string, unknown> };
    expect(json.type).toBe("object");
    expect(Object.keys(json.properties).length).toBeGreaterThan(3);
  });

  it("lists the twelve activities and the instruments as enums", () => {
    const json = JSON.stringify(z.toJSONSchema(Announcement, { io: "input" }));
    expect(json).toContain('"C3.transfer.cooperation"');
    expect(json).toContain('"government-statement"');
  });
});
