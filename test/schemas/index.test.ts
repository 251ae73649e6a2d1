import { describe, expect, it } from "vitest";
import * as schemas from "../../src/schemas/index.js";

describe("collegiate/schemas", () => {
  it("exports the converter and the names, and nothing else (the wording is not public)", () => {
    expect(Object.keys(schemas).sort()).toEqual(["jsonSchemaNames", "toJSONSchema"]);
  });
});
