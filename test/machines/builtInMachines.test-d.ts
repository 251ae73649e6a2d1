import { describe, expectTypeOf, it } from "vitest";
import {
  classroomVisitMachine,
  initialSnapshot,
  sharingActivityMachine,
  transition,
  type EventOf,
  type StateOf,
} from "../../src/machines/index.js";

describe("built-in machine types", () => {
  it("names the classroom visit's states and events", () => {
    expectTypeOf<StateOf<typeof classroomVisitMachine>>().toEqualTypeOf<
      "proposed" | "purpose-shared" | "focus-agreed" | "scheduled" | "observed" | "dialogue-held" | "concern-raised" | "closed" | "cancelled"
    >();
    expectTypeOf<EventOf<typeof sharingActivityMachine>["type"]>().toEqualTypeOf<
      "start-stage" | "complete-stage" | "skip-stage" | "update-plan" | "postpone" | "cancel"
    >();
  });

  it("refuses unknown events and stages at compile time", () => {
    const visit = initialSnapshot(classroomVisitMachine, {
      visit: { observedTeacher: { id: "t" }, visitors: [{ id: "v", role: "teacher", seniorPromoted: false }] },
    });
    // @ts-expect-error "observe" is not an event of the classroom visit
    transition(classroomVisitMachine, visit, { type: "observe", at: "2027-03-10" });
    // @ts-expect-error a cancellation carries its reason
    transition(classroomVisitMachine, visit, { type: "cancel", at: "2027-03-10" });
  });
});
