/**
 * Every sentence the feedback capability shows a person, in English (the
 * fallback of every locale): diagnostic messages, report headings, chart
 * text, and the wording of the built-in surveys, by key; a locale's template
 * of a key has the code `feedback/<key>`. Templates are filled with
 * `formatMessage`; the Traditional Chinese catalogue has the same keys and
 * placeholders. Internal: not part of the public API.
 *
 * @example
 * ```ts
 * feedbackMessages["report.hidden-fewer-than"]; // "fewer than {minimum}"
 * ```
 */
export const feedbackMessages = {
  // Survey definitions
  "survey.duplicate-question-id": 'The question id "{id}" is used twice; every question needs its own id.',
  "survey.duplicate-question-id.hint": "Rename one of the questions.",
  "survey.duplicate-option-id": 'The option id "{id}" is used twice in this question.',
  "survey.likert-scale-size": "A Likert scale has 2 to 11 labelled points; this one has {points}.",
  "survey.question-id-format":
    "A question id is letters, digits, '-', '_' or '.', starting with a letter or digit.",

  // Responses
  "response.unknown-question": 'The survey has no question "{questionId}"; this answer is left out.',
  "response.unknown-question.hint": "Check the question id against the survey definition.",
  "response.value-outside-scale":
    'The answer {value} to "{questionId}" is not a point of its scale ({low} to {high}); it is left out.',
  "response.value-outside-scale.hint": "Answers are whole numbers on the question's scale.",
  "response.wrong-answer-type":
    'The answer to "{questionId}" ({kind} question) should be {expected}, not {received}; it is left out.',
  "response.unknown-option": 'The answer to "{questionId}" names the option "{option}", which the question does not offer; the answer is left out.',
  "response.repeated-option": 'The answer to "{questionId}" names the option "{option}" twice; the answer is left out.',
  "response.duplicate-respondent":
    'Respondent "{respondentId}" has already answered this survey; this response is left out.',
  "response.duplicate-respondent.hint": "Each respondent answers once; keep the first response.",
  "response.expected.likert": "a whole number from 1 to {points}",
  "response.expected.rating": "a whole number from 0 to 10",
  "response.expected.single-choice": "one option id",
  "response.expected.multiple-choice": "a list of option ids",
  "response.expected.yes-no": "true or false",
  "response.expected.free-text": "text",
  "response.received.list": "a list",
  "response.received.list-holding": "a list holding {item}",
  "response.received.text": "text",
  "response.received.object": "an object",

  // Accumulators and summaries
  "accumulator.different-surveys":
    'These accumulators count different surveys ("{first}" and "{second}"), so they cannot be merged.',
  "accumulator.inconsistent": "The accumulator's counts do not fit the survey: {detail}.",
  "accumulator.detail.respondent-ids": "respondent ids must be sorted and unique",
  "accumulator.detail.counted-twice": "ids counted twice must be sorted and unique",
  "accumulator.detail.counts": "expected {count} counts",
  "accumulator.detail.more-answers": "more answers than respondents",
  "accumulator.detail.not-adding-up": "the answers do not add up",
  "accumulator.detail.missing-texts": "missing free-text counts",
  "accumulator.detail.texts-order": "texts must be sorted and unique",
  "accumulator.detail.more-texts": "more texts than respondents",
  "accumulator.detail.unknown-question": 'the survey has no question "{id}"',
  "accumulator.counted-twice":
    "{count} respondent id(s) were counted in more than one merged accumulator, so their answers are counted twice; the accumulator's countedTwice lists them.",
  "accumulator.counted-twice.hint":
    "Give respondents ids that are unique across every school, for example prefixed with the school.",
  "options.minimum-group-size": "The minimum group size cannot be below 3, or small groups could be identified.",
  "options.minimum-comment-group-size":
    "The minimum group size for comments cannot be below the minimum group size for results ({minimum}).",
  "options.duplicate-grouping": 'The grouping attribute "{attribute}" is listed twice.',
  "options.invited-needs-grouping":
    "Invitations per group need a grouping: give groupBy, or give the total number invited.",
  "summary.more-responses-than-invited":
    "{group}: {respondents} responses but only {invited} invited; check the number invited.",
  "summary.invited-group-without-responses":
    'The number invited names the {attribute} "{group}", but no response gives that {attribute}, so it gets no response rate; check the spelling.',
  "chart.not-a-scale-question":
    'A Likert chart needs a Likert or 0–10 rating question; "{questionId}" is {kind}.',
  "chart.unknown-question": 'The summary has no question "{questionId}".',

  // Group labels and hidden groups
  "group.overall": "All respondents",
  "group.not-stated": "(not stated)",
  "group.separator": " › ",
  "grouping.school": "school",
  "grouping.role": "role",
  "grouping.activity": "activity",
  "grouping.session": "session",
  "report.hidden-fewer-than": "fewer than {minimum}",
  "report.hidden-protects": "hidden to protect a smaller group",

  // Report
  "report.title": "Feedback summary: {survey}",
  "report.respondents": "{respondents} respondents.",
  "report.respondents-invited": "{respondents} respondents of {invited} invited ({rate}).",
  "report.anonymity":
    "Groups with fewer than {minimum} respondents show no results, and where hiding one group alone would let it be worked out from the others, another group is hidden with it. Comments are never linked to a respondent.",
  "response.not-a-list": "The responses should be a list (an array or another iterable), not {received}; no response was counted.",
  "report.comment-anonymity":
    "Comments are shown only for groups of at least {minimum} respondents, and never where they could be attributed to a group that shows none.",
  "report.comments-withheld": "Comments are not shown: {reason}.",
  "report.overall-hidden": "Fewer than {minimum} people responded, so no results are shown.",
  "report.section.scales": "Ratings",
  "report.section.net-score": "Net score (0–10 questions)",
  "report.section.choices": "Choices",
  "report.section.yes-no": "Yes or no",
  "report.section.distribution": "Distribution of answers",
  "report.section.groups": "By {grouping}",
  "report.section.free-text": "Comments",
  "report.section.data-quality": "Data quality",
  "report.no-comments": "No comments.",
  "report.left-out": "{responses} response(s) and {answers} answer(s) were left out when the responses were counted.",
  "report.nothing-left-out": "Every response and answer was counted.",
  "report.category.wow": "What went well (wows)",
  "report.category.wonder": "Open questions (wonders)",
  "report.category.suggestion": "Suggestions for improvement",
  "report.category.comment": "Other comments",
  "report.column.question": "Question",
  "report.column.group": "Group",
  "report.column.respondents": "Respondents",
  "report.column.response-rate": "Response rate",
  "report.column.n": "n",
  "report.column.mean": "Mean",
  "report.column.mean-of": "Mean: {question}",
  "report.column.median": "Median",
  "report.column.quartiles": "Q1–Q3",
  "report.column.sd": "SD",
  "report.column.top-box": "Top box (95% CI)",
  "report.column.bottom-box": "Bottom box (95% CI)",
  "report.column.promoters": "9–10",
  "report.column.passives": "7–8",
  "report.column.detractors": "0–6",
  "report.column.net-score": "Net score",
  "report.column.option": "Option",
  "report.column.count": "Count",
  "report.column.share": "Share (95% CI)",
  "report.column.yes": "Yes (95% CI)",
  "report.column.no": "No",
  "report.column.rule": "Rule",
  "report.multiple-choice-note": "Respondents could choose several options; shares are of those who answered.",
  "report.repeated-comment": "{comment} (×{count})",
  "report.answered": "n = {n}.",

  // Chart
  "chart.title": "{question}",
  "chart.description":
    "Diverging bar chart of answers to “{question}” on a {points}-point scale from “{low}” to “{high}”; disagreement extends left of the centre line, agreement right, and each part is labelled with its share.",
  "chart.row-hidden": "{group}: {reason}",
  "chart.row": "{group} (n={n})",
  "chart.segment": "{label}: {count} ({share})",
  "chart.row-segments": "{row}: {segments}",
  "chart.segments-separator": "; ",
  "chart.rows-separator": ". ",
  "chart.full-description": "{description} {rows}.",

  // Built-in survey: joint-school evaluation (S9)
  "survey.scale.strongly-disagree": "Strongly disagree",
  "survey.scale.disagree": "Disagree",
  "survey.scale.neutral": "Neither agree nor disagree",
  "survey.scale.agree": "Agree",
  "survey.scale.strongly-agree": "Strongly agree",
  "survey.joint.title": "Joint-school sharing activity: evaluation survey",
  "survey.joint.goals": "The activity met the goals the working group agreed.",
  "survey.joint.content": "The content suited my background and needs.",
  "survey.joint.rundown": "The rundown and time allocation worked well.",
  "survey.joint.arrangements": "The arrangements (notice, contacts, venue, transport) were clear.",
  "survey.joint.practice": "I will use what I learned in my own teaching.",
  "survey.joint.recommend": "How likely are you to recommend a joint-school sharing activity to a colleague?",
  "survey.joint.recommend.low": "Not at all likely",
  "survey.joint.recommend.high": "Extremely likely",
  "survey.joint.useful": "Which parts of the day were most useful to you?",
  "survey.joint.useful.observation": "Lesson observation",
  "survey.joint.useful.sharing": "Sharing session",
  "survey.joint.useful.dialogue": "Professional dialogue with colleagues",
  "survey.joint.useful.materials": "Materials and resources",
  "survey.joint.useful.visit": "Visiting the host school",
  "survey.joint.duration": "Next time, the activity should last",
  "survey.joint.duration.half-day": "Half a day",
  "survey.joint.duration.full-day": "A full day",
  "survey.joint.duration.two-days": "Two days",
  "survey.joint.again": "Would you take part in another joint-school sharing activity?",
  "survey.joint.went-well": "What went well?",
  "survey.joint.suggestions": "What should the working group improve next time?",

  // Built-in survey: wows and wonders (P5)
  "survey.wows.title": "Peer coaching session 3: wows and wonders",
  "survey.wows.on-track": "My coaching plan is on track.",
  "survey.wows.roadblocks": "Which coaching roadblocks have you met?",
  "survey.wows.roadblocks.time": "Finding time to meet",
  "survey.wows.roadblocks.release": "Release from class",
  "survey.wows.roadblocks.technology": "Technology",
  "survey.wows.roadblocks.buy-in": "Colleagues' willingness",
  "survey.wows.roadblocks.goals": "Unclear goals",
  "survey.wows.resources": "Have you explored new coaching resources?",
  "survey.wows.wow": "Wow: what has gone well in your coaching?",
  "survey.wows.wonder": "Wonder: what are you still wondering about?",

  // What a throwing function was building, for its error.
  "what.survey": "survey",
  "what.feedback-options": "feedback options",
  "what.chart-request": "chart request",
  "what.accumulator": "accumulator",
  "what.report-options": "report options",
  "what.chart-options": "chart options",
  "what.locale-options": "language options",
} as const;

/**
 * A key of the feedback message catalogue. Internal.
 *
 * @example
 * ```ts
 * const key: FeedbackMessageKey = "report.title";
 * ```
 */
export type FeedbackMessageKey = keyof typeof feedbackMessages;
