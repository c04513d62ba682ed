/**
 * The Hono application. Middleware order: request log (outermost, so it sees
 * the final status), request context for views, language (i18n/locale.ts), security headers (nonce before,
 * headers after), session, API token (auth/bearer.ts), CSRF, compression, language prefixes on links (i18n/localise-links.ts), then routes. Every route carries
 * a guard (auth/guard.ts). Domain errors become HTTP responses in one place.
 */
import { Hono } from "hono";
import { compress } from "hono/compress";
import { contextStorage } from "hono/context-storage";
import { HTTPException } from "hono/http-exception";
import { getPath } from "hono/utils/url";
import { splitLocale } from "../i18n/locales";
import { accountRoutes } from "./account/routes";
import { adminRoutes } from "./admin/routes";
import { assessmentApiRoutes } from "./api/v1/assessment-routes";
import { apiRoutes } from "./api/v1/routes";
import { keepVersionTags } from "./api/v1/write-http";
import { bearerMiddleware } from "./auth/bearer";
import { csrfMiddleware } from "./auth/csrf";
import { sessionMiddleware } from "./auth/session";
import { dataRoutes } from "./data/routes";
import type { WebDeps } from "./deps";
import { developerRoutes } from "./developers/routes";
import type { AppEnv } from "./env";
import { type ErrorBody, httpError } from "./errors";
import { healthRoutes } from "./health";
import { localeMiddleware } from "./i18n/locale";
import { localiseLinks } from "./i18n/localise-links";
import { localMessage } from "./i18n/problems";
import { t } from "./i18n/t";
import { requestLog } from "./middleware/request-log";
import { requestSizeLimit } from "./middleware/request-size";
import { securityHeaders } from "./middleware/security-headers";
import { offlineRoutes } from "./offline/routes";
import { errorPage } from "./public/error-page";
import { publicRoutes } from "./public/routes";
import { reportRoutes } from "./reports/routes";
import { scorecardRoutes } from "./scorecards/routes";
import { searchRoutes } from "./search/routes";
import { staticRoutes } from "./static/routes";
import { translateRoutes } from "./translate/routes";
import { workspaceRoutes } from "./workspace/routes";

export function createApp(deps: WebDeps) {
  // Routes never see the language prefix: /fr/framework is routed as /framework (i18n/locale.ts reads it).
  const app = new Hono<AppEnv>({ getPath: (req) => splitLocale(getPath(req)).path });
  app.use("*", requestLog(deps.logger));
  app.use("*", contextStorage());
  app.use("*", localeMiddleware({ https: deps.https }));
  // Outside the security headers, which drop ETags on personal responses: the write API's version tags stay.
  app.use("/api/*", keepVersionTags());
  app.use("*", securityHeaders({ https: deps.https }));
  app.use("*", sessionMiddleware(deps));
  // An API token replaces the cookie session on /api/ requests that carry one.
  app.use("/api/*", bearerMiddleware(deps));
  // Bodies are limited before anything reads them: uploads for link suggestions, small forms everywhere else.
  app.use("*", requestSizeLimit());
  app.use("*", csrfMiddleware(deps));
  app.use("*", compress());
  // Innermost, so it sees the page before compression: links stay in the reader's language.
  app.use("*", localiseLinks());

  app.route("/", healthRoutes(deps));
  app.route("/", staticRoutes());
  app.route("/", offlineRoutes(deps));
  app.route("/api", apiRoutes(deps));
  app.route("/", assessmentApiRoutes(deps));
  app.route("/", accountRoutes(deps));
  app.route("/", adminRoutes(deps));
  app.route("/", scorecardRoutes(deps));
  app.route("/", dataRoutes(deps));
  app.route("/", developerRoutes(deps));
  app.route("/", reportRoutes(deps));
  app.route("/", workspaceRoutes(deps));
  app.route("/", searchRoutes(deps));
  app.route("/", translateRoutes(deps));
  app.route("/", publicRoutes(deps));

  const isApi = (path: string) => path.startsWith("/api/");

  app.notFound((c) => {
    const body: ErrorBody = { error: { code: "not_found", message: `Nothing at ${c.req.path}` } };
    return isApi(c.req.path)
      ? c.json(body, 404)
      : c.html(errorPage(404, "notFound", t("errors.nothingAt", { path: c.req.path }), deps), 404);
  });

  app.onError((err, c) => {
    const mapped = httpError(err);
    if (mapped) {
      for (const [k, v] of Object.entries(mapped.headers ?? {})) c.header(k, v);
      return isApi(c.req.path)
        ? c.json(mapped.body, mapped.status)
        : c.html(errorPage(mapped.status, mapped.title, localMessage(err), deps), mapped.status);
    }
    if (err instanceof HTTPException) return err.getResponse();
    deps.logger.error({ err: { name: err.name, message: err.message, stack: err.stack } }, "unhandled error");
    const body: ErrorBody = { error: { code: "internal", message: "Something went wrong on our side. Please try again." } };
    return isApi(c.req.path) ? c.json(body, 500) : c.html(errorPage(500, "internal", t("errors.internal"), deps), 500);
  });
  return app;
}
