/**
 * The Traditional Chinese catalogue of the timeline module: the same keys and
 * placeholders as {@link timelineMessages}, in the words Hong Kong schools use
 * (學校日, 學期, 活動日, 工作小組, 聯校, 觀課, 評課, 學習社群).
 */
import type { Messages } from "../text/formatMessage.js";
import type { TemplateTextsCatalogue, TimelineMessageId } from "./messages.js";

/**
 * The Traditional Chinese message templates of the timeline module, keyed as
 * {@link timelineMessages}. Stage ids, days and rule ids stay as they are.
 * Read only by the `zhHant` locale (`collegiate/locales/zh-Hant`); not exported.
 */
export const timelineMessagesZhHant = {
  // Scheduling diagnostics.
  "activity-day-closed": "活動日{day}不是學校日：{closure}。",
  "activity-day-closed.hint": "請改選學校日：最接近的是{before}和{after}。",
  "start-day-closed": "開始日{day}不是學校日：{closure}。",
  "start-day-closed.hint": "請在學校日開始：下一個學校日是{after}。",
  "no-nearby-school-day": "沒有",
  "closed.weekend": "週末（{weekday}）",
  "closed.outside-terms": "不在任何學期之內",
  "outside-calendar": "{stages}會落在{day}，超出{calendar}的學校日範圍（{first}至{last}）。",
  "outside-calendar.empty": "{stages}會落在{day}，但{calendar}完全沒有學校日。",
  "outside-calendar.hint": "請延展校曆（例如加入上一個或下一個學年），或改選另一天。",
  "outside-calendar.empty.hint": "請延展校曆（例如加入上一個或下一個學年），或改選另一天。",
  "beyond-supported-days.before": "{stages}會落在0001-01-01之前，早於計劃可用的第一天：暫定為{day}。",
  "beyond-supported-days.after": "{stages}會落在9999-12-31之後，晚於計劃可用的最後一天：暫定為{day}。",
  "beyond-supported-days.before.hint": "請改選離可用日子範圍（0001-01-01至9999-12-31）兩端較遠的日子。",
  "beyond-supported-days.after.hint": "請改選離可用日子範圍（0001-01-01至9999-12-31）兩端較遠的日子。",
  "window-without-school-day": "{from}至{until}之間沒有學校日可安排{stages}：改為在{day}開始，並須於當天完成。",
  compressed:
    "已壓縮時間表：{stages}改為{opensOn}至{dueOn}（{days}個學校日），原定{oldOpensOn}至{oldDueOn}（{oldDays}個學校日）。",
  "compressed.hint": "計劃於{asOf}制訂，距離活動日只有{available}個學校日，原本需要{needed}個。",
  "insufficient-lead-time": "由{asOf}至活動日{day}只剩{available}個學校日，少於{groups}組各需最少一個學校日的階段。",
  "insufficient-lead-time.hint": "請改選較後的活動日，或在自訂範本中合併階段。",
  "calendar.unnamed": "校曆",
  "calendar.named": "校曆「{name}」",
  "calendar-argument": "應為由 defineSchoolCalendar 或 parseSchoolCalendar 建立的校曆。",
  "list.and": "{first}及{last}",
  "list.separator": "、",
  // Recurring meetings.
  "meetings.to-before-from": "會議的結束日{to}早於開始日{from}。",
  "meeting-moved": "原定於{planned}舉行的會議（{closure}）改於同一星期的{day}舉行。",
  "meeting-skipped": "原定於{planned}舉行的會議取消：{closure}，而該星期沒有其他學校日。",
  "meeting-skipped.hint": "請改於另一星期舉行，或接受少開一次會議。",
  // Clashes.
  "activity-days-clash": "計劃「{plan}」和「{otherPlan}」的活動日同在{day}（{stage}和{otherStage}），需要同一批人員：{people}。",
  "activity-in-busy-stage":
    "計劃「{plan}」的活動日{day}（{stage}）落在計劃「{otherPlan}」的{otherStage}期間（{opensOn}至{dueOn}），需要同一批人員：{people}。",
  "clash.everyone": "全體教職員",
  "activity-days-clash.hint": "請調動其中一天，或為兩個計劃安排不同人員。",
  "activity-in-busy-stage.hint": "請調動其中一天，或為兩個計劃安排不同人員。",
  // Template validation.
  "template.stage-id": "代號只可包含英文字母、數字、「-」和「_」，並須以字母或數字開頭。",
  "template.duplicate-stage-id": "階段代號{id}重複使用（首次出現於第{first}項）。",
  "template.unknown-stage": "階段{id}所依賴的{dependency}不是這個範本的階段。",
  "template.dependency-cycle": "階段{id}循環依賴自己：{cycle}。",
  "template.depends-on-later-stage": "階段{id}所依賴的{dependency}排在它之後，因此永遠無法如期完成。",
  "template.group-not-contiguous": "組別「{group}」的階段必須連續列出：階段{id}與同組其他階段分隔開了。",
  "template.group-without-offset": "組別「{group}」沒有設定相隔時間（offset）：請為其中一個階段設定。",
  "template.group-offset-mismatch": "階段{id}的相隔時間（offset）與組別「{group}」其他階段不同。",
  "template.offset-straddles-anchor": "組別「{group}」的相隔時間可落在基準日之前或之後（{lowest}至{highest}日），位置不明確。",
  "template.offsets-out-of-order":
    "就某些基準日而言，組別「{group}」可能在組別「{previous}」之前或同時開始（{lowest}至{highest}日，對比{previousLowest}至{previousHighest}日）；請按時間先後列出組別，並讓相隔時間明確分開。",
  "template.offsets-out-of-order.hint": "一個月按28至31日計算。",
  "template.group-without-duration": "組別「{group}」沒有設定長度（duration）：請為其中一個階段設定。",
  "template.group-duration-mismatch": "階段{id}的長度（duration）與組別「{group}」其他階段不同。",
  "template.phase-range": "最短長度（{shortest}個月）比最長長度（{longest}個月）還要長。",
  "timeline.due-before-open": "階段{id}的完成限期{dueOn}早於開始日{opensOn}。",
  "ics.dtstamp": "應為協調世界時（UTC）的時間戳記，例如2027-01-10T09:00:00Z。",
  "ics.uid-domain": "應為網域名稱，例如school.example.org。",
  // Readable output.
  "heading.backward": "{title}：活動日{day}",
  "heading.forward": "{title}：{day}開始",
  "heading.as-of": "截至{day}",
  "heading.with-as-of": "{heading}，{asOf}",
  "column.stage": "階段",
  "column.title": "名稱",
  "column.opens": "開始",
  "column.due": "限期",
  "column.school-days": "學校日數",
  "column.status": "狀況",
  "status.upcoming": "未開始",
  "status.open": "進行中",
  "status.late": "逾期",
  "ics.external": "對外工作",
  "ics.internal": "校內工作",
  "ics.tasks-heading": "{heading}：",
  // What a throwing function was building, for its error.
  "what.scheduling-options": "編排選項",
  "what.plan-template": "計劃範本",
  "what.calendar-export-options": "日曆匯出選項",
  "what.meeting-options": "會議選項",
} as const satisfies Messages<TimelineMessageId>;

/**
 * The titles and tasks of the built-in templates in Traditional Chinese,
 * keyed as {@link templateTexts}: the stage titles follow the Chinese
 * edition of the joint-school workflow (組織工作小組 … 檢討及回饋).
 * Scheduling a built-in template with `{ locale: zhHant }` uses them (the
 * `zhHant` locale holds them under their codes); not exported.
 */
export const templateTextsZhHant = {
  "joint-school-sharing": {
    title: "聯校專業分享活動",
    stages: {
      S1: {
        title: "組織工作小組",
        external: ["由參與學校的代表組成工作小組"],
        internal: ["學校代表收集教職員意見，並建議活動的基本資料：目標、日期、活動時間、地點、初步流程及人手安排"],
      },
      S2: {
        title: "商討合作",
        external: ["工作小組的學校代表建議活動安排"],
        internal: ["適時向教師匯報商討進度"],
      },
      S3: {
        title: "確定活動基本資料",
        external: ["工作小組議定活動安排，並確定日期、活動時間、參與人數及教學語言"],
        internal: ["向教師匯報工作小組的商討結果"],
      },
      S4: {
        title: "商討活動流程及內容",
        external: ["按指引及參與者的背景選擇合適的活動內容", "分配工作予工作小組的學校代表"],
        internal: ["向教師匯報工作小組的進度"],
      },
      S5: {
        title: "確定活動內容、細節及邀請",
        external: ["確定活動流程：活動安排及時間分配、人手調配及資源安排", "學校代表向工作小組匯報進度"],
        internal: ["向教師發出有關活動內容的通告", "收集參加者名單"],
      },
      S6: {
        title: "收集資料及準備物資",
        external: ["學校代表向工作小組匯報進度"],
        internal: ["更新資料", "準備及購買活動物資"],
      },
      S7: {
        title: "確定活動安排",
        external: ["各校工作小組互相交換主要聯絡人及聯絡方法"],
        internal: ["與教學人員確定安排", "安排交通"],
      },
      S8: {
        title: "活動當日協調",
        external: ["主辦活動"],
        internal: [],
      },
      S9: {
        title: "檢討及回饋",
        external: ["學校代表之間交流意見及紀錄（評估問卷、相片）", "舉行聯校檢討會議"],
        internal: ["收集參與教職員的意見及改善建議"],
      },
    },
  },
  "peer-coaching-programme": {
    title: "同儕教練計劃",
    stages: {
      P1: {
        title: "第一節（全日）：界定學校的同儕教練模式",
        external: [
          "議定同儕教練如何配合學校目標、哪些活動可借助科技充實、由誰接受指導及何時進行，以及教練的角色",
          "為電子學習階段作好準備",
        ],
        internal: [],
      },
      P2: {
        title: "電子學習階段：籌備計劃",
        external: ["界定計劃內容、舉行規劃會議、建立教練檔案活動", "檢視具成效的做法、評估課堂設計、展開課堂改進"],
        internal: [],
      },
      P3: {
        title: "第二節（半日）：培訓教練",
        external: ["溝通技巧、培訓同儕教練、重溫教練計劃及教練檔案"],
        internal: [],
      },
      P4: {
        title: "電子學習階段：按計劃進行教練",
        external: ["教練在網上支援下，與所指導的教師實行教練計劃"],
        internal: [],
      },
      P5: {
        title: "第三節（半日）：亮點與疑問",
        external: ["分享做得好的地方和仍有的疑問（亮點與疑問）", "教練過程遇到的障礙及可用資源"],
        internal: [],
      },
      P6: {
        title: "電子學習階段：新策略",
        external: ["以新策略繼續推行教練計劃"],
        internal: [],
      },
      P7: {
        title: "第四節（半日）：改善教職員專業發展",
        external: ["檢視研究及有效專業發展的特點；訂定新目標", "反思及分享最佳的教練實踐"],
        internal: [],
      },
    },
  },
  "learning-community-year": {
    title: "學習社群學年",
    stages: {
      L2: {
        title: "委派課程領導人員及統籌教師",
        external: ["委派統籌教師，負責與支援人員保持聯絡"],
        internal: ["委派參與學習社群的課程領導人員"],
      },
      L3: {
        title: "定期校內會議",
        external: ["支援人員向課程領導人員提供回饋"],
        internal: ["課程領導人員帶領定期校內會議，商討課程發展"],
      },
      L5: {
        title: "年終經驗分享",
        external: ["分享成功經驗及共同發展的資源，並記錄其版權擁有人"],
        internal: ["收集本年度的材料及反思，以供分享"],
      },
    },
  },
  "sharing-learning-session": {
    title: "學習經驗深入分享",
    stages: {
      "H4-1": {
        title: "第一輪：課前會議",
        external: [],
        internal: ["議定觀課焦點、目的及分工"],
      },
      "lesson-1": {
        title: "第一輪：觀課",
        external: [],
        internal: ["觀課者到課堂觀課"],
      },
      "H5-1": {
        title: "第一輪：課後交流（評課）",
        external: [],
        internal: ["先請被觀課教師談自己對這節課的看法，並肯定做得好的地方", "為觀課者和被觀課者議定數量適中的改進步驟"],
      },
      "steps-1": {
        title: "嘗試改進步驟",
        external: [],
        internal: ["兩位教師嘗試在課後交流中議定的改進步驟"],
      },
      "H4-2": {
        title: "第二輪（角色互換）：課前會議",
        external: [],
        internal: ["議定觀課焦點、目的及分工"],
      },
      "lesson-2": {
        title: "第二輪：觀課",
        external: [],
        internal: ["第一輪被觀課的教師改為觀課"],
      },
      "H5-2": {
        title: "第二輪：課後交流（評課）",
        external: [],
        internal: ["先請被觀課教師談自己對這節課的看法，並肯定做得好的地方", "為觀課者和被觀課者議定數量適中的改進步驟"],
      },
    },
  },
} as const satisfies TemplateTextsCatalogue;
