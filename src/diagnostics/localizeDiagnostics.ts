import { agreementMessages } from "../agreement/messages.js";
import { calendarMessages } from "../calendar/messages.js";
import { feedbackMessages } from "../feedback/messages.js";
import { machineMessages } from "../machines/messages.js";
import { en, requestedLocale, type CollegiateLocale, type LocaleOptions } from "../text/locale.js";
import { shownValue } from "../text/shownValue.js";
import { templateLookup } from "../text/templates.js";
import { timelineMessages } from "../timeline/messages.js";
import type { Diagnostic } from "./diagnostic.js";
import { InvalidInputError } from "./InvalidInputError.js";
import { diagnosticMessages } from "./messages.js";
import { messageOf } from "./fromZod.js";
import { diagnosticMessage } from "./message.js";

/** The English template of any code the library's functions report. */
const everyTemplate = /* @__PURE__ */ templateLookup(
  "diagnostics",
  diagnosticMessages,
  /* @__PURE__ */ templateLookup("calendar", calendarMessages),
  /* @__PURE__ */ templateLookup("timeline", timelineMessages),
  /* @__PURE__ */ templateLookup("machines", machineMessages),
  /* @__PURE__ */ templateLookup("agreement", agreementMessages),
  /* @__PURE__ */ templateLookup("feedback", feedbackMessages),
);

/**
 * The locale of a rendering function's options, or an `InvalidInputError`
 * with a diagnostic at `locale`.
 *
 * @internal
 */
export function optionsLocale(options: unknown): CollegiateLocale {
  if (options !== undefined && (typeof options !== "object" || options === null || Array.isArray(options))) {
    throw new InvalidInputError("options", [
      {
        ruleId: "schema/invalid-type",
        severity: "error",
        code: "diagnostics/options.not-an-object",
        params: { received: shownValue(options) },
        message: diagnosticMessage(en, "options.not-an-object", { received: shownValue(options) }),
        path: [],
      },
    ]);
  }
  const locale = requestedLocale(options);
  if (locale !== undefined) return locale;
  throw new InvalidInputError("options", [
    { ruleId: "schema/custom", severity: "error", code: "diagnostics/locale.unknown", params: {}, message: diagnosticMessage(en, "locale.unknown"), path: ["locale"] },
  ]);
}

/**
 * One diagnostic written again in `locale` from its code and parameters. A
 * code no catalogue knows (a diagnostic a school's own check made, say) and
 * one with no code keep the message they have.
 *
 * @internal
 */
export function localizeDiagnostic(diagnostic: Diagnostic, locale: CollegiateLocale): Diagnostic {
  const code: unknown = diagnostic.code;
  if (typeof code !== "string") return diagnostic;
  const params = typeof diagnostic.params === "object" && diagnostic.params !== null ? diagnostic.params : {};
  const message = messageOf(locale, code, params, everyTemplate);
  if (message === undefined) return diagnostic;
  const hint = code.startsWith("zod/") ? undefined : messageOf(locale, `${code}.hint`, params, everyTemplate);
  const { hint: _previous, ...rest } = diagnostic;
  return hint === undefined ? (diagnostic.hint === undefined ? { ...rest, message } : { ...rest, message, hint: diagnostic.hint }) : { ...rest, message, hint };
}

/**
 * Writes stored diagnostics again in any language: each message (and hint)
 * is written from the diagnostic's `code` and `params`, so a server can keep
 * diagnostics as data and show them to each reader in theirs. A diagnostic
 * whose code no catalogue of the library knows keeps its message. This
 * function knows every catalogue of the library, so it costs more in a bundle
 * than the functions that report diagnostics.
 *
 * @param diagnostics - Diagnostics from any function of the library, for example read back from JSON.
 * @param options - The language: {@link en} (the default), `zhHant`, or your own locale.
 * @returns New diagnostics, the same but for `message` and `hint`.
 * @throws {@link InvalidInputError} when `options.locale` is not a locale.
 *
 * @example
 * ```ts
 * import { localizeDiagnostics, parseSchoolCalendar } from "collegiate";
 * import { zhHant } from "collegiate/locales/zh-Hant";
 *
 * const stored = JSON.stringify(parseSchoolCalendar({ weekend: ["funday"] }).diagnostics);
 * localizeDiagnostics(JSON.parse(stored), { locale: zhHant })[0]?.message;
 * // "不明的星期名稱"funday"：應為 monday, tuesday, wednesday, thursday, friday, saturday, sunday 其中之一。"
 * ```
 */
export function localizeDiagnostics(diagnostics: readonly Diagnostic[], options: LocaleOptions = {}): Diagnostic[] {
  const locale = optionsLocale(options);
  return diagnostics.map((diagnostic) => localizeDiagnostic(diagnostic, locale));
}
