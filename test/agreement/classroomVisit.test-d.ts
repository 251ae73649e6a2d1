import { describe, expectTypeOf, it } from "vitest";
import type { ClassroomVisit, ClassroomVisitInput, NotesKind, Visitor, VisitorRole } from "../../src/agreement/index.js";
import type { PlainDate } from "../../src/calendar/index.js";

describe("classroom visit types", () => {
  it("infers days as plain dates, optional until they happen", () => {
    expectTypeOf<ClassroomVisit["visitDay"]>().toEqualTypeOf<PlainDate | undefined>();
    expectTypeOf<NonNullable<ClassroomVisit["dialogue"]>["heldOn"]>().toEqualTypeOf<PlainDate>();
    expectTypeOf<ClassroomVisitInput["visitDay"]>().toEqualTypeOf<string | undefined>();
  });

  it("requires the people of every visit", () => {
    expectTypeOf<ClassroomVisit["visitors"]>().toEqualTypeOf<Visitor[]>();
    expectTypeOf<Visitor["seniorPromoted"]>().toEqualTypeOf<boolean>();
    expectTypeOf<Visitor["role"]>().toEqualTypeOf<VisitorRole>();
    // @ts-expect-error a visit needs its observed teacher
    const missing: ClassroomVisitInput = { visitors: [] };
    void missing;
  });

  it("names notes kinds as a union", () => {
    expectTypeOf<NotesKind>().toEqualTypeOf<"none" | "informal" | "brief-record" | "tick-box">();
  });
});
