import { describe, expect, it } from "vitest";
import { formatMessage, placeholdersOf } from "../../src/text/formatMessage.js";

describe("formatMessage", () => {
  it("fills every placeholder", () => {
    expect(formatMessage("The activity day {day} is closed: {closure}.", { day: "2027-03-18", closure: "Easter holidays" })).toBe(
      "The activity day 2027-03-18 is closed: Easter holidays.",
    );
    expect(formatMessage("{n} 個學校日", { n: 3 })).toBe("3 個學校日");
  });

  it("throws instead of showing a raw placeholder", () => {
    expect(() => formatMessage("Due {day}.", {})).toThrow("needs a value for {day}");
  });

  it("lists placeholders, sorted", () => {
    expect(placeholdersOf("{b} then {a}")).toEqual(["a", "b"]);
  });
});
