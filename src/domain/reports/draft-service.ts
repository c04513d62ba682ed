/**
 * Shadow report drafts with versions. A draft is created from (organisation,
 * country, cycle, template, language, audience); its first version holds the
 * generated executive summary and recommendations, which people then rewrite.
 * Every save names the version it edited (compare-and-swap) and adds a new
 * one, so nothing is ever overwritten, and is audit-logged in the same
 * transaction. Only the organisation's members see its drafts; contributors
 * and up write them.
 */
import { msg } from "../../i18n/message";
import type { Actor, Organisation } from "../accounts/types";
import { auditEntry } from "../audit/entry";
import type { RequestContext } from "../auth/auth-service";
import { ForbiddenError } from "../auth/errors";
import { NotFoundError } from "../errors";
import { can } from "../policy";
import type { Repositories } from "../ports";
import { checkNewDraft, checkTexts, type DraftSpec, type NewDraftInput } from "./draft-checks";
import { DraftConflictError } from "./errors";
import type { DraftTexts, ReportDraft, ReportDraftVersion } from "./types";

export {
  type DraftSpec,
  MAX_NOTE,
  MAX_RECOMMENDATIONS,
  MAX_SUMMARY,
  MAX_WORD_LIMIT,
  type NewDraftInput,
  TEMPLATE_LABELS,
} from "./draft-checks";

/**
 * Generates the first version's texts from the published assessments, with
 * the actor's rights (an internal report reads what their role may see).
 * Throws a FormError when there is nothing to report.
 */
export type GenerateTexts = (spec: DraftSpec, actor: Actor) => Promise<DraftTexts>;

export interface DraftServiceDeps {
  repos: Repositories;
  newId(): string;
  generate: GenerateTexts;
}

export function reportDraftService({ repos, newId, generate }: DraftServiceDeps) {
  /** Members read; anyone else is told there is nothing here, so drafts' existence does not leak. */
  function mayRead(actor: Actor, org: Organisation) {
    if (!can(actor, "organisation.report.read", org)) throw new NotFoundError("reportDrafts", org.slug);
  }
  function mayEdit(actor: Actor, org: Organisation) {
    mayRead(actor, org);
    if (!can(actor, "report.edit", org)) throw new ForbiddenError(msg("reports.onlyEditorsOf", { name: org.name }));
  }
  async function draftOf(org: Organisation, id: string): Promise<ReportDraft> {
    const draft = await repos.reportDrafts.get(id);
    if (!draft || draft.organisationId !== org.id) throw new NotFoundError("reportDraft", id);
    return draft;
  }
  async function versionOf(draft: ReportDraft, n: number): Promise<ReportDraftVersion> {
    const v = await repos.reportDrafts.getVersion(draft.id, n);
    if (!v) throw new NotFoundError("version", `${draft.id}/${n}`);
    return v;
  }

  const audit = (tx: Repositories, ctx: RequestContext, actor: Actor, draft: ReportDraft, action: string, after: unknown) =>
    // The texts stay out of the log: an internal report's may be confidential, and superadmins read the log.
    tx.audit.append(
      auditEntry(ctx, actor.user, {
        organisationId: draft.organisationId,
        action,
        entityType: "report_draft",
        entityId: draft.id,
        after,
      }),
    );

  return {
    async create(actor: Actor, org: Organisation, input: NewDraftInput, ctx: RequestContext): Promise<ReportDraft> {
      mayEdit(actor, org);
      const { spec, title } = await checkNewDraft(repos, org, input);
      const texts = await generate(spec, actor);
      const at = ctx.now.toISOString();
      const draft: ReportDraft = {
        id: newId(),
        organisationId: org.id,
        countryIso3: spec.country.iso3,
        cycleId: spec.cycle.id,
        template: spec.template,
        lang: spec.lang,
        audience: spec.audience,
        coalitionIds: spec.coalition.map((o) => o.id),
        wordLimit: spec.wordLimit,
        title,
        createdBy: actor.user!.id,
        createdAt: at,
        currentVersion: 1,
        updatedAt: at,
      };
      const first: ReportDraftVersion = {
        draftId: draft.id,
        version: 1,
        ...texts,
        note: "",
        savedBy: draft.createdBy,
        savedAt: at,
      };
      await repos.transaction(async (tx) => {
        await tx.reportDrafts.create(draft, first);
        const { template, lang, audience, countryIso3, cycleId } = draft;
        await audit(tx, ctx, actor, draft, "report_draft.create", { template, lang, audience, countryIso3, cycleId, version: 1 });
      });
      return draft;
    },

    /** Saves a new version on top of `expectedVersion`; a stale one throws DraftConflictError and stores nothing. */
    async save(
      actor: Actor,
      org: Organisation,
      draftId: string,
      expectedVersion: number,
      input: DraftTexts & { note: string },
      ctx: RequestContext,
    ): Promise<ReportDraftVersion> {
      mayEdit(actor, org);
      const draft = await draftOf(org, draftId);
      const texts = checkTexts(input);
      const stale = async () =>
        new DraftConflictError(await versionOf(draft, (await draftOf(org, draftId)).currentVersion), texts);
      if (draft.currentVersion !== expectedVersion) throw await stale();
      const next: ReportDraftVersion = {
        draftId,
        version: expectedVersion + 1,
        ...texts,
        savedBy: actor.user!.id,
        savedAt: ctx.now.toISOString(),
      };
      const saved = await repos.transaction(async (tx) => {
        if (!(await tx.reportDrafts.addVersion(next, expectedVersion))) return false;
        await audit(tx, ctx, actor, draft, "report_draft.save", { version: next.version });
        return true;
      });
      if (!saved) throw await stale();
      return next;
    },

    async list(actor: Actor, org: Organisation): Promise<ReportDraft[]> {
      mayRead(actor, org);
      return repos.reportDrafts.listForOrganisation(org.id);
    },

    /** A draft with one of its versions (the current one unless `version` is given). */
    async get(actor: Actor, org: Organisation, draftId: string, version?: number) {
      mayRead(actor, org);
      const draft = await draftOf(org, draftId);
      return { draft, version: await versionOf(draft, version ?? draft.currentVersion) };
    },

    async versions(actor: Actor, org: Organisation, draftId: string): Promise<ReportDraftVersion[]> {
      mayRead(actor, org);
      return repos.reportDrafts.listVersions((await draftOf(org, draftId)).id);
    },

    canEdit: (actor: Actor, org: Organisation) => can(actor, "report.edit", org),
  };
}

export type ReportDraftService = ReturnType<typeof reportDraftService>;
