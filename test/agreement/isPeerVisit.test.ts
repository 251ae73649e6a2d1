import { describe, expect, it } from "vitest";
import { isPeerVisit } from "../../src/agreement/index.js";
import { managerVisit, peerVisit, visit } from "./records.js";

describe("isPeerVisit", () => {
  it("is true when no visitor is senior promoted staff, whatever their role", () => {
    expect(isPeerVisit(peerVisit())).toBe(true);
    expect(isPeerVisit(peerVisit({ visitors: [{ id: "q-yip", role: "quality-improvement-officer", seniorPromoted: false }] }))).toBe(true);
  });

  it("is false as soon as one visitor is senior promoted staff", () => {
    expect(isPeerVisit(managerVisit())).toBe(false);
    expect(isPeerVisit(visit())).toBe(false);
    expect(
      isPeerVisit(
        peerVisit({
          visitors: [
            { id: "t-wong", role: "teacher", seniorPromoted: false },
            { id: "m-lee", role: "school-manager", seniorPromoted: true },
          ],
        }),
      ),
    ).toBe(false);
  });
});
