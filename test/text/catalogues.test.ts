/**
 * Every message catalogue of the library, in every locale: the same keys, the
 * same placeholders for each key, and templates that render whole. A
 * capability joins by adding one entry to `catalogues` (the machines module:
 * `machines: { en: machineMessages, "zh-Hant": machineMessagesZhHant }`).
 */
import { describe, expect, it } from "vitest";
import { calendarMessages } from "../../src/calendar/messages.js";
import { calendarMessagesZhHant } from "../../src/calendar/messages.zh-Hant.js";
import { sourceDocuments } from "../../src/diagnostics/index.js";
import { diagnosticMessages, invalidInputMessages } from "../../src/diagnostics/messages.js";
import { diagnosticMessagesZhHant, invalidInputMessagesZhHant } from "../../src/diagnostics/messages.zh-Hant.js";
import { agreementMessages } from "../../src/agreement/messages.js";
import { agreementMessagesZhHant } from "../../src/agreement/messages.zh-Hant.js";
import { feedbackMessages } from "../../src/feedback/messages.js";
import { feedbackMessagesZhHant } from "../../src/feedback/messages.zh-Hant.js";
import { machineMessages } from "../../src/machines/messages.js";
import { machineMessagesZhHant } from "../../src/machines/messages.zh-Hant.js";
import { cliMessages } from "../../src/cli/messages.js";
import { cliMessagesZhHant } from "../../src/cli/messages.zh-Hant.js";
import { formatList, formatMessage, messageReader, placeholdersOf } from "../../src/text/formatMessage.js";
import { locales, type Locale } from "../../src/text/locale.js";
import { templateTexts, timelineMessages } from "../../src/timeline/messages.js";
import { templateTextsZhHant, timelineMessagesZhHant } from "../../src/timeline/messages.zh-Hant.js";

type Catalogue = { readonly [L in Locale]: Readonly<Record<string, string>> };

const catalogues: Readonly<Record<string, Catalogue>> = {
  calendar: { en: calendarMessages, "zh-Hant": calendarMessagesZhHant },
  diagnostics: { en: diagnosticMessages, "zh-Hant": diagnosticMessagesZhHant },
  invalidInput: { en: invalidInputMessages, "zh-Hant": invalidInputMessagesZhHant },
  timeline: { en: timelineMessages, "zh-Hant": timelineMessagesZhHant },
  agreement: { en: agreementMessages, "zh-Hant": agreementMessagesZhHant },
  feedback: { en: feedbackMessages, "zh-Hant": feedbackMessagesZhHant },
  machines: { en: machineMessages, "zh-Hant": machineMessagesZhHant },
  cli: { en: cliMessages, "zh-Hant": cliMessagesZhHant },
};

/**
 * Keys whose Traditional Chinese text is deliberately the English one:
 * symbols, statistical notation, and the titles of the three source
 * documents that exist in English only, and the command line's layouts
 * (`file: title`, `collegiate: ` before a problem, as compilers write them).
 */
const sameInBothLanguages: Readonly<Record<string, readonly string[]>> = {
  diagnostics: ["document.sharing-learning-experiences", "document.peer-coaching-programme", "document.lnct-agreement"],
  agreement: ["reference.document-heading"],
  feedback: [
    "group.separator",
    "report.column.n",
    "report.column.quartiles",
    "report.column.promoters",
    "report.column.passives",
    "report.column.detractors",
    "chart.title",
  ],
  cli: ["unusable.prefix", "validate.file", "schema.list-item"],
};

const uniquePlaceholders = (template: string) => [...new Set(placeholdersOf(template))];

describe.each(Object.entries(catalogues))("the %s catalogue", (name, catalogue) => {
  const english = catalogue.en;

  it.each(locales.filter((locale) => locale !== "en"))("has exactly the English keys in %s", (locale) => {
    expect(Object.keys(catalogue[locale]).sort()).toEqual(Object.keys(english).sort());
  });

  it.each(locales.filter((locale) => locale !== "en"))("has the same placeholders for each key in %s", (locale) => {
    for (const [key, template] of Object.entries(english)) {
      expect(uniquePlaceholders(catalogue[locale][key] ?? "").sort(), `${name}: ${key}`).toEqual(uniquePlaceholders(template).sort());
    }
  });

  it.each(locales)("renders every %s template without a raw placeholder or a stray brace", (locale) => {
    for (const [key, template] of Object.entries(catalogue[locale])) {
      const params = Object.fromEntries(placeholdersOf(template).map((placeholder) => [placeholder, "x"]));
      const text = formatMessage(template, params);
      expect(text, `${name}: ${key}`).not.toMatch(/[{}]/);
      expect(text.length, `${name}: ${key}`).toBeGreaterThan(0);
    }
  });

  it("is translated: a Traditional Chinese text equals the English one only where that is deliberate", () => {
    const same = Object.keys(english).filter((key) => catalogue["zh-Hant"][key] === english[key]);
    expect(same.sort()).toEqual([...(sameInBothLanguages[name] ?? [])].sort());
  });

  it("punctuates Chinese with full-width marks: no ASCII comma, colon, semicolon or bracket against a Chinese character", () => {
    for (const [key, template] of Object.entries(catalogue["zh-Hant"])) {
      expect(template, `${name}: ${key}`).not.toMatch(/[\u3400-\u9fff][,:;()]|[,:;()][\u3400-\u9fff]/);
      expect(template, `${name}: ${key}`).not.toMatch(/[\u3400-\u9fff]\.$/);
    }
  });
});

describe("the citations", () => {
  it("cite each source document by its title in English", () => {
    for (const [id, document] of Object.entries(sourceDocuments)) {
      expect(diagnosticMessages[`document.${id}` as keyof typeof diagnosticMessages]).toBe(document.title);
    }
  });
});

describe("the texts of the built-in templates", () => {
  it("have the same templates and stages, and as many tasks, in Traditional Chinese", () => {
    expect(Object.keys(templateTextsZhHant)).toEqual(Object.keys(templateTexts));
    for (const [id, english] of Object.entries(templateTexts)) {
      const chinese = templateTextsZhHant[id as keyof typeof templateTexts];
      expect(chinese.title, id).not.toBe(english.title);
      expect(Object.keys(chinese.stages), id).toEqual(Object.keys(english.stages));
      for (const [stageId, stage] of Object.entries(english.stages)) {
        const translated = (chinese.stages as Record<string, { title: string; external: readonly string[]; internal: readonly string[] }>)[stageId];
        expect(translated?.title, `${id} ${stageId}`).toMatch(/[\u3400-\u9fff]/);
        expect(translated?.external.length, `${id} ${stageId} external`).toBe(stage.external.length);
        expect(translated?.internal.length, `${id} ${stageId} internal`).toBe(stage.internal.length);
      }
    }
  });
});

describe("messageReader and formatList", () => {
  const read = messageReader({ en: { due: "Due {day}." }, "zh-Hant": { due: "限期為{day}。" } });

  it("fill a template of the locale asked for", () => {
    expect(read("en", "due", { day: "2027-03-18" })).toBe("Due 2027-03-18.");
    expect(read("zh-Hant", "due", { day: "2027-03-18" })).toBe("限期為2027-03-18。");
  });

  it("join lists in each language's way", () => {
    expect(["", "S1", "S1 and S2", "S1, S2 and S3"]).toEqual([[], ["S1"], ["S1", "S2"], ["S1", "S2", "S3"]].map((ids) => formatList(ids, "{first} and {last}", ", ")));
    expect(formatList(["S1", "S2", "S3"], "{first}及{last}", "、")).toBe("S1、S2及S3");
  });
});
