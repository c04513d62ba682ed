/**
 * GET /developers (and /fr/developers…: routes never see the language
 * prefix): the API reference, rendered on the server from the OpenAPI
 * document the API serves at /api/v1/openapi.json, read in process. The
 * document only changes when the code does, so its model is built on the
 * first request and kept; the page is rendered per language and cached with
 * an ETag like every public page.
 */
import { Hono } from "hono";
import { openApiDocument } from "../api/v1/routes";
import { requires } from "../auth/guard";
import type { WebDeps } from "../deps";
import type { AppEnv } from "../env";
import { publicCache } from "../public/cache";
import { type ApiModel, apiModel } from "./openapi-model";
import { DevelopersView, PAGE_IDS, PATH } from "./view";

export function developerRoutes(deps: WebDeps) {
  const origin = deps.config.publicOrigin;
  let model: ApiModel | undefined;
  const app = new Hono<AppEnv>();

  app.get(PATH, requires("public.read"), publicCache, (c) => {
    model ??= apiModel(openApiDocument(deps), origin, PAGE_IDS);
    return c.html(<DevelopersView origin={origin} api={model} />);
  });

  return app;
}
