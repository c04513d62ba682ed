/**
 * Request body limits, checked as the body arrives (not after it was read):
 * an upload for link suggestions may carry a document, every other request is
 * a small form or JSON body. Too large gets 413 with a plain explanation.
 */
import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { MAX_UPLOAD_REQUEST_BYTES } from "../../documents/upload";
import type { AppEnv } from "../env";

/** Forms and JSON bodies: far above any form Blueprint has, far below what could hurt. */
export const MAX_FORM_BYTES = 2 * 1024 * 1024;
const UPLOAD_PATHS = [/^\/api\/v1\/suggest$/, /^\/orgs\/[^/]+\/evidence\/new\/suggest$/, /^\/orgs\/[^/]+\/import$/];

export function requestSizeLimit(): MiddlewareHandler<AppEnv> {
  const limiter = (maxSize: number) =>
    bodyLimit({
      maxSize,
      onError: (c) => {
        const message = `The request is larger than ${Math.round(maxSize / 1024 / 1024)} MB. Send a shorter document or extract.`;
        return c.req.path.startsWith("/api/") ? c.json({ error: { code: "too_large", message } }, 413) : c.text(message, 413);
      },
    });
  const upload = limiter(MAX_UPLOAD_REQUEST_BYTES);
  const form = limiter(MAX_FORM_BYTES);
  return async (c, next) => {
    if (c.req.method === "GET" || c.req.method === "HEAD") return next();
    return (UPLOAD_PATHS.some((p) => p.test(c.req.path)) ? upload : form)(c, next);
  };
}
