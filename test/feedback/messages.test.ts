import { describe, expect, it } from "vitest";
import { feedbackMessages } from "../../src/feedback/messages.js";
import { feedbackMessage } from "../../src/feedback/message.js";
import { placeholdersOf } from "../../src/text/formatMessage.js";
import { en } from "../../src/text/locale.js";

describe("feedbackMessages", () => {
  it("are plain, non-empty templates without stray spaces (a separator's spaces are its point)", () => {
    for (const [key, template] of Object.entries(feedbackMessages)) {
      expect(template.trim(), key).not.toBe("");
      if (!key.endsWith("separator")) expect(template, key).toBe(template.trim());
    }
  });

  it("are filled by name, a missing value shown as its placeholder", () => {
    expect(placeholdersOf(feedbackMessages["response.value-outside-scale"])).toEqual(["high", "low", "questionId", "value"]);
    expect(feedbackMessage(en, "report.hidden-fewer-than", { minimum: 5 })).toBe("fewer than 5");
    expect(feedbackMessage(en, "report.hidden-fewer-than")).toBe("fewer than {minimum}");
  });
});
