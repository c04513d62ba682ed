/**
 * Request and response shapes of the write API. Bodies are checked here only
 * for their JSON shape (a wrong type is a 400 naming the field); what the
 * values mean is checked by the same services as the forms, which answer 422
 * with the forms' words. Missing text fields read as empty, so that the service
 * names them ("Give a title of 3 to 300 characters.").
 */
import { z } from "@hono/zod-openapi";
import { STATUSES } from "../../../domain/assessments/types";
import { EVIDENCE_TYPES, VISIBILITIES } from "../../../domain/evidence/types";

const SAFE_ID = /^[A-Za-z0-9_-]{1,128}$/;
const ID_REASON = "must be 1 to 128 letters, digits, hyphens or underscores";
const pathId = (name: string, example: string, description?: string) =>
  z
    .string()
    .regex(SAFE_ID, { message: ID_REASON })
    .openapi({ param: { name, in: "path" }, example, ...(description ? { description } : {}) });

const slug = pathId("slug", "cso-kenya", "The organisation's short name.");

export const orgParams = z.object({ slug });
export const evidenceParams = z.object({ slug, id: pathId("id", "0192f7c4a1b27f3c9e5d1a2b3c4d5e6f") });
export const assessmentParams = z.object({
  slug,
  country: z
    .string()
    .regex(/^[A-Za-z]{3}$/, { message: "must be an ISO 3166-1 alpha-3 country code such as KEN" })
    .openapi({ param: { name: "country", in: "path" }, example: "KEN", description: "ISO 3166-1 alpha-3, any case." }),
  cycle: pathId("cycle", "2025", "The assessment cycle's id."),
  item: pathId("item", "s02-o2", "The commitment or practical option assessed."),
});

export const ifMatchHeaders = z.object({
  "if-match": z
    .string()
    .optional()
    .openapi({ description: 'The ETag of the version you edited, e.g. `"v3"`. Required: 428 without it, 412 when stale.' }),
});

export const putAssessmentHeaders = ifMatchHeaders.extend({
  "if-none-match": z
    .string()
    .optional()
    .openapi({ description: "`*` to create the assessment: refused with 412 if it exists already." }),
});

const text = (description: string, example?: string) =>
  z
    .string()
    .max(100_000, { message: "is far too long" })
    .default("")
    .openapi({ description, ...(example ? { example } : {}) });
const language = z.string().max(35, { message: "is too long for a language tag" }).optional().openapi({
  description:
    "The language the texts are written in, as a BCP 47 tag (fr, es-CO). Recorded when the record is created, so that others can translate it; English when left out. Ignored on later saves.",
  example: "fr",
});
const ids = (description: string, max: number, example?: string[]) =>
  z
    .array(z.string().max(128, { message: "holds an id that is too long" }))
    .max(max, { message: `may list at most ${max} ids` })
    .default([])
    .openapi({ description, ...(example ? { example } : {}) });

export const SourceWriteSchema = z
  .object({
    title: text("Required.", "Online Safety Act 2021"),
    publisher: text("Who published it."),
    url: text("http:// or https:// address."),
    date: text("2024, 2024-05 or 2024-05-31."),
    locator: text("Page, section or paragraph."),
    quotation: text("A short quotation (under 500 characters)."),
  })
  .openapi("EvidenceSourceWrite");

export const EvidenceWriteSchema = z
  .object({
    type: text(`One of ${EVIDENCE_TYPES.join(", ")}.`, "law"),
    title: text("3 to 300 characters.", "Computer Misuse and Cybercrimes Act"),
    summary: text(
      "Up to 5,000 characters.",
      "Makes cyber harassment and the sharing of intimate images without consent offences.",
    ),
    countryIso3: text("The UN member state it is about (ISO 3166-1 alpha-3).", "KEN"),
    date: text("2024, 2024-05 or 2024-05-31; may be empty."),
    visibility: text(`One of ${VISIBILITIES.join(", ")}. Only reviewers and admins record restricted evidence.`, "organisation"),
    sources: z
      .array(SourceWriteSchema)
      .max(20, { message: "may list at most 20 sources" })
      .default([])
      .openapi({ description: "At least one, each with a title.", example: [{ title: "Kenya Gazette Supplement No. 60" }] }),
    links: ids("Ids of the commitments, options or factors it bears on: at least one.", 200, ["s02-o2"]),
    language,
  })
  .openapi("EvidenceWrite");

export const AssessmentWriteSchema = z
  .object({
    status: text(`One of ${STATUSES.join(", ")}.`, "in_progress"),
    narrative: text("Markdown, up to 20,000 characters."),
    confidence: text("low, medium or high.", "medium"),
    obstacles: ids("Factor ids named as obstacles.", 50),
    enablers: ids("Factor ids named as enablers.", 50),
    evidenceIds: ids("Public evidence or your organisation's own.", 200),
    language,
  })
  .openapi("AssessmentWrite");

export const ReturnSchema = z
  .object({ comment: text("What needs to change: required.", "Cite the court decision.") })
  .openapi("ReturnForChanges");

const SourceSchema = z
  .object({
    title: z.string(),
    publisher: z.string().optional(),
    url: z.string().optional(),
    date: z.string().optional(),
    locator: z.string().optional(),
    quotation: z.string().optional(),
  })
  .openapi("EvidenceSource");

const links = z.object({ self: z.string(), html: z.string() });

export const EvidenceRecordSchema = z
  .object({
    data: z.object({
      id: z.string(),
      type: z.enum(EVIDENCE_TYPES),
      title: z.string(),
      summary: z.string(),
      countryIso3: z.string().nullable(),
      date: z.string().nullable(),
      visibility: z.enum(VISIBILITIES),
      sources: z.array(SourceSchema),
      links: z.array(z.string()),
      version: z.number().int().openapi({ description: 'Also in the ETag header as `"v{version}"`.' }),
      createdAt: z.string(),
      updatedAt: z.string(),
    }),
    links,
  })
  .openapi("OrganisationEvidence");

export const AssessmentRecordSchema = z
  .object({
    data: z.object({
      id: z.string(),
      country: z.string(),
      cycle: z.string(),
      item: z.string(),
      reviewState: z.enum(["draft", "in_review", "published"]),
      version: z.number().int().openapi({ description: 'Also in the ETag header as `"v{version}"`.' }),
      status: z.string(),
      narrative: z.string(),
      confidence: z.string(),
      obstacles: z.array(z.string()),
      enablers: z.array(z.string()),
      evidenceIds: z.array(z.string()),
      createdAt: z.string(),
      updatedAt: z.string(),
    }),
    links,
  })
  .openapi("WorkingAssessment");

export const ProblemsErrorSchema = z
  .object({
    error: z.object({
      code: z.literal("invalid_input"),
      message: z.string(),
      problems: z
        .record(z.string(), z.string())
        .openapi({ description: "One plain sentence per field at fault, e.g. `title` or `sources.0.url`." }),
    }),
  })
  .openapi("ValidationError");

export const VersionErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: "version_mismatch" }),
      message: z.string(),
      currentVersion: z.number().int().optional().openapi({ description: "The stored version, when there is one." }),
    }),
  })
  .openapi("VersionError");
