import { describe, expect, it } from "vitest";
import { visitTookPlace } from "../../src/agreement/visitTookPlace.js";
import { plainDate } from "../../src/calendar/index.js";
import { managerVisit } from "./records.js";

describe("visitTookPlace", () => {
  it("is true once an observation, a dialogue or the closure is recorded", () => {
    expect(visitTookPlace(managerVisit({ observation: {} }), undefined)).toBe(true);
    expect(visitTookPlace(managerVisit({ dialogue: { heldOn: "2027-03-19" } }), undefined)).toBe(true);
    expect(visitTookPlace(managerVisit({ closedOn: "2027-03-22" }), undefined)).toBe(true);
  });

  it("is true after the visit day when judged as of a day, never on it", () => {
    const scheduled = managerVisit({ visitDay: "2027-03-18" });
    expect(visitTookPlace(scheduled, undefined)).toBe(false);
    expect(visitTookPlace(scheduled, plainDate("2027-03-18"))).toBe(false);
    expect(visitTookPlace(scheduled, plainDate("2027-03-19"))).toBe(true);
  });
});
