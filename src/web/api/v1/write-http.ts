/**
 * HTTP rules shared by the write API: who may call it (a signed-in actor,
 * normally through an API token), version tags (ETag / If-Match), and how the
 * services' errors become answers: 422 with field problems, 412 with the
 * current version, 428 when a change names no version, 409 for a change the
 * record's state does not allow. Everything else (403, 404, 409 for a closed
 * cycle, 429) is mapped by app.onError like anywhere else.
 */
import type { Context, MiddlewareHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import { ConflictError } from "../../../domain/assessments/errors";
import { FormError } from "../../../domain/auth/errors";
import { EvidenceConflictError } from "../../../domain/evidence/evidence-service";
import { tokenRequired } from "../../auth/bearer";
import type { AppEnv } from "../../env";

declare module "hono" {
  interface ContextVariableMap {
    /** The version tag of the record this response describes (kept by keepVersionTags). */
    versionTag?: string;
  }
}

/** A strong tag naming the record's version: what If-Match must repeat. */
export const versionTag = (version: number) => `"v${version}"`;

/** Marks the response as describing `version` of a record; private, never stored by caches. */
export function tagVersion(c: Context, version: number): void {
  const tag = versionTag(version);
  c.set("versionTag", tag);
  c.header("ETag", tag);
  c.header("Cache-Control", "private, no-store");
}

/**
 * Responses to signed-in people lose their ETag (security-headers.ts: no cache
 * validators for personal pages). A version tag is not a cache validator but the
 * concurrency token a client needs for If-Match, so it is put back; the response
 * stays `no-store`. Registered outside the security headers in app.ts.
 */
export function keepVersionTags(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    const tag = c.get("versionTag");
    if (tag) c.res.headers.set("ETag", tag);
  };
}

export class PreconditionError extends Error {
  constructor(
    readonly status: 412 | 428,
    readonly code: string,
    message: string,
    readonly currentVersion?: number,
  ) {
    super(message);
  }
}

const IF_MATCH_HELP = "Read the record first and send its ETag in If-Match.";

/**
 * The version a change is based on, from If-Match (or `If-None-Match: *` to
 * create a record that must not exist yet). `current` is the stored version,
 * undefined when there is no record yet.
 */
export function expectedVersion(c: Context, current: number | undefined): number {
  const ifMatch = c.req.header("If-Match")?.trim();
  const ifNoneMatch = c.req.header("If-None-Match")?.trim();
  if (current === undefined) {
    if (ifNoneMatch === "*" && !ifMatch) return 0;
    if (ifMatch)
      throw new PreconditionError(412, "version_mismatch", "There is no such record yet: create it with If-None-Match: *.");
    throw new PreconditionError(428, "precondition_required", "Send If-None-Match: * to create this record.");
  }
  if (!ifMatch) {
    if (ifNoneMatch === "*")
      throw new PreconditionError(
        412,
        "version_mismatch",
        `The record exists already (version ${current}). ${IF_MATCH_HELP}`,
        current,
      );
    throw new PreconditionError(428, "precondition_required", `Send If-Match with the version you edited. ${IF_MATCH_HELP}`);
  }
  if (ifMatch === "*") return current;
  // Clients may hand back the weak form a compressing proxy gave them; the version in it is what counts.
  const versions = [...ifMatch.matchAll(/(?:W\/)?"v(\d{1,9})"/g)].map((m) => Number(m[1]));
  if (!versions.includes(current))
    throw new PreconditionError(
      412,
      "version_mismatch",
      `Someone saved a newer version (version ${current}) since you read it. Read it again and reapply your changes.`,
      current,
    );
  return current;
}

/** The 401 for a request to the write API without a signed-in actor (no token sent). */
export const signedIn: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.get("actor").user) return next();
  const answer = tokenRequired();
  return c.json(answer.body, answer.status, answer.headers);
};

/**
 * Malformed JSON or a body that is not JSON are refused by the request
 * validator with a plain-text HTTPException; the API answers JSON.
 */
export const jsonBodyErrors: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  const err = c.error;
  if (!(err instanceof HTTPException) || (err.status !== 400 && err.status !== 415)) return;
  const code = err.status === 415 ? "unsupported_media_type" : "malformed_body";
  const message = err.status === 415 ? "Send the body as JSON (Content-Type: application/json)." : "The body is not valid JSON.";
  c.res = c.json({ error: { code, message } }, err.status);
};

/**
 * Runs a change; turns the services' input, version and state errors into the
 * API's answers. They are documented responses of every write route, but the
 * route types cannot see that they come from here: hence the cast.
 */
export async function answering<T extends Response>(c: Context, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    const answer = errorAnswer(c, e);
    if (!answer) throw e;
    return answer as T;
  }
}

function errorAnswer(c: Context, e: unknown): Response | undefined {
  if (e instanceof PreconditionError) {
    if (e.currentVersion !== undefined) tagVersion(c, e.currentVersion);
    const extra = e.currentVersion !== undefined ? { currentVersion: e.currentVersion } : {};
    return c.json({ error: { code: e.code, message: e.message, ...extra } }, e.status);
  }
  if (e instanceof ConflictError || e instanceof EvidenceConflictError) {
    const current = e instanceof ConflictError ? e.theirs.version : e.current.version;
    tagVersion(c, current);
    return c.json({ error: { code: "version_mismatch", message: e.message, currentVersion: current } }, 412);
  }
  if (e instanceof FormError) {
    // The services say "form" for what the record's state does not allow (not a draft, not in review).
    const keys = Object.keys(e.problems);
    if (keys.length === 1 && keys[0] === "form") return c.json({ error: { code: "invalid_state", message: e.message } }, 409);
    return c.json({ error: { code: "invalid_input", message: e.message, problems: e.problems } }, 422);
  }
  return undefined;
}
