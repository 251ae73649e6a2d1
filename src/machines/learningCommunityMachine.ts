import { z } from "zod";
import type { RuleId } from "../agreement/agreementRules.js";
import { LearningCommunitySchema, MediaKindSchema, type LearningCommunity } from "../agreement/learningCommunity.js";
import { learningCommunityService } from "../agreement/policies/learningCommunityService.js";
import { agreementTemplates } from "../agreement/message.js";
import type { Policy } from "../agreement/policy.js";
import type { SchoolCalendar } from "../calendar/schoolCalendar.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { agreementRules, type RuleSetting } from "./agreementGuard.js";
import { defineMachine, type Guard } from "./defineMachine.js";
import { machineDiagnostic } from "./message.js";
import { dayOfTimestamp, TimestampSchema } from "./timestamp.js";
import { checkedMachineOptions } from "./machineOptions.js";

/** The community's context and events (built when a machine is, not when the module is imported). */
function communitySchemas() {
  const text = z.string().trim().min(1);
  const context = z.object({
    /** The community's record, as the agreement rules read it. */
    community: LearningCommunitySchema,
  });
  const events = z.discriminatedUnion("type", [
    z.object({ type: z.literal("appoint-coordinator"), at: TimestampSchema, school: text, name: text, staffId: text.optional() }),
    z.object({ type: z.literal("start"), at: TimestampSchema }),
    z.object({ type: z.literal("hold-meeting"), at: TimestampSchema, school: text, ledBy: text.optional(), topic: text.optional() }),
    z.object({
      type: z.literal("collect-media"),
      at: TimestampSchema,
      school: text,
      kind: MediaKindSchema,
      /** Who gave the school's consent; consent is recorded on the event's day. */
      consentGivenBy: text.optional(),
    }),
    z.object({ type: z.literal("begin-year-end-sharing"), at: TimestampSchema }),
    z.object({ type: z.literal("share-resource"), at: TimestampSchema, title: text, school: text.optional(), copyrightOwner: text.optional() }),
    z.object({ type: z.literal("close"), at: TimestampSchema }),
  ]);
  return { context, events };
}

type CommunitySchemas = ReturnType<typeof communitySchemas>;
type CommunityContext = z.infer<CommunitySchemas["context"]>;
type CommunityEvent = z.infer<CommunitySchemas["events"]>;

/** The community's record after an event, dated with the day of its `at`. */
function nextCommunity(community: LearningCommunity, event: CommunityEvent): LearningCommunity {
  const day = dayOfTimestamp(event.at);
  switch (event.type) {
    case "appoint-coordinator":
      return {
        ...community,
        schools: community.schools.map((school) =>
          school.id === event.school
            ? { ...school, coordinator: { name: event.name, ...(event.staffId === undefined ? {} : { staffId: event.staffId }) } }
            : school,
        ),
      };
    case "hold-meeting":
      return {
        ...community,
        meetings: [
          ...(community.meetings ?? []),
          {
            school: event.school,
            heldOn: day,
            ...(event.ledBy === undefined ? {} : { ledBy: event.ledBy }),
            ...(event.topic === undefined ? {} : { topic: event.topic }),
          },
        ],
      };
    case "collect-media":
      return {
        ...community,
        media: [
          ...(community.media ?? []),
          {
            school: event.school,
            kind: event.kind,
            collectedOn: day,
            ...(event.consentGivenBy === undefined ? {} : { consent: { recordedOn: day, givenBy: event.consentGivenBy } }),
          },
        ],
      };
    case "share-resource":
      return {
        ...community,
        resources: [
          ...(community.resources ?? []),
          {
            title: event.title,
            sharedOn: day,
            ...(event.school === undefined ? {} : { school: event.school }),
            ...(event.copyrightOwner === undefined ? {} : { copyrightOwner: event.copyrightOwner }),
          },
        ],
      };
    case "start":
    case "begin-year-end-sharing":
    case "close":
      return community;
    default:
      return event satisfies never;
  }
}

function communityGuard(setting: RuleSetting, description: string, ids: readonly RuleId[]): Guard<CommunityContext, CommunityEvent> {
  const rules = agreementRules(setting, "community", ids, ["community"]);
  return {
    description,
    check: (context, event, _state, locale) => rules.run(nextCommunity(context.community, event), dayOfTimestamp(event.at), locale),
  };
}

const knownSchool: Guard<CommunityContext, CommunityEvent> = {
  description: "the school is one of the community's",
  check: (context, event, _state, locale): Diagnostic[] => {
    const school = "school" in event ? event.school : undefined;
    return school === undefined || context.community.schools.some((candidate) => candidate.id === school)
      ? []
      : [machineDiagnostic(locale, "community-unknown-school", { school }, { ruleId: "community/unknown-school", path: ["school"] })];
  },
};

const experienceShared: Guard<CommunityContext, CommunityEvent> = {
  description: "successful experience or a resource has been shared",
  check: (context, _event, _state, locale): Diagnostic[] =>
    (context.community.resources ?? []).length > 0
      ? []
      : [
          machineDiagnostic(locale, "community-nothing-shared", {}, {
            ruleId: "community/experience-shared",
            path: ["community", "resources"],
            source: { document: "learning-communities", clause: "L5" },
          }),
        ],
};

/**
 * Options of {@link createLearningCommunityMachine}.
 *
 * @example
 * ```ts
 * import { learningCommunityService } from "collegiate/agreement";
 * import type { LearningCommunityMachineOptions } from "collegiate/machines";
 *
 * const options: LearningCommunityMachineOptions = { policy: learningCommunityService };
 * ```
 */
export interface LearningCommunityMachineOptions {
  /** The rules the guards apply; `learningCommunityService` (L2–L5) by default. */
  readonly policy?: Policy;
  /** The calendar that meeting gaps are counted on, in school days (L3). */
  readonly calendar?: SchoolCalendar;
}

/**
 * Builds the learning community machine for a policy and a calendar. See
 * {@link learningCommunityMachine} for the lifecycle.
 *
 * @param options - The policy and the calendar.
 * @returns The machine.
 * @throws `InvalidInputError` when `options` is not an object, its `policy` is not a policy made by this library, or its `calendar` is not a valid school calendar (a diagnostic per problem, at paths under `calendar`; a plain calendar object is copied, so later changes to it do not reach the machine).
 *
 * @example
 * ```ts
 * import { defineSchoolCalendar } from "collegiate/calendar";
 * import { createLearningCommunityMachine } from "collegiate/machines";
 *
 * const machine = createLearningCommunityMachine({ calendar: defineSchoolCalendar({}) });
 * machine.initial; // "setting-up"
 * ```
 */
export function createLearningCommunityMachine(options: LearningCommunityMachineOptions = {}) {
  const checked = checkedMachineOptions(options, "learning-community");
  const setting: RuleSetting = { policy: checked.policy ?? learningCommunityService, calendar: checked.calendar };
  const appoint = { guards: ["knownSchool"], update: "apply" } as const;
  const share = { guards: ["knownSchool", "copyrightOwnerNamed"], update: "apply" } as const;
  const { context, events } = communitySchemas();
  return defineMachine({
    id: "learning-community",
    description: "A learning community of curriculum leaders from several schools, over one school year.",
    context,
    events,
    // The community's record is the agreement's: its schemas report the agreement's codes.
    templates: agreementTemplates,
    initial: "setting-up",
    states: {
      "setting-up": {
        description: "Schools join and each appoints a coordinator (L2).",
        on: { "appoint-coordinator": appoint, start: { target: "active", guards: ["coordinatorsAppointed"] } },
      },
      active: {
        description: "Regular internal meetings (L3); materials collected with consent (L4); resources shared (L5).",
        on: {
          "appoint-coordinator": appoint,
          "hold-meeting": { guards: ["knownSchool", "meetingsRegular"], update: "apply" },
          "collect-media": { guards: ["knownSchool", "mediaConsented"], update: "apply" },
          "share-resource": share,
          "begin-year-end-sharing": { target: "year-end-sharing", guards: ["meetingsRegular"] },
        },
      },
      "year-end-sharing": {
        description: "The year ends with sharing of successful experience and co-developed resources (L5).",
        on: { "share-resource": share, close: { target: "closed", guards: ["experienceShared"], update: "apply" } },
      },
      closed: { description: "The support period is over.", final: true },
    },
    guards: {
      knownSchool,
      coordinatorsAppointed: communityGuard(setting, "every school has appointed its coordinator (L2)", ["community/coordinator-appointed"]),
      meetingsRegular: communityGuard(setting, "internal meetings are regular (L3)", ["community/regular-meetings"]),
      mediaConsented: communityGuard(setting, "materials are collected with recorded consent (L4)", ["community/media-consent"]),
      copyrightOwnerNamed: communityGuard(setting, "shared resources name their copyright owner (L5)", ["community/copyright-owner-named"]),
      experienceShared,
    },
    updates: {
      apply: (context, event) => ({ community: nextCommunity(context.community, event) }),
    },
  });
}

/**
 * A learning community (domain §3) as a machine: set up (every school
 * appoints one coordinator, L2) → active (regular internal meetings, L3;
 * materials collected only with the school's recorded consent, L4; resources
 * shared with their copyright owner, L5) → year-end sharing → closed once
 * experience or resources have been shared. Guards ask the rules of
 * `learningCommunityService` about the community as the event would leave it.
 *
 * @example
 * ```ts
 * import { initialSnapshot, learningCommunityMachine, transition } from "collegiate/machines";
 *
 * const setUp = initialSnapshot(learningCommunityMachine, {
 *   community: {
 *     name: "Science curriculum leaders 2026/27",
 *     schools: [
 *       { id: "harbour", name: "Harbour Secondary School", coordinator: { name: "Ms Chan" } },
 *       { id: "hill", name: "Hill Secondary School" },
 *     ],
 *   },
 * });
 * const result = transition(learningCommunityMachine, setUp, { type: "start", at: "2026-09-07" });
 * if (!result.ok) result.refusal.diagnostics[0]?.source; // { document: "learning-communities", clause: "L2" }
 * ```
 */
export const learningCommunityMachine = /* @__PURE__ */ createLearningCommunityMachine();
