import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../../src/diagnostics/index.js";
import { initialSnapshot } from "../../src/machines/index.js";
import { bookingMachine } from "./fixtures.js";

describe("initialSnapshot", () => {
  it("starts in the initial state with the parsed context and an empty trail", () => {
    expect(initialSnapshot(bookingMachine, { confirmations: 0 })).toEqual({ machine: "room-booking", state: "requested", context: { confirmations: 0 }, history: [] });
  });

  it("refuses a context that does not fit the machine's schema, naming the machine and the path", () => {
    try {
      initialSnapshot(bookingMachine, { confirmations: -1 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidInputError);
      expect((error as InvalidInputError).message).toContain('"room-booking"');
      expect((error as InvalidInputError).diagnostics.map((d) => d.path.join("."))).toEqual(["context.confirmations"]);
    }
  });
});
