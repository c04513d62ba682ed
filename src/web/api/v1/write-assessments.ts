/**
 * GET and PUT /v1/orgs/{slug}/assessments/{country}/{cycle}/{item}: the
 * organisation's working assessment (the draft, or what is in review or
 * published), saved through the same assessment service as the editor.
 */
import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { Organisation } from "../../../domain/accounts/types";
import type { Assessment } from "../../../domain/assessments/types";
import { ForbiddenError } from "../../../domain/auth/errors";
import { NotFoundError } from "../../../domain/errors";
import { can } from "../../../domain/policy";
import { requestContext } from "../../auth/client";
import type { WebDeps } from "../../deps";
import { answering, expectedVersion, tagVersion } from "./write-http";
import { errorResponses, VERSION_HEADERS, workspaceRoute } from "./write-openapi";
import { AssessmentRecordSchema, AssessmentWriteSchema, assessmentParams, putAssessmentHeaders } from "./write-schemas";

export const assessmentRecord = (description: string) => ({
  description,
  headers: VERSION_HEADERS,
  content: { "application/json": { schema: AssessmentRecordSchema } },
});

/** The assessment's key from the path, the country upper-cased as stored. */
export const keyOf = (p: { country: string; cycle: string; item: string }) => ({
  countryIso3: p.country.toUpperCase(),
  cycleId: p.cycle,
  itemId: p.item,
});

/** The organisation's assessment at this key, or 404. */
export async function workingAssessment(deps: WebDeps, org: Organisation, key: ReturnType<typeof keyOf>): Promise<Assessment> {
  const a = await deps.repos.assessments.find({ ...key, organisationId: org.id });
  if (!a) throw new NotFoundError("assessment", `${key.countryIso3}/${key.cycleId}/${key.itemId}`);
  return a;
}

export function presentAssessment(origin: string, org: Organisation, a: Assessment) {
  const path = `orgs/${org.slug}/assess/${a.countryIso3}/${a.cycleId}/${a.itemId}`;
  return {
    data: {
      id: a.id,
      country: a.countryIso3,
      cycle: a.cycleId,
      item: a.itemId,
      reviewState: a.reviewState,
      version: a.version,
      status: a.status,
      narrative: a.narrative,
      confidence: a.confidence,
      obstacles: a.obstacles,
      enablers: a.enablers,
      evidenceIds: a.evidenceIds,
      createdAt: a.createdAt,
      updatedAt: a.updatedAt,
    },
    links: {
      self: `${origin}/api/v1/orgs/${org.slug}/assessments/${a.countryIso3}/${a.cycleId}/${a.itemId}`,
      html: `${origin}/${path}`,
    },
  };
}

export function assessmentWriteRoutes(api: OpenAPIHono, deps: WebDeps) {
  const origin = deps.config.publicOrigin;
  const path = "/v1/orgs/{slug}/assessments/{country}/{cycle}/{item}";

  api.openapi(
    createRoute({
      method: "get",
      path,
      ...workspaceRoute(deps),
      summary: "Read your organisation's working assessment",
      description:
        "The current version of the organisation's assessment of one item for one country and cycle, whatever its review state. `evidenceIds` may name restricted records your role does not let you open; keep them when you save. Read tokens may use it.",
      request: { params: assessmentParams },
      responses: {
        200: assessmentRecord("The assessment."),
        304: { description: "Not modified: If-None-Match names the current version." },
        ...errorResponses(400, 401, 403, 404, 429),
      },
    }),
    async (c) => {
      const params = c.req.valid("param");
      const org = await deps.accounts.organisationBySlug(params.slug);
      const a = await workingAssessment(deps, org, keyOf(params));
      tagVersion(c, a.version);
      return c.json(presentAssessment(origin, org, a), 200);
    },
  );

  api.openapi(
    createRoute({
      method: "put",
      path,
      ...workspaceRoute(deps),
      summary: "Save a draft of your organisation's assessment",
      description:
        "Creates the assessment (send `If-None-Match: *`) or saves a new draft of it (send the ETag you read in If-Match), as the editor's Save does: contributors and up, an open cycle, factors from the list, public evidence or the organisation's own. Saving an assessment that is in review or published makes it a draft again; the published version stays public until the next publication.",
      request: {
        params: assessmentParams,
        headers: putAssessmentHeaders,
        body: { required: true, content: { "application/json": { schema: AssessmentWriteSchema } } },
      },
      responses: {
        200: assessmentRecord("Saved: the new version."),
        201: assessmentRecord("Created: version 1."),
        ...errorResponses(400, 401, 403, 404, 409, 412, 422, 428, 429),
      },
    }),
    (c) =>
      answering(c, async () => {
        const params = c.req.valid("param");
        const actor = c.get("actor");
        const org = await deps.accounts.organisationBySlug(params.slug);
        if (!can(actor, "assessment.edit", org)) throw new ForbiddenError();
        const key = keyOf(params);
        const existing = await deps.repos.assessments.find({ ...key, organisationId: org.id });
        const version = expectedVersion(c, existing?.version);
        const saved = await deps.assessments.save(actor, org, key, c.req.valid("json"), version, requestContext(c));
        const answer = presentAssessment(origin, org, saved);
        tagVersion(c, saved.version);
        if (existing) return c.json(answer, 200);
        c.header("Location", answer.links.self);
        return c.json(answer, 201);
      }),
  );
}
