/**
 * Every message catalogue of the library, in both languages: the same keys,
 * the same placeholders for each key, and templates that render whole; and
 * the Traditional Chinese locale object, which must hold exactly the codes of
 * the English catalogues. A capability joins by adding one entry to
 * `catalogues` in test/support/catalogues.ts.
 */
import { zhHant } from "collegiate/locales/zh-Hant";
import { describe, expect, it } from "vitest";
import { sourceDocuments } from "../../src/diagnostics/index.js";
import { diagnosticMessages } from "../../src/diagnostics/messages.js";
import { formatList, formatMessage, messageReader, messagesIn, placeholdersOf, templateIn } from "../../src/text/formatMessage.js";
import { en } from "../../src/text/locale.js";
import { catalogues, englishTemplatesByCode, templateTexts, templateTextsZhHant } from "../support/catalogues.js";

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

  it("has exactly the English keys in Traditional Chinese", () => {
    expect(Object.keys(catalogue.zhHant).sort()).toEqual(Object.keys(english).sort());
  });

  it("has the same placeholders for each key in Traditional Chinese", () => {
    for (const [key, template] of Object.entries(english)) {
      expect(uniquePlaceholders(catalogue.zhHant[key] ?? "").sort(), `${name}: ${key}`).toEqual(uniquePlaceholders(template).sort());
    }
  });

  it.each(["en", "zhHant"] as const)("renders every %s template without a raw placeholder or a stray brace", (locale) => {
    for (const [key, template] of Object.entries(catalogue[locale])) {
      const params = Object.fromEntries(placeholdersOf(template).map((placeholder) => [placeholder, "x"]));
      const text = formatMessage(template, params);
      expect(text, `${name}: ${key}`).not.toMatch(/[{}]/);
      expect(text.length, `${name}: ${key}`).toBeGreaterThan(0);
    }
  });

  it("is the Traditional Chinese locale's template of every code of the namespace", () => {
    for (const [key, template] of Object.entries(catalogue.zhHant)) {
      expect(zhHant.messages[`${name}/${key}`], `${name}/${key}`).toBe(template);
    }
  });

  it("is translated: a Traditional Chinese text equals the English one only where that is deliberate", () => {
    const same = Object.keys(english).filter((key) => catalogue.zhHant[key] === english[key]);
    expect(same.sort()).toEqual([...(sameInBothLanguages[name] ?? [])].sort());
  });

  it("punctuates Chinese with full-width marks: no ASCII comma, colon, semicolon or bracket against a Chinese character", () => {
    for (const [key, template] of Object.entries(catalogue.zhHant)) {
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

describe("the Traditional Chinese locale", () => {
  const englishByCode = englishTemplatesByCode();

  it("holds exactly the codes of the English catalogues and the texts of the built-in templates", () => {
    expect(Object.keys(zhHant.messages).sort()).toEqual(Object.keys(englishByCode).sort());
  });

  it("has the same placeholders as the English template of each code", () => {
    for (const [code, template] of Object.entries(englishByCode)) {
      expect(uniquePlaceholders(zhHant.messages[code] ?? "").sort(), code).toEqual(uniquePlaceholders(template).sort());
    }
  });

  it("is frozen, tagged zh-Hant, with zod's and date-fns's Traditional Chinese", () => {
    expect(zhHant.code).toBe("zh-Hant");
    expect(Object.isFrozen(zhHant) && Object.isFrozen(zhHant.messages)).toBe(true);
    expect(zhHant.dateFns?.code).toBe("zh-HK");
    expect(typeof zhHant.zod?.localeError).toBe("function");
  });
});

describe("messageReader, messagesIn, templateIn and formatList", () => {
  const english = { due: "Due {day}.", late: "Late." } as const;
  const read = messageReader("test", english);
  const chinese = { code: "zh-Hant", messages: { "test/due": "限期為{day}。" } };

  it("fill the template of the locale asked for, English where the locale has none", () => {
    expect(read(en, "due", { day: "2027-03-18" })).toBe("Due 2027-03-18.");
    expect(read(chinese, "due", { day: "2027-03-18" })).toBe("限期為2027-03-18。");
    expect(read(chinese, "late")).toBe("Late.");
  });

  it("read a locale's own templates only, never a member of Object.prototype", () => {
    const sneaky = { code: "x", messages: Object.create({ "test/due": "Inherited." }) as Record<string, string> };
    expect(templateIn(sneaky, "test", english, "due")).toBe("Due {day}.");
    expect(templateIn({ code: "x", messages: { "test/due": 5 as never } }, "test", english, "due")).toBe("Due {day}.");
  });

  it("give a whole catalogue in a locale", () => {
    expect(messagesIn(en, "test", english)).toBe(english);
    expect(messagesIn(chinese, "test", english)).toEqual({ due: "限期為{day}。", late: "Late." });
  });

  it("join lists in each language's way", () => {
    expect(["", "S1", "S1 and S2", "S1, S2 and S3"]).toEqual([[], ["S1"], ["S1", "S2"], ["S1", "S2", "S3"]].map((ids) => formatList(ids, "{first} and {last}", ", ")));
    expect(formatList(["S1", "S2", "S3"], "{first}及{last}", "、")).toBe("S1、S2及S3");
  });
});
