/**
 * The Traditional Chinese templates of the calendar module, with the same
 * keys and placeholders as the English ones. Internal module.
 */
import type { Messages } from "../text/formatMessage.js";
import type { CalendarMessageKey } from "./messages.js";

/** The Traditional Chinese templates of the calendar module. */
export const calendarMessagesZhHant = {
  "plain-date.type": "日期應為 YYYY-MM-DD 格式的字串。",
  "plain-date.format": "日期應為 YYYY-MM-DD 格式，收到的是{text}。",
  "plain-date.year-zero": "{text}不是真實存在的日子：年份由0001年開始。",
  "plain-date.no-month": "{text}不是真實存在的日子：沒有{month}月。",
  "plain-date.not-leap-year": "{text}不是真實存在的日子：{year}年不是閏年。",
  "plain-date.no-day": "{text}不是真實存在的日子：{month}月沒有{day}日。",
  "weekday.unknown": "不明的星期名稱{input}：應為 monday, tuesday, wednesday, thursday, friday, saturday, sunday 其中之一。",
  "weekend.duplicate": "週末重複列出了{day}。",
  "weekend.every-day": "一星期每天都列作週末，學校將永遠不用上課。",
  "weekend.every-day.hint": "請最少保留一天不列作週末。",
  "term.name-required": "學期須有名稱。",
  "term.end-before-start": "學期的結束日{end}早於開始日{start}。",
  "term.end-before-start.hint": "請對調開始日和結束日，或更正輸入的日期。",
  "terms.overlap": "學期「{name}」於{start}開始，落在學期「{previous}」（{previousStart}至{previousEnd}）之內。",
  "terms.overlap.hint": "學期之間不可重疊；兩個學期之間的假期留空即可。",
  "closure.name-required": "假期須有名稱，計劃才能說明當天為何不用上課。",
  "closure.end-before-start": "假期的結束日{end}早於開始日{start}。",
  "closure.end-before-start.hint": "請對調開始日和結束日，或更正輸入的日期。",
  "what.school-calendar": "校曆",
  "what.calendar-day": "日期",
  // 2027年3月18日（四）: the way Hong Kong school notices and calendars write a day.
  "day.pattern": "yyyy年M月d日（EEEEE）",
} as const satisfies Messages<CalendarMessageKey>;
