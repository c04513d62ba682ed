/** What the write API's route definitions share: the tag, the security requirement, the guards and the documented error answers. */
import type { z } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import { type Guard, requires } from "../../auth/guard";
import type { WebDeps } from "../../deps";
import type { AppEnv } from "../../env";
import { ErrorSchema } from "./envelopes";
import { signedIn } from "./write-http";
import { ProblemsErrorSchema, VersionErrorSchema } from "./write-schemas";

export const WORKSPACE_TAG = {
  name: "Workspace",
  description:
    "Your organisation's evidence and working assessments, with a personal API token (`Authorization: Bearer bp_…`, created on your account page). Changes follow the same rules as the forms; every change names the version it edited in `If-Match`.",
};

const json = (schema: z.ZodType, description: string) => ({ description, content: { "application/json": { schema } } });
const error = (description: string) => json(ErrorSchema, description);

export const RESPONSES = {
  400: error("A path parameter or a body field has the wrong shape (named in `parameter`), or the body is not JSON."),
  401: {
    ...error("No API token, or one that is not valid, expired or revoked."),
    headers: { "WWW-Authenticate": { description: 'Bearer realm="Blueprint API"', schema: { type: "string" as const } } },
  },
  403: error(
    "The token is read-only, or your role in the organisation does not allow this (e.g. a contributor publishing, or four eyes: publishing what you last edited or sent for review).",
  ),
  404: error("No such organisation, record, cycle, country or item, or a record your role does not let you see."),
  409: error("The cycle is closed, or the assessment is not in a state that allows this (e.g. submitting what is in review)."),
  412: json(VersionErrorSchema, "If-Match names a version that is no longer current: `currentVersion` says which is."),
  422: json(
    ProblemsErrorSchema,
    "The values are not acceptable: `problems` says what is wrong with each field, as the forms do.",
  ),
  428: json(VersionErrorSchema, "A change must name the version it edited in If-Match (or `If-None-Match: *` to create)."),
  429: error("Too many failed token attempts from this network: wait for the time in Retry-After."),
};

type ErrorStatus = keyof typeof RESPONSES;

/** The error answers a route can give, by status, for its `responses`. */
export function errorResponses<K extends ErrorStatus>(...statuses: K[]): Pick<typeof RESPONSES, K> {
  return Object.fromEntries(statuses.map((s) => [s, RESPONSES[s]])) as Pick<typeof RESPONSES, K>;
}

export const VERSION_HEADERS = {
  ETag: { description: 'The version, as `"v{version}"`: send it back in If-Match.', schema: { type: "string" as const } },
};

/** What every write-API route shares: the Workspace tag, bearer security, a signed-in actor who is a member of the organisation. */
export function workspaceRoute(deps: WebDeps) {
  const middleware: [MiddlewareHandler<AppEnv>, Guard] = [signedIn, requires("organisation.read", deps)];
  return { tags: [WORKSPACE_TAG.name], security: [{ bearerAuth: [] }], middleware };
}
