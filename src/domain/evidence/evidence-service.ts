/** Evidence recorded by organisations: typed, sourced, linked, with a visibility. */
import { type Message, msg } from "../../i18n/message";
import type { Actor, Organisation } from "../accounts/types";
import { auditEntry } from "../audit/entry";
import type { RequestContext } from "../auth/auth-service";
import { ForbiddenError, FormError } from "../auth/errors";
import { DomainError, NotFoundError } from "../errors";
import { can } from "../policy";
import type { Repositories, VersionedEvidence } from "../ports";
import { indexEvidence } from "../search/search-index";
import { normaliseLanguage } from "../translations/languages";
import { evidenceAccess } from "./access";
import { EVIDENCE_TYPES, type Evidence, type EvidenceSource, type EvidenceType, VISIBILITIES, type Visibility } from "./types";

export interface EvidenceInput {
  type: string;
  title: string;
  summary: string;
  countryIso3: string;
  date: string;
  visibility: string;
  sources: Partial<Record<keyof EvidenceSource, string>>[];
  links: string[];
  /** "Language of this text" (BCP 47), recorded on create; English when not given. */
  language?: string;
}

const PARTIAL_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** Checks every field and id as the form and the API submit them; returns clean values or throws a FormError listing each problem. */
async function validate(repos: Repositories, actor: Actor, org: Organisation, input: EvidenceInput) {
  const problems: Record<string, Message> = {};
  if (!(EVIDENCE_TYPES as readonly string[]).includes(input.type)) problems.type = msg("workspace.problem.chooseKind");
  const title = input.title.trim();
  if (title.length < 3 || title.length > 300) problems.title = msg("workspace.problem.titleLength", { min: 3, max: 300 });
  const summary = input.summary.trim();
  if (summary.length < 1 || summary.length > 5000) problems.summary = msg("workspace.problem.summaryLength", { max: 5000 });
  const country = input.countryIso3.trim().toUpperCase();
  if (!(await repos.countries.getCountry(country))) problems.countryIso3 = msg("workspace.problem.chooseCountry");
  const date = input.date.trim();
  if (date && !PARTIAL_DATE.test(date)) problems.date = msg("workspace.problem.dateFormat");
  if (!(VISIBILITIES as readonly string[]).includes(input.visibility))
    problems.visibility = msg("workspace.problem.chooseVisibility");
  // Restricted records are for reviewers and admins: a contributor could not see what they saved.
  else if (input.visibility === "restricted" && !can(actor, "assessment.review", org))
    problems.visibility = msg("workspace.problem.restrictedForReviewers");
  const sources: EvidenceSource[] = [];
  input.sources.forEach((raw, i) => {
    const s = Object.fromEntries(
      Object.entries(raw)
        .map(([k, v]) => [k, (v ?? "").trim()])
        .filter(([, v]) => v),
    ) as Record<string, string>;
    if (Object.keys(s).length === 0) return;
    const n = i + 1;
    if (!s.title) problems[`sources.${i}.title`] = msg("workspace.problem.sourceTitle", { n });
    if (s.url && !/^https?:\/\/[^\s]+$/.test(s.url)) problems[`sources.${i}.url`] = msg("workspace.problem.sourceUrl", { n });
    if (s.date && !PARTIAL_DATE.test(s.date)) problems[`sources.${i}.date`] = msg("workspace.problem.sourceDate", { n });
    if (s.quotation && s.quotation.length > 500)
      problems[`sources.${i}.quotation`] = msg("workspace.problem.sourceQuotation", { n, max: 500 });
    sources.push(s as unknown as EvidenceSource);
  });
  if (sources.length === 0) problems["sources.0.title"] = msg("workspace.problem.sourceNeeded");
  if (input.language?.trim() && !normaliseLanguage(input.language)) problems.language = msg("workspace.problem.textLanguage");
  const links = [...new Set(input.links)];
  const items = await repos.framework.listItems({ ids: links });
  if (links.length === 0 || items.length !== links.length) problems.links = msg("workspace.problem.linkNeeded");
  if (Object.keys(problems).length) throw new FormError(problems);
  return {
    type: input.type as EvidenceType,
    title,
    summary,
    countryIso3: country,
    date: date || null,
    visibility: input.visibility as Visibility,
    sources,
    links: links.sort(),
  };
}

/** What the audit log may hold of a record: its content when public, only its visibility otherwise (superadmins read the log). */
const loggable = (e: Pick<Evidence, "visibility" | "title" | "type" | "countryIso3">) =>
  e.visibility === "public" ? { title: e.title, type: e.type, country: e.countryIso3 } : { visibility: e.visibility };

/** Someone updated the record since this version was read: nothing was overwritten. */
export class EvidenceConflictError extends DomainError {
  readonly code = "conflict";
  constructor(readonly current: VersionedEvidence) {
    super(msg("workspace.problem.evidenceConflict", { version: current.version }));
    this.name = "EvidenceConflictError";
  }
}

export function evidenceService(repos: Repositories, newId: () => string) {
  return {
    async create(actor: Actor, org: Organisation, input: EvidenceInput, ctx: RequestContext): Promise<Evidence> {
      if (!actor.user || !can(actor, "assessment.edit", org)) throw new ForbiddenError();
      const content = await validate(repos, actor, org, input);
      const now = ctx.now.toISOString();
      const evidence: Evidence = {
        id: newId(),
        packId: null,
        organisationId: org.id,
        ...content,
        body: null,
        citation: null,
        createdAt: now,
        updatedAt: now,
      };
      await repos.transaction(async (tx) => {
        await tx.evidence.create(evidence, actor.user!.id);
        const language = normaliseLanguage(input.language ?? "");
        if (language) await tx.translations.setOriginalLanguage({ type: "evidence", id: evidence.id }, language);
        await indexEvidence(tx, [evidence]);
        await tx.audit.append(
          auditEntry(ctx, actor.user, {
            organisationId: org.id,
            action: "evidence.create",
            entityType: "evidence",
            entityId: evidence.id,
            after: loggable(evidence),
          }),
        );
      });
      return evidence;
    },

    /**
     * Replaces one of the organisation's records if it is still at
     * `expectedVersion`, with the same rules as recording it. A record the
     * person may not see (another organisation's, or restricted for a
     * contributor) is not found.
     */
    async update(
      actor: Actor,
      org: Organisation,
      id: string,
      input: EvidenceInput,
      expectedVersion: number,
      ctx: RequestContext,
    ): Promise<VersionedEvidence> {
      if (!actor.user || !can(actor, "assessment.edit", org)) throw new ForbiddenError();
      const existing = await ownEvidence(repos, actor, org, id);
      const content = await validate(repos, actor, org, input);
      if (existing.version !== expectedVersion) throw new EvidenceConflictError(existing);
      const next: VersionedEvidence = {
        ...existing,
        ...content,
        updatedAt: ctx.now.toISOString(),
        version: existing.version + 1,
      };
      await repos.transaction(async (tx) => {
        if (!(await tx.evidence.update(next, expectedVersion)))
          throw new EvidenceConflictError(await ownEvidence(tx, actor, org, id).catch(() => existing));
        await indexEvidence(tx, [next]);
        await tx.audit.append(
          auditEntry(ctx, actor.user, {
            organisationId: org.id,
            action: "evidence.update",
            entityType: "evidence",
            entityId: id,
            before: loggable(existing),
            after: loggable(next),
          }),
        );
      });
      return next;
    },
  };
}

/** One of the organisation's own records, if this person may see it; otherwise not found. */
export async function ownEvidence(repos: Repositories, actor: Actor, org: Organisation, id: string): Promise<VersionedEvidence> {
  const access = evidenceAccess(actor, org.id);
  const found = await repos.evidence.getVersioned(id, ["public"], access);
  if (!found || found.organisationId !== org.id) throw new NotFoundError("evidenceRecord", id);
  return found;
}

export type EvidenceService = ReturnType<typeof evidenceService>;
