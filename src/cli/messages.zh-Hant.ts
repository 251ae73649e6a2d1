/**
 * The Traditional Chinese catalogue of the `collegiate` command: the same
 * keys and placeholders as {@link cliMessages}, in the words of the library's
 * other Traditional Chinese catalogues (校曆, 計劃範本, 時間表, 觀課, 規則集,
 * 問卷, 回應者). Command names, option names, kinds of file, rule ids and
 * exit statuses stay as they are. Internal module.
 */
import type { Messages } from "../text/formatMessage.js";
import type { CliMessageKey } from "./messages.js";

/** The command line's message catalogue, in Traditional Chinese. */
export const cliMessagesZhHant = {
  "help.program": `collegiate：以 JSON 檔案檢查及編排教師專業經驗分享。

用法：collegiate <指令> [選項] [檔案]

指令：
  validate   按資料結構及規則集檢查紀錄（觀課、學年觀課紀錄、計劃、學習社群、校曆、範本等）
  schedule   把計劃的每個階段編排在校曆上
  aggregate  統計問卷回應，並保護人數少的組別
  ics        把時間表匯出至日曆應用程式（iCalendar）
  schema     輸出某類檔案的 JSON Schema

所有指令適用的選項：
  --json            以 JSON 代替文字輸出
  --locale <語言>   輸出的語言：{locales}
  -h, --help        說明指令：collegiate <指令> --help

檔案須為 JSON 格式；「-」表示讀取標準輸入。結束狀態：沒有發現屬錯誤級別的問題時為0，有則為1，有輸入無法使用時為2。`,
  "help.validate": `用法：collegiate validate [選項] <檔案或資料夾>...

按所屬類別的資料結構檢查每個檔案；觀課、學年觀課紀錄、學習社群及分享活動計劃另按規則集的規則檢查。檔案的類別由檔名 <名稱>.<類別>.json 表示（例如 chan-2027-02-03.visit.json），或以 --kind 指明。資料夾及其子資料夾內以此方式命名的檔案都會檢查。

類別：{kinds}

選項：
  --kind <類別>         所有檔案的類別（讀取標準輸入時必須提供）
  --policy <規則集>     內置規則集（{policies}）或規則集檔案；用於它設有規則的紀錄類別，取代預設的規則集
  --calendar <檔案>     計算學校日所用的校曆；預設為輸入中唯一的校曆檔案（如只有一個）
  --as-of <日期>        評核紀錄的日子（YYYY-MM-DD）：報告截至當日已逾期的事項
  --markdown            以 Markdown 表格列出檢查結果
  --json                以 JSON 輸出檢查結果：ok，以及每個檔案的 file、kind、ok 和 diagnostics`,
  "help.schedule": `用法：collegiate schedule [選項] <校曆檔案>

按計劃範本，由活動日倒數或由開始日順序，把每個階段編排在檔案中的校曆上。

選項：
  --template <範本>          內置範本（{templates}）或範本檔案（必須提供）
  --activity-day <日期>      活動日，適用於由活動日倒數編排的範本（YYYY-MM-DD）
  --start-day <日期>         開始日，適用於由開始日順序編排的範本（YYYY-MM-DD）
  --as-of <日期>             標示每個階段截至該日的狀況：未開始、進行中或逾期
  --compress                 配合 --as-of 使用：計劃應已開始時，把餘下的階段壓縮至剩餘的學校日
  --phase-length <長度>      shortest 或 longest（預設）：以月數範圍表示的階段取最短或最長的長度
  --plan-id <代號>           計劃的代號，令日曆活動的 UID 保持不變
  --school <名稱>            計劃所屬的學校
  --person <姓名>            計劃所需的人員；可重複使用以列出多人
  --markdown                 以 Markdown 表格輸出
  --json                     以 JSON 輸出時間表（即 collegiate ics 的輸入）`,
  "help.aggregate": `用法：collegiate aggregate [選項] <回應檔案>

統計一組問卷回應：按組別計算準確的統計數字，回應者少於下限的組別不予顯示。以 Markdown 輸出摘要報告；不予計算的回應及答案列於標準錯誤輸出。

選項：
  --survey <問卷>           內置問卷（{surveys}）或問卷檔案（必須提供）
  --group-by <屬性>         school、role、activity 或 session；可重複使用或以逗號分隔，作多層分組
  --min-group-size <人數>   隱藏回應者少於此數的組別（預設為5，最少為3）
  --invited <人數>          獲邀人數；或按第一個分組屬性的每個值寫 <組別>=<人數>，可重複使用
  --csv                     以 CSV 代替 Markdown 輸出
  --json                    以 JSON 輸出統計摘要`,
  "help.ics": `用法：collegiate ics [選項] <時間表檔案>

把時間表（collegiate schedule --json 的輸出）匯出為 iCalendar 檔案：每個階段一項全日活動。

選項：
  --uid-domain <網域>       學校的網域名稱，令日曆活動的 UID 獨一無二（必須提供）
  --dtstamp <時間>          製作檔案的時間，以協調世界時（UTC）表示（YYYY-MM-DDTHH:MM:SSZ）；預設為現在
  --calendar-name <名稱>    日曆應用程式顯示的名稱
  --json                    以 JSON 輸出：iCalendar 文字（ics）及時間表的檢查結果（diagnostics）`,
  "help.schema": `用法：collegiate schema [<類別>]

輸出某類檔案的 JSON Schema（draft 2020-12），或列出所有類別。

類別：{kinds}`,

  "validate.file": "{file}: {title}",
  "validate.total": "已檢查{files}個檔案：{errors}項錯誤、{warnings}項警告、{notes}項備註。",
  "validate.no-files": "沒有可檢查的檔案：所提供的資料夾內沒有名為 <名稱>.<類別>.json 的檔案。",
  "schema.list-item": "{kind}  {title}",
  "list.separator": "、",

  "kind.calendar": "校曆",
  "kind.template": "計劃範本",
  "kind.timeline": "時間表",
  "kind.visit": "觀課",
  "kind.session": "學年觀課紀錄",
  "kind.community": "學習社群",
  "kind.plan": "分享活動計劃",
  "kind.policy": "協議規則集",
  "kind.survey": "問卷",
  "kind.response": "問卷回應",
  "kind.responses": "一組問卷回應",
  "kind.accumulator": "回饋累計資料",
  "kind.diagnostic": "檢查結果",

  "unusable.prefix": "collegiate: ",
  "unusable.no-file": "找不到這個檔案或資料夾",
  "unusable.not-readable": "無法讀取：{reason}",
  "unusable.json": "不是有效的 JSON：{reason}",
  "unusable.json-at": "不是有效的 JSON，問題在第{line}行第{column}個字元：{reason}",
  "unusable.unknown-kind": "無法判斷檔案的內容：請把檔案命名為 <名稱>.<類別>.json，或使用 --kind（類別：{kinds}）",
  "unusable.kind": "不明的類別「{kind}」：應為{kinds}其中之一",
  "unusable.policy": "不明的規則集「{name}」：請提供內置規則集（{policies}）或規則集檔案",
  "unusable.template": "不明的範本「{name}」：請提供內置範本（{templates}）或範本檔案",
  "unusable.survey": "不明的問卷「{name}」：請提供內置問卷（{surveys}）或問卷檔案",
  "unusable.missing-option": "必須提供{option}",
  "unusable.day": "日期應為 YYYY-MM-DD 格式：{reason}",
  "unusable.number": "應為整數，而非「{value}」",
  "unusable.invited": "應為人數或 <組別>=<人數>，而非「{value}」",
  "unusable.choice": "應為{choices}其中之一，而非「{value}」",
  "unusable.backward-day": "{template}由活動日倒數編排：請提供 --activity-day YYYY-MM-DD{extra}",
  "unusable.forward-day": "{template}由開始日順序編排：請提供 --start-day YYYY-MM-DD{extra}",
  "unusable.other-day": "（而非{option}）",
  "unusable.not-a-list": "應為由問卷回應組成的列表",
  "unusable.unknown-command": "不明的指令「{command}」：應為 validate、schedule、aggregate、ics 或 schema",
  "unusable.unknown-option": "不明的選項{option}",
  "unusable.option-value": "{option}須附有值",
  "unusable.option-no-value": "{option}不接受值",
  "unusable.no-input": "請提供最少一個檔案或資料夾（或以 - 表示標準輸入）",
  "unusable.one-file": "請只提供一個檔案（或以 - 表示標準輸入）",
  "unusable.locale": "不明的語言「{locale}」：應為{locales}其中之一",
  "unusable.usage-hint": "請執行 collegiate {command} --help 查看選項。",
  "unusable.stdin": "標準輸入",
} as const satisfies Messages<CliMessageKey>;
