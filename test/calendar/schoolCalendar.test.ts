import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../../src/diagnostics/index.js";
import { isSchoolDay } from "../../src/calendar/isSchoolDay.js";
import { plainDate } from "../../src/calendar/plainDate.js";
import { defineSchoolCalendar, parseSchoolCalendar, type SchoolCalendar } from "../../src/calendar/schoolCalendar.js";
import { calendarInputArbitrary } from "../support/arbitraries.js";
import { zhHant } from "collegiate/locales/zh-Hant";

describe("defineSchoolCalendar", () => {
  it("defaults to a Saturday–Sunday weekend, no terms and no closures", () => {
    const calendar = defineSchoolCalendar({});
    expect(calendar.weekend).toEqual(["saturday", "sunday"]);
    expect(calendar.terms).toEqual([]);
    expect(calendar.closures).toEqual([]);
  });

  it("returns a frozen calendar that survives a JSON round trip", () => {
    const calendar = defineSchoolCalendar({
      weekend: ["friday", "saturday"],
      closures: [{ name: "National Day", start: "2026-12-02" }],
    });
    expect(Object.isFrozen(calendar)).toBe(true);
    expect(Object.isFrozen(calendar.closures[0])).toBe(true);
    const restored = defineSchoolCalendar(JSON.parse(JSON.stringify(calendar)));
    expect(restored).toEqual(calendar);
    expect(isSchoolDay(restored, plainDate("2026-12-02"))).toBe(false);
  });

  it("freezes the whole calendar, down to every term and closure", () => {
    const isDeepFrozen = (value: unknown): boolean =>
      typeof value !== "object" || value === null || (Object.isFrozen(value) && Object.values(value).every(isDeepFrozen));
    const input = {
      name: "Harbour 2026/27",
      terms: [{ name: "Autumn", start: "2026-09-01", end: "2027-01-31" }],
      closures: [{ name: "National Day", start: "2026-10-01" }],
    };
    expect(isDeepFrozen(defineSchoolCalendar(input))).toBe(true);
    const parsed = parseSchoolCalendar(JSON.parse(JSON.stringify(input)));
    expect(parsed.ok && isDeepFrozen(parsed.value)).toBe(true);
  });

  it("does not keep a reference to the caller's input", () => {
    const input = { closures: [{ name: "Staff day", start: "2027-01-04" }] };
    const calendar = defineSchoolCalendar(input);
    input.closures.push({ name: "Later", start: "2027-01-05" });
    expect(calendar.closures).toHaveLength(1);
    expect(Object.isFrozen(input)).toBe(false);
  });

  it("reports every problem with its path, not only the first", () => {
    const result = parseSchoolCalendar({
      weekend: ["sunday", "funday", "sunday"],
      terms: [
        { name: "Term 1", start: "2027-01-10", end: "2026-12-20" },
        { name: "Term 2", start: "2027-02-30", end: "2027-03-31" },
      ],
      closures: [{ name: "", start: "25/12/2026" }],
      holidays: [],
    });
    expect(result.ok).toBe(false);
    const found = result.diagnostics.map((d) => [d.ruleId, d.path.join(".")]);
    expect(found).toEqual(
      expect.arrayContaining([
        ["schema/invalid-value", "weekend.1"],
        ["schema/end-before-start", "terms.0.end"],
        ["schema/plain-date-not-a-day", "terms.1.start"],
        ["schema/too-small", "closures.0.name"],
        ["schema/plain-date-format", "closures.0.start"],
        ["schema/unrecognized-keys", ""],
      ]),
    );
    expect(result.diagnostics.every((d) => d.severity === "error" && d.message.length > 0)).toBe(true);
  });

  it("names an unknown weekday and lists the valid ones", () => {
    const result = parseSchoolCalendar({ weekend: ["caturday"] });
    expect(result.diagnostics[0]?.message).toBe(
      'Unknown weekday "caturday": expected one of monday, tuesday, wednesday, thursday, friday, saturday, sunday.',
    );
  });

  it("reports a weekday that is no string at all, showing the value, instead of throwing", () => {
    const result = parseSchoolCalendar({ weekend: [undefined, null, 5, Number.NaN, ["sunday"]] });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => [d.path.join("."), d.message.split(":")[0]])).toEqual([
      ["weekend.0", "Unknown weekday undefined"],
      ["weekend.1", "Unknown weekday null"],
      ["weekend.2", "Unknown weekday 5"],
      ["weekend.3", "Unknown weekday NaN"],
      ["weekend.4", 'Unknown weekday ["sunday"]'],
    ]);
    expect(parseSchoolCalendar({ weekend: [undefined] }, { locale: zhHant }).diagnostics[0]?.message).toMatch(/^不明的星期名稱undefined：/);
    const cyclic: unknown[] = [];
    cyclic.push(cyclic);
    expect(parseSchoolCalendar({ weekend: [10n, () => "sunday", cyclic, "x".repeat(100)] }).diagnostics.map((d) => d.message.split(":")[0])).toEqual([
      "Unknown weekday 10",
      "Unknown weekday a function",
      "Unknown weekday an object",
      `Unknown weekday "${"x".repeat(59)}…`,
    ]);
  });

  it("rejects a weekend day listed twice and a week with no open day", () => {
    expect(parseSchoolCalendar({ weekend: ["sunday", "sunday"] }).diagnostics).toMatchObject([
      { ruleId: "schema/duplicate-weekday", path: ["weekend", 1] },
    ]);
    const allWeek = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
    expect(parseSchoolCalendar({ weekend: allWeek }).diagnostics).toMatchObject([
      { ruleId: "schema/no-open-weekday", path: ["weekend"] },
    ]);
  });

  it("rejects overlapping terms, naming both", () => {
    const result = parseSchoolCalendar({
      terms: [
        { name: "Spring", start: "2027-01-04", end: "2027-04-01" },
        { name: "Autumn", start: "2026-09-01", end: "2027-01-04" },
      ],
    });
    expect(result.diagnostics).toMatchObject([{ ruleId: "schema/overlapping-terms", path: ["terms", 0, "start"] }]);
    expect(result.diagnostics[0]?.message).toContain('Term "Spring" starts on 2027-01-04, inside term "Autumn"');
  });

  it("allows overlapping closures (a public holiday inside a school holiday)", () => {
    const result = parseSchoolCalendar({
      closures: [
        { name: "Christmas holidays", start: "2026-12-21", end: "2027-01-01" },
        { name: "Christmas Day", start: "2026-12-25" },
      ],
    });
    expect(result.ok).toBe(true);
  });

  it("throws an InvalidInputError carrying the diagnostics", () => {
    try {
      defineSchoolCalendar({ closures: [{ name: "Half term", start: "2027-02-19", end: "2027-02-15" }] });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidInputError);
      expect((error as InvalidInputError).diagnostics[0]?.path).toEqual(["closures", 0, "end"]);
      expect((error as InvalidInputError).message).toContain(
        "closures.0.end: The closure ends on 2027-02-15, before it starts on 2027-02-19.",
      );
    }
  });

  it("never throws on arbitrary input and never mutates it", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const before = JSON.stringify(input);
        const result = parseSchoolCalendar(input);
        expect(typeof result.ok).toBe("boolean");
        expect(JSON.stringify(input)).toBe(before);
      }),
    );
  });

  it("accepts every well-formed random calendar", () => {
    fc.assert(fc.property(calendarInputArbitrary, (input) => {
      expect(parseSchoolCalendar(input).ok).toBe(true);
    }));
  });

  it("validates a calendar-shaped object that did not come from defineSchoolCalendar before using it", () => {
    const fromJson = JSON.parse('{"weekend":["sunday"],"terms":[],"closures":[]}');
    expect(isSchoolDay(fromJson, plainDate("2027-03-20"))).toBe(true);
    const broken = JSON.parse('{"weekend":["someday"],"terms":[],"closures":[]}');
    expect(() => isSchoolDay(broken, plainDate("2027-03-20"))).toThrow(InvalidInputError);
  });

  it("reads a plain calendar object on each call, so a change the caller makes is seen", () => {
    const calendar = { weekend: ["saturday", "sunday"], terms: [], closures: [] as { name: string; start: string }[] };
    const plain = calendar as unknown as SchoolCalendar;
    expect(isSchoolDay(plain, plainDate("2027-01-04"))).toBe(true);
    calendar.closures.push({ name: "Staff development day", start: "2027-01-04" });
    expect(isSchoolDay(plain, plainDate("2027-01-04"))).toBe(false);
    calendar.weekend.pop();
    expect(isSchoolDay(plain, plainDate("2027-01-10"))).toBe(true);
    calendar.weekend.push("someday");
    expect(() => isSchoolDay(plain, plainDate("2027-01-10"))).toThrow(InvalidInputError);
  });
});
