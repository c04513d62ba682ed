/**
 * The Hono application. Middleware order: request log (outermost, so it sees
 * the final status), security headers, compression, then routes. Domain errors
 * become HTTP responses in one place (./errors.ts).
 */
import { Hono } from "hono";
import { compress } from "hono/compress";
import { HTTPException } from "hono/http-exception";
import { apiRoutes } from "./api/v1/routes";
import type { WebDeps } from "./deps";
import { type ErrorBody, httpError } from "./errors";
import { healthRoutes } from "./health";
import { requestLog } from "./middleware/request-log";
import { securityHeaders } from "./middleware/security-headers";
import { errorPage } from "./public/error-page";
import { publicRoutes } from "./public/routes";
import { staticRoutes } from "./static/routes";

export function createApp(deps: WebDeps) {
  const app = new Hono();
  app.use("*", requestLog(deps.logger));
  app.use("*", securityHeaders());
  app.use("*", compress());

  app.route("/", healthRoutes(deps));
  app.route("/", staticRoutes());
  app.route("/api", apiRoutes(deps));
  app.route("/", publicRoutes(deps));

  const isApi = (path: string) => path.startsWith("/api/");

  app.notFound((c) => {
    const body: ErrorBody = { error: { code: "not_found", message: `Nothing at ${c.req.path}` } };
    return isApi(c.req.path) ? c.json(body, 404) : c.html(errorPage(404, "Page not found", body.error.message, deps), 404);
  });

  app.onError((err, c) => {
    const mapped = httpError(err);
    if (mapped)
      return isApi(c.req.path)
        ? c.json(mapped.body, mapped.status)
        : c.html(
            errorPage(mapped.status, mapped.status === 404 ? "Page not found" : "Bad request", mapped.body.error.message, deps),
            mapped.status,
          );
    if (err instanceof HTTPException) return err.getResponse();
    deps.logger.error({ err: { name: err.name, message: err.message, stack: err.stack } }, "unhandled error");
    const body: ErrorBody = { error: { code: "internal", message: "Something went wrong on our side. Please try again." } };
    return isApi(c.req.path) ? c.json(body, 500) : c.html(errorPage(500, "Something went wrong", body.error.message, deps), 500);
  });
  return app;
}
