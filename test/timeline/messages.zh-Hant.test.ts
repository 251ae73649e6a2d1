/**
 * The timeline in Traditional Chinese. Days and windows are those of the
 * English tests (scheduleBackward.test.ts, recurringMeetings.test.ts, worked
 * out on a printed 2026/27 Hong Kong calendar); each expected sentence is the
 * catalogue's template filled by hand. Closure names are the calendar's own
 * data, so they stay in English here.
 */
import ICAL from "ical.js";
import { zhHant } from "collegiate/locales/zh-Hant";
import { describe, expect, it } from "vitest";
import { defineSchoolCalendar } from "../../src/calendar/index.js";
import { InvalidInputError } from "../../src/diagnostics/InvalidInputError.js";
import {
  definePlanTemplate,
  findClashes,
  formatTimeline,
  jointSchoolSharing,
  parsePlanTemplate,
  peerCoachingProgramme,
  recurringMeetings,
  scheduleBackward,
  scheduleForward,
  sharingLearningSession,
  timelineToMarkdown,
  toICalendar,
} from "../../src/timeline/index.js";
import { hongKong2026 } from "../support/calendars.js";

const zh = { locale: zhHant };

describe("scheduling in Traditional Chinese", () => {
  it("titles a built-in template's plan and stages in Chinese, with the same ids and dates", () => {
    const english = scheduleBackward(jointSchoolSharing, { activityDay: "2027-03-18", calendar: hongKong2026 });
    const chinese = scheduleBackward(jointSchoolSharing, { activityDay: "2027-03-18", calendar: hongKong2026, ...zh });
    expect(chinese.title).toBe("聯校專業分享活動");
    expect(chinese.stages.map((stage) => stage.title)).toEqual([
      "組織工作小組",
      "商討合作",
      "確定活動基本資料",
      "商討活動流程及內容",
      "確定活動內容、細節及邀請",
      "收集資料及準備物資",
      "確定活動安排",
      "活動當日協調",
      "檢討及回饋",
    ]);
    expect(chinese.stages[6]?.tasks).toEqual({ external: ["各校工作小組互相交換主要聯絡人及聯絡方法"], internal: ["與教學人員確定安排", "安排交通"] });
    expect(chinese.stages.map(({ id, opensOn, dueOn, kind }) => ({ id, opensOn, dueOn, kind }))).toEqual(
      english.stages.map(({ id, opensOn, dueOn, kind }) => ({ id, opensOn, dueOn, kind })),
    );
    expect(scheduleForward(peerCoachingProgramme, { startDay: "2026-09-07", calendar: hongKong2026, ...zh }).stages[4]?.title).toBe(
      "第三節（半日）：亮點與疑問",
    );
    expect(scheduleForward(sharingLearningSession, { startDay: "2026-09-07", calendar: hongKong2026, ...zh }).stages[2]?.title).toBe(
      "第一輪：課後交流（評課）",
    );
  });

  it("keeps a school's own texts as written", () => {
    const own = definePlanTemplate({
      id: "open-day",
      title: "Open day",
      schedule: "backward",
      stages: [{ id: "day", title: "開放日", offset: {}, kind: "activity" }],
    });
    const timeline = scheduleBackward(own, { activityDay: "2027-03-18", calendar: hongKong2026, ...zh });
    expect([timeline.title, timeline.stages[0]?.title]).toEqual(["Open day", "開放日"]);
  });

  it("explains a closed activity day, with the weekday in Chinese", () => {
    const buddha = scheduleBackward(jointSchoolSharing, { activityDay: "2027-05-13", calendar: hongKong2026, ...zh });
    expect(buddha.diagnostics[0]).toMatchObject({
      ruleId: "timeline/activity-day-closed",
      message: "活動日2027-05-13不是學校日：Buddha's Birthday。",
      hint: "請改選學校日：最接近的是2027-05-12和2027-05-14。",
    });
    const saturday = scheduleBackward(jointSchoolSharing, { activityDay: "2027-03-20", calendar: hongKong2026, ...zh });
    expect(saturday.diagnostics[0]?.message).toBe("活動日2027-03-20不是學校日：週末（星期六）。");
    // Two closures on one day, joined with the Chinese enumeration comma.
    const christmas = scheduleBackward(jointSchoolSharing, { activityDay: "2026-12-25", calendar: hongKong2026, ...zh });
    expect(christmas.diagnostics[0]?.message).toBe("活動日2026-12-25不是學校日：Christmas holidays、Christmas Day。");
  });

  it("says how a late plan was compressed, listing stage ids the Chinese way", () => {
    // The English test: S4 and S5 move from 18 Jan–17 Feb (16 school days) to 22 Feb–3 Mar (8).
    const timeline = scheduleBackward(jointSchoolSharing, { activityDay: "2027-03-18", calendar: hongKong2026, asOf: "2027-02-11", compress: true, ...zh });
    expect(timeline.diagnostics[1]).toMatchObject({
      message: "已壓縮時間表：S4及S5改為2027-02-22至2027-03-03（8個學校日），原定2027-01-18至2027-02-17（16個學校日）。",
      hint: "計劃於2027-02-11制訂，距離活動日只有23個學校日，原本需要47個。",
    });
    expect(timeline.diagnostics[0]?.message).toMatch(/^已壓縮時間表：S1、S2及S3改為/);
  });

  it("refuses bad options with a Chinese error", () => {
    try {
      scheduleBackward(jointSchoolSharing, { activityDay: "2027-02-29", calendar: hongKong2026, ...zh });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidInputError);
      expect((error as InvalidInputError).message).toBe("編排選項無效：共1個問題\n  - activityDay: 2027-02-29不是真實存在的日子：2027年不是閏年。");
    }
  });

  it("checks a calendar read back from JSON in Chinese", () => {
    const stored = JSON.parse('{"weekend":["sunday","funday"],"terms":[],"closures":[]}') as never;
    expect(() => scheduleBackward(jointSchoolSharing, { activityDay: "2027-03-18", calendar: stored, ...zh })).toThrow(
      '校曆無效：共1個問題\n  - weekend.1: 不明的星期名稱"funday"：應為 monday, tuesday, wednesday, thursday, friday, saturday, sunday 其中之一。',
    );
  });
});

describe("the other timeline functions in Traditional Chinese", () => {
  it("moves and skips meetings, saying why in Chinese", () => {
    const mondays = recurringMeetings(hongKong2026, { from: "2026-10-05", to: "2026-10-31", every: { weeks: 2 }, ...zh });
    expect(mondays.diagnostics[0]?.message).toBe("原定於2026-10-19舉行的會議（Day following Chung Yeung Festival）改於同一星期的2026-10-20舉行。");
    const december = recurringMeetings(hongKong2026, { from: "2026-12-02", to: "2026-12-31", every: { weeks: 1 }, ...zh });
    expect(december.diagnostics[0]).toMatchObject({
      message: "原定於2026-12-23舉行的會議取消：Christmas holidays，而該星期沒有其他學校日。",
      hint: "請改於另一星期舉行，或接受少開一次會議。",
    });
  });

  it("reports clashes in Chinese", () => {
    const calendar = defineSchoolCalendar({});
    const science = scheduleBackward(jointSchoolSharing, { activityDay: "2027-03-18", calendar, planId: "science", school: "harbour" });
    const maths = scheduleBackward(jointSchoolSharing, { activityDay: "2027-03-11", calendar, planId: "maths", school: "harbour", people: ["陳老師", "黃老師"] });
    const both = scheduleBackward(jointSchoolSharing, { activityDay: "2027-03-11", calendar, planId: "english", school: "harbour", people: ["黃老師", "李老師"] });
    const clashes = findClashes([science, maths, both], zh);
    expect(clashes.map((d) => d.message)).toEqual([
      "計劃「maths」的活動日2027-03-11（S8）落在計劃「science」的S7期間（2027-03-04至2027-03-17），需要同一批人員：陳老師、黃老師。",
      "計劃「english」的活動日2027-03-11（S8）落在計劃「science」的S7期間（2027-03-04至2027-03-17），需要同一批人員：黃老師、李老師。",
      "計劃「english」和「maths」的活動日同在2027-03-11（S8和S8），需要同一批人員：黃老師。",
    ]);
    expect(clashes[0]?.hint).toBe("請調動其中一天，或為兩個計劃安排不同人員。");
  });

  it("validates a template in Chinese", () => {
    const result = parsePlanTemplate(
      {
        id: "open-day",
        title: "開放日",
        schedule: "backward",
        stages: [
          { id: "invite", title: "邀請家長", offset: { weeks: -4 }, dependsOn: ["day"] },
          { id: "day", title: "開放日", offset: {}, dependsOn: ["invitations"] },
        ],
      },
      zh,
    );
    expect(result.diagnostics.map((d) => d.message)).toEqual(["階段invite所依賴的day排在它之後，因此永遠無法如期完成。", "階段day所依賴的invitations不是這個範本的階段。"]);
  });

  it("renders a table and Markdown with Chinese headings, days, statuses and diagnostics", () => {
    const timeline = scheduleBackward(jointSchoolSharing, { activityDay: "2027-05-13", calendar: hongKong2026, asOf: "2027-03-01", ...zh });
    const lines = formatTimeline(timeline, zh).split("\n");
    // Thu 13 May 2027 (四), Mon 1 Mar 2027 (一).
    expect(lines[0]).toBe("聯校專業分享活動：活動日2027年5月13日（四），截至2027年3月1日（一）");
    expect(lines[2]).toMatch(/^階段 {2}名稱 {2,}開始 {2,}限期 {2,}狀況$/);
    expect(lines[4]).toMatch(/^S1 {4}組織工作小組 {2,}2027年2月3日（三） {2,}2027年3月11日（四） {2}進行中$/);
    expect(lines[12]).toMatch(/^S9 .*未開始$/);
    expect(lines.slice(14, 18)).toEqual([
      "✖ 錯誤  activityDay  timeline/activity-day-closed",
      "  活動日2027-05-13不是學校日：Buddha's Birthday。",
      "  S8，《校本教師專業經驗分享：建議工作流程》",
      "  建議：請改選學校日：最接近的是2027-05-12和2027-05-14。",
    ]);
    const markdown = timelineToMarkdown(timeline, { ...zh, dayPattern: "yyyy-MM-dd" }).split("\n");
    expect(markdown[0]).toBe("**聯校專業分享活動：活動日2027-05-13，截至2027-03-01**");
    expect(markdown[2]).toBe("| 階段 | 名稱 | 開始 | 限期 | 狀況 |");
    expect(markdown).toContain("| 嚴重程度 | 規則 | 位置 | 發現 | 條文 |");
  });

  it("exports Chinese headings of the tasks to calendar applications", () => {
    const timeline = scheduleBackward(jointSchoolSharing, { activityDay: "2027-03-18", calendar: hongKong2026, planId: "harbour", ...zh });
    const ics = toICalendar(timeline, { dtstamp: "2027-01-10T09:00:00Z", uidDomain: "harbour.example.edu.hk", ...zh });
    const s7 = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent")[6] as ICAL.Component;
    expect(s7.getFirstPropertyValue("summary")).toBe("S7 確定活動安排");
    expect(s7.getFirstPropertyValue("description")).toBe("對外工作：\n- 各校工作小組互相交換主要聯絡人及聯絡方法\n校內工作：\n- 與教學人員確定安排\n- 安排交通");
    expect(s7.getFirstPropertyValue("categories")).toBe("聯校專業分享活動");
  });
});
