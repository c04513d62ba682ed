/**
 * POST /v1/orgs/{slug}/evidence, GET and PUT /v1/orgs/{slug}/evidence/{id}: the
 * organisation's own evidence, including the confidential records the person's
 * role lets them see, through the same evidence service as the form.
 */
import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { Organisation } from "../../../domain/accounts/types";
import { ForbiddenError } from "../../../domain/auth/errors";
import { ownEvidence } from "../../../domain/evidence/evidence-service";
import { can } from "../../../domain/policy";
import type { VersionedEvidence } from "../../../domain/ports";
import { requestContext } from "../../auth/client";
import type { WebDeps } from "../../deps";
import { answering, expectedVersion, tagVersion } from "./write-http";
import { errorResponses, VERSION_HEADERS, workspaceRoute } from "./write-openapi";
import { EvidenceRecordSchema, EvidenceWriteSchema, evidenceParams, ifMatchHeaders, orgParams } from "./write-schemas";

const body = {
  required: true,
  content: { "application/json": { schema: EvidenceWriteSchema } },
};
const record = (description: string) => ({
  description,
  headers: VERSION_HEADERS,
  content: { "application/json": { schema: EvidenceRecordSchema } },
});

export function evidenceWriteRoutes(api: OpenAPIHono, deps: WebDeps) {
  const origin = deps.config.publicOrigin;
  const present = (org: Organisation, e: VersionedEvidence) => ({
    data: {
      id: e.id,
      type: e.type,
      title: e.title,
      summary: e.summary,
      countryIso3: e.countryIso3,
      date: e.date,
      visibility: e.visibility,
      sources: e.sources,
      links: e.links,
      version: e.version,
      createdAt: e.createdAt,
      updatedAt: e.updatedAt,
    },
    links: {
      self: `${origin}/api/v1/orgs/${org.slug}/evidence/${e.id}`,
      html: `${origin}/orgs/${org.slug}/evidence/${encodeURIComponent(e.id)}`,
    },
  });

  api.openapi(
    createRoute({
      method: "post",
      path: "/v1/orgs/{slug}/evidence",
      ...workspaceRoute(deps),
      summary: "Record evidence",
      description:
        "Records a piece of evidence for the organisation, as the evidence form does (contributors and up; restricted visibility for reviewers and admins). Answers 201 with the record, its URL in Location and its version in ETag.",
      request: { params: orgParams, body },
      responses: {
        201: { ...record("Recorded."), headers: { ...VERSION_HEADERS, Location: { schema: { type: "string" } } } },
        ...errorResponses(400, 401, 403, 404, 422, 429),
      },
    }),
    (c) =>
      answering(c, async () => {
        const org = await deps.accounts.organisationBySlug(c.req.valid("param").slug);
        const made = await deps.evidence.create(c.get("actor"), org, c.req.valid("json"), requestContext(c));
        const answer = present(org, { ...made, version: 1 });
        tagVersion(c, 1);
        c.header("Location", answer.links.self);
        return c.json(answer, 201);
      }),
  );

  api.openapi(
    createRoute({
      method: "get",
      path: "/v1/orgs/{slug}/evidence/{id}",
      ...workspaceRoute(deps),
      summary: "Read one of your organisation's evidence records",
      description:
        "Any visibility your role lets you see: members see `organisation` records, reviewers and admins also `restricted` ones. Read tokens may use it. The ETag is what a PUT sends in If-Match.",
      request: { params: evidenceParams },
      responses: {
        200: record("The record."),
        304: { description: "Not modified: If-None-Match names the current version." },
        ...errorResponses(400, 401, 403, 404, 429),
      },
    }),
    async (c) => {
      const { slug, id } = c.req.valid("param");
      const org = await deps.accounts.organisationBySlug(slug);
      const evidence = await ownEvidence(deps.repos, c.get("actor"), org, id);
      tagVersion(c, evidence.version);
      return c.json(present(org, evidence), 200);
    },
  );

  api.openapi(
    createRoute({
      method: "put",
      path: "/v1/orgs/{slug}/evidence/{id}",
      ...workspaceRoute(deps),
      summary: "Replace one of your organisation's evidence records",
      description:
        "Replaces every field, with the same rules as recording it. Send the ETag you read in If-Match: 428 without it, 412 (with `currentVersion`) when someone saved a newer version meanwhile; nothing is overwritten.",
      request: { params: evidenceParams, headers: ifMatchHeaders, body },
      responses: {
        200: record("Saved: the new version."),
        ...errorResponses(400, 401, 403, 404, 412, 422, 428, 429),
      },
    }),
    (c) =>
      answering(c, async () => {
        const { slug, id } = c.req.valid("param");
        const actor = c.get("actor");
        const org = await deps.accounts.organisationBySlug(slug);
        const current = await ownEvidence(deps.repos, actor, org, id);
        // Refused before the version is looked at: the service decides the same, later.
        if (!can(actor, "assessment.edit", org)) throw new ForbiddenError();
        const version = expectedVersion(c, current.version);
        const saved = await deps.evidence.update(actor, org, id, c.req.valid("json"), version, requestContext(c));
        tagVersion(c, saved.version);
        return c.json(present(org, saved), 200);
      }),
  );
}
