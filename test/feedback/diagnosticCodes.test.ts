/**
 * Feedback diagnostics as data: every diagnostic carries the code of its
 * message and the values of its placeholders, so a stored diagnostic can be
 * written again in any language, and a language is an object any
 * application can write.
 */
import { describe, expect, it } from "vitest";
import { zhHant } from "collegiate/locales/zh-Hant";
import { defineLocale, localizeDiagnostics, type Diagnostic } from "../../src/diagnostics/index.js";
import {
  addResponses,
  createAccumulator,
  en,
  jointSchoolEvaluationSurvey,
  localizeSurvey,
  mergeAccumulators,
  parseAccumulator,
  parseSurvey,
  summarize,
  wowsAndWondersSurvey,
  type Survey,
} from "../../src/feedback/index.js";
import { feedbackMessages } from "../../src/feedback/messages.js";

const responses = [
  { respondentId: "r1", answers: { goals: 7, useful: ["observation", "lunch"], duration: "week" } },
  { respondentId: "r1", answers: {} },
  { answers: { mood: 3 } },
];

const surveyInput = { id: "s", title: "Check-in", questions: [{ kind: "likert", id: "q", text: "Fine?", scale: ["Yes"] }] };
const twiceInput = { id: "s", title: "Check-in", questions: [{ kind: "yes-no", id: "q", text: "Fine?" }, { kind: "yes-no", id: "q", text: "Again?" }] };

/** Diagnostics of the functions asked in `locale`. */
function diagnosticsIn(locale: typeof en): Diagnostic[] {
  const counted = addResponses(createAccumulator(jointSchoolEvaluationSurvey), responses, { locale }).diagnostics;
  const survey = [...parseSurvey(surveyInput, { locale }).diagnostics, ...parseSurvey(twiceInput, { locale }).diagnostics];
  const twice = mergeAccumulators(
    addResponses(createAccumulator(wowsAndWondersSurvey), [{ respondentId: "a", answers: {} }]).accumulator,
    addResponses(createAccumulator(wowsAndWondersSurvey), [{ respondentId: "a", answers: {} }]).accumulator,
  );
  const summary = summarize(twice, { locale, minGroupSize: 3 }).diagnostics;
  return [...counted, ...survey, ...summary];
}

describe("feedback diagnostics as data", () => {
  const english = diagnosticsIn(en);

  it("carry the code of their message and the values of its placeholders", () => {
    expect(english.map((d) => [d.code, d.params])).toEqual([
      ["feedback/response.value-outside-scale", { questionId: "goals", value: "7", low: 1, high: 5 }],
      ["feedback/response.unknown-option", { questionId: "useful", option: "lunch" }],
      ["feedback/response.unknown-option", { questionId: "duration", option: "week" }],
      ["feedback/response.duplicate-respondent", { respondentId: "r1" }],
      ["feedback/response.unknown-question", { questionId: "mood" }],
      ["feedback/survey.likert-scale-size", { points: 1 }],
      ["feedback/survey.duplicate-question-id", { id: "q" }],
      ["feedback/accumulator.counted-twice", { count: 1 }],
    ]);
    for (const diagnostic of english) {
      const key = (diagnostic.code as string).slice("feedback/".length) as keyof typeof feedbackMessages;
      expect(Object.hasOwn(feedbackMessages, key), key).toBe(true);
      expect(diagnostic.hint === undefined, key).toBe(!Object.hasOwn(feedbackMessages, `${key}.hint`));
    }
  });

  it("are written again in Traditional Chinese from their code and parameters, as the functions write them", () => {
    const stored = JSON.parse(JSON.stringify(english)) as Diagnostic[];
    const chinese = diagnosticsIn(zhHant);
    expect(localizeDiagnostics(stored, { locale: zhHant })).toEqual(chinese);
    expect(chinese[0]?.message).toBe("問題「goals」的答案7不在量表範圍內（1至5）；不予計算。");
    expect(localizeDiagnostics(chinese, { locale: en })).toEqual(english);
  });

  it("are written in a language of the application's own, English where it has no template", () => {
    const pirate = defineLocale({
      code: "en-x-pirate",
      messages: { "feedback/response.unknown-question": "Arr, no question \"{questionId}\" aboard." },
    });
    const piratical = diagnosticsIn(pirate);
    expect(piratical.find((d) => d.code === "feedback/response.unknown-question")?.message).toBe('Arr, no question "mood" aboard.');
    expect(piratical.find((d) => d.code === "feedback/response.duplicate-respondent")?.message).toBe(
      english.find((d) => d.code === "feedback/response.duplicate-respondent")?.message,
    );
    expect(localizeDiagnostics(english, { locale: pirate })).toEqual(piratical);
  });

  it("report a locale that is no locale in the results of the parsing functions", () => {
    for (const result of [parseSurvey(surveyInput, { locale: "zh-Hant" as never }), parseAccumulator({}, { locale: "zh-Hant" as never })]) {
      expect(result.ok).toBe(false);
      expect(result.diagnostics.map((d) => [d.code, d.path])).toEqual([["diagnostics/locale.unknown", ["locale"]]]);
    }
  });
});

describe("built-in surveys in a locale object", () => {
  const partial = defineLocale({
    code: "en-x-test",
    messages: { "feedback/survey.wows.title": "Wows (test)", "feedback/survey.scale.agree": "Yes (test)" },
  });

  it("are worded from the locale, in English where it has no wording", () => {
    const survey = localizeSurvey(wowsAndWondersSurvey, partial);
    expect(survey.title).toBe("Wows (test)");
    expect(survey.questions.map((q) => q.id)).toEqual(wowsAndWondersSurvey.questions.map((q) => q.id));
    expect(survey.questions[0]?.text).toBe(wowsAndWondersSurvey.questions[0]?.text);
    const onTrack = survey.questions.find((q) => q.id === "on-track");
    expect(onTrack?.kind === "likert" ? onTrack.scale : []).toEqual(["Strongly disagree", "Disagree", "Neither agree nor disagree", "Yes (test)", "Strongly agree"]);
  });

  it("go from any edition to any other, the same edition each time", () => {
    const chinese = localizeSurvey(wowsAndWondersSurvey, zhHant);
    const test = localizeSurvey(chinese, partial);
    expect(test.title).toBe("Wows (test)");
    expect(localizeSurvey(test, zhHant)).toEqual(chinese);
    expect(localizeSurvey(test, partial)).toBe(test);
    expect(localizeSurvey(JSON.parse(JSON.stringify(test)) as Survey, en)).toBe(wowsAndWondersSurvey);
    // A locale without feedback wording gives the exported English survey itself.
    expect(localizeSurvey(chinese, defineLocale({ code: "fr", messages: {} }))).toBe(wowsAndWondersSurvey);
  });
});
