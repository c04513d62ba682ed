/** The one place where domain errors become HTTP statuses and messages. */
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { DomainError, InvalidParameterError, NotFoundError } from "../domain/errors";

export interface ErrorBody {
  error: { code: string; message: string; parameter?: string };
}

export function httpError(err: unknown): { status: ContentfulStatusCode; body: ErrorBody } | undefined {
  if (err instanceof NotFoundError) return { status: 404, body: { error: { code: err.code, message: err.message } } };
  if (err instanceof InvalidParameterError)
    return { status: 400, body: { error: { code: err.code, message: err.message, parameter: err.parameter } } };
  if (err instanceof DomainError) return { status: 400, body: { error: { code: err.code, message: err.message } } };
  return undefined;
}
