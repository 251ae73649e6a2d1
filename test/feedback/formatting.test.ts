import { describe, expect, it } from "vitest";
import { formatNumber, formatShare, formatShareWithInterval } from "../../src/feedback/formatting.js";

describe("report number formats", () => {
  it("round shares to whole percentages and show intervals as ranges", () => {
    expect(formatShare(0.8333)).toBe("83%");
    expect(formatShare(null)).toBe("–");
    expect(formatShareWithInterval(0.8, { lower: 0.4902, upper: 0.9433 })).toBe("80% (49–94%)");
    expect(formatShareWithInterval(null, null)).toBe("–");
    expect(formatNumber(2.125)).toBe("2.13");
    expect(formatNumber(3, 1)).toBe("3.0");
  });
});
