import type { Messages } from "../text/formatMessage.js";
import type { FeedbackMessageKey } from "./messages.js";

/**
 * The Traditional Chinese catalogue of the feedback capability: the same keys
 * and placeholders as {@link feedbackMessages}, including the wording of the
 * Traditional Chinese editions of the built-in surveys (see
 * `localizeSurvey`). Question and option ids stay as they are. Read only by
 * the `collegiate/locales/zh-Hant` locale (codes `feedback/<key>`), so that
 * an English-only bundle carries none of it. Internal.
 *
 * @example
 * ```ts
 * feedbackMessagesZhHant["report.hidden-fewer-than"]; // "少於{minimum}人"
 * ```
 */
export const feedbackMessagesZhHant = {
  // Survey definitions
  "survey.duplicate-question-id": "問題代號「{id}」重複使用；每條問題都須有自己的代號。",
  "survey.duplicate-question-id.hint": "請為其中一條問題另定代號。",
  "survey.duplicate-option-id": "選項代號「{id}」在這條問題中重複使用。",
  "survey.likert-scale-size": "李克特量表須有2至11個附標籤的評分點；這個量表有{points}個。",
  "survey.question-id-format": "問題代號只可包含英文字母、數字、「-」、「_」或「.」，並須以字母或數字開頭。",

  // Responses
  "response.unknown-question": "問卷沒有問題「{questionId}」；這個答案不予計算。",
  "response.unknown-question.hint": "請對照問卷設定檢查問題代號。",
  "response.value-outside-scale": "問題「{questionId}」的答案{value}不在量表範圍內（{low}至{high}）；不予計算。",
  "response.value-outside-scale.hint": "答案須為該問題量表上的整數。",
  "response.wrong-answer-type": "問題「{questionId}」（{kind}題）的答案應為{expected}，而非{received}；不予計算。",
  "response.unknown-option": "問題「{questionId}」的答案選了「{option}」，但該問題沒有這個選項；這個答案不予計算。",
  "response.repeated-option": "問題「{questionId}」的答案重複選了「{option}」；這個答案不予計算。",
  "response.duplicate-respondent": "回應者「{respondentId}」已填寫過這份問卷；這份回應不予計算。",
  "response.duplicate-respondent.hint": "每位回應者只填寫一次；保留第一份回應。",
  "response.expected.likert": "1至{points}的整數",
  "response.expected.rating": "0至10的整數",
  "response.expected.single-choice": "一個選項代號",
  "response.expected.multiple-choice": "一列選項代號",
  "response.expected.yes-no": "true或false",
  "response.expected.free-text": "文字",
  "response.received.list": "一列數值",
  "response.received.list-holding": "含有{item}的一列數值",
  "response.received.text": "文字",
  "response.received.object": "一個物件",

  // Accumulators and summaries
  "accumulator.different-surveys": "這些累計資料統計的是不同的問卷（「{first}」和「{second}」），因此不能合併。",
  "accumulator.inconsistent": "累計資料的數目與問卷不符：{detail}。",
  "accumulator.detail.respondent-ids": "回應者代號須排序且不重複",
  "accumulator.detail.counted-twice": "重複計算的代號須排序且不重複",
  "accumulator.detail.counts": "應有{count}個數目",
  "accumulator.detail.more-answers": "答案多於回應者",
  "accumulator.detail.not-adding-up": "答案數目加起來不符",
  "accumulator.detail.missing-texts": "欠缺開放式問題的統計",
  "accumulator.detail.texts-order": "文字須排序且不重複",
  "accumulator.detail.more-texts": "文字多於回應者",
  "accumulator.detail.unknown-question": "問卷沒有問題「{id}」",
  "accumulator.counted-twice":
    "有{count}個回應者代號出現在多於一份合併的累計資料中，因此其答案被重複計算；累計資料的 countedTwice 列出了這些代號。",
  "accumulator.counted-twice.hint": "請給回應者在所有學校之間都不重複的代號，例如在代號前加上學校名稱。",
  "options.minimum-group-size": "最少組別人數不可少於3人，否則人數少的組別可能被辨認出來。",
  "options.minimum-comment-group-size": "意見的最少組別人數不可少於結果的最少組別人數（{minimum}人）。",
  "options.duplicate-grouping": "分組屬性「{attribute}」重複列出。",
  "options.invited-needs-grouping": "按組別列出的邀請人數需要分組：請提供 groupBy，或只提供邀請總人數。",
  "summary.invited-group-without-responses": "邀請人數列出了{attribute}「{group}」，但沒有回應屬於該{attribute}，因此不計算其回應率；請檢查拼寫。",
  "summary.more-responses-than-invited": "{group}：有{respondents}份回應，但只邀請了{invited}人；請檢查邀請人數。",
  "chart.not-a-scale-question": "李克特圖表需要李克特量表題或0至10評分題；「{questionId}」是{kind}題。",
  "chart.unknown-question": "統計摘要沒有問題「{questionId}」。",

  // Group labels and hidden groups
  "group.overall": "全部回應者",
  "group.not-stated": "（未註明）",
  "group.separator": " › ",
  "grouping.school": "學校",
  "grouping.role": "職位",
  "grouping.activity": "活動",
  "grouping.session": "學年",
  "report.hidden-fewer-than": "少於{minimum}人",
  "report.hidden-protects": "為保護人數較少的組別而隱藏",

  // Report
  "report.title": "回饋摘要：{survey}",
  "report.respondents": "共{respondents}人回應。",
  "report.respondents-invited": "獲邀{invited}人，共{respondents}人回應（{rate}）。",
  "report.anonymity":
    "回應者少於{minimum}人的組別不顯示結果；如只隱藏一個組別仍可從其他組別推算其結果，便會一併隱藏另一個組別。意見一律不與個別回應者掛鈎。",
  "response.not-a-list": "回應應為一個清單（陣列或其他可迭代物件），而不是{received}；沒有計算任何回應。",
  "report.comment-anonymity": "只有回應者至少{minimum}人的組別才顯示意見；如意見可被推算屬於某個不顯示意見的組別，亦不會顯示。",
  "report.comments-withheld": "不顯示意見：{reason}。",
  "report.overall-hidden": "回應人數少於{minimum}人，因此不顯示結果。",
  "report.section.scales": "評分",
  "report.section.net-score": "淨分數（0至10分題目）",
  "report.section.choices": "選擇題",
  "report.section.yes-no": "是非題",
  "report.section.distribution": "答案分佈",
  "report.section.groups": "按{grouping}劃分",
  "report.section.free-text": "意見",
  "report.section.data-quality": "數據質素",
  "report.no-comments": "沒有意見。",
  "report.left-out": "統計時有{responses}份回應及{answers}個答案不予計算。",
  "report.nothing-left-out": "所有回應及答案均已計算。",
  "report.category.wow": "做得好的地方（亮點）",
  "report.category.wonder": "尚待探討的問題（疑問）",
  "report.category.suggestion": "改善建議",
  "report.category.comment": "其他意見",
  "report.column.question": "問題",
  "report.column.group": "組別",
  "report.column.respondents": "回應人數",
  "report.column.response-rate": "回應率",
  "report.column.n": "n",
  "report.column.mean": "平均數",
  "report.column.mean-of": "平均數：{question}",
  "report.column.median": "中位數",
  "report.column.quartiles": "Q1–Q3",
  "report.column.sd": "標準差",
  "report.column.top-box": "高分比率（95%置信區間）",
  "report.column.bottom-box": "低分比率（95%置信區間）",
  "report.column.promoters": "9–10",
  "report.column.passives": "7–8",
  "report.column.detractors": "0–6",
  "report.column.net-score": "淨分數",
  "report.column.option": "選項",
  "report.column.count": "數目",
  "report.column.share": "比例（95%置信區間）",
  "report.column.yes": "是（95%置信區間）",
  "report.column.no": "否",
  "report.column.rule": "規則",
  "report.multiple-choice-note": "回應者可選多於一項；比例以作答人數計算。",
  "report.repeated-comment": "{comment}（×{count}）",
  "report.answered": "n = {n}。",

  // Chart
  "chart.title": "{question}",
  "chart.description":
    "「{question}」的答案分歧棒形圖，採用由「{low}」至「{high}」的{points}點量表；不同意的部分由中線向左延伸，同意的部分向右延伸，每部分均標示其比例。",
  "chart.row-hidden": "{group}：{reason}",
  "chart.row": "{group}（n={n}）",
  "chart.segment": "{label}：{count}（{share}）",
  "chart.row-segments": "{row}：{segments}",
  "chart.segments-separator": "；",
  "chart.rows-separator": "。",
  "chart.full-description": "{description}{rows}。",

  // Built-in survey: joint-school evaluation (S9)
  "survey.scale.strongly-disagree": "非常不同意",
  "survey.scale.disagree": "不同意",
  "survey.scale.neutral": "中立",
  "survey.scale.agree": "同意",
  "survey.scale.strongly-agree": "非常同意",
  "survey.joint.title": "聯校專業分享活動：評估問卷",
  "survey.joint.goals": "活動達到工作小組議定的目標。",
  "survey.joint.content": "活動內容切合我的背景和需要。",
  "survey.joint.rundown": "活動流程及時間分配恰當。",
  "survey.joint.arrangements": "活動安排（通告、聯絡、場地、交通）清晰。",
  "survey.joint.practice": "我會把所學應用於自己的教學。",
  "survey.joint.recommend": "你有多大可能向同事推薦聯校專業分享活動？",
  "survey.joint.recommend.low": "完全不可能",
  "survey.joint.recommend.high": "極有可能",
  "survey.joint.useful": "當天哪些環節對你最有用？",
  "survey.joint.useful.observation": "觀課",
  "survey.joint.useful.sharing": "分享環節",
  "survey.joint.useful.dialogue": "與同工的專業交流",
  "survey.joint.useful.materials": "材料及資源",
  "survey.joint.useful.visit": "參觀主辦學校",
  "survey.joint.duration": "下次活動的時間應為",
  "survey.joint.duration.half-day": "半日",
  "survey.joint.duration.full-day": "全日",
  "survey.joint.duration.two-days": "兩日",
  "survey.joint.again": "你會再參加聯校專業分享活動嗎？",
  "survey.joint.went-well": "有哪些做得好的地方？",
  "survey.joint.suggestions": "工作小組下次應改善甚麼？",

  // Built-in survey: wows and wonders (P5)
  "survey.wows.title": "同儕教練第三節：亮點與疑問",
  "survey.wows.on-track": "我的教練計劃進展順利。",
  "survey.wows.roadblocks": "你在教練過程中遇到哪些障礙？",
  "survey.wows.roadblocks.time": "難以找到時間會面",
  "survey.wows.roadblocks.release": "難以調配課務抽身",
  "survey.wows.roadblocks.technology": "科技",
  "survey.wows.roadblocks.buy-in": "同事的參與意願",
  "survey.wows.roadblocks.goals": "目標不清晰",
  "survey.wows.resources": "你有否探索新的教練資源？",
  "survey.wows.wow": "亮點：你的教練工作有哪些進展順利的地方？",
  "survey.wows.wonder": "疑問：你仍有甚麼疑問？",

  // What a throwing function was building, for its error.
  "what.survey": "問卷",
  "what.feedback-options": "回饋統計選項",
  "what.chart-request": "圖表要求",
  "what.accumulator": "累計資料",
  "what.report-options": "報告選項",
  "what.chart-options": "圖表選項",
  "what.locale-options": "語言選項",
} as const satisfies Messages<FeedbackMessageKey>;
