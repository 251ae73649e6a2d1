import { z } from "zod";
import { PlainDateSchema } from "../calendar/plainDate.js";
import { StaffRefSchema } from "./classroomVisit.js";
import { schemaIssue } from "../text/templates.js";
import { schemaMessage, text } from "./schemaText.js";
import { checkUniqueIds } from "./uniqueIds.js";

/**
 * Schema of a session (a school year) as the agreement rules see it: its
 * first and last day (both included) and its summary report of findings
 * (A8), which is either produced or due on a day.
 *
 * @example
 * ```ts
 * import { SessionSchema } from "collegiate/agreement";
 *
 * SessionSchema.parse({ name: "2026/27", start: "2026-09-01", end: "2027-07-16", summaryReport: { dueOn: "2027-06-30" } });
 * ```
 */
export const SessionSchema = /* @__PURE__ */ z
  .strictObject({
    /** A name for messages, such as "2026/27". */
    name: text().optional(),
    /** The first day of the session. */
    start: PlainDateSchema,
    /** The last day of the session. */
    end: PlainDateSchema,
    /** The session's summary report of findings (A8). */
    summaryReport: z
      .strictObject({
        /** When the report is due. */
        dueOn: PlainDateSchema.optional(),
        /** When it was produced. */
        producedOn: PlainDateSchema.optional(),
      })
      .optional(),
  })
  .check((ctx) => {
    if (ctx.value.end < ctx.value.start) {
      ctx.issues.push(
        schemaIssue(
          schemaMessage("schema.session-end-before-start"),
          { start: ctx.value.start, end: ctx.value.end },
          { ruleId: "end-before-start", path: ["end"], input: ctx.value },
        ),
      );
    }
  });

/**
 * A session (school year), with its summary report of findings.
 *
 * @example
 * ```ts
 * import type { Session } from "collegiate/agreement";
 * import { plainDate } from "collegiate/calendar";
 *
 * const session: Session = { start: plainDate("2026-09-01"), end: plainDate("2027-07-16") };
 * ```
 */
export type Session = z.infer<typeof SessionSchema>;

/**
 * What {@link SessionSchema} accepts.
 *
 * @example
 * ```ts
 * import type { SessionInput } from "collegiate/agreement";
 *
 * const session: SessionInput = { start: "2026-09-01", end: "2027-07-16" };
 * ```
 */
export type SessionInput = z.input<typeof SessionSchema>;

/**
 * Schema of the staff roster of a session check: the teachers each of whom
 * takes part in extended sharing as observer and as observed (H2).
 *
 * @example
 * ```ts
 * import { StaffRosterSchema } from "collegiate/agreement";
 *
 * StaffRosterSchema.parse([{ id: "t-chan", name: "Ms Chan" }, { id: "t-wong" }]);
 * ```
 */
export const StaffRosterSchema = /* @__PURE__ */ z.array(StaffRefSchema).check((ctx) => {
  checkUniqueIds(ctx.issues, ctx.value, [], "schema.duplicate-staff", "duplicate-staff");
});

/**
 * The teachers of a session check.
 *
 * @example
 * ```ts
 * import type { StaffRoster } from "collegiate/agreement";
 *
 * const staff: StaffRoster = [{ id: "t-chan", name: "Ms Chan" }];
 * ```
 */
export type StaffRoster = z.infer<typeof StaffRosterSchema>;
