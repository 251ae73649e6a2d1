/**
 * The Traditional Chinese templates of the diagnostics module, with the same
 * keys and placeholders as the English ones. The two source documents from
 * Hong Kong are cited by Chinese titles; the three written in English only
 * keep their English titles. Internal module.
 */
import type { Messages } from "../text/formatMessage.js";
import type { DiagnosticMessageKey, InvalidInputMessageKey } from "./messages.js";

/** The Traditional Chinese templates of `formatDiagnostics`. */
export const diagnosticMessagesZhHant = {
  none: "沒有發現問題。",
  "options.not-an-object": "選項必須是物件，或不提供；收到的是{received}。",
  "locale.unknown": '不明的語言：請傳入語言物件，例如 "collegiate" 的 en 或 "collegiate/locales/zh-Hant" 的 zhHant。',
  input: "（整份輸入）",
  "severity.error": "錯誤",
  "severity.warning": "警告",
  "severity.info": "備註",
  "count.error.one": "{count}項錯誤",
  "count.error.other": "{count}項錯誤",
  "count.warning.one": "{count}項警告",
  "count.warning.other": "{count}項警告",
  "count.info.one": "{count}項備註",
  "count.info.other": "{count}項備註",
  summary: "{errors}、{warnings}、{notes}",
  hint: "建議：{hint}",
  cites: "{clause}，《{document}》",
  "column.severity": "嚴重程度",
  "column.rule": "規則",
  "column.where": "位置",
  "column.finding": "發現",
  "column.clause": "條文",
  "document.joint-school-sharing": "校本教師專業經驗分享：建議工作流程",
  "document.sharing-learning-experiences": "Sharing Learning Experiences",
  "document.learning-communities": "校本支援服務（「學習社群」模式）：一般資料及注意事項",
  "document.peer-coaching-programme": "Peer Coaching Programme at a Glance",
  "document.lnct-agreement": "LNCT Agreement on Sharing Classroom Experience",
} as const satisfies Messages<DiagnosticMessageKey>;

/** The Traditional Chinese templates of `InvalidInputError`'s message. */
export const invalidInputMessagesZhHant = {
  "invalid-input": "{what}無效：{problems}",
  "problems.one": "共{count}個問題",
  "problems.other": "共{count}個問題",
} as const satisfies Messages<InvalidInputMessageKey>;
