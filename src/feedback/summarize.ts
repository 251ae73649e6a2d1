import { z } from "zod";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { InvalidInputError } from "../diagnostics/InvalidInputError.js";
import { parseInput } from "../diagnostics/parseInput.js";
import { en, LocaleSchema, localeOf, type Locale } from "../text/locale.js";
import { schemaIssue } from "../text/templates.js";
import { workOf, type FeedbackAccumulator } from "./accumulator.js";
import { feedbackMessage, feedbackTemplates, feedbackText, schemaMessage } from "./message.js";
import { countedQuestionSummary, textQuestionSummary } from "./questionSummary.js";
import { GroupingAttributeSchema, type GroupingAttribute } from "./response.js";
import type { FeedbackSummary, GroupKey, GroupSummary, ResponseRate, WithheldTexts } from "./summary.js";
import { protectGroups, type Visibility } from "./suppression.js";
import { workCells, type Work, type WorkCell } from "./tally.js";

const InvitedSchema = z.int().nonnegative();

/**
 * Schema of the options of {@link summarize} and {@link aggregateFeedback}.
 *
 * - `groupBy`: grouping attributes, outermost first, such as
 *   `["school", "role"]` for each school and each role within it. Default: none.
 * - `minGroupSize`: groups with fewer respondents are hidden. Default 5; it
 *   cannot be set below 3.
 * - `minCommentGroupSize`: groups with fewer respondents publish no texts
 *   (free-text answers). Default 10, or `minGroupSize` when that is larger;
 *   it cannot be set below `minGroupSize`.
 * - `invited`: how many were invited, for response rates: a total, or a
 *   count per value of the first grouping attribute (such as per school;
 *   the total is then their sum).
 * - `locale`: the language of the group labels ("All respondents",
 *   "(not stated)") and of the diagnostics: `en` (the default), `zhHant`
 *   from `collegiate/locales/zh-Hant`, or your own locale. Summarise in the language the report will be read in.
 *
 * @example
 * ```ts
 * import { FeedbackOptionsSchema } from "collegiate/feedback";
 *
 * FeedbackOptionsSchema.safeParse({ minGroupSize: 2 }).success; // false: below 3
 * FeedbackOptionsSchema.safeParse({ minGroupSize: 5, minCommentGroupSize: 4 }).success; // false: below minGroupSize
 * ```
 */
export const FeedbackOptionsSchema = z
  .strictObject({
    /** Grouping attributes, outermost first. */
    groupBy: z
      .array(GroupingAttributeSchema)
      .check((ctx) => {
        ctx.value.forEach((attribute, index) => {
          if (ctx.value.indexOf(attribute) !== index) {
            ctx.issues.push(schemaIssue(schemaMessage("options.duplicate-grouping"), { attribute }, { ruleId: "duplicate-grouping", path: [index], input: attribute }));
          }
        });
      })
      .default([]),
    /** Groups with fewer respondents are hidden; at least 3. */
    minGroupSize: z.int().min(3, { error: () => schemaMessage("options.minimum-group-size") }).default(5),
    /** Groups with fewer respondents publish no texts; never below `minGroupSize`. Default: 10, or `minGroupSize` if larger. */
    minCommentGroupSize: z.int().optional(),
    /** The number invited: a total, or per value of the first grouping attribute. */
    invited: z.union([InvitedSchema, z.record(z.string(), InvitedSchema)]).optional(),
    /** The language of the group labels and diagnostics: `en` (the default), `zhHant` from `collegiate/locales/zh-Hant`, or your own locale. */
    locale: LocaleSchema.optional(),
  })
  .check((ctx) => {
    const { minGroupSize, minCommentGroupSize } = ctx.value;
    if (minCommentGroupSize !== undefined && minCommentGroupSize < minGroupSize) {
      ctx.issues.push(
        schemaIssue(
          schemaMessage("options.minimum-comment-group-size"),
          { minimum: minGroupSize },
          { ruleId: "minimum-comment-group-size", path: ["minCommentGroupSize"], input: minCommentGroupSize },
        ),
      );
    }
    if (typeof ctx.value.invited === "object" && ctx.value.groupBy.length === 0) {
      ctx.issues.push(schemaIssue(schemaMessage("options.invited-needs-grouping"), {}, { ruleId: "invited-needs-grouping", path: ["invited"], input: ctx.value.invited }));
    }
  });

/**
 * The options of {@link summarize} and {@link aggregateFeedback}; every field is optional.
 *
 * @example
 * ```ts
 * import type { FeedbackOptions } from "collegiate/feedback";
 * import { zhHant } from "collegiate/locales/zh-Hant";
 *
 * const options: FeedbackOptions = {
 *   groupBy: ["school"],
 *   minGroupSize: 5,
 *   minCommentGroupSize: 10,
 *   invited: { "Harbour Secondary": 40, "Hill Primary": 25 },
 *   locale: zhHant,
 * };
 * ```
 */
export type FeedbackOptions = z.input<typeof FeedbackOptionsSchema>;

/** A group while the summary is built: its cells' counts added up, and its subgroups. */
interface GroupNode {
  readonly key: GroupKey;
  readonly respondents: number;
  readonly counts: Float64Array;
  readonly texts: Map<string, number>[];
  readonly groups: readonly GroupNode[];
}

/** Orders the distinct values of a grouping attribute, `null` (not stated) last. */
function compareGroupValues(a: string | null, b: string | null): number {
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

function buildGroup(work: Work, key: GroupKey, cells: readonly WorkCell[], levels: readonly GroupingAttribute[]): GroupNode {
  const counts = new Float64Array(work.layout.width);
  const texts = work.layout.texts.map(() => new Map<string, number>());
  let respondents = 0;
  for (const cell of cells) {
    respondents += cell.respondents;
    // Every tally has the layout's width.
    for (let i = 0; i < counts.length; i += 1) counts[i] = (counts[i] as number) + (cell.counts[i] as number);
    cell.texts.forEach((cellTexts, index) => {
      const target = texts[index] as Map<string, number>;
      for (const [text, count] of cellTexts) target.set(text, (target.get(text) ?? 0) + count);
    });
  }
  const [attribute, ...deeper] = levels;
  const groups: GroupNode[] = [];
  if (attribute !== undefined) {
    const byValue = new Map<string | null, WorkCell[]>();
    for (const cell of cells) {
      const value = cell[attribute];
      const list = byValue.get(value);
      if (list === undefined) byValue.set(value, [cell]);
      else list.push(cell);
    }
    const byOrder = [...byValue].sort(([a], [b]) => compareGroupValues(a, b));
    for (const [value, inGroup] of byOrder) groups.push(buildGroup(work, { ...key, [attribute]: value }, inGroup, deeper));
  }
  return { key, respondents, counts, texts, groups };
}

function labelOf(key: GroupKey, groupBy: readonly GroupingAttribute[], locale: Locale): string {
  const parts = groupBy.filter((attribute) => attribute in key).map((attribute) => key[attribute] ?? feedbackMessage(locale, "group.not-stated"));
  return parts.length === 0 ? feedbackMessage(locale, "group.overall") : parts.join(feedbackMessage(locale, "group.separator"));
}

/** How many were invited into a group, when the options say. */
function invitedInto(key: GroupKey, options: Settings): number | undefined {
  const { invited, groupBy } = options;
  if (invited === undefined) return undefined;
  const depth = Object.keys(key).length;
  if (typeof invited === "number") return depth === 0 ? invited : undefined;
  if (depth === 0) return [...invited.values()].reduce((sum, count) => sum + count, 0);
  const first = groupBy[0] as GroupingAttribute;
  const value = key[first];
  return depth === 1 && value !== null && value !== undefined ? invited.get(value) : undefined;
}

/**
 * Summarises an accumulator: for each question its count, missing answers,
 * distribution and statistics; for each group of `groupBy` the same, with
 * groups too small to be anonymous hidden, and more groups hidden where one
 * hidden group could be worked out by subtraction (see the feedback guide).
 *
 * Free text is published with its group, sorted and with no respondent, under
 * stricter rules, since one sentence can give its writer away:
 * - a group publishes its texts only when it has at least
 *   `minCommentGroupSize` respondents (default 10, never below
 *   `minGroupSize`) and its results are published;
 * - among the subgroups of a group whose texts are published, once one
 *   subgroup's texts are withheld, more are withheld, smallest first, until
 *   at least two are withheld and together they have at least
 *   `minCommentGroupSize` respondents: so the parent's list less its
 *   subgroups' published lists holds the texts of two or more groups
 *   together, never of one group alone;
 * - the subgroups of a group whose texts are withheld publish none.
 * A group whose texts are withheld shows no text and no count of texts
 * (`withheld` says why); its other results are unaffected.
 *
 * Every `invited` count naming a group that no response has (a misspelt
 * school) gets a warning.
 *
 * @param accumulator - Counts from {@link addResponses} or {@link mergeAccumulators}.
 * @param options - Grouping, the minimum group size (default 5, never below 3), the minimum group size for texts (default 10, never below the former), the number invited, and the `locale` of the group labels and diagnostics.
 * @returns The summary.
 * @throws {@link InvalidInputError} when the options are invalid, such as a minimum group size below 3,
 *   or `accumulator` is not an accumulator (read stored ones with {@link parseAccumulator}).
 *
 * @example
 * ```ts
 * import { addResponses, createAccumulator, summarize, wowsAndWondersSurvey } from "collegiate/feedback";
 *
 * const responses = [1, 2, 3, 4, 4, 5].map((onTrack) => ({ school: "Hill Primary", answers: { "on-track": onTrack } }));
 * const { accumulator } = addResponses(createAccumulator(wowsAndWondersSurvey), responses);
 * const summary = summarize(accumulator, { groupBy: ["school"] });
 * const onTrack = summary.overall.status === "published" ? summary.overall.questions.find((q) => q.questionId === "on-track") : undefined;
 * if (onTrack?.kind === "likert") onTrack.median; // 3.5
 * ```
 */
export function summarize(accumulator: FeedbackAccumulator, options: FeedbackOptions = {}): FeedbackSummary {
  const settings = readOptions(options);
  return summarizeWork(workOf(accumulator, settings.locale ?? en), settings);
}

/** The options with their defaults, or an {@link InvalidInputError} in the options' locale. @internal */
export function readOptions(options: FeedbackOptions): Settings {
  const locale = localeOf(options);
  const parsed = parseInput(FeedbackOptionsSchema, options, locale, feedbackTemplates);
  const what = feedbackMessage(locale, "what.feedback-options");
  if (!parsed.success) throw new InvalidInputError(what, parsed.diagnostics, locale);
  const { invited } = parsed.data;
  if (typeof invited !== "object") return { ...parsed.data, invited };
  // Read from the options' own entries: zod's record skips a group called
  // "__proto__" (neither checked nor kept), so each entry is checked here.
  const byGroup = new Map<string, number>();
  const problems: Diagnostic[] = [];
  for (const [group, count] of Object.entries(options.invited as Record<string, unknown>)) {
    const checked = parseInput(InvitedSchema, count, locale, feedbackTemplates, ["invited", group]);
    if (checked.success) byGroup.set(group, checked.data);
    else problems.push(...checked.diagnostics);
  }
  if (problems.length > 0) throw new InvalidInputError(what, problems, locale);
  return { ...parsed.data, invited: byGroup };
}

/** The options with their defaults; invitations per group in a map, whatever the groups are called. */
type Settings = Omit<z.output<typeof FeedbackOptionsSchema>, "invited"> & { readonly invited?: number | ReadonlyMap<string, number> | undefined };

/**
 * The minimum group size for texts: as given, or 10, or the minimum group
 * size for results when that is larger.
 */
function commentMinimum(settings: Settings): number {
  return settings.minCommentGroupSize ?? Math.max(10, settings.minGroupSize);
}

/** Why a published group's texts are withheld, or `null` when they are published. */
function textsWithheld(status: Visibility | undefined, respondents: number, minimum: number): WithheldTexts | null {
  if (status === "published") return null;
  // Not reached by the rules (a group under the minimum), or reached but hidden among its siblings.
  return respondents < minimum ? { reason: "fewer-than-minimum", fewerThan: minimum } : { reason: "protects-smaller-group", fewerThan: null };
}

/** A warning for every `invited` count naming a value of the first grouping attribute that no response has. */
function invitedWithoutResponses(root: GroupNode, settings: Settings, locale: Locale): Diagnostic[] {
  const { invited, groupBy } = settings;
  const attribute = groupBy[0];
  if (typeof invited !== "object" || attribute === undefined) return [];
  const met = new Set(root.groups.map((group) => group.key[attribute]));
  return [...invited.keys()]
    .filter((group) => !met.has(group))
    .map((group) => ({
      ruleId: "feedback/invited-group-without-responses",
      severity: "warning",
      ...feedbackText(locale, "summary.invited-group-without-responses", { group, attribute: feedbackMessage(locale, `grouping.${attribute}`) }),
      path: ["invited", group],
    }));
}

/** The summary of a working copy (see {@link summarize}). @internal */
export function summarizeWork(work: Work, settings: Settings): FeedbackSummary {
  const { layout } = work;
  const locale = settings.locale ?? en;
  const root = buildGroup(work, {}, [...workCells(work)], settings.groupBy);
  const visibility = protectGroups(root, settings.minGroupSize);
  // The same rules for texts, with their own minimum; only groups reached by them may publish texts.
  const minCommentGroupSize = commentMinimum(settings);
  const textVisibility = protectGroups(root, minCommentGroupSize);
  const diagnostics: Diagnostic[] = invitedWithoutResponses(root, settings, locale);

  const describe = (node: GroupNode): GroupSummary => {
    const label = labelOf(node.key, settings.groupBy, locale);
    // Described are the root and the subgroups of published groups: all have a visibility.
    const status = visibility.get(node) as Visibility;
    if (status !== "published") {
      return { status: "hidden", reason: status, key: node.key, label, fewerThan: status === "fewer-than-minimum" ? settings.minGroupSize : null };
    }
    const invited = invitedInto(node.key, settings);
    let responseRate: ResponseRate | null = null;
    if (invited !== undefined) {
      responseRate = { invited, rate: invited === 0 ? null : node.respondents / invited };
      if (node.respondents > invited) {
        diagnostics.push({
          ruleId: "feedback/more-responses-than-invited",
          severity: "warning",
          ...feedbackText(locale, "summary.more-responses-than-invited", { group: label, respondents: node.respondents, invited }),
          path: ["invited", ...Object.values(node.key).filter((value): value is string => value !== null)],
        });
      }
    }
    const withheld = textsWithheld(textVisibility.get(node), node.respondents, minCommentGroupSize);
    // Question ids are unique, so the layout holds every question, in the survey's order.
    const questions = [...layout.byId.values()].map((place) =>
      "offset" in place
        ? countedQuestionSummary(place, node.counts, node.respondents)
        : textQuestionSummary(place, node.texts[place.index] as Map<string, number>, node.respondents, withheld),
    );
    return { status: "published", key: node.key, label, respondents: node.respondents, responseRate, questions, groups: node.groups.map(describe) };
  };

  const overall = describe(root);
  if (work.countedTwice.size > 0) {
    diagnostics.push({
      ruleId: "feedback/respondent-counted-twice",
      severity: "warning",
      ...feedbackText(locale, "accumulator.counted-twice", { count: work.countedTwice.size }),
      path: ["countedTwice"],
    });
  }
  return {
    survey: layout.survey,
    minGroupSize: settings.minGroupSize,
    minCommentGroupSize,
    groupBy: settings.groupBy,
    overall,
    leftOut: { ...work.refused },
    diagnostics,
  };
}
