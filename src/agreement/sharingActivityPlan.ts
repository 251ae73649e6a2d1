import { z } from "zod";
import { PlainDateSchema } from "../calendar/plainDate.js";
import { schemaError, text } from "./schemaText.js";
import { checkUniqueIds } from "./uniqueIds.js";

const PlanSchoolSchema = /* @__PURE__ */ z.strictObject({
  /** Stable id of the school. */
  id: text("schema.id"),
  /** The school's name. */
  name: text(),
  /** The school's representatives in the working group (S1). */
  representatives: z
    .array(
      z.strictObject({
        /** The representative's name. */
        name: text(),
        /** The representative's staff id. */
        staffId: text("schema.id").optional(),
      }),
    )
    .optional(),
});

/**
 * Schema of a joint-school sharing activity's plan as the working group keeps
 * it: the schools and their representatives (S1), the basic details the group
 * confirms in S3 (date, duration, number of participants, medium of
 * instruction), and the confirmation of content in S5. Every detail is
 * optional until it is known, so a plan validates at every stage.
 *
 * @example
 * ```ts
 * import { SharingActivityPlanSchema } from "collegiate/agreement";
 *
 * SharingActivityPlanSchema.safeParse({
 *   title: "Reading across the curriculum: a sharing day",
 *   schools: [
 *     { id: "harbour", name: "Harbour Secondary School", representatives: [{ name: "Ms Chan" }] },
 *     { id: "hillside", name: "Hillside College", representatives: [{ name: "Mr Ho" }] },
 *   ],
 * }).success; // true
 * ```
 */
export const SharingActivityPlanSchema = /* @__PURE__ */ z
  .strictObject({
    /** The activity's title. */
    title: text().optional(),
    /** The participating schools. */
    schools: z.array(PlanSchoolSchema).min(1, schemaError("schema.schools")),
    /** The basic details confirmed in S3; each is optional until known. */
    basicDetails: z
      .strictObject({
        /** The activity day. */
        date: PlainDateSchema.optional(),
        /** How long the activity lasts, in minutes. */
        durationMinutes: z.int().min(1).max(24 * 60).optional(),
        /** How many participants are expected. */
        participants: z.int().min(1).optional(),
        /** The medium of instruction, such as "English" or "Cantonese". */
        medium: text().optional(),
        /** When the working group confirmed them. */
        confirmedOn: PlainDateSchema.optional(),
      })
      .optional(),
    /** The content, rundown and invitation confirmed in S5. */
    content: z
      .strictObject({
        /** The rundown, item by item. */
        rundown: z.array(text()).optional(),
        /** When the working group confirmed content and details. */
        confirmedOn: PlainDateSchema.optional(),
      })
      .optional(),
  })
  .check((ctx) => {
    checkUniqueIds(ctx.issues, ctx.value.schools, ["schools"], "schema.duplicate-school", "duplicate-school");
  });

/**
 * A joint-school sharing activity's plan, as validated by {@link SharingActivityPlanSchema}.
 *
 * @example
 * ```ts
 * import type { SharingActivityPlan } from "collegiate/agreement";
 *
 * const plan: SharingActivityPlan = { schools: [{ id: "harbour", name: "Harbour Secondary School" }] };
 * ```
 */
export type SharingActivityPlan = z.infer<typeof SharingActivityPlanSchema>;

/**
 * What {@link SharingActivityPlanSchema} accepts.
 *
 * @example
 * ```ts
 * import type { SharingActivityPlanInput } from "collegiate/agreement";
 *
 * const input: SharingActivityPlanInput = {
 *   schools: [{ id: "harbour", name: "Harbour Secondary School" }],
 *   basicDetails: { date: "2027-03-18", medium: "English" },
 * };
 * ```
 */
export type SharingActivityPlanInput = z.input<typeof SharingActivityPlanSchema>;
