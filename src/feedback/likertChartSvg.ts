import { InvalidInputError } from "../diagnostics/InvalidInputError.js";
import { displayWidth } from "../text/displayWidth.js";
import type { MessageParams } from "../text/formatMessage.js";
import { isolate } from "../text/isolate.js";
import { shownValue } from "../text/shownValue.js";
import type { Locale } from "../text/locale.js";
import { ChartOptionsSchema, checkedOptions } from "./arguments.js";
import { formatShare, hiddenReason, subgroups } from "./formatting.js";
import { feedbackMessage, feedbackText } from "./message.js";
import type { FeedbackMessageKey } from "./messages.js";
import { scalePoints, type ScalePointLabel } from "./surveyLayout.js";
import type { ScaleQuestion } from "./question.js";
import type { FeedbackSummary, GroupSummary, ScaleQuestionSummary } from "./summary.js";

/**
 * Options of {@link likertChartSvg}.
 *
 * @example
 * ```ts
 * import type { LikertChartOptions } from "collegiate/feedback";
 *
 * import { zhHant } from "collegiate/locales/zh-Hant";
 *
 * const options: LikertChartOptions = { width: 640, locale: zhHant };
 * ```
 */
export interface LikertChartOptions {
  /** Width of the chart in pixels (at least 480). Default 760. */
  readonly width?: number;
  /**
   * The language of the chart's description, row labels and hidden groups'
   * reasons: `en` (the default), `zhHant` from `collegiate/locales/zh-Hant`, or your own locale. The question and the scale
   * are the summary's own.
   */
  readonly locale?: Locale;
}

const CHARACTER_WIDTH = 6.8;
const INDENT = 14;
const MARGIN = 16;
const ROW_HEIGHT = 30;
const BAR_HEIGHT = 20;
const NEGATIVE = [0xb3, 0x58, 0x06];
const NEUTRAL = [0xe8, 0xe8, 0xe8]; // #e8e8e8, the middle point
const POSITIVE = [0x21, 0x66, 0xac];

function xml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

function px(value: number): string {
  return String(Math.round(value * 100) / 100);
}

function mix(from: readonly number[], to: readonly number[], amount: number): string {
  const channel = (i: number) => Math.round((from[i] as number) + ((to[i] as number) - (from[i] as number)) * amount);
  return `#${[0, 1, 2].map((i) => channel(i).toString(16).padStart(2, "0")).join("")}`;
}

/**
 * How a scale point looks: a colour that runs from orange (lowest) through
 * grey (the middle) to blue (highest), and a pattern that alone tells the
 * points apart without colour: backslash hatching below the middle, dots in
 * the middle, slash hatching above, denser and bolder towards the ends.
 */
function pattern(id: string, index: number, points: number): string {
  const middle = (points - 1) / 2;
  const distance = Math.abs(index - middle) / middle;
  if (index === middle) {
    return `<pattern id="${id}" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#e8e8e8"/><circle cx="3" cy="3" r="1.2" fill="#000" fill-opacity="0.45"/></pattern>`;
  }
  const colour = mix(NEUTRAL, index < middle ? NEGATIVE : POSITIVE, 0.35 + 0.65 * distance);
  const spacing = Math.round(12 - 6 * distance);
  const angle = index < middle ? -45 : 45;
  return (
    `<pattern id="${id}" width="${spacing}" height="${spacing}" patternUnits="userSpaceOnUse" patternTransform="rotate(${angle})">` +
    `<rect width="${spacing}" height="${spacing}" fill="${colour}"/>` +
    `<line x1="0" y1="0" x2="0" y2="${spacing}" stroke="#000" stroke-opacity="0.45" stroke-width="${px(1 + 1.5 * distance)}"/></pattern>`
  );
}

function findQuestion(summary: FeedbackSummary, questionId: string, locale: Locale): ScaleQuestion {
  const what = feedbackMessage(locale, "what.chart-request");
  const question = summary.survey.questions.find((q) => q.id === questionId);
  if (question === undefined) {
    throw new InvalidInputError(
      what,
      [
        {
          ruleId: "feedback/chart-unknown-question",
          severity: "error",
          ...feedbackText(locale, "chart.unknown-question", { questionId: shownValue(questionId) }),
          path: ["questionId"],
        },
      ],
      locale,
    );
  }
  if (question.kind !== "likert" && question.kind !== "rating") {
    throw new InvalidInputError(
      what,
      [
        {
          ruleId: "feedback/chart-not-a-scale-question",
          severity: "error",
          ...feedbackText(locale, "chart.not-a-scale-question", { questionId, kind: question.kind }),
          path: ["questionId"],
        },
      ],
      locale,
    );
  }
  return question;
}

function scaleSummaryOf(group: GroupSummary, questionId: string): ScaleQuestionSummary | undefined {
  if (group.status === "hidden") return undefined;
  const found = group.questions.find((q) => q.questionId === questionId);
  return found !== undefined && (found.kind === "likert" || found.kind === "rating") ? found : undefined;
}

/**
 * Draws the answers to one Likert or 0–10 rating question as a diverging
 * stacked bar chart: one bar per group (all respondents first, then the
 * groups of the summary in order), disagreement to the left of the centre
 * line and agreement to the right, the middle point of an odd scale split
 * across it. The result is a standalone SVG document (no script, no external
 * reference) for reports and web pages.
 *
 * It reads without colour: each scale point has its own hatching pattern,
 * shown in the legend, and every part wide enough carries its percentage;
 * each part also has a tooltip with its label, count and share. A `<title>`
 * and a `<desc>` (the question, the scale, and every group's counts in
 * words) make it accessible to screen readers. Hidden groups show why they
 * are hidden, never a bar.
 *
 * @param summary - From {@link aggregateFeedback} or {@link summarize}.
 * @param questionId - The id of a Likert or rating question of the summary's survey.
 * @param options - The chart's width and language; the defaults (760 wide, English) when `undefined` or left out.
 * @returns The SVG document as a string.
 * @throws {@link InvalidInputError} when the survey has no such question, or it has no scale, or the options are not valid: `null`, not an object, an unknown key, a width that is not a finite number, an unknown locale.
 *
 * @example
 * ```ts
 * import { aggregateFeedback, likertChartSvg, wowsAndWondersSurvey } from "collegiate/feedback";
 *
 * const responses = [2, 3, 4, 4, 5, 5].map((onTrack) => ({ answers: { "on-track": onTrack } }));
 * const svg = likertChartSvg(aggregateFeedback(wowsAndWondersSurvey, responses), "on-track");
 * svg.startsWith("<svg"); // true
 * ```
 */
export function likertChartSvg(summary: FeedbackSummary, questionId: string, options: LikertChartOptions = {}): string {
  const settings = checkedOptions(ChartOptionsSchema, options, "what.chart-options");
  const { locale } = settings;
  const say = (key: FeedbackMessageKey, params?: MessageParams) => feedbackMessage(locale, key, params);
  const question = findQuestion(summary, questionId, locale);
  const points = scalePoints(question);
  const count = points.length;
  const width = Math.max(480, settings.width ?? 760);
  const prefix = `collegiate-likert-${count}-`;
  const groups = [summary.overall, ...subgroups(summary)];
  // Nested groups show their own value, indented under their parent.
  const depthOf = (group: GroupSummary) => Object.keys(group.key).length;
  const shortLabel = (group: GroupSummary) => {
    const attribute = summary.groupBy[depthOf(group) - 1];
    return attribute === undefined ? group.label : (group.key[attribute] ?? say("group.not-stated"));
  };
  const rowLabel = (group: GroupSummary) => {
    const q = scaleSummaryOf(group, questionId);
    return q === undefined ? isolate(shortLabel(group)) : say("chart.row", { group: shortLabel(group), n: q.n });
  };
  const LABEL_WIDTH = Math.min(
    width / 2,
    // Wide (CJK) characters count as two.
    Math.max(120, ...groups.map((group) => MARGIN + depthOf(group) * INDENT + Math.ceil(displayWidth(rowLabel(group)) * CHARACTER_WIDTH))),
  );
  const chartLeft = LABEL_WIDTH + MARGIN;
  const chartRight = width - MARGIN;
  const centre = (chartLeft + chartRight) / 2;
  const half = (chartRight - chartLeft) / 2;
  const top = 58;
  const rowsBottom = top + groups.length * ROW_HEIGHT;

  const out: string[] = [];
  const descriptions: string[] = [];
  groups.forEach((group, row) => {
    const y = top + row * ROW_HEIGHT + (ROW_HEIGHT - BAR_HEIGHT) / 2;
    const textY = px(y + BAR_HEIGHT / 2 + 4);
    const q = scaleSummaryOf(group, questionId);
    if (group.status === "hidden" || q === undefined) {
      const reason = group.status === "hidden" ? hiddenReason(group, locale) : "–";
      descriptions.push(say("chart.row-hidden", { group: group.label, reason }));
      out.push(`<g class="group hidden"><title>${xml(isolate(group.label))}</title><text class="group-label" x="${MARGIN + depthOf(group) * INDENT}" y="${textY}">${xml(rowLabel(group))}</text>`);
      out.push(`<text class="hidden-reason" x="${px(centre)}" y="${textY}" text-anchor="middle" font-style="italic" stroke="#fff" stroke-width="4" paint-order="stroke">${xml(reason)}</text></g>`);
      return;
    }
    const label = say("chart.row", { group: group.label, n: q.n });
    const segments = q.distribution
      .map((p) => say("chart.segment", { label: p.label, count: p.count, share: formatShare(p.share) }))
      .join(say("chart.segments-separator"));
    descriptions.push(say("chart.row-segments", { row: label, segments }));
    out.push(`<g class="group"><title>${xml(label)}</title><text class="group-label" x="${MARGIN + depthOf(group) * INDENT}" y="${textY}">${xml(rowLabel(group))}</text>`);
    // Start left of the centre by the lower half and half the middle point.
    const middle = (count - 1) / 2;
    const share = (index: number) => q.distribution[index]?.share ?? 0;
    let left = 0;
    for (let index = 0; index < count; index += 1) left += index < middle ? share(index) : index === middle ? share(index) / 2 : 0;
    let x = centre - left * half;
    q.distribution.forEach((point, index) => {
      const w = share(index) * half;
      if (w > 0) {
        const tip = say("chart.segment", { label: point.label, count: point.count, share: formatShare(point.share) });
        out.push(
          `<rect class="segment" data-value="${point.value}" x="${px(x)}" y="${px(y)}" width="${px(w)}" height="${BAR_HEIGHT}" fill="url(#${prefix}${index + 1})" stroke="#333" stroke-width="0.5"><title>${xml(tip)}</title></rect>`,
        );
        if (w >= 30) {
          out.push(`<text class="segment-label" x="${px(x + w / 2)}" y="${textY}" text-anchor="middle" stroke="#fff" stroke-width="3" paint-order="stroke">${formatShare(point.share)}</text>`);
        }
      }
      x += w;
    });
    out.push("</g>");
  });

  // Axis: the centre line and the 50% and 100% marks on both sides.
  const axis = [-1, -0.5, 0, 0.5, 1].map((at) => {
    const ax = px(centre + at * half);
    return `<line class="${at === 0 ? "centre-line" : "grid-line"}" x1="${ax}" y1="${top - 4}" x2="${ax}" y2="${rowsBottom}" stroke="${at === 0 ? "#000" : "#bbb"}" stroke-width="${at === 0 ? 1.5 : 0.5}"/><text x="${ax}" y="${top - 8}" text-anchor="middle" font-size="11">${Math.abs(at * 100)}%</text>`;
  });

  // Legend, wrapped into lines that fit the width.
  const legend: string[] = [];
  let legendX = MARGIN;
  let legendY = rowsBottom + 24;
  points.forEach((point, index) => {
    const itemWidth = 14 + 6 + Math.ceil(displayWidth(point.label) * 6.6) + 18;
    if (legendX + itemWidth > width - MARGIN && legendX > MARGIN) {
      legendX = MARGIN;
      legendY += 22;
    }
    legend.push(
      `<g class="legend-item" data-value="${point.value}"><rect x="${legendX}" y="${legendY - 11}" width="14" height="14" fill="url(#${prefix}${index + 1})" stroke="#333" stroke-width="0.5"/><text x="${legendX + 20}" y="${legendY}">${xml(isolate(point.label))}</text></g>`,
    );
    legendX += itemWidth;
  });
  const height = legendY + 18;

  // A scale has at least two points.
  const low = (points[0] as ScalePointLabel).label;
  const high = (points[count - 1] as ScalePointLabel).label;
  const description = say("chart.full-description", {
    description: say("chart.description", { question: question.text, points: count, low, high }),
    rows: descriptions.join(say("chart.rows-separator")),
  });
  const titleId = `${prefix}title-${xml(question.id)}`;
  const descId = `${prefix}desc-${xml(question.id)}`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${titleId} ${descId}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif" font-size="12">`,
    `<title id="${titleId}">${xml(say("chart.title", { question: question.text }))}</title>`,
    `<desc id="${descId}">${xml(description)}</desc>`,
    `<defs>${points.map((_, index) => pattern(`${prefix}${index + 1}`, index, count)).join("")}</defs>`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    `<text class="chart-title" x="${MARGIN}" y="24" font-size="15" font-weight="bold">${xml(isolate(question.text))}</text>`,
    ...axis,
    ...out,
    ...legend,
    "</svg>",
    "",
  ].join("\n");
}
