import { describe, expect, it } from "vitest";
import { zhHant } from "collegiate/locales/zh-Hant";
import { sampleVisit } from "../../../src/agreement/exampleRecords.js";
import { validateVisit } from "../../../src/agreement/index.js";
import { validateCommand, validateDocuments } from "../../../src/cli/commands/validate.js";
import { formatDiagnostics, localizeDiagnostics, type Diagnostic } from "../../../src/diagnostics/index.js";
import { run } from "../../support/cliHost.js";

const graded = { ...sampleVisit, observation: { notes: "tick-box" } };
const calendar = { closures: [{ name: "Lunar New Year holidays", start: "2027-02-04", end: "2027-02-12" }] };
// A peer visit on Wednesday 3 February with its dialogue on Tuesday 16 February: 2 school days
// later on the calendar above (closed 4–12 February), 9 on a Monday-to-Friday calendar.
const lateDialogue = {
  observedTeacher: { id: "t-chan" },
  visitors: [{ id: "t-wong", role: "teacher", seniorPromoted: false }],
  visitDay: "2027-02-03",
  dialogue: { heldOn: "2027-02-16" },
};

describe("validateCommand", () => {
  it("prints each file's findings as formatDiagnostics does, then a count, and exits with 1 on an error", () => {
    const output = validateCommand({ documents: [{ file: "a.visit.json", kind: "visit", value: graded }], settings: {}, format: "text" });
    const expected = formatDiagnostics(validateVisit(graded).diagnostics);
    expect(output.stdout).toBe(`a.visit.json: Classroom visit\n${expected}\n\nChecked 1 file(s): 1 error(s), 0 warning(s), 0 note(s).\n`);
    expect(output.exitCode).toBe(1);
  });

  it("exits with 0 when only warnings are found", () => {
    const output = validateCommand({ documents: [{ file: "a.visit.json", kind: "visit", value: { ...sampleVisit, activePartOffered: false } }], settings: {}, format: "json" });
    const report = JSON.parse(output.stdout) as { ok: boolean; files: { ok: boolean; diagnostics: { ruleId: string }[] }[] };
    expect(report.ok).toBe(true);
    expect(report.files[0]?.diagnostics.map((d) => d.ruleId)).toEqual(["lnct/active-part-offered"]);
    expect(output.exitCode).toBe(0);
  });

  it("prints Markdown tables on request", () => {
    const output = validateCommand({ documents: [{ file: "a.visit.json", kind: "visit", value: graded }], settings: {}, format: "markdown" });
    expect(output.stdout).toContain("| Severity | Rule | Where | Finding | Clause |");
  });

  it("judges records with the calendar given", () => {
    const withCalendar = validateDocuments([{ file: "v.visit.json", kind: "visit", value: lateDialogue }], { calendar: { weekend: ["saturday", "sunday"], terms: [], closures: calendar.closures } as never });
    const without = validateDocuments([{ file: "v.visit.json", kind: "visit", value: lateDialogue }], {});
    expect(without[0]?.diagnostics.map((d) => d.ruleId)).toContain("highland/dialogue-soon-after-lesson");
    expect(withCalendar[0]?.diagnostics.map((d) => d.ruleId)).not.toContain("highland/dialogue-soon-after-lesson");
  });
});

describe("collegiate validate", () => {
  it("reads the kind from file names in directories, and uses the directory's one calendar", async () => {
    const output = await run(["validate", "plans", "--json"], { "plans/harbour.calendar.json": calendar, "plans/visits/v.visit.json": lateDialogue, "plans/notes.txt": "x" });
    const report = JSON.parse(output.stdout) as { files: { file: string; kind: string; diagnostics: { ruleId: string }[] }[] };
    expect(report.files.map((f) => [f.file, f.kind])).toEqual([
      ["plans/harbour.calendar.json", "calendar"],
      ["plans/visits/v.visit.json", "visit"],
    ]);
    expect(report.files[1]?.diagnostics.map((d) => d.ruleId)).not.toContain("highland/dialogue-soon-after-lesson");
  });

  it("takes --kind for standard input and files named otherwise", async () => {
    const output = await run(["validate", "-", "--kind", "visit"], {}, JSON.stringify(graded));
    expect(output.stdout).toMatch(/^standard input: Classroom visit\n✖ error {2}observation\.notes {2}lnct\/no-grades-or-tick-boxes/);
    expect(output.exitCode).toBe(1);
  });

  it("applies --policy and --as-of", async () => {
    const files = { "v.visit.json": { ...sampleVisit, activePartOffered: false } };
    expect((await run(["validate", "v.visit.json"], files)).exitCode).toBe(0);
    const strict = await run(["validate", "v.visit.json", "--policy", "s.policy.json"], { ...files, "s.policy.json": { extends: "lnct-agreement", rules: { "lnct/active-part-offered": "error" } } });
    expect(strict.exitCode).toBe(1);
    expect((await run(["validate", "v.visit.json", "--as-of", "2027-02-30"], files)).stderr).toBe(
      "collegiate: --as-of: expected a day as YYYY-MM-DD: 2027-02-30 is not a real day: month 02 has no day 30.\nRun collegiate validate --help for the options.\n",
    );
  });

  it("exits with 2, naming the file, on input it cannot use", async () => {
    const unnamed = await run(["validate", "visit.json"], { "visit.json": graded });
    expect(unnamed.exitCode).toBe(2);
    expect(unnamed.stderr).toMatch(/^collegiate: visit\.json: cannot tell what the file holds: name it <name>\.<kind>\.json or pass --kind \(kinds: calendar, /);
    // Column 10 of line 2 is the opening quote of "b": a comma is missing after the value 1.
    const broken = await run(["validate", "a.visit.json"], { "a.visit.json": '{\n  "a": 1 "b": 2 }' });
    expect(broken.stderr).toMatch(/^collegiate: a\.visit\.json: not valid JSON at line 2, column 10: Expected ',' or '}' after property value\n/);
    expect((await run(["validate", "empty"], { "empty/notes.txt": "" })).stderr).toMatch(/^collegiate: empty: No file to check/);
    expect((await run(["validate"])).stderr).toMatch(/give at least one file/);
    expect((await run(["validate", "x.json", "--kind", "teacher"], { "x.json": {} })).stderr).toMatch(/--kind: unknown kind "teacher"/);
    const calendarProblem = await run(["validate", "a.visit.json", "--calendar", "c.calendar.json"], { "a.visit.json": graded, "c.calendar.json": { weekend: ["funday"] } });
    expect(calendarProblem.stderr).toMatch(/^collegiate: c\.calendar\.json: weekend\.0: /);
  });
});

describe("collegiate validate --locale zh-Hant", () => {
  it("titles each file and counts the findings in Chinese, with the library's findings in Chinese", async () => {
    const output = await run(["validate", "-", "--kind", "visit", "--locale", "zh-Hant"], {}, JSON.stringify(graded));
    const expected = formatDiagnostics(validateVisit(graded, undefined, { locale: zhHant }).diagnostics, { locale: zhHant });
    expect(output.stdout).toBe(`標準輸入: 觀課\n${expected}\n\n已檢查1個檔案：1項錯誤、0項警告、0項備註。\n`);
    // By hand, from the agreement and diagnostics catalogues: the tick-box notes break A5.
    expect(output.stdout).toContain("✖ 錯誤  observation.notes  lnct/no-grades-or-tick-boxes\n  課堂筆記以剔選表格記錄。\n  A5，《LNCT Agreement on Sharing Classroom Experience》\n");
    expect(output.exitCode).toBe(1);
  });

  it("writes Markdown headings and JSON findings in Chinese, the exit status unchanged", async () => {
    const files = { "a.visit.json": { ...sampleVisit, activePartOffered: false } };
    const markdown = await run(["validate", "a.visit.json", "--markdown", "--locale", "zh-Hant"], files);
    expect(markdown.stdout).toContain("| 嚴重程度 | 規則 | 位置 | 發現 | 條文 |");
    expect(markdown.stdout).toContain("| 警告 | `lnct/active-part-offered` | `activePartOffered` | 觀課者未獲邀積極參與課堂。");
    expect(markdown.exitCode).toBe(0);
    const json = await run(["validate", "a.visit.json", "--json", "--locale", "zh-Hant"], files);
    const report = JSON.parse(json.stdout) as { files: { diagnostics: { severity: string; message: string }[] }[] };
    // Severities are identifiers in JSON; messages are for people.
    expect(report.files[0]?.diagnostics).toMatchObject([{ severity: "warning", message: "觀課者未獲邀積極參與課堂。" }]);
  });

  it("explains input it cannot use in Chinese, with status 2", async () => {
    const kind = await run(["validate", "x.json", "--kind", "teacher", "--locale", "zh-Hant"], { "x.json": {} });
    expect(kind.stderr).toBe(
      "collegiate: --kind: 不明的類別「teacher」：應為calendar、template、timeline、visit、session、community、plan、policy、survey、response、responses、accumulator、diagnostic其中之一\n請執行 collegiate validate --help 查看選項。\n",
    );
    expect(kind.exitCode).toBe(2);
    const calendarProblem = await run(["validate", "a.visit.json", "--calendar", "c.calendar.json", "--locale", "zh-Hant"], { "a.visit.json": graded, "c.calendar.json": { weekend: ["funday"] } });
    // The calendar catalogue's weekday.unknown, in the calendar's own words.
    expect(calendarProblem.stderr).toMatch(/^collegiate: c\.calendar\.json: weekend\.0: 不明的星期名稱"funday"：應為 monday, /);
    expect((await run(["validate", "--locale", "zh-Hant"])).stderr).toMatch(/^collegiate: validate: 請提供最少一個檔案或資料夾（或以 - 表示標準輸入）\n/);
  });
});

describe("collegiate validate --json, findings as data", () => {
  const files = { "a.visit.json": graded, "r.response.json": { answers: 3 } };
  type Report = { files: { diagnostics: Diagnostic[] }[] };

  it("gives each finding its message code and parameters", async () => {
    const report = JSON.parse((await run(["validate", "a.visit.json", "r.response.json", "--json"], files)).stdout) as Report;
    const diagnostics = report.files.flatMap((file) => file.diagnostics);
    // The visit's notes break A5 (a rule of the agreement); the response's answers are not a record (zod's own check).
    expect(diagnostics.map((d) => d.code)).toEqual([expect.stringMatching(/^agreement\//), "zod/invalid_type"]);
    expect(diagnostics[1]?.params).toMatchObject({ expected: "record", received: "number" });
  });

  it("prints with --locale zh-Hant what localizeDiagnostics writes from the English report", async () => {
    const english = JSON.parse((await run(["validate", "a.visit.json", "r.response.json", "--json"], files)).stdout) as Report;
    const chinese = JSON.parse((await run(["validate", "a.visit.json", "r.response.json", "--json", "--locale", "zh-Hant"], files)).stdout) as Report;
    expect(english.files.map((file) => localizeDiagnostics(file.diagnostics, { locale: zhHant }))).toEqual(chinese.files.map((file) => file.diagnostics));
  });
});
