import type { MiddlewareHandler } from "hono";
import { routePath } from "hono/route";
import type { Logger } from "pino";

/**
 * One JSON line per request: method, route pattern (not the concrete URL, so no
 * ids or query strings), status and duration. No IP addresses or other personal data.
 */
export function requestLog(logger: Logger): MiddlewareHandler {
  return async (c, next) => {
    const start = performance.now();
    await next();
    logger.info(
      {
        method: c.req.method,
        route: routePath(c, -1) || "unmatched",
        status: c.res.status,
        durationMs: Math.round((performance.now() - start) * 10) / 10,
      },
      "request",
    );
  };
}
