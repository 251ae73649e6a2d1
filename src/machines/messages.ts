/**
 * Every sentence the machines module shows a person, in English, as
 * templates filled by `formatMessage`; `messages.zh-Hant.ts` has the same
 * keys in Traditional Chinese.
 *
 * @example
 * ```ts
 * import { machineMessages } from "collegiate/machines";
 *
 * machineMessages["refused-guard"]; // '"{event}" is refused: {reasons}'
 * ```
 */
export const machineMessages = {
  "config-not-an-object": "A machine's definition must be an object with id, context, events, initial and states.",
  "id-not-text": "A machine's id must be text.",
  "options-not-an-object": "A machine's options must be an object (its policy and calendar).",
  "option-not-a-policy": "The policy must be one made by definePolicy or parsePolicy, or a built-in one.",
  "schema-expected": "A machine's {part} must be a zod schema.",
  "states-not-an-object": "A machine's states must be an object: each state's definition by its name.",
  "state-not-an-object": 'State "{state}" must be an object (its description, final and on).',
  "state-on-not-an-object": 'The events state "{state}" accepts (on) must be an object: each event\'s transition by the event\'s type.',
  "transition-not-an-object": 'In state "{state}", event "{event}" must lead to a transition (an object) or a list of them.',
  "guards-not-a-list": 'In state "{state}", the guards of event "{event}" must be a list of guard names.',
  "events-not-a-union": 'A machine\'s events must be a zod discriminated union on "type" (z.discriminatedUnion("type", [...])).',
  "event-without-type": 'Event option {index} has no literal "type".',
  "unknown-initial-state": 'The initial state "{state}" is not one of the machine\'s states.',
  "final-state-with-transitions": 'The final state "{state}" accepts events; a final state accepts none.',
  "unknown-event-in-state": 'State "{state}" accepts "{event}", which is not one of the machine\'s events.',
  "unknown-target": 'In state "{state}", event "{event}" leads to "{target}", which is not a state.',
  "unknown-guard": 'The guard "{guard}" is not defined in the machine\'s guards.',
  "unknown-update": 'The update "{update}" is not defined in the machine\'s updates.',
  "refused-final-state": '"{event}" is refused: the record is in its final state "{state}".',
  "refused-unknown-event": '"{event}" is not an event of this record.',
  "refused-not-allowed": '"{event}" is not possible in state "{state}"; possible now: {allowed}.',
  "refused-not-allowed-none": '"{event}" is not possible in state "{state}".',
  "refused-guard": '"{event}" is refused: {reasons}',
  "refused-invalid-event": '"{event}" is refused: the event is not valid ({problems}).',
  "refused-invalid-snapshot": "The event is refused: the snapshot is not valid ({problems}).",
  "refused-event-without-type": 'The event is refused: it is not an event (an object whose "type" names one of the events of this record).',
  "refused-events-not-a-list": "The events must be a list; this is {got}.",
  "reason-required": "Give a reason, so that the record explains what happened.",
  "timestamp-invalid": "Expected a day (YYYY-MM-DD) or an ISO 8601 date-time with an offset (2027-03-18T15:30:00+08:00).",
  "snapshot-not-an-object": "Expected a snapshot: an object with machine, state, context and history.",
  "snapshot-unknown-state": 'The state "{state}" is not a state of this machine; its states are {states}.',
  "snapshot-history-not-a-list": "The audit trail (history) must be a list.",
  "snapshot-wrong-machine": 'This snapshot belongs to the machine "{found}", not "{expected}".',
  "snapshot-broken-trail": "The audit trail does not connect: entry {index} starts from {from}, but the previous entry ended in {previous}.",
  "snapshot-state-mismatch": "The snapshot is in {state}, but its audit trail ends in {last}.",
  "snapshot-trail-start": "The audit trail starts from {from}, not from the initial state {initial}.",
  "coaching-part-out-of-order": "Part {part} cannot be completed while the programme is at {current}: the parts are completed in order, P1 to P7.",
  "coaching-wows-and-wonders":
    'Session 3 takes stock with "wows and wonders": record at least one wow (what went well) and one wonder (an open question) before completing it; recorded so far: {wows} wows, {wonders} wonders.',
  "coaching-wows-and-wonders-hint": 'Send "record-feedback" events with kind "wow" and kind "wonder".',
  "visit-observed-before-day": "The observation is recorded on {day}, before the visit day {visitDay}.",
  "visit-no-open-concern": "There is no open concern to resolve.",
  "sharing-stage-not-here": "{stage} is not a stage of this step of the activity.",
  "sharing-start-before-one": "{stage} cannot start before {pending} is done or skipped: the stages follow one another.",
  "sharing-start-before-many": "{stage} cannot start before {pending} are done or skipped: the stages follow one another.",
  "sharing-complete-before-one": "{stage} cannot be completed before {pending} is done or skipped: the stages follow one another.",
  "sharing-complete-before-many": "{stage} cannot be completed before {pending} are done or skipped: the stages follow one another.",
  "sharing-skip-before-one": "{stage} cannot be skipped before {pending} is done or skipped: the stages follow one another.",
  "sharing-skip-before-many": "{stage} cannot be skipped before {pending} are done or skipped: the stages follow one another.",
  "sharing-stage-done": "{stage} is already done.",
  "sharing-stage-skipped": "{stage} was already skipped.",
  "sharing-stage-started": "{stage} is already in progress.",
  "sharing-before-activity-day": "S8 completes on or after the activity day, {activityDay}; this is {day}.",
  "sharing-new-day-not-later": "The new activity day {activityDay} must be after {day}, the day it is postponed on.",
  "sharing-new-day-same": "The activity is already on {activityDay}.",
  "community-unknown-school": 'There is no school "{school}" in this learning community.',
  "community-nothing-shared":
    "The year ends with sharing: share at least one piece of successful experience or co-developed resource, with its copyright owner, before closing.",
  "list.and": "{first} and {last}",
  "list.separator": ", ",
  "markdown-marked": "{name} ({marks})",
  "markdown-states": "States",
  "markdown-state": "State",
  "markdown-meaning": "Meaning",
  "markdown-final": "final",
  "markdown-initial": "initial",
  "markdown-guards": "Guards",
  "markdown-guard": "Guard",
  "markdown-requires": "Requires",
  "markdown-events": "Events",
} as const;

/**
 * A key of the machines' message catalogue.
 *
 * @example
 * ```ts
 * import type { MachineMessageKey } from "collegiate/machines";
 *
 * const key: MachineMessageKey = "refused-guard";
 * ```
 */
export type MachineMessageKey = keyof typeof machineMessages;
