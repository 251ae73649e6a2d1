/**
 * Calendars modelled on real school years, for examples whose answers were
 * worked out by hand on a printed calendar.
 */
import { defineSchoolCalendar } from "../../src/calendar/index.js";

/**
 * A Hong Kong secondary school, 2026/27: Saturday–Sunday weekend, one session
 * from 1 September to 16 July, public holidays, and the Christmas, Lunar New
 * Year and Easter school holidays.
 */
export const hongKong2026 = defineSchoolCalendar({
  name: "Harbour Secondary School 2026/27",
  terms: [{ name: "Session 2026/27", start: "2026-09-01", end: "2027-07-16" }],
  closures: [
    { name: "National Day", start: "2026-10-01", kind: "public-holiday" },
    { name: "Day following Chung Yeung Festival", start: "2026-10-19", kind: "public-holiday" },
    { name: "Christmas holidays", start: "2026-12-21", end: "2027-01-01", kind: "school-holiday" },
    { name: "Christmas Day", start: "2026-12-25", kind: "public-holiday" },
    { name: "Lunar New Year holidays", start: "2027-02-04", end: "2027-02-12", kind: "school-holiday" },
    { name: "Easter holidays", start: "2027-03-25", end: "2027-04-06", kind: "school-holiday" },
    { name: "Buddha's Birthday", start: "2027-05-13", kind: "public-holiday" },
    { name: "Tuen Ng Festival", start: "2027-06-09", kind: "public-holiday" },
    { name: "HKSAR Establishment Day", start: "2027-07-01", kind: "public-holiday" },
  ],
});

/**
 * A Scottish school session, 2026/27: four terms with the October, Christmas
 * and Easter breaks between them, a February mid-term break and an in-service
 * day.
 */
export const scotland2026 = defineSchoolCalendar({
  name: "Glen Academy session 2026/27",
  terms: [
    { name: "Autumn term", start: "2026-08-18", end: "2026-10-09" },
    { name: "Winter term", start: "2026-10-26", end: "2026-12-22" },
    { name: "Spring term", start: "2027-01-07", end: "2027-04-01" },
    { name: "Summer term", start: "2027-04-19", end: "2027-06-30" },
  ],
  closures: [
    { name: "In-service day", start: "2026-11-20", kind: "staff-development" },
    { name: "February mid-term break", start: "2027-02-15", end: "2027-02-16", kind: "school-holiday" },
    { name: "May Day", start: "2027-05-03", kind: "public-holiday" },
  ],
});

/**
 * A school with a Friday–Saturday weekend (Sunday is a working day),
 * 2026/27, with national and religious holidays.
 */
export const fridaySaturday2026 = defineSchoolCalendar({
  name: "Gulf International School 2026/27",
  weekend: ["friday", "saturday"],
  terms: [{ name: "Academic year 2026/27", start: "2026-08-30", end: "2027-06-17" }],
  closures: [
    { name: "Winter break", start: "2026-12-27", end: "2027-01-07", kind: "school-holiday" },
    { name: "National Day and Liberation Day", start: "2027-02-25", end: "2027-02-26", kind: "public-holiday" },
    { name: "Eid al-Fitr", start: "2027-03-09", end: "2027-03-11", kind: "public-holiday" },
  ],
});
