import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { FeedbackResponseSchema } from "../../src/index.js";
import { isWellFormedResponse } from "../../src/feedback/response.js";
import { responseArbitrary } from "../support/feedback.js";

/** The response schema with the answers' values left to the per-question checks. */
const EnvelopeSchema = FeedbackResponseSchema.extend({ answers: z.record(z.string(), z.unknown()) });

const nearlyResponses = fc.record(
  {
    respondentId: fc.oneof(fc.string(), fc.integer(), fc.constant(undefined)),
    school: fc.oneof(fc.string(), fc.constant(" padded "), fc.constant(undefined), fc.constant(null)),
    role: fc.oneof(fc.string(), fc.constant(undefined)),
    answers: fc.oneof(fc.dictionary(fc.string(), fc.jsonValue()), fc.constant(null), fc.array(fc.integer())),
    schol: fc.string(),
  },
  { requiredKeys: [] },
);

describe("FeedbackResponseSchema", () => {
  it("accepts grouping attributes, a respondent id and answers of every kind", () => {
    expect(
      FeedbackResponseSchema.safeParse({
        respondentId: "r1",
        school: "Harbour Secondary",
        role: "teacher",
        activity: "Sharing day",
        session: "2026/27",
        answers: { a: 4, b: true, c: "text", d: ["x"], e: null },
      }).success,
    ).toBe(true);
  });

  it("refuses unknown keys and empty grouping values", () => {
    expect(FeedbackResponseSchema.safeParse({ schol: "A", answers: {} }).success).toBe(false);
    expect(FeedbackResponseSchema.safeParse({ school: " ", answers: {} }).success).toBe(false);
  });
});

describe("isWellFormedResponse (the fast path)", () => {
  it("says yes only to what the schema accepts unchanged", () => {
    fc.assert(
      fc.property(fc.oneof(nearlyResponses, responseArbitrary, fc.anything()), (value) => {
        if (!isWellFormedResponse(value)) return;
        const parsed = EnvelopeSchema.safeParse(value);
        expect(parsed.success).toBe(true);
        expect(parsed.data).toEqual(value);
      }),
      { numRuns: 300 },
    );
  });

  it("says yes to every valid response, so that they all take the fast path", () => {
    fc.assert(
      fc.property(responseArbitrary, (response) => {
        expect(isWellFormedResponse(response)).toBe(true);
      }),
    );
  });
});
