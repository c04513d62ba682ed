/**
 * Route definitions shared by every read endpoint: the standard responses
 * (200, 304, 400, 404), and the validation hook that turns a zod failure into
 * the API's 400 error shape instead of a 500 or zod's raw output.
 */
import { createRoute, type Hook, type z } from "@hono/zod-openapi";
import { InvalidParameterError } from "../../../domain/errors";
import { requires } from "../../auth/guard";
import { ErrorSchema } from "./envelopes";
import { conditionalHeaders } from "./params";

/**
 * @hono/zod-openapi's defaultHook: the first issue names the parameter and the
 * reason. Thrown as a domain error so app.onError maps it like any other.
 */
// biome-ignore lint/suspicious/noExplicitAny: the hook is shared by routes of every input type.
export const validationHook: Hook<any, any, any, any> = (result) => {
  if (result.success) return;
  const issue = result.error.issues[0];
  const parameter = String(issue?.path[0] ?? result.target);
  throw new InvalidParameterError(parameter, issue?.message ?? "is not valid");
};

/** Every read endpoint serves published, public material only. */
const readPublic = requires("public.read");

const json = (schema: z.ZodType, description: string) => ({ description, content: { "application/json": { schema } } });

const NOT_MODIFIED = {
  description: "Not modified: If-None-Match matches the current ETag. No body.",
  headers: { ETag: { description: "The current entity tag.", schema: { type: "string" as const } } },
};

const OK_HEADERS = {
  ETag: { description: "Strong entity tag: a hash of the body.", schema: { type: "string" as const } },
  "Cache-Control": { description: "public, max-age=300", schema: { type: "string" as const } },
};

export const TAGS = [
  {
    name: "Framework",
    description: "Instruments, commitments, strategies, practical options and the other items of the framework pack.",
  },
  { name: "Countries", description: "UN member states with their public evidence." },
  { name: "Evidence", description: "Public evidence: laws, policies, institutions, programmes and more." },
  { name: "Search", description: "Search across the framework, countries, evidence and published assessments." },
];

export type Tag = "Framework" | "Countries" | "Evidence" | "Search";

interface Common<P extends string> {
  path: P;
  tag: Tag;
  summary: string;
  description?: string;
}

export function listRoute<P extends string, Q extends z.ZodObject>(spec: Common<P> & { query: Q; schema: z.ZodType }) {
  return createRoute({
    method: "get",
    path: spec.path,
    middleware: [readPublic] as const,
    tags: [spec.tag],
    summary: spec.summary,
    description: spec.description,
    request: { query: spec.query, headers: conditionalHeaders },
    responses: {
      200: { ...json(spec.schema, "One page of records."), headers: OK_HEADERS },
      304: NOT_MODIFIED,
      400: json(ErrorSchema, "A query parameter is malformed, out of range, or names an item that does not exist."),
    },
  });
}

export function itemRoute<P extends string, Q extends z.ZodObject>(spec: Common<P> & { params: Q; schema: z.ZodType }) {
  return createRoute({
    method: "get",
    path: spec.path,
    middleware: [readPublic] as const,
    tags: [spec.tag],
    summary: spec.summary,
    description: spec.description,
    request: { params: spec.params, headers: conditionalHeaders },
    responses: {
      200: { ...json(spec.schema, "The record and what links to it."), headers: OK_HEADERS },
      304: NOT_MODIFIED,
      400: json(ErrorSchema, "The id is malformed."),
      404: json(ErrorSchema, "No record with this id."),
    },
  });
}
