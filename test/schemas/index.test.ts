import { describe, expect, it } from "vitest";
import * as schemas from "../../src/schemas/index.js";

describe("collegiate/schemas", () => {
  it("exports the converter, the names and the catalogue, and nothing else", () => {
    expect(Object.keys(schemas).sort()).toEqual(["jsonSchemaNames", "schemaMessages", "toJSONSchema"]);
  });
});
