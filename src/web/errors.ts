/** The one place where domain errors become HTTP statuses and messages. */
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { ClosedCycleError, ConflictError } from "../domain/assessments/errors";
import { ForbiddenError, FormError, InvalidLinkError, RateLimitedError } from "../domain/auth/errors";
import { DomainError, InvalidParameterError, NotFoundError } from "../domain/errors";
import { TranslationConflictError } from "../domain/translations/errors";
import { CsrfError } from "./auth/csrf";

export interface ErrorBody {
  error: { code: string; message: string; parameter?: string };
}

/** Titles of error pages: keys of the `errors` message catalogue. */
export type ErrorTitle =
  | "notFound"
  | "badRequest"
  | "forbidden"
  | "csrf"
  | "rateLimited"
  | "invalidLink"
  | "notSaved"
  | "checkForm"
  | "internal";

export interface MappedError {
  status: ContentfulStatusCode;
  title: ErrorTitle;
  body: ErrorBody;
  headers?: Record<string, string>;
}

export function httpError(err: unknown): MappedError | undefined {
  const body = (e: { code: string; message: string }, parameter?: string): ErrorBody => ({
    error: { code: e.code, message: e.message, ...(parameter ? { parameter } : {}) },
  });
  if (err instanceof NotFoundError) return { status: 404, title: "notFound", body: body(err) };
  if (err instanceof InvalidParameterError) return { status: 400, title: "badRequest", body: body(err, err.parameter) };
  if (err instanceof ForbiddenError) return { status: 403, title: "forbidden", body: body(err) };
  if (err instanceof CsrfError) return { status: 403, title: "csrf", body: body(err) };
  if (err instanceof RateLimitedError)
    return {
      status: 429,
      title: "rateLimited",
      body: body(err),
      headers: { "Retry-After": String(err.retryAfterSeconds) },
    };
  if (err instanceof InvalidLinkError) return { status: 410, title: "invalidLink", body: body(err) };
  if (err instanceof ConflictError || err instanceof ClosedCycleError || err instanceof TranslationConflictError)
    return { status: 409, title: "notSaved", body: body(err) };
  if (err instanceof FormError) return { status: 400, title: "checkForm", body: body(err) };
  if (err instanceof DomainError) return { status: 400, title: "badRequest", body: body(err) };
  return undefined;
}
