/**
 * The write API: an organisation's own evidence and working assessments,
 * read and changed with a personal API token (auth/bearer.ts). Every route is
 * guarded by `organisation.read` (a member of the organisation in the path);
 * the services then apply the same policies, validation, review rules and
 * version checks as the forms.
 */
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { WebDeps } from "../../deps";
import { assessmentWriteRoutes } from "./write-assessments";
import { evidenceWriteRoutes } from "./write-evidence";
import { jsonBodyErrors } from "./write-http";
import { reviewWriteRoutes } from "./write-review";

export { WORKSPACE_TAG } from "./write-openapi";

// biome-ignore lint/suspicious/noExplicitAny: the registry accepts apps of any env
export function writeApiRoutes(api: OpenAPIHono<any>, deps: WebDeps): void {
  api.openAPIRegistry.registerComponent("securitySchemes", "bearerAuth", {
    type: "http",
    scheme: "bearer",
    bearerFormat: "bp_…",
    description:
      "A personal API token from your account page. It acts as you in one organisation, with your current role there; a read token can only read.",
  });
  api.use("/v1/orgs/*", jsonBodyErrors);
  evidenceWriteRoutes(api, deps);
  assessmentWriteRoutes(api, deps);
  reviewWriteRoutes(api, deps);
}
