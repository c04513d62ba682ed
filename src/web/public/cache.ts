/**
 * Public pages: an ETag and a short shared cache life. The security headers
 * replace both with no-store for signed-in people.
 */
import type { MiddlewareHandler } from "hono";
import { etag } from "hono/etag";

const cacheable = etag();

export const publicCache: MiddlewareHandler = async (c, next) => {
  await cacheable(c, async () => {
    await next();
    if (c.res.status === 200 && !c.res.headers.has("Cache-Control")) c.header("Cache-Control", "public, max-age=60");
  });
};
