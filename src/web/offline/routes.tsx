/** GET /offline (and /fr/offline, …): public and cacheable, so that the service worker may keep it. */
import { Hono } from "hono";
import { requires } from "../auth/guard";
import type { WebDeps } from "../deps";
import type { AppEnv } from "../env";
import { publicCache } from "../public/cache";
import { OFFLINE_PATH, OfflineView } from "./view";

export function offlineRoutes(deps: WebDeps) {
  const origin = deps.config.publicOrigin;
  return new Hono<AppEnv>().get(OFFLINE_PATH, requires("public.read"), publicCache, (c) =>
    c.html(<OfflineView origin={origin} />),
  );
}
