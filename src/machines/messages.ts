/**
 * Every sentence the machines module shows a person, as templates filled by
 * `formatMessage`. Internal module.
 */
export const machineMessages = {
  "events-not-a-union": 'A machine\'s events must be a zod discriminated union on "type" (z.discriminatedUnion("type", [...])).',
  "event-without-type": "Event option {index} has no literal \"type\".",
  "unknown-initial-state": 'The initial state "{state}" is not one of the machine\'s states.',
  "final-state-with-transitions": 'The final state "{state}" accepts events; a final state accepts none.',
  "unknown-event-in-state": 'State "{state}" accepts "{event}", which is not one of the machine\'s events.',
  "unknown-target": 'In state "{state}", event "{event}" leads to "{target}", which is not a state.',
  "unknown-guard": 'The guard "{guard}" is not defined in the machine\'s guards.',
  "unknown-update": 'The update "{update}" is not defined in the machine\'s updates.',
  "refused-final-state": '"{event}" is refused: the {machine} is in its final state "{state}".',
  "refused-unknown-event": '"{event}" is not an event of the {machine}.',
  "refused-not-allowed": '"{event}" is not possible while the {machine} is in state "{state}"; possible now: {allowed}.',
  "refused-not-allowed-none": '"{event}" is not possible while the {machine} is in state "{state}".',
  "refused-guard": '"{event}" is refused: {reasons}',
  "replay-refused": "Event {index} ({event}) of the log was refused.",
  "snapshot-wrong-machine": 'This snapshot belongs to the machine "{found}", not "{expected}".',
  "snapshot-broken-trail": "The audit trail does not connect: entry {index} starts from {from}, but the previous entry ended in {previous}.",
  "snapshot-state-mismatch": "The snapshot is in {state}, but its audit trail ends in {last}.",
  "snapshot-trail-start": "The audit trail starts from {from}, not from the initial state {initial}.",
  "coaching-part-out-of-order": "Part {part} cannot be completed while the programme is at {current}: the parts are completed in order, P1 to P7.",
  "coaching-wows-and-wonders": 'Session 3 takes stock with "wows and wonders": record at least one wow (what went well) and one wonder (an open question) before completing it; recorded so far: {wows} wows, {wonders} wonders.',
  "coaching-feedback-only-in-session-3": "Wows and wonders are recorded in Session 3 (P5).",
  "reason-required": "Give a reason, so that the record explains what happened.",
  "visit-observed-before-day": "The observation is recorded on {day}, before the visit day {visitDay}.",
  "visit-no-open-concern": "There is no open concern to resolve.",
} as const;
