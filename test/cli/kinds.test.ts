import { describe, expect, it } from "vitest";
import { isDocumentKind, kindOfFile } from "../../src/cli/kinds.js";

describe("kindOfFile", () => {
  it("reads the kind from <name>.<kind>.json", () => {
    expect(kindOfFile("plans/visits/2027-02-03-chan.visit.json")).toBe("visit");
    expect(kindOfFile("HARBOUR.Calendar.JSON")).toBe("calendar");
    expect(kindOfFile("evaluation.responses.json")).toBe("responses");
  });

  it("finds none in other names", () => {
    expect(kindOfFile("visit.json")).toBeUndefined();
    expect(kindOfFile("notes.teacher.json")).toBeUndefined();
    expect(kindOfFile("a.visit.yaml")).toBeUndefined();
  });

  it("knows the names of the JSON Schemas", () => {
    expect(isDocumentKind("session")).toBe(true);
    expect(isDocumentKind("sessions")).toBe(false);
  });
});
