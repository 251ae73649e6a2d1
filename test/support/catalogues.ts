/**
 * Every catalogue of the library, read from the sources: the English
 * templates (the library's own language) and the Traditional Chinese ones,
 * by namespace, and the English templates by message code, as a locale keys
 * them.
 */
import { agreementMessages } from "../../src/agreement/messages.js";
import { agreementMessagesZhHant } from "../../src/agreement/messages.zh-Hant.js";
import { calendarMessages } from "../../src/calendar/messages.js";
import { calendarMessagesZhHant } from "../../src/calendar/messages.zh-Hant.js";
import { cliMessages } from "../../src/cli/messages.js";
import { cliMessagesZhHant } from "../../src/cli/messages.zh-Hant.js";
import { diagnosticMessages, invalidInputMessages } from "../../src/diagnostics/messages.js";
import { diagnosticMessagesZhHant, invalidInputMessagesZhHant } from "../../src/diagnostics/messages.zh-Hant.js";
import { feedbackMessages } from "../../src/feedback/messages.js";
import { feedbackMessagesZhHant } from "../../src/feedback/messages.zh-Hant.js";
import { machineMessages } from "../../src/machines/messages.js";
import { machineMessagesZhHant } from "../../src/machines/messages.zh-Hant.js";
import { templateTexts, timelineMessages } from "../../src/timeline/messages.js";
import { templateTextsZhHant, timelineMessagesZhHant } from "../../src/timeline/messages.zh-Hant.js";
import { templateTextCodes } from "../../src/timeline/templateTextCodes.js";

/** A catalogue in English and Traditional Chinese. */
export interface Catalogue {
  readonly en: Readonly<Record<string, string>>;
  readonly zhHant: Readonly<Record<string, string>>;
}

/** Every catalogue by its namespace (the part of a message code before the slash). */
export const catalogues: Readonly<Record<string, Catalogue>> = {
  calendar: { en: calendarMessages, zhHant: calendarMessagesZhHant },
  diagnostics: { en: diagnosticMessages, zhHant: diagnosticMessagesZhHant },
  "invalid-input": { en: invalidInputMessages, zhHant: invalidInputMessagesZhHant },
  timeline: { en: timelineMessages, zhHant: timelineMessagesZhHant },
  agreement: { en: agreementMessages, zhHant: agreementMessagesZhHant },
  feedback: { en: feedbackMessages, zhHant: feedbackMessagesZhHant },
  machines: { en: machineMessages, zhHant: machineMessagesZhHant },
  cli: { en: cliMessages, zhHant: cliMessagesZhHant },
};

/** Every English template of the library by its code: `namespace/key`, and the texts of the built-in plan templates. */
export function englishTemplatesByCode(): Record<string, string> {
  const coded: Record<string, string> = {};
  for (const [namespace, catalogue] of Object.entries(catalogues)) {
    for (const [key, template] of Object.entries(catalogue.en)) coded[`${namespace}/${key}`] = template;
  }
  return { ...coded, ...templateTextCodes(templateTexts) };
}

/** The texts of the built-in plan templates in both languages. */
export { templateTexts, templateTextsZhHant };
