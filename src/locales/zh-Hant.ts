/**
 * Traditional Chinese, as written in Hong Kong schools: `zhHant`, a
 * {@link CollegiateLocale} with every template of the library, zod's own
 * messages in Traditional Chinese (zod's `zh-TW` locale, and no other) and
 * date-fns's `zh-HK` names of months and weekdays. Import it only where it is
 * used: an English-only application never bundles it.
 *
 * @example
 * ```ts
 * import { parseSchoolCalendar } from "collegiate/calendar";
 * import { zhHant } from "collegiate/locales/zh-Hant";
 *
 * parseSchoolCalendar({ weekend: ["funday"] }, { locale: zhHant }).diagnostics[0]?.message;
 * // "不明的星期名稱"funday"：應為 monday, tuesday, wednesday, thursday, friday, saturday, sunday 其中之一。"
 * ```
 *
 * @module collegiate/locales/zh-Hant
 */
import { zhHK } from "date-fns/locale/zh-HK";
import { zhTW } from "zod/v4/locales";
import { agreementMessagesZhHant } from "../agreement/messages.zh-Hant.js";
import { calendarMessagesZhHant } from "../calendar/messages.zh-Hant.js";
import { cliMessagesZhHant } from "../cli/messages.zh-Hant.js";
import { diagnosticMessagesZhHant, invalidInputMessagesZhHant } from "../diagnostics/messages.zh-Hant.js";
import { feedbackMessagesZhHant } from "../feedback/messages.zh-Hant.js";
import { machineMessagesZhHant } from "../machines/messages.zh-Hant.js";
import type { CollegiateLocale } from "../text/locale.js";
import { templateTextCodes } from "../timeline/templateTextCodes.js";
import { templateTextsZhHant, timelineMessagesZhHant } from "../timeline/messages.zh-Hant.js";

/** A catalogue's templates keyed by their codes `namespace/key`. */
function namespaced(namespace: string, messages: Readonly<Record<string, string>>): Record<string, string> {
  const coded: Record<string, string> = {};
  for (const [key, template] of Object.entries(messages)) coded[`${namespace}/${key}`] = template;
  return coded;
}

function build(): CollegiateLocale {
  return Object.freeze({
    code: "zh-Hant",
    messages: Object.freeze({
      ...namespaced("diagnostics", diagnosticMessagesZhHant),
      ...namespaced("invalid-input", invalidInputMessagesZhHant),
      ...namespaced("calendar", calendarMessagesZhHant),
      ...namespaced("timeline", timelineMessagesZhHant),
      ...templateTextCodes(templateTextsZhHant),
      ...namespaced("machines", machineMessagesZhHant),
      ...namespaced("agreement", agreementMessagesZhHant),
      ...namespaced("feedback", feedbackMessagesZhHant),
      ...namespaced("cli", cliMessagesZhHant),
    }),
    zod: zhTW(),
    dateFns: zhHK,
  });
}

/**
 * Traditional Chinese (`zh-Hant`): pass it as `{ locale: zhHant }` wherever
 * the library writes text.
 *
 * @example
 * ```ts
 * import { formatDiagnostics } from "collegiate";
 * import { zhHant } from "collegiate/locales/zh-Hant";
 *
 * formatDiagnostics([], { locale: zhHant }); // "沒有發現問題。"
 * ```
 */
export const zhHant: CollegiateLocale = /* @__PURE__ */ build();
