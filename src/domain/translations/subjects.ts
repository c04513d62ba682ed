/**
 * The record a translator asks for, found under the same visibility rules as
 * everywhere else, then checked against who may translate it:
 *
 * - framework items and the packs' own evidence: superadmins (framework.translate);
 * - an organisation's evidence and published assessments: its contributors,
 *   reviewers and admins (content.translate).
 *
 * Confidential evidence the person may not see, and unpublished assessments of
 * another organisation, are "not found": a refusal would show they exist.
 */
import type { Actor, Organisation } from "../accounts/types";
import type { Publication } from "../assessments/types";
import { ForbiddenError } from "../auth/errors";
import { NotFoundError } from "../errors";
import { evidenceAccess } from "../evidence/access";
import type { Evidence, Visibility } from "../evidence/types";
import { KIND_LABELS } from "../framework/catalogue";
import type { FrameworkItem } from "../framework/types";
import { can, roleIn } from "../policy";
import type { Repositories } from "../ports";
import { TranslationError } from "./errors";
import { assessmentFields, evidenceFields, type FieldTexts, frameworkItemFields } from "./fields";
import { DEFAULT_ORIGINAL_LANGUAGE } from "./reader";
import { type ContentRef, type ContentTranslation, refKey } from "./types";

export type SubjectRecord =
  | { type: "framework_item"; item: FrameworkItem }
  | { type: "evidence"; evidence: Evidence }
  | { type: "assessment"; publication: Publication };

export interface Subject {
  ref: ContentRef;
  record: SubjectRecord;
  /** The record's own title, to name it (in its original language). */
  label: string;
  /** The language of the original. */
  lang: string;
  fields: FieldTexts;
  /** Every translation of it, into any language. */
  translations: ContentTranslation[];
  /** The owning organisation; null for the framework and its packs' evidence. */
  organisation: Organisation | null;
  visibility: Visibility;
  /** Where people read the record. */
  path: string;
}

/** Evidence the person may see: public, or confidential of one of their organisations at their role's level. */
async function visibleEvidence(repos: Repositories, actor: Actor, id: string): Promise<Evidence | undefined> {
  const found = await repos.evidence.getEvidence(id, ["public"]);
  if (found) return found;
  for (const m of actor.memberships) {
    const own = await repos.evidence.getEvidence(id, [], evidenceAccess(actor, m.organisationId));
    if (own) return own;
  }
  return undefined;
}

async function organisationOf(repos: Repositories, id: string | null): Promise<Organisation | null> {
  if (!id) return null;
  return (await repos.accounts.getOrganisation(id)) ?? null;
}

async function recordOf(
  repos: Repositories,
  actor: Actor,
  ref: ContentRef,
): Promise<Omit<Subject, "lang" | "translations" | "ref">> {
  if (ref.type === "framework_item") {
    const item = await repos.framework.getItem(ref.id);
    if (!item) throw new NotFoundError("frameworkItem", ref.id);
    return {
      record: { type: ref.type, item },
      label: item.title,
      fields: frameworkItemFields(item),
      organisation: null,
      visibility: "public",
      path: `/${KIND_LABELS[item.kind].path}/${item.id}`,
    };
  }
  if (ref.type === "evidence") {
    const evidence = await visibleEvidence(repos, actor, ref.id);
    if (!evidence) throw new NotFoundError("evidenceRecord", ref.id);
    const organisation = await organisationOf(repos, evidence.organisationId);
    const confidential = evidence.visibility !== "public" && organisation;
    return {
      record: { type: ref.type, evidence },
      label: evidence.title,
      fields: evidenceFields(evidence),
      organisation,
      visibility: evidence.visibility,
      path: confidential ? `/orgs/${organisation.slug}/evidence/${evidence.id}` : `/evidence/${evidence.id}`,
    };
  }
  const assessment = await repos.assessments.get(ref.id);
  const publications = assessment ? await repos.assessments.listPublications(assessment.id) : [];
  const publication = publications.at(-1);
  // Drafts are their organisation's business: to anyone else an unpublished assessment does not exist.
  if (!assessment || (!publication && roleIn(actor, assessment.organisationId) === null))
    throw new NotFoundError("assessment", ref.id);
  if (!publication) throw TranslationError.notPublished();
  const item = await repos.framework.getItem(assessment.itemId);
  return {
    record: { type: ref.type, publication },
    label: `${assessment.countryIso3}: ${item?.title ?? assessment.itemId}`,
    fields: assessmentFields(publication.snapshot.narrative),
    organisation: await organisationOf(repos, assessment.organisationId),
    visibility: "public",
    path: `/assessments/${encodeURIComponent(assessment.id)}`,
  };
}

/** Whether this person may translate a record owned by `organisation` (null: the framework). */
export function mayTranslate(actor: Actor, organisation: Organisation | null): boolean {
  return organisation ? can(actor, "content.translate", organisation) : can(actor, "framework.translate");
}

/** The record, its fields and translations, if the person may translate it; otherwise NotFound or Forbidden. */
export async function translatableSubject(repos: Repositories, actor: Actor, ref: ContentRef): Promise<Subject> {
  if (!actor.user) throw new ForbiddenError();
  const found = await recordOf(repos, actor, ref);
  if (!mayTranslate(actor, found.organisation)) throw new ForbiddenError();
  const loaded = await repos.translations.load([ref]);
  return {
    ...found,
    ref,
    lang: loaded.languages.get(refKey(ref)) ?? DEFAULT_ORIGINAL_LANGUAGE,
    translations: loaded.translations,
  };
}
