/**
 * Open data: the /data page, the files at /data/{file} and the same from the
 * API at /api/v1/exports (an index) and /api/v1/exports/{file}. Public data
 * only, so every route is public.read.
 */
import { Hono } from "hono";
import { filterQuery, pickFilters } from "../../reports/filters";
import { requires } from "../auth/guard";
import type { WebDeps } from "../deps";
import type { AppEnv } from "../env";
import { fileQuery, parseHxl, serveFile } from "./download";
import { parseFileName } from "./files";
import { filterChoices, listFiles } from "./listing";
import { sizeCache } from "./sizes";
import { OpenDataView } from "./view";

export function dataRoutes(deps: WebDeps) {
  const origin = deps.config.publicOrigin;
  const sizes = sizeCache();
  const app = new Hono<AppEnv>();
  const pub = requires("public.read");

  app.get("/data", pub, async (c) => {
    const query = c.req.query();
    const [listing, choices] = await Promise.all([
      listFiles(deps, sizes, pickFilters(query), parseHxl(query.hxl)),
      filterChoices(deps),
    ]);
    c.header("Cache-Control", "public, max-age=60");
    return c.html(
      <OpenDataView
        origin={origin}
        listing={listing}
        choices={choices}
        json={`/api/v1/exports${filterQuery(listing.filters.given)}`}
      />,
    );
  });

  app.get("/data/:file", pub, (c) => serveFile(c, deps, sizes, parseFileName(c.req.param("file"))));

  app.get("/api/v1/exports", pub, async (c) => {
    const query = c.req.query();
    const listing = await listFiles(deps, sizes, pickFilters(query), parseHxl(query.hxl));
    const given = listing.filters.given;
    return c.json({
      data: {
        dataVersion: listing.version,
        lastUpdate: listing.lastUpdate,
        filters: given,
        files: listing.files.map((f) => ({
          name: f.file.name,
          table: f.file.table ?? null,
          format: f.file.format,
          bytes: f.bytes,
          bytesExact: f.exact,
          lastUpdate: f.lastUpdate,
          url: `${origin}/api/v1/exports/${f.file.name}${fileQuery(f.file, given, listing.hxl)}`,
          htmlUrl: `${origin}${f.href}`,
        })),
      },
      links: { self: `${origin}/api/v1/exports${filterQuery(given)}`, html: `${origin}/data${filterQuery(given)}` },
    });
  });

  app.get("/api/v1/exports/:file", pub, (c) => serveFile(c, deps, sizes, parseFileName(c.req.param("file"))));

  return app;
}
