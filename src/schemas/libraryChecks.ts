/**
 * The checks the library makes that JSON Schema cannot express, each with the
 * rule ids of the diagnostics it reports. A JSON Schema validator accepts
 * some documents that the library refuses, and only for these reasons; the
 * test suite asserts exactly that. Internal module.
 */
import { jsonSchemaModels } from "./models.js";

/** The rule ids each library-only check reports. */
export const libraryChecks = {
  "real-day": ["schema/plain-date-not-a-day"],
  "end-not-before-start": ["schema/end-before-start", "schema/due-before-open"],
  // zod's `too_small` on a text that is only spaces: trimmed, it is empty.
  "blank-text": ["schema/too-small"],
  "unique-ids": [
    "schema/duplicate-weekday",
    "schema/duplicate-stage-id",
    "schema/duplicate-visitor",
    "schema/observed-teacher-visits",
    "schema/duplicate-staff",
    "schema/duplicate-school",
    "schema/duplicate-question-id",
    "schema/duplicate-option-id",
  ],
  references: ["schema/unknown-stage", "schema/unknown-school"],
  "calendar-open": ["schema/no-open-weekday", "schema/overlapping-terms"],
  "template-structure": [
    "schema/dependency-cycle",
    "schema/depends-on-later-stage",
    "schema/group-not-contiguous",
    "schema/group-without-offset",
    "schema/group-without-duration",
    "schema/group-offset-mismatch",
    "schema/group-duration-mismatch",
    "schema/offsets-out-of-order",
    "schema/offset-straddles-anchor",
    "schema/phase-range",
  ],
  "scale-size": ["schema/likert-scale-size"],
  // A3 and A7: the feedback arrangement is required only of a visit with a senior promoted visitor.
  "senior-feedback-arrangement": ["schema/feedback-arrangement-required"],
  // The policy settings' `refine` has no rule id of its own.
  "policy-settings": ["schema/custom"],
  "accumulator-counts": ["feedback/accumulator-inconsistent"],
} as const satisfies Record<string, readonly string[]>;

/** A check the library makes that JSON Schema cannot express. */
export type LibraryCheck = keyof typeof libraryChecks;

/** The rule ids of the diagnostics by which the library refuses what the schema of model `name` accepts. */
export function libraryOnlyRuleIds(name: keyof typeof jsonSchemaModels): readonly string[] {
  return jsonSchemaModels[name].checks.flatMap((check) => libraryChecks[check]);
}
