import { describe, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import {
  type Announcement,
  type AnnouncementEvaluation,
  type ClauseId,
  type Company,
  type CriterionVerdict,
  type AnnouncementExtraction,
  type Entity,
  type Evidence,
  type Outcome,
  type Question,
  type Resolution,
  type Result,
  Announcement as AnnouncementSchema,
  Company as CompanySchema,
  evaluateAiScope,
  fromExtraction,
  toExtraction,
  evaluateAnnouncement,
  resolve,
  safeResolve,
} from "../src/index.js";

describe("public types", () => {
  it("infers each model type from its schema", () => {
    expectTypeOf<z.infer<typeof AnnouncementSchema>>().toEqualTypeOf<Announcement>();
    expectTypeOf<z.infer<typeof CompanySchema>>().toEqualTypeOf<Company>();
    expectTypeOf<Entity["kind"]>().toEqualTypeOf<
      "government-body" | "ministry" | "state-owned-enterprise" | "private-company" | "research-institution" | "university" | "other" | undefined
    >();
    expectTypeOf<Question["deadline"]>().toEqualTypeOf<string>();
  });

  it("types the outcome and the clause IDs as closed unions", () => {
    expectTypeOf<Outcome>().toEqualTypeOf<"YES" | "NO" | "PENDING" | "NEEDS_REVIEW">();
    expectTypeOf<"C1.subsidiary">().toMatchTypeOf<ClauseId>();
    // @ts-expect-error: not a clause of the criteria
    const bad: ClauseId = "C6.unknown";
    void bad;
  });

  it("returns verdicts and resolutions", () => {
    expectTypeOf(evaluateAiScope).returns.toEqualTypeOf<CriterionVerdict>();
    expectTypeOf(evaluateAnnouncement).returns.toEqualTypeOf<AnnouncementEvaluation>();
    expectTypeOf(resolve).returns.toEqualTypeOf<Resolution>();
    expectTypeOf(safeResolve).returns.toEqualTypeOf<Result<Resolution>>();
  });

  it("takes unknown in the safe entry point and typed input in the throwing one", () => {
    expectTypeOf(safeResolve).parameter(0).toEqualTypeOf<unknown>();
    // @ts-expect-error: asOf is required, never read from the clock
    resolve({ question: { companyId: "alibaba" }, announcements: [] });
  });

  it("only accepts the twelve activities", () => {
    // @ts-expect-error: "C3.excl.onetime" is an exclusion, not an activity
    const a: Announcement = { id: "x", activities: ["C3.excl.onetime"] };
    void a;
  });
});

describe("the extraction profile and quotes", () => {
  it("fromExtraction takes unknown and answers a Result of an Announcement; toExtraction goes back", () => {
    expectTypeOf(fromExtraction).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(fromExtraction).returns.toEqualTypeOf<Result<Announcement>>();
    expectTypeOf(toExtraction).returns.toEqualTypeOf<AnnouncementExtraction>();
  });

  it("every key of an extraction is required, and a fact may be null", () => {
    expectTypeOf<AnnouncementExtraction["aiRole"]>().toEqualTypeOf<"focus" | "significant-component" | "passing-mention" | "none" | null>();
    // @ts-expect-error: a key cannot be left out of the profile's type (fromExtraction still reads it as null)
    const x: AnnouncementExtraction = { aiRole: "focus" };
    void x;
  });

  it("a quote names a quotable field, and quote evidence carries it", () => {
    // @ts-expect-error: notes is not a fact a quote can support
    const a: Announcement = { id: "x", quotes: [{ field: "notes", text: "t", source: 0 }] };
    void a;
    expectTypeOf<Extract<Evidence, { type: "quote" }>["field"]>().toEqualTypeOf<NonNullable<Announcement["quotes"]>[number]["field"]>();
  });
});

describe("clarifications and diffs", () => {
  it("a resolution names its readings and clarifications; the pin is a number option", async () => {
    const { resolve, diffResolutions } = await import("../src/index.js");
    type R = ReturnType<typeof resolve>;
    expectTypeOf<R["clarifications"]["applied"][number]["number"]>().toEqualTypeOf<number>();
    expectTypeOf<R["readings"]["straddlingTime"]>().toEqualTypeOf<"undetermined" | "earliest" | "latest">();
    expectTypeOf<Parameters<typeof resolve>[0]["clarification"]>().toEqualTypeOf<number | undefined>();
    type D = ReturnType<typeof diffResolutions>;
    expectTypeOf<NonNullable<D["outcome"]>["b"]>().toEqualTypeOf<Outcome>();
    // @ts-expect-error: a diff compares two resolutions, not a resolution and a series
    diffResolutions({} as R, { resolutions: [] } as unknown as { resolutions: R[] });
  });
});
