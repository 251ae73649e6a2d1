import { zhHant } from "collegiate/locales/zh-Hant";
import { describe, expect, it } from "vitest";
import { focusAgreedBeforeVisit, lnctAgreement, validateVisit } from "../../src/agreement/index.js";
import { Findings } from "../../src/agreement/findings.js";
import { inspectionOf } from "../../src/agreement/inspection.js";
import type { PolicyEntry } from "../../src/agreement/policy.js";
import { prepareValidation, resultOf, runRules } from "../../src/agreement/runRules.js";
import { defineSchoolCalendar, plainDate } from "../../src/calendar/index.js";
import { managerVisit, peerVisit } from "./records.js";

describe("runRules", () => {
  it("turns a rule that throws into a finding of that rule instead of an exception", () => {
    const failing: PolicyEntry<"visit"> = {
      rule: focusAgreedBeforeVisit,
      severity: "error",
      inspect: () => {
        throw new RangeError("Day out of range");
      },
    };
    const findings = new Findings();
    runRules("visit", [failing], managerVisit(), inspectionOf({}, undefined), findings, ["visits", 0]);
    expect(findings.diagnostics).toEqual([
      {
        ruleId: "lnct/focus-agreed-before-visit",
        severity: "error",
        code: "agreement/rule-failed",
        params: { error: "Day out of range" },
        message: "The rule could not finish: Day out of range",
        path: ["visits", 0],
        source: { document: "lnct-agreement", clause: "A3" },
      },
    ]);
  });

  it("tells the rules whether missing records count: not for a peer visit", () => {
    const seen: boolean[] = [];
    const probe: PolicyEntry<"visit"> = {
      rule: focusAgreedBeforeVisit,
      severity: "error",
      inspect: (_visit, _inspection, findings) => {
        findings.missing(["focus"], "date-missing");
        seen.push(findings.diagnostics.length > 0);
      },
    };
    runRules("visit", [probe], managerVisit(), inspectionOf({}, undefined), new Findings());
    runRules("visit", [probe], peerVisit(), inspectionOf({}, undefined), new Findings());
    expect(seen).toEqual([true, false]);
  });

  it("prepares a validation once per calendar object, accepting calendars read back from JSON", () => {
    const stored = JSON.parse(JSON.stringify(defineSchoolCalendar({ closures: [{ name: "Staff day", start: "2027-03-17" }] }))) as unknown;
    const prepared = prepareValidation(lnctAgreement, { calendar: stored as never });
    expect("inspection" in prepared && prepared.inspection.calendar.closures[0]?.name).toBe("Staff day");
  });

  it("is ok only without errors", () => {
    const warning = { ruleId: "x/y", severity: "warning" as const, code: "x/m", params: {}, message: "m", path: [] };
    expect(resultOf(1, [warning]).ok).toBe(true);
    expect(resultOf(1, [{ ...warning, severity: "error" }]).ok).toBe(false);
  });

  it("reports what a rule threw even when it is not an Error", () => {
    const failing: PolicyEntry<"visit"> = {
      rule: focusAgreedBeforeVisit,
      severity: "warning",
      inspect: () => {
        throw "calendar missing";
      },
    };
    const findings = new Findings(zhHant);
    runRules("visit", [failing], managerVisit(), inspectionOf({}, undefined), findings);
    expect(findings.diagnostics.map((d) => [d.severity, d.message])).toEqual([["warning", "規則未能完成檢查：calendar missing"]]);
  });

  it("reads a context that is not an object, as from JavaScript, as no context", () => {
    const visit = managerVisit({ visitDay: "2027-03-18" });
    const none = validateVisit(visit, lnctAgreement);
    expect(none.ok).toBe(false);
    expect(validateVisit(visit, lnctAgreement, null as never)).toEqual(none);
    expect(validateVisit(visit, lnctAgreement, "zh-Hant" as never)).toEqual(none);
  });

  it("accepts every locale and a valid day, and refuses others with their paths", () => {
    expect("inspection" in prepareValidation(lnctAgreement, { locale: zhHant, asOf: plainDate("2027-03-18") })).toBe(true);
    const refused = prepareValidation(lnctAgreement, { locale: "fr" as never, asOf: "2027-02-30" as never });
    expect("diagnostics" in refused && refused.diagnostics.map((d) => d.path.join("."))).toEqual(["context.locale", "context.asOf"]);
  });
});
