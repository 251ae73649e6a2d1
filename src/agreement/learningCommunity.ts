import { z } from "zod";
import { PlainDateSchema } from "../calendar/plainDate.js";
import { schemaIssue } from "../text/templates.js";
import { schemaError, schemaMessage, text } from "./schemaText.js";
import { checkUniqueIds } from "./uniqueIds.js";

/**
 * Schema of the kinds of material a support officer may collect (L4).
 *
 * @example
 * ```ts
 * import { MediaKindSchema } from "collegiate/agreement";
 *
 * MediaKindSchema.options; // ["video", "photograph", "teachers-reflection", "student-work"]
 * ```
 */
export const MediaKindSchema = /* @__PURE__ */ z.enum(["video", "photograph", "teachers-reflection", "student-work"]);

/**
 * A kind of material collected for professional discussion.
 *
 * @example
 * ```ts
 * import type { MediaKind } from "collegiate/agreement";
 *
 * const kind: MediaKind = "student-work";
 * ```
 */
export type MediaKind = z.infer<typeof MediaKindSchema>;

const CommunitySchoolSchema = /* @__PURE__ */ z.strictObject({
  /** Stable id of the school, used by meetings, media and resources. */
  id: text("schema.id"),
  /** The school's name. */
  name: text(),
  /** The nominated curriculum leader who keeps contact with the support officer (L2). */
  coordinator: z
    .strictObject({
      /** The coordinator's name. */
      name: text(),
      /** The coordinator's staff id. */
      staffId: text("schema.id").optional(),
    })
    .optional(),
  /** Names of the curriculum leaders taking part (L2). */
  curriculumLeaders: z.array(text()).optional(),
});

const MeetingSchema = /* @__PURE__ */ z.strictObject({
  /** Id of the school holding the internal meeting. */
  school: text("schema.id"),
  /** When it was held. */
  heldOn: PlainDateSchema,
  /** Who led it. */
  ledBy: text().optional(),
  /** What it was about. */
  topic: text().optional(),
});

const MediaSchema = /* @__PURE__ */ z.strictObject({
  /** Id of the school where the material was collected. */
  school: text("schema.id"),
  /** What kind of material it is. */
  kind: MediaKindSchema,
  /** When it was collected. */
  collectedOn: PlainDateSchema,
  /** The school's consent to collect it (L4). */
  consent: z
    .strictObject({
      /** When consent was recorded. */
      recordedOn: PlainDateSchema,
      /** Who gave it on the school's behalf. */
      givenBy: text(),
    })
    .optional(),
});

const ResourceSchema = /* @__PURE__ */ z.strictObject({
  /** The resource's title. */
  title: text(),
  /** Id of the school that developed it, when one did. */
  school: text("schema.id").optional(),
  /** When it was shared. */
  sharedOn: PlainDateSchema.optional(),
  /** Who owns the copyright, such as "Education Bureau and Harbour Secondary School" (L5). */
  copyrightOwner: text().optional(),
});

/**
 * Schema of a learning community: curriculum leaders of several schools
 * supported by a support officer (the "Learning Communities" mode). Meetings,
 * media and resources refer to schools by id; an unknown id is refused.
 *
 * @example
 * ```ts
 * import { LearningCommunitySchema } from "collegiate/agreement";
 *
 * LearningCommunitySchema.safeParse({
 *   name: "Reading across the curriculum",
 *   period: { start: "2026-09-01", end: "2027-07-16" },
 *   schools: [{ id: "harbour", name: "Harbour Secondary School", coordinator: { name: "Ms Chan" } }],
 *   meetings: [{ school: "harbour", heldOn: "2026-09-24" }],
 * }).success; // true
 * ```
 */
export const LearningCommunitySchema = /* @__PURE__ */ z
  .strictObject({
    /** The community's name. */
    name: text(),
    /** The support period, normally one school year (L1). */
    period: z
      .strictObject({
        /** First day of the support. */
        start: PlainDateSchema,
        /** Last day of the support. */
        end: PlainDateSchema,
      })
      .optional(),
    /** The participating schools. */
    schools: z.array(CommunitySchoolSchema).min(1, schemaError("schema.schools")),
    /** Internal meetings led by the curriculum leaders (L3). */
    meetings: z.array(MeetingSchema).optional(),
    /** Material collected for professional discussion (L4). */
    media: z.array(MediaSchema).optional(),
    /** Experience and resources shared (L5). */
    resources: z.array(ResourceSchema).optional(),
  })
  .check((ctx) => {
    const { schools, meetings = [], media = [], resources = [], period } = ctx.value;
    const ids = checkUniqueIds(ctx.issues, schools, ["schools"], "schema.duplicate-school", "duplicate-school");
    const known = (list: readonly { school?: string | undefined }[], field: string) =>
      list.forEach((item, index) => {
        if (item.school !== undefined && !ids.has(item.school)) {
          ctx.issues.push(
            schemaIssue(
              schemaMessage("schema.unknown-school"),
              { id: item.school, known: [...ids].join(", ") },
              { ruleId: "unknown-school", path: [field, index, "school"], input: item.school },
            ),
          );
        }
      });
    known(meetings, "meetings");
    known(media, "media");
    known(resources, "resources");
    if (period !== undefined && period.end < period.start) {
      ctx.issues.push(
        schemaIssue(
          schemaMessage("schema.period-end-before-start"),
          { start: period.start, end: period.end },
          { ruleId: "end-before-start", path: ["period", "end"], input: period },
        ),
      );
    }
  });

/**
 * A learning community, as validated by {@link LearningCommunitySchema}.
 *
 * @example
 * ```ts
 * import type { LearningCommunity } from "collegiate/agreement";
 *
 * const community: LearningCommunity = { name: "Reading", schools: [{ id: "harbour", name: "Harbour Secondary School" }] };
 * ```
 */
export type LearningCommunity = z.infer<typeof LearningCommunitySchema>;

/**
 * What {@link LearningCommunitySchema} accepts.
 *
 * @example
 * ```ts
 * import type { LearningCommunityInput } from "collegiate/agreement";
 *
 * const input: LearningCommunityInput = {
 *   name: "Reading",
 *   schools: [{ id: "harbour", name: "Harbour Secondary School" }],
 *   media: [{ school: "harbour", kind: "video", collectedOn: "2026-11-05" }],
 * };
 * ```
 */
export type LearningCommunityInput = z.input<typeof LearningCommunitySchema>;
