/**
 * Every sentence the timeline module shows a person, as data: diagnostic
 * messages, table headings, status names, and the titles and tasks of the
 * built-in templates. The Traditional Chinese catalogue
 * (`messages.zh-Hant.ts`) has the same keys and placeholders; the code only
 * ever looks sentences up in these two.
 */

/**
 * The English message templates of the timeline module, keyed by message id
 * (the code of a template is `timeline/<id>`). `{name}` placeholders are
 * filled when a message is shown. Internal: not exported.
 */
export const timelineMessages = {
  // Scheduling diagnostics.
  "activity-day-closed": "The activity day {day} is closed: {closure}.",
  "activity-day-closed.hint": "Choose a school day: the nearest are {before} and {after}.",
  "start-day-closed": "The start day {day} is closed: {closure}.",
  "start-day-closed.hint": "Start on a school day: the next one is {after}.",
  "no-nearby-school-day": "none",
  "closed.weekend": "a weekend day ({weekday})",
  "closed.outside-terms": "outside every term",
  "outside-calendar":
    "{stages} would fall on {day}, outside the school days of {calendar} ({first} to {last}).",
  "outside-calendar.empty": "{stages} would fall on {day}, but {calendar} has no school day at all.",
  "outside-calendar.hint": "Extend the calendar (for example with the previous or next session), or choose another day.",
  "outside-calendar.empty.hint": "Extend the calendar (for example with the previous or next session), or choose another day.",
  "beyond-supported-days.before": "{stages} would fall before 0001-01-01, the first day a plan can use: kept on {day}.",
  "beyond-supported-days.after": "{stages} would fall after 9999-12-31, the last day a plan can use: kept on {day}.",
  "beyond-supported-days.before.hint": "Choose a day further from the ends of the supported days (0001-01-01 to 9999-12-31).",
  "beyond-supported-days.after.hint": "Choose a day further from the ends of the supported days (0001-01-01 to 9999-12-31).",
  "window-without-school-day":
    "There is no school day for {stages} between {from} and {until}: opening and due on {day}.",
  compressed:
    "Compressed: {stages} now from {opensOn} to {dueOn} ({days} school days), instead of {oldOpensOn} to {oldDueOn} ({oldDays} school days).",
  "compressed.hint": "The plan was made on {asOf}, {available} school days before the activity day instead of {needed}.",
  "insufficient-lead-time":
    "Only {available} school days are left from {asOf} to the activity day {day}, fewer than the {groups} stage groups that need one each.",
  "insufficient-lead-time.hint": "Choose a later activity day, or merge stages in a template of your own.",
  "calendar.unnamed": "the school calendar",
  "calendar.named": "the calendar \"{name}\"",
  "calendar-argument": "Expected a school calendar from defineSchoolCalendar or parseSchoolCalendar.",
  "list.and": "{first} and {last}",
  "list.separator": ", ",
  // Recurring meetings.
  "meetings.to-before-from": "The meetings end on {to}, before they start on {from}.",
  "meeting-moved": "The meeting planned for {planned} ({closure}) moves to {day}, in the same week.",
  "meeting-skipped": "The meeting planned for {planned} is skipped: {closure}, and no other school day in its week.",
  "meeting-skipped.hint": "Hold it in another week, or accept one meeting fewer.",
  // Clashes.
  "activity-days-clash":
    "Plans {plan} and {otherPlan} both have an activity day on {day} ({stage} and {otherStage}), needing the same people: {people}.",
  "activity-in-busy-stage":
    "The activity day {day} of plan {plan} ({stage}) falls in {otherStage} of plan {otherPlan} ({opensOn} to {dueOn}), needing the same people: {people}.",
  "clash.everyone": "the whole staff",
  "activity-days-clash.hint": "Move one of the days, or give the plans different people.",
  "activity-in-busy-stage.hint": "Move one of the days, or give the plans different people.",
  // Template validation.
  "template.stage-id": "An id is letters, digits, '-' and '_', starting with a letter or digit.",
  "template.duplicate-stage-id": "The stage id {id} is used twice (first at position {first}).",
  "template.unknown-stage": "Stage {id} depends on {dependency}, which is not a stage of this template.",
  "template.dependency-cycle": "Stage {id} depends on itself: {cycle}.",
  "template.depends-on-later-stage":
    "Stage {id} depends on {dependency}, which is scheduled after it, so it could never be completed in time.",
  "template.group-not-contiguous":
    "The stages of group {group} must be listed together: stage {id} is separated from the rest of its group.",
  "template.group-without-offset": "Group {group} has no offset: give one of its stages an offset.",
  "template.group-offset-mismatch": "Stage {id} has a different offset from the rest of group {group}.",
  "template.offset-straddles-anchor":
    "The offset of group {group} can fall before or after the anchor day ({lowest} to {highest} days), so its place is unclear.",
  "template.offsets-out-of-order":
    "Group {group} can open before or with group {previous} for some anchor days ({lowest} to {highest} days against {previousLowest} to {previousHighest}); list groups in time order with clearly separated offsets.",
  "template.offsets-out-of-order.hint": "A month counts as 28 to 31 days.",
  "template.group-without-duration": "Group {group} has no duration: give one of its stages a duration.",
  "template.group-duration-mismatch": "Stage {id} has a different duration from the rest of group {group}.",
  "template.phase-range": "The shortest length ({shortest} months) is longer than the longest ({longest} months).",
  "timeline.due-before-open": "Stage {id} is due on {dueOn}, before it opens on {opensOn}.",
  "ics.dtstamp": "Expected a UTC time stamp such as 2027-01-10T09:00:00Z.",
  "ics.uid-domain": "Expected a domain name such as school.example.org.",
  // Readable output.
  "heading.backward": "{title}: activity day {day}",
  "heading.forward": "{title}: starting {day}",
  "heading.as-of": "as of {day}",
  "heading.with-as-of": "{heading} ({asOf})",
  "column.stage": "Stage",
  "column.title": "Title",
  "column.opens": "Opens",
  "column.due": "Due",
  "column.school-days": "School days",
  "column.status": "Status",
  "status.upcoming": "upcoming",
  "status.open": "open",
  "status.late": "late",
  "ics.external": "External work",
  "ics.internal": "Internal work",
  "ics.tasks-heading": "{heading}:",
  // What a throwing function was building, for its error.
  "what.scheduling-options": "scheduling options",
  "what.plan-template": "plan template",
  "what.calendar-export-options": "calendar export options",
  "what.meeting-options": "meeting options",
} as const;

/**
 * A key of {@link timelineMessages}. Internal: not exported.
 */
export type TimelineMessageId = keyof typeof timelineMessages;

/**
 * The titles and tasks of the built-in templates, keyed by template id and
 * then by stage id, so that a catalogue in another language can replace them
 * without any change to the templates' structure. A locale translates them
 * under the codes `template/<template id>/title` and
 * `template/<template id>/<stage id>/title|external|internal` (tasks as
 * lines). Internal: not exported.
 */
export const templateTexts = {
  "joint-school-sharing": {
    title: "Joint-school sharing activity",
    stages: {
      S1: {
        title: "Organisation of working group",
        external: ["Organise a working group with representatives from the participating schools"],
        internal: [
          "Representatives collect the staff's opinions and propose the basic details: goals, date, duration, location, initial schedule, manpower",
        ],
      },
      S2: {
        title: "Deliberation on partnership",
        external: ["Representatives propose the activity arrangement"],
        internal: ["Report the deliberation's progress to teachers promptly"],
      },
      S3: {
        title: "Confirmation of basic details",
        external: [
          "The working group agrees the arrangement and confirms the date, duration, number of participants and medium of instruction",
        ],
        internal: ["Report the working group's result to teachers"],
      },
      S4: {
        title: "Rundown and content discussion",
        external: [
          "Choose content to suit the guideline and the participants' background",
          "Assign tasks to the representatives",
        ],
        internal: ["Report the working group's progress to teachers"],
      },
      S5: {
        title: "Confirmation of content, details and invitation",
        external: [
          "Confirm the rundown: arrangement and time allocation, manpower and resources",
          "Representatives report progress to the working group",
        ],
        internal: ["Issue a notice of the content to teachers", "Collect the list of participants"],
      },
      S6: {
        title: "Information collection and materials",
        external: ["Representatives report progress to the working group"],
        internal: ["Update information", "Prepare and purchase materials"],
      },
      S7: {
        title: "Confirmation of arrangements",
        external: ["Exchange the main contact persons and contact methods between the schools"],
        internal: ["Confirm the arrangements with the teaching staff", "Arrange transport"],
      },
      S8: {
        title: "Coordination on the day",
        external: ["Host the activity"],
        internal: [],
      },
      S9: {
        title: "Evaluation and feedback",
        external: [
          "Exchange views and records between the representatives (evaluation survey, photos)",
          "Hold a joint-school evaluation meeting",
        ],
        internal: ["Collect opinions and suggestions for improvement from the participating staff"],
      },
    },
  },
  "peer-coaching-programme": {
    title: "Peer coaching programme",
    stages: {
      P1: {
        title: "Session 1 (full day): defining coaching for the school",
        external: [
          "Agree how coaching supports the school's goals, which activities technology could enrich, who is coached and when, and the coaches' roles",
          "Prepare for the eLearning phase",
        ],
        internal: [],
      },
      P2: {
        title: "eLearning phase: preparing the programme",
        external: [
          "Define the programme, hold a planning meeting, create a portfolio activity",
          "Review promising practices, assess lesson design, start lesson improvement",
        ],
        internal: [],
      },
      P3: {
        title: "Session 2 (half day): preparing the coaches",
        external: ["Communication skills, preparing coaches, revisiting the coaching plan and portfolio"],
        internal: [],
      },
      P4: {
        title: "eLearning phase: coaching with the plan",
        external: ["Coaches work with their teachers on the coaching plan, supported online"],
        internal: [],
      },
      P5: {
        title: "Session 3 (half day): wows and wonders",
        external: ["Share what went well and open questions (wows and wonders)", "Coaching roadblocks and resources"],
        internal: [],
      },
      P6: {
        title: "eLearning phase: new strategies",
        external: ["Continue the coaching plans with new strategies"],
        internal: [],
      },
      P7: {
        title: "Session 4 (half day): improving staff development",
        external: [
          "Review research and the features of effective professional development; set new goals",
          "Reflect on and share the best coaching practice",
        ],
        internal: [],
      },
    },
  },
  "learning-community-year": {
    title: "Learning community year",
    stages: {
      L2: {
        title: "Appointment of curriculum leaders and a coordinator",
        external: ["Name the coordinator who keeps contact with the support officer"],
        internal: ["Appoint the curriculum leaders who join the learning community"],
      },
      L3: {
        title: "Regular internal meetings",
        external: ["The support officer gives feedback to the curriculum leaders"],
        internal: ["Curriculum leaders lead regular internal meetings on curriculum development"],
      },
      L5: {
        title: "Year-end sharing of experience",
        external: ["Share successful experience and co-developed resources, recording their copyright owner"],
        internal: ["Collect the year's materials and reflections for the sharing"],
      },
    },
  },
  "sharing-learning-session": {
    title: "Extended sharing of learning experiences",
    stages: {
      "H4-1": {
        title: "First cycle: discussion before the lesson",
        external: [],
        internal: ["Agree the focus, the purpose and who does what"],
      },
      "lesson-1": {
        title: "First cycle: the lesson",
        external: [],
        internal: ["The observer visits the lesson"],
      },
      "H5-1": {
        title: "First cycle: dialogue after the lesson",
        external: [],
        internal: [
          "Start with the observed teacher's own view, recognise what went well",
          "Agree a manageable number of improvement steps for observer and observed",
        ],
      },
      "steps-1": {
        title: "Trying the improvement steps",
        external: [],
        internal: ["Both teachers try the improvement steps agreed in the dialogue"],
      },
      "H4-2": {
        title: "Second cycle (roles exchanged): discussion before the lesson",
        external: [],
        internal: ["Agree the focus, the purpose and who does what"],
      },
      "lesson-2": {
        title: "Second cycle: the lesson",
        external: [],
        internal: ["The teacher observed in the first cycle now observes"],
      },
      "H5-2": {
        title: "Second cycle: dialogue after the lesson",
        external: [],
        internal: [
          "Start with the observed teacher's own view, recognise what went well",
          "Agree a manageable number of improvement steps for observer and observed",
        ],
      },
    },
  },
} as const;

/**
 * The shape of {@link templateTexts} that a catalogue in another language
 * must have: the same templates, each with the same stages, every stage with
 * a title and its external and internal tasks. Internal: not exported.
 */
export type TemplateTextsCatalogue = {
  readonly [T in keyof typeof templateTexts]: {
    /** The template's title. */
    readonly title: string;
    /** Each stage's texts, by stage id. */
    readonly stages: {
      readonly [S in keyof (typeof templateTexts)[T]["stages"]]: {
        /** The stage's title. */
        readonly title: string;
        /** Work with the other schools. */
        readonly external: readonly string[];
        /** Work inside the school. */
        readonly internal: readonly string[];
      };
    };
  };
};
