import { formatMessage, type MessageParams } from "../text/formatMessage.js";

/**
 * Every sentence the test matchers show: what was expected and what was
 * found. Matchers speak to developers, in English. Internal: the wording is
 * not part of the public API.
 */
export const matcherMessages = {
  "diagnostic.missing": "Expected a diagnostic {ruleId}{details}, but found:\n{found}",
  "diagnostic.present": "Expected no diagnostic {ruleId}{details}, but found:\n{found}",
  "diagnostic.severity": " of severity {severity}",
  "diagnostic.path": " at {path}",
  "diagnostic.code": " with message code {code}",
  "diagnostic.input-path": "(input)",
  "diagnostic.not-diagnostics":
    "Expected a list of diagnostics, or a value with diagnostics (a result, a timeline, a feedback summary), but received {received}.",
  "policy.broken": 'Expected the {subject} to satisfy the policy "{policy}", but it does not:\n{found}',
  "policy.satisfied": 'Expected the {subject} not to satisfy the policy "{policy}", but it does:\n{found}',
  "subject.visit": "classroom visit",
  "subject.session": "session",
  "subject.community": "learning community",
  "subject.plan": "sharing activity plan",
  "timeline.late": "Expected stage {stageId} to be due before {day}, but it is due on {dueOn} (it opens on {opensOn}).{found}",
  "timeline.early": "Expected stage {stageId} not to be due before {day}, but it is due on {dueOn} (it opens on {opensOn}).{found}",
  "timeline.no-stage": "Expected stage {stageId} to be due before {day}, but the timeline has no stage {stageId}; its stages are {stages}.",
  "timeline.not-a-timeline": "Expected a timeline (from scheduleBackward or scheduleForward), but received {received}.",
  "timeline.diagnostics": "\nThe timeline's diagnostics:\n{found}",
} as const;

/**
 * A key of {@link matcherMessages}.
 *
 * @example
 * ```ts
 * import type { MatcherMessageKey } from "collegiate/vitest";
 *
 * const key: MatcherMessageKey = "policy.broken";
 * ```
 */
export type MatcherMessageKey = keyof typeof matcherMessages;

/** The message `key` of {@link matcherMessages} with its placeholders filled. @internal */
export function say(key: MatcherMessageKey, params?: MessageParams): string {
  return formatMessage(matcherMessages[key], params);
}

/** A short description of a received value, for messages. @internal */
export function describeReceived(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === "object") return `an object with keys ${Object.keys(value).join(", ") || "(none)"}`;
  return `${typeof value} ${JSON.stringify(value)}`;
}
