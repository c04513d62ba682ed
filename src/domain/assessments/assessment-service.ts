/**
 * Writing, reviewing and publishing assessments. Every change names the version
 * it edited (compare-and-swap), goes up one version, and is audit-logged in the
 * same transaction. Publishing keeps every earlier published version.
 */

import { type Message, msg } from "../../i18n/message";
import type { Actor, Organisation } from "../accounts/types";
import { auditEntry } from "../audit/entry";
import type { RequestContext } from "../auth/auth-service";
import { ForbiddenError, FormError } from "../auth/errors";
import { NotFoundError } from "../errors";
import { can, roleIn } from "../policy";
import type { Repositories } from "../ports";
import { indexPublications } from "../search/search-index";
import { normaliseLanguage } from "../translations/languages";
import { ClosedCycleError, ConflictError } from "./errors";
import {
  type Assessment,
  type AssessmentContent,
  type AssessmentKey,
  CONFIDENCES,
  type Confidence,
  type Cycle,
  STATUSES,
  type Status,
} from "./types";

export const MAX_NARRATIVE = 20_000;

export interface AssessmentDeps {
  repos: Repositories;
  newId(): string;
  /** Stamped on every publication. */
  methodologyVersion: string;
}

/** Raw form input before validation. */
export interface ContentInput {
  status: string;
  narrative: string;
  confidence: string;
  obstacles: string[];
  enablers: string[];
  evidenceIds: string[];
  /** "Language of this text" (BCP 47), recorded when the assessment is created; English when not given. */
  language?: string;
}

export function assessmentService({ repos, newId, methodologyVersion }: AssessmentDeps) {
  const iso = (d: Date) => d.toISOString();

  async function openCycle(id: string): Promise<Cycle> {
    const cycle = await repos.assessments.getCycle(id);
    if (!cycle) throw new NotFoundError("cycle", id);
    if (cycle.status === "closed") throw new ClosedCycleError(cycle.name);
    return cycle;
  }

  /** Checks every field and every id; returns clean content or throws a FormError listing each problem. */
  async function validate(org: Organisation, input: ContentInput): Promise<AssessmentContent> {
    const problems: Record<string, Message> = {};
    if (!(STATUSES as readonly string[]).includes(input.status)) problems.status = msg("workspace.problem.chooseStatus");
    if (!(CONFIDENCES as readonly string[]).includes(input.confidence))
      problems.confidence = msg("workspace.problem.chooseConfidence");
    if (input.language?.trim() && !normaliseLanguage(input.language))
      problems.language = msg("workspace.problem.narrativeLanguage");
    if (input.narrative.length > MAX_NARRATIVE)
      problems.narrative = msg("workspace.problem.narrativeTooLong", { max: MAX_NARRATIVE });
    const factorIds = [...new Set([...input.obstacles, ...input.enablers])];
    const factors = await repos.framework.listItems({ ids: factorIds });
    if (factors.length !== factorIds.length || factors.some((f) => f.kind !== "factor"))
      problems.obstacles = msg("workspace.problem.chooseFactors");
    const evidenceIds = [...new Set(input.evidenceIds)];
    for (const id of evidenceIds) {
      // Public evidence, or the organisation's own: never another organisation's confidential records.
      const e = await repos.evidence.getEvidence(id, ["public"], {
        organisationId: org.id,
        visibilities: ["organisation", "restricted"],
      });
      if (!e) {
        problems.evidence = msg("workspace.problem.evidenceNotYours");
        break;
      }
    }
    if (Object.keys(problems).length) throw new FormError(problems);
    return {
      status: input.status as Status,
      narrative: input.narrative.replace(/\r\n/g, "\n").trim(),
      confidence: input.confidence as Confidence,
      obstacles: [...new Set(input.obstacles)].sort(),
      enablers: [...new Set(input.enablers)].filter((f) => !input.obstacles.includes(f)).sort(),
      evidenceIds: evidenceIds.sort(),
    };
  }

  const contentOf = (a: Assessment): AssessmentContent => ({
    status: a.status,
    narrative: a.narrative,
    confidence: a.confidence,
    obstacles: a.obstacles,
    enablers: a.enablers,
    evidenceIds: a.evidenceIds,
  });

  const audit = (
    tx: Repositories,
    ctx: RequestContext,
    actor: Actor,
    a: Pick<Assessment, "id" | "organisationId">,
    action: string,
    before?: unknown,
    after?: unknown,
  ) =>
    tx.audit.append(
      auditEntry(ctx, actor.user, {
        organisationId: a.organisationId,
        action,
        entityType: "assessment",
        entityId: a.id,
        before,
        after,
      }),
    );

  async function assessmentFor(actor: Actor, id: string, policy: "assessment.edit" | "assessment.review") {
    const a = await repos.assessments.get(id);
    if (!a) throw new NotFoundError("assessment", id);
    const org = await repos.accounts.getOrganisation(a.organisationId);
    if (!org || !can(actor, policy, org)) throw new ForbiddenError();
    return { a, org };
  }

  /** Moves an assessment to a new state with a version check; the caller has authorised. */
  async function transition(tx: Repositories, a: Assessment, expectedVersion: number, changes: Partial<Assessment>, now: Date) {
    if (a.version !== expectedVersion) throw new ConflictError(a, contentOf(a));
    const next: Assessment = { ...a, ...changes, version: a.version + 1, updatedAt: iso(now) };
    if (!(await tx.assessments.update(next, expectedVersion))) {
      const theirs = await tx.assessments.get(a.id);
      throw new ConflictError(theirs ?? a, contentOf(a));
    }
    return next;
  }

  return {
    /** The editor's checks of one assessment's content, for callers that check many before saving any (imports). */
    validateContent: validate,

    /**
     * Creates (expectedVersion 0) or saves a draft. Saving a published assessment
     * starts its next version; the published one stays public until the next publication.
     */
    async save(
      actor: Actor,
      org: Organisation,
      key: Omit<AssessmentKey, "organisationId">,
      input: ContentInput,
      expectedVersion: number,
      ctx: RequestContext,
    ) {
      if (!actor.user || !can(actor, "assessment.edit", org)) throw new ForbiddenError();
      await openCycle(key.cycleId);
      const item = await repos.framework.getItem(key.itemId);
      if (!item || (item.kind !== "commitment" && item.kind !== "option")) throw new NotFoundError("assessableItem", key.itemId);
      if (!(await repos.countries.getCountry(key.countryIso3))) throw new NotFoundError("country", key.countryIso3);
      const content = await validate(org, input);
      return repos.transaction(async (tx) => {
        const existing = await tx.assessments.find({ ...key, organisationId: org.id });
        const now = iso(ctx.now);
        if (!existing) {
          if (expectedVersion !== 0) throw new NotFoundError("assessment", `${key.countryIso3}/${key.cycleId}/${key.itemId}`);
          const created: Assessment = {
            id: newId(),
            ...key,
            organisationId: org.id,
            ...content,
            reviewState: "draft",
            version: 1,
            editedBy: actor.user!.id,
            submittedBy: null,
            createdAt: now,
            updatedAt: now,
          };
          await tx.assessments.insert(created);
          const language = normaliseLanguage(input.language ?? "");
          if (language) await tx.translations.setOriginalLanguage({ type: "assessment", id: created.id }, language);
          await audit(tx, ctx, actor, created, "assessment.create", undefined, content);
          return created;
        }
        if (existing.version !== expectedVersion) throw new ConflictError(existing, content);
        const next: Assessment = {
          ...existing,
          ...content,
          reviewState: "draft",
          version: existing.version + 1,
          editedBy: actor.user!.id,
          submittedBy: null,
          updatedAt: now,
        };
        if (!(await tx.assessments.update(next, expectedVersion)))
          throw new ConflictError((await tx.assessments.get(existing.id)) ?? existing, content);
        await audit(tx, ctx, actor, existing, "assessment.update", contentOf(existing), content);
        return next;
      });
    },

    /** Draft → in review. */
    async submit(actor: Actor, id: string, expectedVersion: number, ctx: RequestContext) {
      const { a } = await assessmentFor(actor, id, "assessment.edit");
      await openCycle(a.cycleId);
      if (a.reviewState !== "draft") throw new FormError({ form: msg("workspace.problem.onlyDraftSent") });
      return repos.transaction(async (tx) => {
        const next = await transition(tx, a, expectedVersion, { reviewState: "in_review", submittedBy: actor.user!.id }, ctx.now);
        await audit(tx, ctx, actor, a, "assessment.submit");
        return next;
      });
    },

    /** In review → draft, with the reviewer's comment. */
    async returnToDraft(actor: Actor, id: string, expectedVersion: number, comment: string, ctx: RequestContext) {
      const { a } = await assessmentFor(actor, id, "assessment.review");
      await openCycle(a.cycleId);
      if (a.reviewState !== "in_review") throw new FormError({ form: msg("workspace.problem.onlyInReviewReturned") });
      if (!comment.trim()) throw new FormError({ comment: msg("workspace.problem.commentNeeded") });
      return repos.transaction(async (tx) => {
        const next = await transition(tx, a, expectedVersion, { reviewState: "draft" }, ctx.now);
        await tx.assessments.addComment({
          id: newId(),
          assessmentId: a.id,
          authorId: actor.user!.id,
          version: next.version,
          body: comment.trim(),
          createdAt: iso(ctx.now),
        });
        await audit(tx, ctx, actor, a, "assessment.return", undefined, { comment: comment.trim() });
        return next;
      });
    },

    /** In review → published, by someone other than its author. Earlier publications stay in the history. */
    async publish(actor: Actor, id: string, expectedVersion: number, ctx: RequestContext) {
      const { a } = await assessmentFor(actor, id, "assessment.review");
      await openCycle(a.cycleId);
      if (a.reviewState !== "in_review") throw new FormError({ form: msg("workspace.problem.sendForReviewFirst") });
      if (a.editedBy === actor.user!.id || a.submittedBy === actor.user!.id)
        throw new FormError({ form: msg("workspace.problem.fourEyes") });
      return repos.transaction(async (tx) => {
        const next = await transition(tx, a, expectedVersion, { reviewState: "published" }, ctx.now);
        const { organisationId, countryIso3, cycleId, itemId } = a;
        const publication = {
          assessmentId: a.id,
          version: next.version,
          snapshot: { organisationId, countryIso3, cycleId, itemId, ...contentOf(a) },
          publishedBy: actor.user!.id,
          publishedAt: iso(ctx.now),
          methodologyVersion,
        };
        await tx.assessments.addPublication(publication);
        await indexPublications(tx, [publication]);
        await audit(tx, ctx, actor, a, "assessment.publish", undefined, contentOf(a));
        return next;
      });
    },

    /**
     * A government's reply to a published assessment of its own country, by a
     * member of a government body of that country.
     */
    async reply(actor: Actor, assessmentId: string, organisation: Organisation, body: string, ctx: RequestContext) {
      const a = await repos.assessments.get(assessmentId);
      if (!a || (await repos.assessments.listPublications(a.id)).length === 0)
        throw new NotFoundError("publishedAssessment", assessmentId);
      if (
        !actor.user ||
        organisation.type !== "government_body" ||
        organisation.countryIso3 !== a.countryIso3 ||
        roleIn(actor, organisation.id) === null
      )
        throw new ForbiddenError(msg("public.reply.forbidden"));
      const text = body.trim();
      if (text.length < 1 || text.length > MAX_NARRATIVE) throw new FormError({ body: msg("public.reply.bodyProblem") });
      const now = iso(ctx.now);
      await repos.transaction(async (tx) => {
        await tx.assessments.upsertReply({
          id: newId(),
          assessmentId: a.id,
          organisationId: organisation.id,
          authorId: actor.user!.id,
          body: text,
          createdAt: now,
          updatedAt: now,
        });
        await audit(tx, ctx, actor, { id: a.id, organisationId: organisation.id }, "assessment.reply", undefined, { body: text });
      });
    },
  };
}

export type AssessmentService = ReturnType<typeof assessmentService>;
