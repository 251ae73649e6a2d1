import { describe, expect, it } from "vitest";
import { formatMessage, placeholdersOf } from "../../src/text/formatMessage.js";

describe("formatMessage", () => {
  it("fills every placeholder", () => {
    expect(formatMessage("The activity day {day} is closed: {closure}.", { day: "2027-03-18", closure: "Easter holidays" })).toBe(
      "The activity day 2027-03-18 is closed: Easter holidays.",
    );
    expect(formatMessage("{n} 個學校日", { n: 3 })).toBe("3 個學校日");
  });

  it("never throws: a missing value is shown as its placeholder", () => {
    expect(formatMessage("Due {day}.", {})).toBe("Due {day}.");
    expect(formatMessage("Due {day}.")).toBe("Due {day}.");
    expect(formatMessage("Due {day}.", { day: undefined } as never)).toBe("Due {day}.");
    expect(formatMessage("Due {day}.", { day: null } as never)).toBe("Due {day}.");
    expect(formatMessage("Due {day}.", null as never)).toBe("Due {day}.");
    expect(formatMessage("{n} of {m}", { n: 0 })).toBe("0 of {m}");
  });

  it("shows a value that cannot become text as its placeholder, and other values as text", () => {
    expect(formatMessage("Got {value}.", { value: Object.create(null) } as never)).toBe("Got {value}.");
    const hostile = { toString: () => { throw new Error("no"); } };
    expect(formatMessage("Got {value}.", { value: hostile } as never)).toBe("Got {value}.");
    expect(formatMessage("Got {value}.", { value: false } as never)).toBe("Got false.");
    expect(formatMessage("Got {value}.", { value: [1, 2] } as never)).toBe("Got 1,2.");
  });

  it("reads only the params' own values, never inherited ones", () => {
    expect(formatMessage("{constructor} {toString}", {})).toBe("{constructor} {toString}");
  });

  it("lists placeholders, sorted", () => {
    expect(placeholdersOf("{b} then {a}")).toEqual(["a", "b"]);
  });
});
