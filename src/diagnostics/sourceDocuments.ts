import { z } from "zod";

/**
 * The five source documents the domain comes from, by id. Every rule and
 * diagnostic that enforces a clause names one of these documents.
 *
 * @example
 * ```ts
 * import { sourceDocuments } from "collegiate";
 *
 * sourceDocuments["lnct-agreement"].title;
 * // "LNCT Agreement on Sharing Classroom Experience"
 * ```
 */
export const sourceDocuments = {
  "joint-school-sharing": {
    title: "School-based Teachers' Professional Experience Sharing: Suggested Workflow",
    clauses: "S1–S9",
  },
  "sharing-learning-experiences": {
    title: "Sharing Learning Experiences",
    clauses: "H1–H6",
  },
  "learning-communities": {
    title: "School-Based Support Services (Learning Communities mode): General Information and Points to Note",
    clauses: "L1–L6",
  },
  "peer-coaching-programme": {
    title: "Peer Coaching Programme at a Glance",
    clauses: "P1–P7",
  },
  "lnct-agreement": {
    title: "LNCT Agreement on Sharing Classroom Experience",
    clauses: "A0–A9",
  },
} as const satisfies Record<string, { title: string; clauses: string }>;

/**
 * Schema of a source document id: one of the keys of {@link sourceDocuments}.
 *
 * @example
 * ```ts
 * import { SourceDocumentIdSchema } from "collegiate";
 *
 * SourceDocumentIdSchema.parse("lnct-agreement"); // "lnct-agreement"
 * ```
 */
export const SourceDocumentIdSchema = z.enum([
  "joint-school-sharing",
  "sharing-learning-experiences",
  "learning-communities",
  "peer-coaching-programme",
  "lnct-agreement",
]);

/**
 * The id of a source document, such as `"lnct-agreement"`.
 *
 * @example
 * ```ts
 * import type { SourceDocumentId } from "collegiate";
 *
 * const document: SourceDocumentId = "sharing-learning-experiences";
 * ```
 */
export type SourceDocumentId = z.infer<typeof SourceDocumentIdSchema>;

/**
 * Schema of a citation: which clause of which source document a check enforces.
 * Clause ids are those of the domain file: `S1`…`S9`, `H1`…`H6`, `L1`…`L6`,
 * `P1`…`P7`, `A0`…`A9`.
 *
 * @example
 * ```ts
 * import { SourceRefSchema } from "collegiate";
 *
 * SourceRefSchema.parse({ document: "lnct-agreement", clause: "A3" });
 * ```
 */
export const SourceRefSchema = z.strictObject({
  document: SourceDocumentIdSchema,
  clause: z.string().regex(/^[SHLPA]\d$/, "a clause id such as A3, H5 or S8"),
});

/**
 * A citation of one clause of one source document.
 *
 * @example
 * ```ts
 * import type { SourceRef } from "collegiate";
 *
 * const cites: SourceRef = { document: "lnct-agreement", clause: "A3" };
 * ```
 */
export type SourceRef = z.infer<typeof SourceRefSchema>;
