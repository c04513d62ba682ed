import { Hono } from "hono";
import type { WebDeps } from "./deps";

/** GET /healthz: 200 when the database answers, 503 when it does not. */
export function healthRoutes({ repos, database }: WebDeps) {
  return new Hono().get("/healthz", async (c) => {
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
