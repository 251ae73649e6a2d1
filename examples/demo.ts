/**
 * A walk-through of collegiate for one sample school: `npm run demo`.
 *
 * Each chapter is a module in `examples/chapters/`; together they tell the
 * story of a joint-school sharing activity, from the school's calendar to
 * the evaluation report.
 */
import { calendarChapter } from "./chapters/01-calendar.js";
import { timelineChapter } from "./chapters/02-timeline.js";
import { agreementChapter } from "./chapters/03-agreement.js";
import { machinesChapter } from "./chapters/04-machines.js";
import { feedbackChapter } from "./chapters/05-feedback.js";
import { loadSampleCalendar } from "./story.js";

const calendar = loadSampleCalendar();

calendarChapter(calendar);
timelineChapter(calendar);
agreementChapter(calendar);
machinesChapter(calendar);
feedbackChapter();
