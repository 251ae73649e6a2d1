import fc from "fast-check";
import { zhHant } from "collegiate/locales/zh-Hant";
import { describe, expect, it } from "vitest";
import {
  agreementRules,
  builtinPolicies,
  classroomVisitPolicy,
  definePolicy,
  highlandSharing,
  lnctAgreement,
  validateSession,
  validateVisit,
  type ClassroomVisitInput,
  type Policy,
  type RuleId,
} from "../../src/agreement/index.js";
import { addDays, plainDate } from "../../src/calendar/index.js";
import { compliantVisitArbitrary } from "../support/visits.js";
import { sampleVisit } from "./records.js";
import { visitMutations } from "./visitMutations.js";

const visitRuleIds = agreementRules.filter((rule) => rule.subject === "visit").map((rule) => rule.id);
/** Every rule of every document at error severity: the most demanding policy there is. */
const everyRuleAsError = definePolicy({
  name: "every rule as error",
  rules: Object.fromEntries(agreementRules.map((rule) => [rule.id, "error"])),
});

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}

const prototypeKeys = () => [Object.prototype, Array.prototype].map((proto) => Reflect.ownKeys(proto).length);

describe("validateVisit", () => {
  it("accepts the sample visit with no findings, and returns it parsed", () => {
    const result = validateVisit(sampleVisit);
    expect(result).toMatchObject({ ok: true, diagnostics: [] });
    expect(result.value?.visitDay).toBe("2027-03-18");
  });

  it("reports every schema problem with its path and a schema/ rule id, and no value", () => {
    const result = validateVisit({
      ...sampleVisit,
      visitDay: "2027-02-29",
      visitors: [{ id: "t-chan", role: "head", seniorPromoted: "yes" }],
      visitday: "2027-03-18",
    });
    expect(result.ok).toBe(false);
    expect(result.value).toBeUndefined();
    expect(result.diagnostics.every((d) => d.ruleId.startsWith("schema/") && d.severity === "error")).toBe(true);
    expect(result.diagnostics.map((d) => d.path.join("."))).toEqual(
      expect.arrayContaining(["visitDay", "visitors.0.role", "visitors.0.seniorPromoted", ""]),
    );
    expect(result.diagnostics.find((d) => d.path.join(".") === "visitDay")?.message).toBe(
      "2027-02-29 is not a real day: 2027 is not a leap year.",
    );
  });

  it("accepts a peer visit recorded with only its date and its focus areas with the day they were agreed (A7)", () => {
    const peerVisit = {
      observedTeacher: { id: "t-chan", name: "Ms Chan" },
      visitors: [{ id: "t-wong", name: "Mr Wong", role: "teacher", seniorPromoted: false }],
      visitDay: "2027-03-18",
      focus: { areas: ["questioning", "group talk"], agreedOn: "2027-03-04" },
    };
    for (const policy of Object.values(builtinPolicies)) {
      const result = validateVisit(peerVisit, policy);
      expect(result.diagnostics).toEqual([]);
      expect(result.value?.focus).toEqual({ areas: ["questioning", "group talk"], agreedOn: "2027-03-04" });
    }
    const session = validateSession([peerVisit], {
      session: { start: "2026-09-01", end: "2027-07-16", summaryReport: { dueOn: "2027-06-25" } },
      staff: [{ id: "t-chan" }, { id: "t-wong" }],
      policy: lnctAgreement,
    });
    expect(session.diagnostics).toEqual([]);
  });

  it("still requires the feedback arrangement when a visitor is senior promoted (A3), beside other problems", () => {
    const seniorVisit = {
      observedTeacher: { id: "t-chan" },
      visitors: [
        { id: "t-wong", role: "teacher", seniorPromoted: false },
        { id: "m-lee", role: "school-manager", seniorPromoted: true },
      ],
      visitDay: "2027-03-18",
      focus: { areas: ["questioning"], agreedOn: "2027-03-04" },
    };
    for (const policy of [lnctAgreement, classroomVisitPolicy]) {
      const result = validateVisit(seniorVisit, policy);
      expect(result.ok).toBe(false);
      expect(result.value).toBeUndefined();
      expect(result.diagnostics.map((d) => [d.ruleId, d.path.join(".")])).toEqual([["schema/feedback-arrangement-required", "focus.feedbackArrangement"]]);
    }
    const alsoBroken = validateVisit({ ...seniorVisit, visitDay: "2027-3-18" }, lnctAgreement);
    expect(alsoBroken.diagnostics.map((d) => d.path.join("."))).toEqual(["visitDay", "focus.feedbackArrangement"]);
    const chinese = validateVisit(seniorVisit, lnctAgreement, { locale: zhHant });
    expect(chinese.diagnostics.map((d) => d.path.join("."))).toEqual(["focus.feedbackArrangement"]);
  });

  it("refuses the observed teacher as a visitor, and a visitor listed twice", () => {
    const visitor = { id: "t-wong", role: "teacher", seniorPromoted: false };
    const self = validateVisit({ observedTeacher: { id: "t-chan" }, visitors: [{ ...visitor, id: "t-chan" }] });
    expect(self.diagnostics.map((d) => [d.ruleId, d.path])).toEqual([["schema/observed-teacher-visits", ["visitors", 0, "id"]]]);
    const twice = validateVisit({ observedTeacher: { id: "t-chan" }, visitors: [visitor, visitor] });
    expect(twice.diagnostics.map((d) => [d.ruleId, d.path])).toEqual([["schema/duplicate-visitor", ["visitors", 1, "id"]]]);
  });

  it("is not ok when a rule finds an error, ok with only warnings, and keeps the value either way", () => {
    const graded = validateVisit({ ...sampleVisit, observation: { notes: "tick-box" } });
    expect(graded.ok).toBe(false);
    expect(graded.value?.observation?.notes).toBe("tick-box");
    const late = validateVisit({ ...sampleVisit, activePartOffered: false });
    expect(late.ok).toBe(true);
    expect(late.diagnostics.map((d) => d.severity)).toEqual(["warning"]);
  });

  it("runs the LNCT agreement and the sharing routine by default, or the policy given", () => {
    const unscheduledFocus = { ...sampleVisit, focus: undefined };
    const ids = (policy?: Policy) => validateVisit(unscheduledFocus, policy).diagnostics.map((d) => d.ruleId);
    expect(ids()).toEqual(["lnct/focus-agreed-before-visit", "highland/discussion-before-lesson"]);
    expect(ids(lnctAgreement)).toEqual(["lnct/focus-agreed-before-visit"]);
    expect(ids(highlandSharing)).toEqual(["highland/discussion-before-lesson"]);
    const relaxed = definePolicy({ extends: lnctAgreement, rules: { "lnct/focus-agreed-before-visit": "warning" } });
    const result = validateVisit(unscheduledFocus, relaxed);
    expect([result.ok, result.diagnostics.map((d) => d.severity)]).toEqual([true, ["warning"]]);
  });

  it("judges overdue dialogues as of the day given", () => {
    const observed = { ...sampleVisit, dialogue: undefined, clplFollowUp: undefined, closedOn: undefined };
    expect(validateVisit(observed).diagnostics).toEqual([]);
    expect(validateVisit(observed, classroomVisitPolicy, { asOf: plainDate("2027-03-23") }).diagnostics.map((d) => d.ruleId)).toEqual([
      "highland/dialogue-soon-after-lesson",
    ]);
  });

  it("reports a bad policy or context as diagnostics instead of throwing", () => {
    const badPolicy = validateVisit(sampleVisit, { name: "mine", rules: {}, options: {} } as unknown as Policy);
    expect(badPolicy.diagnostics.map((d) => [d.ruleId, d.path])).toEqual([["schema/not-a-policy", ["policy"]]]);
    const badContext = validateVisit(sampleVisit, lnctAgreement, {
      asOf: "18/03/2027",
      calendar: { weekend: ["caturday"] },
      session: { start: "2027-07-16", end: "2026-09-01" },
    } as never);
    expect(badContext.ok).toBe(false);
    expect(badContext.diagnostics.map((d) => d.path.join("."))).toEqual(["context.asOf", "context.calendar.weekend.0", "context.session.end"]);
  });

  describe("properties", () => {
    it("a generated fully compliant visit, at any stage, has no diagnostics", () => {
      fc.assert(
        fc.property(compliantVisitArbitrary(), (generated) => {
          const result = validateVisit(generated.input, everyRuleAsError, { calendar: generated.calendar, session: generated.session });
          expect(result.diagnostics).toEqual([]);
          expect(result.ok).toBe(true);
        }),
      );
    });

    it("every visit rule is covered by at least one single-field mutation", () => {
      const covered = new Set(visitMutations.flatMap((mutation) => mutation.rules));
      expect(visitRuleIds.filter((id) => !covered.has(id))).toEqual([]);
    });

    const policies: readonly [string, Policy][] = [
      ["lnctAgreement", lnctAgreement],
      ["highlandSharing", highlandSharing],
      ["classroomVisitPolicy", classroomVisitPolicy],
    ];
    describe.each(policies)("with %s", (_name, policy) => {
      it.each(visitMutations.map((mutation) => [mutation.name, mutation] as const))(
        "a single field made non-compliant (%s) yields exactly the rules that cover it",
        (_label, mutation) => {
          const expected = mutation.rules.filter((id) => (policy.rules as Record<string, unknown>)[id] !== undefined);
          fc.assert(
            fc.property(compliantVisitArbitrary(mutation.removesRecord === true ? { peer: false } : {}), (generated) => {
              fc.pre(mutation.applies(generated.input));
              const mutated = mutation.mutate(generated.input, generated);
              const result = validateVisit(mutated, policy, { calendar: generated.calendar, session: generated.session });
              expect([...new Set(result.diagnostics.map((d) => d.ruleId))].sort()).toEqual([...expected].sort());
              for (const diagnostic of result.diagnostics) expect(diagnostic.path[0]).toBe(mutation.field);
            }),
            { numRuns: 40 },
          );
        },
      );
    });

    it("arbitrary values never throw, are never mutated, and cannot pollute prototypes", () => {
      const before = prototypeKeys();
      fc.assert(
        fc.property(
          fc.anything({ key: fc.oneof(fc.string(), fc.constantFrom("__proto__", "constructor", "prototype", "visitors")), withNullPrototype: true }),
          (input) => {
            const snapshot = fc.stringify(input);
            const result = validateVisit(deepFreeze(input));
            expect(result.ok).toBe(false);
            expect(result.diagnostics.length).toBeGreaterThan(0);
            expect(fc.stringify(input)).toBe(snapshot);
          },
        ),
      );
      expect(prototypeKeys()).toEqual(before);
      expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    });

    it("a __proto__ key anywhere in JSON input changes nothing but the findings", () => {
      fc.assert(
        fc.property(compliantVisitArbitrary(), fc.jsonValue(), fc.constantFrom("", "visitors.0", "focus", "dialogue"), (generated, payload, where) => {
          const text = JSON.stringify(generated.input);
          const injected = `{"__proto__":${JSON.stringify({ polluted: payload })},`;
          // Insert the key at the chosen object of the JSON text, as a hostile client would send it.
          const marker = where === "" ? "{" : where === "visitors.0" ? '"visitors":[{' : `"${where}":{`;
          const at = text.indexOf(marker);
          fc.pre(at >= 0);
          const hostile = JSON.parse(`${text.slice(0, at)}${marker}${injected.slice(1)}${text.slice(at + marker.length)}`) as unknown;
          const result = validateVisit(deepFreeze(hostile), classroomVisitPolicy, { calendar: generated.calendar, session: generated.session });
          expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
          expect(result.ok).toBe(false);
          expect(result.diagnostics.map((d) => d.ruleId)).toEqual(["schema/unrecognized-keys"]);
        }),
        { numRuns: 50 },
      );
    });
  });

  describe("A7: no rule demands more of a peer visit than its date", () => {
    const peer = {
      observedTeacher: { id: "t-chan" },
      visitors: [
        { id: "t-wong", role: "teacher", seniorPromoted: false },
        { id: "t-ho", role: "asg-teacher", seniorPromoted: false },
      ],
    } satisfies ClassroomVisitInput;

    it("a peer visit noting only its date passes every rule at error severity, at every stage and as of any day", () => {
      fc.assert(
        fc.property(
          fc.constantFrom<Partial<ClassroomVisitInput>>(
            {},
            { visitDay: "2027-03-18" },
            { visitDay: "2027-03-18", observation: {} },
            { visitDay: "2027-03-18", closedOn: "2027-03-26" },
            { visitDay: "2027-03-18", relatesToSchoolImprovement: true },
          ),
          fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
          (facts, offset) => {
            const asOf = offset === undefined ? {} : { asOf: addDays(plainDate("2027-03-01"), offset) };
            expect(validateVisit({ ...peer, ...facts }, everyRuleAsError, asOf).diagnostics).toEqual([]);
          },
        ),
      );
    });

    it("the same record with one senior visitor is asked for what the agreement needs", () => {
      const managed = { ...peer, visitors: [{ id: "m-lee", role: "school-manager", seniorPromoted: true }], visitDay: "2027-03-18" };
      const ids = validateVisit(managed, everyRuleAsError).diagnostics.map((d) => d.ruleId as RuleId);
      expect(new Set(ids)).toEqual(
        new Set([
          "lnct/purpose-shared",
          "lnct/timing-agreed-in-advance",
          "lnct/focus-agreed-before-visit",
          "lnct/length-agreed-in-advance",
          "lnct/active-part-offered",
          "highland/trusted-partner",
          "highland/discussion-before-lesson",
        ]),
      );
    });

    it("leaving out any records of a compliant peer visit, except its date, adds no finding", () => {
      const optional = [
        "id",
        "proposedOn",
        "purpose",
        "focus",
        "timingAgreedOn",
        "length",
        "activePartOffered",
        "relatesToSchoolImprovement",
        "schoolImprovementAgreedOn",
        "observation",
        "dialogue",
        "clplFollowUp",
        "concerns",
        "closedOn",
      ] as const;
      fc.assert(
        fc.property(compliantVisitArbitrary({ peer: true }), fc.subarray([...optional]), fc.boolean(), (generated, removed, trustUnknown) => {
          const input: Record<string, unknown> = { ...generated.input };
          for (const key of removed) delete input[key];
          if (trustUnknown) input["visitors"] = generated.input.visitors.map(({ trustedByTeacher: _unknown, ...visitor }) => visitor);
          const result = validateVisit(input, everyRuleAsError, {
            calendar: generated.calendar,
            session: generated.session,
            asOf: plainDate("2028-01-01"),
          });
          expect(result.diagnostics).toEqual([]);
        }),
      );
    });
  });
});
