import type { Messages } from "../text/formatMessage.js";
import type { MachineMessageKey } from "./messages.js";

/**
 * The machines' message catalogue in Traditional Chinese, as Hong Kong
 * schools write it: the same keys and placeholders as {@link machineMessages}.
 *
 * @example
 * ```ts
 * import { machineMessagesZhHant } from "collegiate/machines";
 *
 * machineMessagesZhHant["refused-guard"]; // "未能執行「{event}」：{reasons}"
 * ```
 */
export const machineMessagesZhHant = {
  "config-not-an-object": "狀態機的定義須為物件，包含 id、context、events、initial 及 states。",
  "options-not-an-object": "狀態機的選項須為物件（其政策及校曆）。",
  "option-not-a-policy": "政策須由 definePolicy 或 parsePolicy 建立，或為內建政策。",
  "id-not-text": "狀態機的 id 須為文字。",
  "schema-expected": "狀態機的 {part} 須為 zod schema。",
  "states-not-an-object": "狀態機的 states 須為物件：以狀態名稱列出各狀態的定義。",
  "state-not-an-object": "狀態「{state}」須為物件（包含 description、final 及 on）。",
  "state-on-not-an-object": "狀態「{state}」接受的事件（on）須為物件：以事件類型列出各事件的轉換。",
  "transition-not-an-object": "在狀態「{state}」中，事件「{event}」須指向一個轉換（物件）或一組轉換。",
  "guards-not-a-list": "在狀態「{state}」中，事件「{event}」的條件須為條件名稱的列表。",
  "events-not-a-union": "狀態機的事件必須是以「type」區分的 zod discriminated union（z.discriminatedUnion(\"type\", [...])）。",
  "event-without-type": "第{index}個事件選項沒有固定的「type」。",
  "unknown-initial-state": "初始狀態「{state}」不是這個狀態機的狀態。",
  "final-state-with-transitions": "終結狀態「{state}」仍接受事件；終結狀態不應接受任何事件。",
  "unknown-event-in-state": "狀態「{state}」接受「{event}」，但這不是狀態機的事件。",
  "unknown-target": "在狀態「{state}」中，事件「{event}」指向「{target}」，但這不是一個狀態。",
  "unknown-guard": "狀態機沒有定義條件「{guard}」。",
  "unknown-update": "狀態機沒有定義更新「{update}」。",
  "refused-final-state": "未能執行「{event}」：紀錄已處於終結狀態「{state}」。",
  "refused-unknown-event": "「{event}」不是這項紀錄的事件。",
  "refused-not-allowed": "在狀態「{state}」下不能執行「{event}」；現時可以執行：{allowed}。",
  "refused-not-allowed-none": "在狀態「{state}」下不能執行「{event}」。",
  "refused-guard": "未能執行「{event}」：{reasons}",
  "refused-invalid-event": "未能執行「{event}」：事件資料無效（{problems}）。",
  "refused-invalid-snapshot": "未能執行事件：快照無效（{problems}）。",
  "refused-event-without-type": "未能執行事件：這不是事件（須為物件，其「type」為這項紀錄的事件名稱）。",
  "refused-events-not-a-list": "事件須為列表；收到的是{got}。",
  "reason-required": "請說明原因，讓紀錄交代事情的經過。",
  "timestamp-invalid": "須為日期（YYYY-MM-DD），或附時區的 ISO 8601 日期時間（2027-03-18T15:30:00+08:00）。",
  "snapshot-not-an-object": "須為快照：包含 machine、state、context 及 history 的物件。",
  "snapshot-unknown-state": "「{state}」不是這個狀態機的狀態；其狀態為{states}。",
  "snapshot-history-not-a-list": "審計紀錄（history）須為列表。",
  "snapshot-wrong-machine": "這份快照屬於狀態機「{found}」，而不是「{expected}」。",
  "snapshot-broken-trail": "審計紀錄前後不接：第{index}項由{from}開始，但上一項結束於{previous}。",
  "snapshot-state-mismatch": "快照處於{state}，但審計紀錄結束於{last}。",
  "snapshot-trail-start": "審計紀錄由{from}開始，而不是由初始狀態{initial}開始。",
  "coaching-part-out-of-order": "計劃現處於{current}，未能完成{part}：各部分須由P1至P7依次完成。",
  "coaching-wows-and-wonders":
    "第三節以「亮點與疑問」回顧進展：完成前須最少記錄一項亮點（做得好的地方）和一項疑問（值得探討的問題）；目前已記錄亮點{wows}項、疑問{wonders}項。",
  "coaching-wows-and-wonders-hint": "請以「record-feedback」事件分別記錄 kind 為「wow」及「wonder」的回饋。",
  "visit-observed-before-day": "觀課紀錄的日期是{day}，早於觀課日{visitDay}。",
  "visit-no-open-concern": "沒有尚待處理的關注事項。",
  "sharing-stage-not-here": "{stage}不屬於活動現階段的步驟。",
  "sharing-start-before-one": "{pending}完成或略過之前，不能開始{stage}：各階段須依次進行。",
  "sharing-start-before-many": "{pending}完成或略過之前，不能開始{stage}：各階段須依次進行。",
  "sharing-complete-before-one": "{pending}完成或略過之前，不能完成{stage}：各階段須依次進行。",
  "sharing-complete-before-many": "{pending}完成或略過之前，不能完成{stage}：各階段須依次進行。",
  "sharing-skip-before-one": "{pending}完成或略過之前，不能略過{stage}：各階段須依次進行。",
  "sharing-skip-before-many": "{pending}完成或略過之前，不能略過{stage}：各階段須依次進行。",
  "sharing-stage-done": "{stage}已經完成。",
  "sharing-stage-skipped": "{stage}已經略過。",
  "sharing-stage-started": "{stage}已在進行中。",
  "sharing-before-activity-day": "S8須在活動日{activityDay}或之後才可完成；今天是{day}。",
  "sharing-new-day-not-later": "新的活動日{activityDay}須遲於作出延期決定的{day}。",
  "sharing-new-day-same": "活動已定於{activityDay}舉行。",
  "community-unknown-school": "這個學習社群沒有學校「{school}」。",
  "community-nothing-shared": "學年以分享作結：結束前須最少分享一項成功經驗或共同發展的資源，並註明版權擁有者。",
  "list.and": "{first}及{last}",
  "list.separator": "、",
  "markdown-marked": "{name}（{marks}）",
  "markdown-states": "狀態",
  "markdown-state": "狀態",
  "markdown-meaning": "意思",
  "markdown-final": "終結",
  "markdown-initial": "初始",
  "markdown-guards": "條件",
  "markdown-guard": "條件",
  "markdown-requires": "要求",
  "markdown-events": "事件",
} as const satisfies Messages<MachineMessageKey>;
