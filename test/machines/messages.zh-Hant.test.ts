/**
 * The machines in Traditional Chinese: refusals, guards' findings (the
 * agreement's own, in its Chinese catalogue), schema problems and the
 * generated page, checked by hand.
 */
import { describe, expect, it } from "vitest";
import { zhHant } from "collegiate/locales/zh-Hant";
import { plainDate as d } from "../../src/calendar/index.js";
import {
  classroomVisitMachine,
  initialSnapshot,
  machineToMarkdown,
  parseEvent,
  peerCoachingMachine,
  replay,
  sharingActivityContext,
  sharingActivityMachine,
  transition,
} from "../../src/machines/index.js";
import { hongKong2026 } from "../support/calendars.js";

const visit = initialSnapshot(classroomVisitMachine, {
  visit: {
    observedTeacher: { id: "t-wong", name: "Mr Wong" },
    visitors: [{ id: "m-lee", name: "Mrs Lee", role: "school-manager", seniorPromoted: true, trustedByTeacher: true }],
  },
});

describe("machines in Traditional Chinese", () => {
  it("refuses an event the state does not accept, listing what it accepts with 、 and 及", () => {
    const result = transition(classroomVisitMachine, visit, { type: "close", at: "2027-03-01" }, { locale: zhHant });
    expect(!result.ok && result.refusal.message).toBe("在狀態「proposed」下不能執行「close」；現時可以執行：share-purpose、schedule及cancel。");
  });

  it("writes the agreement's findings in Chinese when a guard refuses", () => {
    const result = transition(
      classroomVisitMachine,
      visit,
      { type: "schedule", at: "2027-03-02", visitDay: d("2027-03-10"), minutes: 40, activePartOffered: true },
      { locale: zhHant },
    );
    expect(!result.ok && result.refusal.message.startsWith("未能執行「schedule」：")).toBe(true);
    const a3 = !result.ok ? result.refusal.diagnostics.find((finding) => finding.source?.clause === "A3") : undefined;
    expect(a3?.message).toMatch(/[\u4e00-\u9fff]/);
    expect(a3?.ruleId).toBe("lnct/focus-agreed-before-visit");
  });

  it("gives the machines' own findings and schema problems in Chinese", () => {
    const started = replay(peerCoachingMachine, { programme: "同儕輔導計劃", wowsAndWonders: [] }, [{ type: "begin", at: "2026-09-07" }]);
    if (!started.ok) throw new Error("setup");
    const outOfOrder = transition(peerCoachingMachine, started.snapshot, { type: "complete-part", at: "2026-09-08", part: "P3" }, { locale: zhHant });
    expect(!outOfOrder.ok && outOfOrder.refusal.diagnostics[0]?.message).toBe("計劃現處於P1，未能完成P3：各部分須由P1至P7依次完成。");
    const blank = parseEvent(peerCoachingMachine, { type: "withdraw", at: "2026-09-08", reason: " " }, { locale: zhHant });
    expect(blank.diagnostics[0]?.message).toBe("請說明原因，讓紀錄交代事情的經過。");
  });

  it("starts a sharing activity whose timeline is in Chinese, and keeps it in Chinese when postponed", () => {
    const context = sharingActivityContext({
      activityDay: "2027-03-18",
      calendar: hongKong2026,
      plan: { schools: [{ id: "harbour", name: "海港中學", representatives: [{ name: "陳老師" }] }] },
      locale: zhHant,
    });
    expect(context.timeline.stages[0]?.title).toBe("組織工作小組");
    const refused = transition(sharingActivityMachine, initialSnapshot(sharingActivityMachine, context), { type: "start-stage", at: "2026-12-18", stage: "S2" }, { locale: zhHant });
    expect(!refused.ok && refused.refusal.diagnostics[0]?.message).toBe("S1完成或略過之前，不能開始S2：各階段須依次進行。");
    const postponed = transition(sharingActivityMachine, initialSnapshot(sharingActivityMachine, context), {
      type: "postpone",
      at: "2027-01-04",
      activityDay: d("2027-04-22"),
      reason: "考試日期重疊",
    });
    expect(postponed.ok && postponed.snapshot.context.timeline.stages[0]?.title).toBe("組織工作小組");
  });

  it("writes the page's headings in Chinese", () => {
    const page = machineToMarkdown(peerCoachingMachine, { locale: zhHant });
    expect(page).toContain("### 狀態");
    expect(page).toContain("| 狀態 | 意思 |");
    expect(page).toContain("`enrolled`（初始）");
  });
});
