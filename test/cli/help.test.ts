import { describe, expect, it } from "vitest";
import { helpText } from "../../src/cli/help.js";

describe("helpText", () => {
  it("lists the commands, and the built-in templates, policies, surveys and kinds where a command takes them", () => {
    expect(helpText(undefined)).toMatch(/^collegiate: check and schedule[\s\S]*validate[\s\S]*schema/);
    expect(helpText("schedule")).toContain("joint-school-sharing, peer-coaching-programme, learning-community-year, sharing-learning-session");
    expect(helpText("validate")).toContain("lnct-agreement, highland-sharing, learning-community-service, joint-school-sharing, classroom-visits");
    expect(helpText("aggregate")).toContain("joint-school-evaluation, wows-and-wonders");
    expect(helpText("schema")).toContain("calendar, template, timeline, visit, session");
  });
});
