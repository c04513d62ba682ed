/**
 * POST /v1/orgs/{slug}/assessments/{country}/{cycle}/{item}/submit, /return and
 * /publish: the review steps of the editor, through the same service, each
 * naming the version it acts on in If-Match.
 */
import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { Actor } from "../../../domain/accounts/types";
import type { Assessment } from "../../../domain/assessments/types";
import { ForbiddenError } from "../../../domain/auth/errors";
import { requestContext } from "../../auth/client";
import type { WebDeps } from "../../deps";
import { assessmentRecord, keyOf, presentAssessment, workingAssessment } from "./write-assessments";
import { answering, expectedVersion, tagVersion } from "./write-http";
import { errorResponses, RESPONSES, workspaceRoute } from "./write-openapi";
import { assessmentParams, ifMatchHeaders, ReturnSchema } from "./write-schemas";

const BASE = "/v1/orgs/{slug}/assessments/{country}/{cycle}/{item}";

const responses = {
  200: assessmentRecord("Done: the new version."),
  ...errorResponses(400, 401, 403, 404, 409, 412, 428, 429),
};

/**
 * Four eyes, answered as a permission (403) rather than a state problem; the
 * service refuses the same publication again inside its own checks.
 */
function assertSecondPerson(actor: Actor, a: Assessment) {
  if (a.editedBy === actor.user?.id || a.submittedBy === actor.user?.id)
    throw new ForbiddenError("A reviewer must be someone other than the author (four eyes): you last edited or submitted this.");
}

export function reviewWriteRoutes(api: OpenAPIHono, deps: WebDeps) {
  const origin = deps.config.publicOrigin;

  api.openapi(
    createRoute({
      method: "post",
      path: `${BASE}/submit`,
      ...workspaceRoute(deps),
      summary: "Send a draft for review",
      description: "Draft → in review (contributors and up). 409 when it is not a draft.",
      request: { params: assessmentParams, headers: ifMatchHeaders },
      responses,
    }),
    (c) =>
      answering(c, async () => {
        const params = c.req.valid("param");
        const org = await deps.accounts.organisationBySlug(params.slug);
        const a = await workingAssessment(deps, org, keyOf(params));
        const next = await deps.assessments.submit(c.get("actor"), a.id, expectedVersion(c, a.version), requestContext(c));
        tagVersion(c, next.version);
        return c.json(presentAssessment(origin, org, next), 200);
      }),
  );

  api.openapi(
    createRoute({
      method: "post",
      path: `${BASE}/return`,
      ...workspaceRoute(deps),
      summary: "Return an assessment in review to its authors",
      description: "In review → draft, with a comment saying what needs to change (reviewers and admins).",
      request: {
        params: assessmentParams,
        headers: ifMatchHeaders,
        body: { required: true, content: { "application/json": { schema: ReturnSchema } } },
      },
      responses: { ...responses, 422: RESPONSES[422] },
    }),
    (c) =>
      answering(c, async () => {
        const params = c.req.valid("param");
        const org = await deps.accounts.organisationBySlug(params.slug);
        const a = await workingAssessment(deps, org, keyOf(params));
        const version = expectedVersion(c, a.version);
        const next = await deps.assessments.returnToDraft(
          c.get("actor"),
          a.id,
          version,
          c.req.valid("json").comment,
          requestContext(c),
        );
        tagVersion(c, next.version);
        return c.json(presentAssessment(origin, org, next), 200);
      }),
  );

  api.openapi(
    createRoute({
      method: "post",
      path: `${BASE}/publish`,
      ...workspaceRoute(deps),
      summary: "Publish an assessment in review",
      description:
        "In review → published (reviewers and admins), by someone other than the person who last edited or submitted it (four eyes: 403). Earlier publications stay in the public history.",
      request: { params: assessmentParams, headers: ifMatchHeaders },
      responses,
    }),
    (c) =>
      answering(c, async () => {
        const params = c.req.valid("param");
        const actor = c.get("actor");
        const org = await deps.accounts.organisationBySlug(params.slug);
        const a = await workingAssessment(deps, org, keyOf(params));
        const version = expectedVersion(c, a.version);
        assertSecondPerson(actor, a);
        const next = await deps.assessments.publish(actor, a.id, version, requestContext(c));
        tagVersion(c, next.version);
        return c.json(presentAssessment(origin, org, next), 200);
      }),
  );
}
