import { describe, expect, it } from "vitest";
import { zhHant } from "collegiate/locales/zh-Hant";
import { parseInput } from "../../src/diagnostics/parseInput.js";
import { machineTemplates } from "../../src/machines/message.js";
import { en as english } from "../../src/text/locale.js";
import { dayOfTimestamp, initialSnapshot, peerCoachingMachine, TimestampSchema, transition, type EventOf } from "../../src/machines/index.js";

describe("TimestampSchema", () => {
  it("accepts a day or a date-time with its offset", () => {
    expect(TimestampSchema.safeParse("2027-03-18").success).toBe(true);
    expect(TimestampSchema.safeParse("2027-03-18T15:30:00+08:00").success).toBe(true);
    expect(TimestampSchema.safeParse("2027-03-18T07:30:00Z").success).toBe(true);
  });

  it("refuses a value that is not text with one sentence saying what it expects, in the language of the call", () => {
    const snapshot = initialSnapshot(peerCoachingMachine, { programme: "Peer coaching 2026/27", school: "Harbour Secondary", wowsAndWonders: [] });
    // A number, as from JSON written by hand.
    const begin = { type: "begin", at: 20270318 } as unknown as EventOf<typeof peerCoachingMachine>;
    const en = transition(peerCoachingMachine, snapshot, begin);
    expect(!en.ok && en.refusal.diagnostics.map((d) => [d.path.join("."), d.message])).toEqual([
      ["at", "Expected a day (YYYY-MM-DD) or an ISO 8601 date-time with an offset (2027-03-18T15:30:00+08:00)."],
    ]);
    const zh = transition(peerCoachingMachine, snapshot, begin, { locale: zhHant });
    expect(!zh.ok && zh.refusal.diagnostics[0]?.message).toBe("須為日期（YYYY-MM-DD），或附時區的 ISO 8601 日期時間（2027-03-18T15:30:00+08:00）。");
  });

  it("refuses text that is neither a day nor a date-time with an offset, with the same code (the library writes its sentence)", () => {
    for (const text of ["18/03/2027", "2027-02-30", "2027-03-18T15:30:00", "2027-03-18T25:00:00Z"]) {
      const result = TimestampSchema.safeParse(text);
      expect(result.error?.issues.map((issue) => issue.message)).toEqual(["machines/timestamp-invalid"]);
      const parsed = parseInput(TimestampSchema, text, english, machineTemplates);
      expect(!parsed.success && parsed.diagnostics.map((d) => [d.code, d.message])).toEqual([
        ["machines/timestamp-invalid", "Expected a day (YYYY-MM-DD) or an ISO 8601 date-time with an offset (2027-03-18T15:30:00+08:00)."],
      ]);
    }
  });
});

describe("dayOfTimestamp", () => {
  it("is the day as written where it was recorded", () => {
    expect(dayOfTimestamp("2027-03-18T23:30:00-03:00")).toBe("2027-03-18");
    expect(dayOfTimestamp("2027-03-18")).toBe("2027-03-18");
  });
});
