/**
 * fast-check generators of calendar days and school calendars, shared by the
 * property tests of every capability.
 */
import fc from "fast-check";
import {
  addDays,
  defineSchoolCalendar,
  plainDate,
  weekdays,
  type PlainDate,
  type SchoolCalendar,
  type SchoolCalendarInput,
} from "../../src/calendar/index.js";

/** The first day of the window random calendars live in. */
export const WINDOW_START = plainDate("2026-01-01");
/** Days in that window. */
export const WINDOW_DAYS = 800;

/** A day in the window, or up to 60 days either side of it. */
export const dayArbitrary: fc.Arbitrary<PlainDate> = fc
  .integer({ min: -60, max: WINDOW_DAYS + 60 })
  .map((offset) => addDays(WINDOW_START, offset));

/** Any real day of the supported range. */
export const anyDayArbitrary: fc.Arbitrary<PlainDate> = fc
  .date({ min: new Date("0001-01-01T00:00:00Z"), max: new Date("9999-12-31T00:00:00Z"), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10) as PlainDate);

const rangeArbitrary = (maxLength: number) =>
  fc
    .tuple(fc.integer({ min: 0, max: WINDOW_DAYS - 1 }), fc.integer({ min: 0, max: maxLength }))
    .map(([offset, length]) => ({ start: addDays(WINDOW_START, offset), end: addDays(WINDOW_START, offset + length) }));

/** Terms: sorted, non-overlapping ranges cut from the window. */
const termsArbitrary = fc
  .uniqueArray(fc.integer({ min: 0, max: WINDOW_DAYS }), { minLength: 0, maxLength: 8 })
  .map((cuts) => {
    const sorted = [...cuts].sort((a, b) => a - b);
    const terms = [];
    for (let i = 0; i + 1 < sorted.length; i += 2) {
      const start = sorted[i] as number;
      const end = (sorted[i + 1] as number) - 1;
      if (end >= start) {
        terms.push({ name: `Term ${terms.length + 1}`, start: addDays(WINDOW_START, start), end: addDays(WINDOW_START, end) });
      }
    }
    return terms;
  });

/** A random calendar input: any weekend leaving one open weekday, terms or none, up to 40 closures. */
export const calendarInputArbitrary: fc.Arbitrary<SchoolCalendarInput> = fc.record({
  weekend: fc.subarray([...weekdays], { minLength: 0, maxLength: 6 }),
  terms: fc.oneof(termsArbitrary.map(() => []), termsArbitrary),
  closures: fc.array(
    fc.tuple(fc.constantFrom("Public holiday", "School holiday", "Staff day"), rangeArbitrary(20)).map(([name, range]) => ({
      name,
      ...range,
    })),
    { maxLength: 40 },
  ),
});

/** A random defined calendar. */
export const calendarArbitrary: fc.Arbitrary<SchoolCalendar> = calendarInputArbitrary.map((input) =>
  defineSchoolCalendar(input),
);
