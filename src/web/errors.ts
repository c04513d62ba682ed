/** The one place where domain errors become HTTP statuses and messages. */
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { ClosedCycleError, ConflictError } from "../domain/assessments/errors";
import { ForbiddenError, FormError, InvalidLinkError, RateLimitedError } from "../domain/auth/errors";
import { DomainError, InvalidParameterError, NotFoundError } from "../domain/errors";
import { CsrfError } from "./auth/csrf";

export interface ErrorBody {
  error: { code: string; message: string; parameter?: string };
}

export interface MappedError {
  status: ContentfulStatusCode;
  title: string;
  body: ErrorBody;
  headers?: Record<string, string>;
}

export function httpError(err: unknown): MappedError | undefined {
  const body = (e: { code: string; message: string }, parameter?: string): ErrorBody => ({
    error: { code: e.code, message: e.message, ...(parameter ? { parameter } : {}) },
  });
  if (err instanceof NotFoundError) return { status: 404, title: "Page not found", body: body(err) };
  if (err instanceof InvalidParameterError) return { status: 400, title: "Bad request", body: body(err, err.parameter) };
  if (err instanceof ForbiddenError) return { status: 403, title: "Not allowed", body: body(err) };
  if (err instanceof CsrfError) return { status: 403, title: "Form not accepted", body: body(err) };
  if (err instanceof RateLimitedError)
    return {
      status: 429,
      title: "Too many attempts",
      body: body(err),
      headers: { "Retry-After": String(err.retryAfterSeconds) },
    };
  if (err instanceof InvalidLinkError) return { status: 410, title: "Link not valid", body: body(err) };
  if (err instanceof ConflictError || err instanceof ClosedCycleError)
    return { status: 409, title: "Not saved", body: body(err) };
  if (err instanceof FormError) return { status: 400, title: "Please check the form", body: body(err) };
  if (err instanceof DomainError) return { status: 400, title: "Bad request", body: body(err) };
  return undefined;
}
