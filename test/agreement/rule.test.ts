import { describe, expect, it } from "vitest";
import { focusAgreedBeforeVisit, type AgreementRule } from "../../src/agreement/index.js";
import { inspectorOf, recordDemanded } from "../../src/agreement/rule.js";
import { managerVisit, peerVisit } from "./records.js";

describe("rules", () => {
  it("check at the default severity unless told otherwise, with default settings", () => {
    const scheduled = managerVisit({ visitDay: "2027-03-18" });
    expect(focusAgreedBeforeVisit.check(scheduled).map((d) => d.severity)).toEqual(["error"]);
    expect(focusAgreedBeforeVisit.check(scheduled, { severity: "info" }).map((d) => d.severity)).toEqual(["info"]);
  });

  it("keep their inspector aside, and refuse a rule-shaped object that is not one", () => {
    expect(typeof inspectorOf(focusAgreedBeforeVisit)).toBe("function");
    const copy = { ...focusAgreedBeforeVisit } as AgreementRule<"visit">;
    expect(() => inspectorOf(copy)).toThrow("Not a rule of collegiate/agreement");
  });

  it("demand records of every subject except a peer visit", () => {
    expect(recordDemanded("visit", managerVisit())).toBe(true);
    expect(recordDemanded("visit", peerVisit())).toBe(false);
    expect(recordDemanded("community", {})).toBe(true);
  });
});
