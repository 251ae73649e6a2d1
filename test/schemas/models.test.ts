import { describe, expect, it } from "vitest";
import { ResponsesSchema, SessionRecordSchema, jsonSchemaModels } from "../../src/schemas/models.js";
import { jsonSchemaNames } from "../../src/schemas/index.js";

describe("the models with a JSON Schema", () => {
  it("are every input model of the four capabilities, plus what the library returns as data", () => {
    expect(jsonSchemaNames).toEqual([
      "calendar",
      "template",
      "timeline",
      "visit",
      "session",
      "community",
      "plan",
      "policy",
      "survey",
      "response",
      "responses",
      "accumulator",
      "diagnostic",
    ]);
    expect(Object.keys(jsonSchemaModels)).toEqual(jsonSchemaNames);
  });

  it("read a session file as the session, its staff and its visits, and nothing else", () => {
    const session = { session: { start: "2026-09-01", end: "2027-07-16" }, staff: [{ id: "t-chan" }], visits: [] };
    expect(SessionRecordSchema.safeParse(session).success).toBe(true);
    expect(SessionRecordSchema.safeParse({ ...session, school: "Harbour" }).success).toBe(false);
    expect(SessionRecordSchema.safeParse({ session: session.session, staff: [] }).success).toBe(false);
  });

  it("read a responses file as a list of responses", () => {
    expect(ResponsesSchema.safeParse([{ answers: { goals: 4 } }]).success).toBe(true);
    expect(ResponsesSchema.safeParse({ answers: { goals: 4 } }).success).toBe(false);
  });
});
