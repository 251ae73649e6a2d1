/**
 * Every sentence collegiate/agreement shows a person: diagnostic messages and
 * hints, rule descriptions, the words for roles and kinds, and the headings of
 * the rule reference. Templates use `{name}` placeholders. The Traditional
 * Chinese catalogue, {@link agreementMessagesZhHant}, has the same keys and
 * placeholders.
 *
 * @example
 * ```ts
 * import { agreementMessages } from "./messages.js";
 *
 * agreementMessages["focus-late"];
 * // "Focus areas and feedback arrangements were agreed on {agreedOn}, after the visit on {visitDay}."
 * ```
 */
export const agreementMessages = {
  // Rule descriptions, keyed by rule id.
  "lnct/purpose-shared":
    "Once a visit is scheduled, its purpose has been shared, on or before the visit day, with everyone involved: the observed teacher and every visitor.",
  "lnct/timing-agreed-in-advance":
    "A scheduled visit is pre-planned: its timing was agreed with the class teacher at least `minimumNoticeDays` days before the visit day (default 1).",
  "lnct/focus-agreed-before-visit":
    "Once a visit is scheduled, its focus areas and feedback arrangements have been agreed, on or before the visit day.",
  "lnct/length-agreed-in-advance":
    "Once a visit is scheduled, the length of the visitor's stay has been agreed, on or before the visit day; the visitor stays no longer than agreed.",
  "lnct/active-part-offered": "Once a visit is scheduled, the visitor has been offered an active part in the lesson.",
  "lnct/no-grades-or-tick-boxes": "Notes of the lesson are informal: no tick-box form, and no grades or scores.",
  "lnct/clpl-follow-up":
    "When the dialogue agreed improvement steps, a follow-up through career-long professional learning (CLPL) is recorded. A reminder: the agreement says developments can be addressed through CLPL.",
  "lnct/visit-date-noted":
    "Once a visit has taken place (an observation, a dialogue or the closure is recorded), its date is noted: the one record the agreement asks of every visit, peer visits included.",
  "lnct/summary-report":
    "The session has a summary report of findings for department, stage or whole-school discussion: produced, or due on a day that has not passed.",
  "lnct/concern-resolved-at-school-level":
    "A concern raised about a visit is resolved at school level, and none is still open when the record is closed.",
  "lnct/school-improvement-agreed-at-session-start":
    "A visit that relates to school improvement was agreed at the start of the session: within its first `schoolImprovementWithinSchoolDays` school days (default 20). The session is the one given, or the span of the calendar's terms.",
  "highland/extended-sharing-twice":
    "Each teacher of the roster takes part in extended sharing at least `extendedSharingPerSession` times in the session (default 2) as observer, and as many times as observed. A visit counts when its day falls in the session.",
  "highland/trusted-partner":
    "Each visitor is a partner of a kind the policy allows (`partnerRoles`: by default a teacher of the school or its ASG, a school manager, or a quality improvement officer) in whom the observed teacher has confidence.",
  "highland/discussion-before-lesson":
    "Once a visit is scheduled, a discussion before the lesson agreed its focus, its purpose and who does what, on or before the visit day.",
  "highland/dialogue-soon-after-lesson":
    "The dialogue takes place after the lesson, at the latest `dialogueWithinSchoolDays` school days after it (default 2). A record closed without a dialogue, or judged as of a day past that deadline without one, is reported.",
  "highland/dialogue-begins-with-teachers-view": "The dialogue after the lesson began with the observed teacher's own view of it.",
  "highland/dialogue-recognises-success": "The dialogue after the lesson recognised what went well.",
  "highland/manageable-improvement-steps":
    "The dialogue after the lesson agreed a manageable number of improvement steps (`improvementSteps`, default 1 to 3), for the observer and the person observed.",
  "community/coordinator-appointed":
    "Each participating school has nominated a curriculum leader as coordinator, who keeps contact with the support officer.",
  "community/regular-meetings":
    "Each school holds internal meetings no more than `meetingGapSchoolDays` school days apart (default 30): from the start of the support period, between meetings, and up to the day judged on.",
  "community/media-consent":
    "Material collected for professional discussion (video clips, photographs, teachers' reflections, student work) has the school's consent, recorded on or before the day it was collected.",
  "community/copyright-owner-named": "Every shared resource names its copyright owner.",
  "sharing/representatives-appointed": "Each participating school has at least one representative in the working group.",
  "sharing/basic-details-confirmed":
    "When the working group confirms the basic details, all four are known: the date, the duration, the number of participants and the medium of instruction.",
  "sharing/basic-details-before-content":
    "Content, rundown and invitation are confirmed only after the basic details: the basic details are confirmed, on or before the day the content is.",

  // Findings and hints.
  "purpose-missing": "No purpose is recorded for the visit on {visitDay}: everyone involved must know why it takes place.",
  "purpose-not-shared-with": "The purpose was not shared with {people}.",
  "purpose-shared-late": "The purpose was shared on {sharedOn}, after the visit on {visitDay}.",
  "purpose-missing.hint": "Share the purpose with the observed teacher and every visitor before the visit.",
  "purpose-not-shared-with.hint": "Share the purpose with the observed teacher and every visitor before the visit.",
  "purpose-shared-late.hint": "Share the purpose with the observed teacher and every visitor before the visit.",
  "timing-missing": "The timing of the visit on {visitDay} was not agreed with the class teacher.",
  "timing-late":
    "The timing was agreed with the class teacher on {agreedOn} for a visit on {visitDay}: the policy asks for agreement at least {notice} day(s) ahead.",
  "timing-missing.hint": "Agree the timing with the class teacher as far in advance as possible.",
  "timing-late.hint": "Agree the timing with the class teacher as far in advance as possible.",
  "focus-missing": "Focus areas and feedback arrangements were not agreed before the visit on {visitDay}.",
  "focus-late": "Focus areas and feedback arrangements were agreed on {agreedOn}, after the visit on {visitDay}.",
  "focus-missing.hint": "Agree the areas of focus and how feedback will be given before the visit.",
  "focus-late.hint": "Agree the areas of focus and how feedback will be given before the visit.",
  "length-missing": "The length of the visitor's stay on {visitDay} was not agreed in advance.",
  "length-late": "The length of the stay was agreed on {agreedOn}, after the visit on {visitDay}.",
  "length-exceeded": "The visitor stayed {stayed} minutes; {agreed} minutes were agreed.",
  "length-missing.hint": "Agree with the class teacher how long the visitor will stay, and keep to it.",
  "length-late.hint": "Agree with the class teacher how long the visitor will stay, and keep to it.",
  "length-exceeded.hint": "Agree with the class teacher how long the visitor will stay, and keep to it.",
  "active-part-missing": "It is not recorded whether the visitor was offered an active part in the lesson.",
  "active-part-not-offered": "The visitor was not offered an active part in the lesson.",
  "active-part-missing.hint": "Give the visitor the opportunity to play an active part in the lesson.",
  "active-part-not-offered.hint": "Give the visitor the opportunity to play an active part in the lesson.",
  "tick-box-notes": "Notes of the lesson were kept on a tick-box form.",
  "grades-given": "{count} grade(s) or score(s) were recorded: {criteria}.",
  "tick-box-notes.hint": "Keep informal notes for the professional dialogue; avoid tick boxes and grades.",
  "grades-given.hint": "Keep informal notes for the professional dialogue; avoid tick boxes and grades.",
  "clpl-missing":
    "{count} improvement step(s) were agreed, but no follow-up through career-long professional learning is recorded.",
  "clpl-missing.hint": "Record a CLPL activity that addresses the agreed developments, where one would help.",
  "date-missing": "The visit took place, but its date is not noted.",
  "date-missing.hint": "Note the date of the visit: the one record the agreement asks of every visit.",
  "concern-escalated": "The concern raised on {raisedOn} ({about}) was resolved at {level} level, not at school level.",
  "concern-open-at-close": "The concern raised on {raisedOn} ({about}) was still open when the record was closed on {closedOn}.",
  "concern-open-at-close.hint": "Make every effort to resolve a concern at school level.",
  "concern-escalated.hint": "Make every effort to resolve a concern at school level.",
  "school-improvement-agreement-missing": "The visit relates to school improvement, but when it was agreed is not recorded.",
  "school-improvement-agreed-late":
    "The school-improvement visit was agreed on {agreedOn}, after the first {window} school days of the session that began on {sessionStart}.",
  "school-improvement-agreement-missing.hint": "Agree visits that relate to school improvement at the start of the session.",
  "school-improvement-agreed-late.hint": "Agree visits that relate to school improvement at the start of the session.",
  "summary-report-missing": "The session {session} has no summary report of findings, produced or due.",
  "summary-report-overdue": "The summary report of findings was due on {dueOn} and is not produced (as of {asOf}).",
  "summary-report-missing.hint": "Produce a summary report of findings for department, stage or whole-school discussion.",
  "summary-report-overdue.hint": "Produce a summary report of findings for department, stage or whole-school discussion.",
  "sharing-short":
    "{person} takes part {observer} time(s) as observer and {observed} time(s) as observed in the session {session}; the routine asks for at least {needed} of each.",
  "sharing-short.hint": "Plan extended sharing with a trusted colleague, as observer and as observed.",
  "teacher-not-on-staff":
    "{person} takes part in visit {visit} but is not on the staff list, so the session's counts leave this visit out for them.",
  "teacher-not-on-staff.hint": "Add {id} to the staff list, or correct the id in the visit.",
  "partner-role": "{person} takes part as {role}, not a kind of partner this policy allows ({allowed}).",
  "partner-not-trusted": "{teacher} does not have confidence in {person} as a partner.",
  "partner-trust-missing": "It is not recorded whether {teacher} has confidence in {person} as a partner.",
  "partner-role.hint": "Share with a colleague in whom the teacher has confidence.",
  "partner-trust-missing.hint": "Share with a colleague in whom the teacher has confidence.",
  "partner-not-trusted.hint": "Share with a colleague in whom the teacher has confidence.",
  "discussion-focus-missing": "No discussion before the lesson on {visitDay} agreed its focus.",
  "discussion-purpose-missing": "No discussion before the lesson on {visitDay} agreed its purpose.",
  "discussion-roles-missing": "The discussion before the lesson on {visitDay} did not agree who does what.",
  "discussion-focus-late": "Focus areas and feedback arrangements were agreed on {agreedOn}, after the visit on {visitDay}.",
  "discussion-purpose-shared-late": "The purpose was shared on {sharedOn}, after the visit on {visitDay}.",
  "discussion-focus-missing.hint": "Meet before the lesson to agree focus, purpose and who does what.",
  "discussion-focus-late.hint": "Meet before the lesson to agree focus, purpose and who does what.",
  "discussion-roles-missing.hint": "Meet before the lesson to agree focus, purpose and who does what.",
  "discussion-purpose-missing.hint": "Meet before the lesson to agree focus, purpose and who does what.",
  "discussion-purpose-shared-late.hint": "Meet before the lesson to agree focus, purpose and who does what.",
  "dialogue-before-lesson": "The dialogue is dated {heldOn}, before the lesson on {visitDay}.",
  "dialogue-late":
    "The dialogue took place on {heldOn}, {days} school day(s) after the lesson on {visitDay}; the policy allows {allowed}.",
  "dialogue-overdue":
    "No dialogue is recorded {days} school day(s) after the lesson on {visitDay} (as of {asOf}); the policy allows {allowed}.",
  "dialogue-missing-at-close": "The record was closed on {closedOn} without a dialogue after the lesson.",
  "dialogue-before-lesson.hint": "Hold the dialogue as soon as possible after the lesson.",
  "dialogue-late.hint": "Hold the dialogue as soon as possible after the lesson.",
  "dialogue-missing-at-close.hint": "Hold the dialogue as soon as possible after the lesson.",
  "dialogue-overdue.hint": "Hold the dialogue as soon as possible after the lesson.",
  "teachers-view-missing": "It is not recorded whether the dialogue began with {teacher}'s own view of the lesson.",
  "teachers-view-not-first": "The dialogue did not begin with {teacher}'s own view of the lesson.",
  "teachers-view-missing.hint": "Begin the dialogue by asking the teacher how the lesson went.",
  "teachers-view-not-first.hint": "Begin the dialogue by asking the teacher how the lesson went.",
  "went-well-missing": "The record of the dialogue does not say what went well.",
  "went-well-empty": "The dialogue recognised nothing that went well.",
  "went-well-missing.hint": "Recognise what went well before discussing improvement.",
  "went-well-empty.hint": "Recognise what went well before discussing improvement.",
  "steps-missing": "The record of the dialogue has no improvement steps.",
  "steps-too-few": "The dialogue agreed {count} improvement step(s); the policy asks for at least {min}.",
  "steps-too-many": "The dialogue agreed {count} improvement steps; a manageable number is at most {max}.",
  "steps-missing.hint": "Agree a manageable number of improvement steps, for the observer and the person observed.",
  "steps-too-few.hint": "Agree a manageable number of improvement steps, for the observer and the person observed.",
  "steps-too-many.hint": "Agree a manageable number of improvement steps, for the observer and the person observed.",
  "coordinator-missing": "{school} has not nominated a coordinator.",
  "coordinator-missing.hint": "Nominate a participating curriculum leader to keep contact with the support officer.",
  "meeting-gap": "{school} held internal meetings on {from} and {to}, {days} school days apart; the policy allows {allowed}.",
  "meeting-none-since": "{school} has held no internal meeting from {from} to {to} ({days} school days); the policy allows {allowed}.",
  "meeting-gap.hint": "Hold regular internal meetings led by the participating curriculum leaders.",
  "meeting-none-since.hint": "Hold regular internal meetings led by the participating curriculum leaders.",
  "consent-missing": "The {kind} collected at {school} on {collectedOn} has no recorded consent.",
  "consent-late": "Consent for the {kind} collected on {collectedOn} was recorded on {recordedOn}, after it was collected.",
  "consent-missing.hint": "Record the school's consent before collecting material.",
  "consent-late.hint": "Record the school's consent before collecting material.",
  "copyright-owner-missing": "The shared resource \"{title}\" does not name its copyright owner.",
  "copyright-owner-missing.hint": "Name the owner, such as the education authority and the school jointly, or the funding body of the programme.",
  "representatives-missing": "{school} has no representative in the working group.",
  "representatives-missing.hint": "Each school names its representatives when the working group forms.",
  "basic-detail-missing": "The basic details were confirmed on {confirmedOn} without the {detail}.",
  "basic-detail-missing.hint": "Confirm the date, duration, number of participants and medium of instruction together.",
  "content-before-basic-details": "Content was confirmed on {contentOn}, but the basic details are not confirmed.",
  "content-before-basic-details-day": "Content was confirmed on {contentOn}, before the basic details on {basicOn}.",
  "content-before-basic-details.hint": "Confirm the basic details (S3) before the content, rundown and invitation (S5).",
  "content-before-basic-details-day.hint": "Confirm the basic details (S3) before the content, rundown and invitation (S5).",
  "rule-failed": "The rule could not finish: {error}",
  "policy-not-a-policy": "Expected a policy made by definePolicy or parsePolicy.",
  "unknown-rule": "There is no rule {ruleId}.",
  "unknown-rule.hint": "Rule ids: {known}.",
  "unknown-policy": "There is no built-in policy {name}.",
  "unknown-policy.hint": "Built-in policies: {known}.",

  // Words for values.
  "role.teacher": "a teacher of the school",
  "role.asg-teacher": "a teacher of the ASG",
  "role.school-manager": "a school manager",
  "role.quality-improvement-officer": "a quality improvement officer",
  "role.support-staff": "support staff",
  "role.pupil": "a pupil",
  "role.external-colleague": "a colleague from beyond the school and its ASG",
  "media.video": "video clip",
  "media.photograph": "photograph",
  "media.teachers-reflection": "teacher's reflection",
  "media.student-work": "student work",
  "level.school": "school",
  "level.education-authority": "education authority",
  "level.national": "national",
  "detail.date": "activity date",
  "detail.durationMinutes": "duration",
  "detail.participants": "number of participants",
  "detail.medium": "medium of instruction",
  "list.and": "{first} and {last}",
  "list.or": "{first} or {last}",
  "list.separator": ", ",
  "what.policy": "policy",

  // Schema messages.
  "schema.feedback-arrangement-required": "A visit with a senior promoted visitor needs its feedback arrangement agreed before the visit (A3); only peer visits may leave it out (A7).",
  "schema.text": "Expected some text here; leave the field out instead of leaving it empty.",
  "schema.id": "Expected an id here.",
  "schema.visitors": "A visit needs at least one visitor.",
  "schema.focus-areas": "Name at least one area of focus.",
  "schema.schools": "Name at least one school.",
  "schema.observed-teacher-visits": "The observed teacher ({id}) cannot also be a visitor.",
  "schema.duplicate-visitor": "The visitor {id} is listed twice.",
  "schema.duplicate-staff": "{id} is listed twice in the staff roster.",
  "schema.duplicate-school": "The school {id} is listed twice.",
  "schema.unknown-school": "No school of this community has the id {id}.",
  "schema.unknown-school.hint": "Use one of: {known}.",
  "schema.session-end-before-start": "The session ends on {end}, before it starts on {start}.",
  "schema.period-end-before-start": "The support period ends on {end}, before it starts on {start}.",
  "schema.session-end-before-start.hint": "Swap start and end, or correct the typing.",
  "schema.period-end-before-start.hint": "Swap start and end, or correct the typing.",
  "schema.improvement-steps": "The smallest number of improvement steps must not exceed the largest.",

  // The rule reference.
  "reference.title": "Agreement rules",
  "reference.intro":
    "Every rule of `collegiate/agreement`, generated from the rule modules. Each rule cites the clause it enforces; a policy can change its severity or turn it off.",
  "reference.summary-heading": "All rules",
  "reference.column.rule": "Rule",
  "reference.column.severity": "Default severity",
  "reference.column.clause": "Clause",
  "reference.column.subject": "Checks",
  "reference.subject.visit": "a classroom visit",
  "reference.subject.session": "a session",
  "reference.subject.community": "a learning community",
  "reference.subject.plan": "a sharing activity plan",
  "reference.samples-heading": "Sample records",
  "reference.samples-intro":
    "Examples below change one of these records. A key shown as removed is left out; a day judged on (`asOf`) is given when it matters.",
  "reference.sample": "Sample {subject}",
  "reference.document-heading": "{title}",
  "reference.facts": "Default severity: **{severity}**. Clause: **{clause}**, {document}. In the built-in policies: {policies}.",
  "reference.passing": "Passes:",
  "reference.failing": "Fails:",
  "reference.unchanged": "the sample {subject}, unchanged.",
  "reference.changed": "the sample {subject} with:",
  "reference.without": "the sample {subject} without {keys}.",
  "reference.without-and-with": "the sample {subject} without {keys}, and with:",
  "reference.whole": "this {subject}:",
  "reference.judged": "Judged {conditions}.",
  "reference.as-of": "as of {asOf}",
  "reference.in-session": "in the session {start} to {end}",
  "reference.reports": "Reports:",
} as const;

/**
 * A key of {@link agreementMessages}.
 *
 * @example
 * ```ts
 * import type { AgreementMessageKey } from "./messages.js";
 *
 * const key: AgreementMessageKey = "focus-missing";
 * ```
 */
export type AgreementMessageKey = keyof typeof agreementMessages;
