/**
 * The built program, run as users run it: `node dist/cli/bin.js` in a
 * child process (`npm run build` first; `npm test` does). It validates the
 * sample plan directory of `examples/plans/` and prints exactly the
 * diagnostics the library gives for the same files.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { zhHant } from "collegiate/locales/zh-Hant";
import { en } from "../../src/text/locale.js";
import {
  classroomVisitPolicy,
  jointSchoolSharingPolicy,
  learningCommunityService,
  parsePolicy,
  validateCommunity,
  validatePlan,
  validateSession,
  validateVisit,
} from "../../src/agreement/index.js";
import { parseSchoolCalendar } from "../../src/calendar/index.js";
import { formatDiagnostics, type Diagnostic } from "../../src/diagnostics/index.js";
import type { Locale } from "../../src/text/locale.js";
import { parsePlanTemplate } from "../../src/timeline/index.js";
import { exampleFiles, root } from "../support/documents.js";

const program = `${root}dist/cli/bin.js`;

function collegiate(args: string[], input?: string): { stdout: string; stderr: string; status: number | null } {
  const result = spawnSync(process.execPath, [program, ...args], { cwd: root, encoding: "utf8", input: input ?? "", env: { ...process.env, TZ: "Asia/Hong_Kong" } });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

beforeAll(() => {
  if (!existsSync(program)) throw new Error("dist/cli/bin.js is missing: run `npm run build` before this test.");
});

const calendarResult = parseSchoolCalendar(JSON.parse(readFileSync(`${root}examples/plans/harbour-secondary-2026-27.calendar.json`, "utf8")));
if (!calendarResult.ok) throw new Error("The sample plan directory's calendar is invalid.");
const calendar = calendarResult.value;

/** What the library says of each file of the sample plan directory, called directly, with the directory's calendar. */
function libraryDiagnostics(kind: string, value: unknown, locale: Locale = en): readonly Diagnostic[] {
  switch (kind) {
    case "calendar":
      return parseSchoolCalendar(value, { locale }).diagnostics;
    case "template":
      return parsePlanTemplate(value, { locale }).diagnostics;
    case "policy":
      return parsePolicy(value, { locale }).diagnostics;
    case "visit":
      return validateVisit(value, classroomVisitPolicy, { calendar, locale }).diagnostics;
    case "session": {
      const { session, staff, visits } = value as { session: never; staff: never; visits: unknown };
      return validateSession(visits, { session, staff, calendar, locale }).diagnostics;
    }
    case "community":
      return validateCommunity(value, learningCommunityService, { calendar, locale }).diagnostics;
    case "plan":
      return validatePlan(value, jointSchoolSharingPolicy, { calendar, locale }).diagnostics;
    default:
      throw new Error(`The sample plan directory has an unexpected kind of file: ${kind}`);
  }
}

describe("the collegiate program", () => {
  const samples = exampleFiles("examples/plans");

  it("validates the sample plan directory with the library's diagnostics, as JSON", () => {
    const { stdout, status } = collegiate(["validate", "examples/plans", "--json"]);
    const report = JSON.parse(stdout) as { ok: boolean; files: { file: string; kind: string; diagnostics: Diagnostic[] }[] };
    expect(report.files.map((file) => file.file)).toEqual(samples.map((sample) => sample.source));
    for (const [index, sample] of samples.entries()) {
      expect(report.files[index]?.diagnostics, sample.source).toEqual(libraryDiagnostics(sample.kind, sample.value));
    }
    // The visit of 10 March breaks the agreement; everything else is clean.
    expect(report.files.filter((file) => file.diagnostics.length > 0).map((file) => file.file)).toEqual(["examples/plans/visits/2027-03-10-wong.visit.json"]);
    expect(report.ok).toBe(false);
    expect(status).toBe(1);
  });

  it("prints the same findings as formatDiagnostics, file by file", () => {
    const { stdout, status } = collegiate(["validate", "examples/plans"]);
    for (const sample of samples) {
      expect(stdout).toContain(`${sample.source}: `);
      expect(stdout).toContain(formatDiagnostics(libraryDiagnostics(sample.kind, sample.value)));
    }
    expect(stdout).toMatch(/\nChecked 8 file\(s\): 7 error\(s\), 3 warning\(s\), 0 note\(s\)\.\n$/);
    expect(status).toBe(1);
  });

  it("schedules from a calendar file and exports the timeline through a pipe", () => {
    const scheduled = collegiate(["schedule", "examples/plans/harbour-secondary-2026-27.calendar.json", "--template", "joint-school-sharing", "--activity-day", "2027-03-18", "--json"]);
    expect(scheduled.status).toBe(0);
    const exported = collegiate(["ics", "-", "--uid-domain", "harbour.example", "--dtstamp", "2027-01-10T09:00:00Z"], scheduled.stdout);
    expect(exported.status).toBe(0);
    expect(exported.stdout).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(exported.stdout).toContain("UID:S8.joint-school-sharing-2027-03-18@harbour.example\r\n");
  });

  it("summarises responses", () => {
    const { stdout, stderr, status } = collegiate(["aggregate", "examples/data/joint-school-evaluation.responses.json", "--survey", "joint-school-evaluation", "--group-by", "school"]);
    expect(stdout).toMatch(/^# Feedback summary: /);
    // The sample has one answer off its scale and one respondent counted twice: errors, so status 1.
    expect(stderr).toMatch(/feedback\/value-outside-scale[\s\S]*feedback\/duplicate-respondent/);
    expect(status).toBe(1);
  });

  it("explains itself with --help, and names what it cannot use with status 2", () => {
    const help = collegiate(["validate", "--help"]);
    expect(help.stdout).toMatch(/^Usage: collegiate validate/);
    expect(help.status).toBe(0);
    const missing = collegiate(["validate", "examples/plans/none.visit.json"]);
    expect(missing.stderr).toBe("collegiate: examples/plans/none.visit.json: no such file or directory\nRun collegiate validate --help for the options.\n");
    expect(missing.status).toBe(2);
    const broken = collegiate(["schedule", "-", "--template", "joint-school-sharing", "--activity-day", "2027-03-18"], '{ "weekend": ["caturday"] }');
    expect(broken.stderr).toMatch(/^collegiate: standard input: weekend\.0: /);
    expect(broken.status).toBe(2);
  });

  it("speaks Traditional Chinese with --locale zh-Hant, with the same exit statuses", () => {
    const validated = collegiate(["validate", "examples/plans", "--locale", "zh-Hant"]);
    for (const sample of samples) {
      expect(validated.stdout).toContain(formatDiagnostics(libraryDiagnostics(sample.kind, sample.value, zhHant), { locale: zhHant }));
    }
    // By hand, from the catalogues: the file's kind (觀課), then A1's finding, and the count of the English run above.
    expect(validated.stdout).toContain("examples/plans/visits/2027-03-10-wong.visit.json: 觀課\n✖ 錯誤  purpose.sharedWith  lnct/purpose-shared\n  觀課目的未有告知Mr Wong。\n");
    expect(validated.stdout).toMatch(/\n已檢查8個檔案：7項錯誤、3項警告、0項備註。\n$/);
    expect(validated.status).toBe(1);

    const scheduled = collegiate(["schedule", "examples/plans/harbour-secondary-2026-27.calendar.json", "--template", "joint-school-sharing", "--activity-day", "2027-03-18", "--json", "--locale", "zh-Hant"]);
    expect(scheduled.status).toBe(0);
    const exported = collegiate(["ics", "-", "--uid-domain", "harbour.example", "--dtstamp", "2027-01-10T09:00:00Z", "--locale", "zh-Hant"], scheduled.stdout);
    expect(exported.stdout).toContain("SUMMARY:S8 活動當日協調\r\n");
    expect(exported.status).toBe(0);

    const summarised = collegiate(["aggregate", "examples/data/joint-school-evaluation.responses.json", "--survey", "joint-school-evaluation", "--locale", "zh-Hant"]);
    expect(summarised.stdout).toMatch(/^# 回饋摘要：聯校專業分享活動：評估問卷\n/);
    expect(summarised.stderr).toMatch(/feedback\/value-outside-scale\n  問題「goals」的答案6不在量表範圍內（1至5）；不予計算。/);
    expect(summarised.status).toBe(1);

    const help = collegiate(["validate", "--help", "--locale", "zh-Hant"]);
    expect(help.stdout).toMatch(/^用法：collegiate validate /);
    expect(help.status).toBe(0);
    const missing = collegiate(["--locale", "zh-Hant", "validate", "examples/plans/none.visit.json"]);
    expect(missing.stderr).toBe("collegiate: examples/plans/none.visit.json: 找不到這個檔案或資料夾\n請執行 collegiate validate --help 查看選項。\n");
    expect(missing.status).toBe(2);
  });
});
