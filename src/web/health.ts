import { Hono } from "hono";
import { requires } from "./auth/guard";
import type { WebDeps } from "./deps";
import type { AppEnv } from "./env";

/** GET /healthz: 200 when the database answers, 503 when it does not. */
export function healthRoutes({ repos, database }: WebDeps) {
  return new Hono<AppEnv>().get("/healthz", requires("public.read"), async (c) => {
    c.header("Cache-Control", "no-store");
    const ok = await repos.ping();
    if (!ok) return c.json({ status: "unavailable", database, packVersion: null }, 503);
    const packs = await repos.framework.listPacks().catch(() => []);
    const primary = packs[0];
    return c.json({
      status: "ok",
      database,
      packVersion: primary ? `${primary.id}@${primary.version}` : null,
      packs: packs.map((p) => ({ id: p.id, version: p.version })),
    });
  });
}
