/**
 * Readable API docs at /api/docs: Swagger UI served from our own origin (no CDN,
 * no third-party requests), started by a small script file rather than an inline
 * one, under a Content-Security-Policy that allows exactly what Swagger UI needs.
 */

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Context, Hono } from "hono";
import { requires } from "../auth/guard";
import { strongEtag } from "./v1/etag";

/** Where app.ts mounts the API; the docs page links to absolute paths under it. */
const BASE = "/api";

export const DOCS_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  // Swagger UI sets style attributes from script.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join("; ");

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Blueprint API documentation</title>
<link rel="stylesheet" href="${BASE}/docs/swagger-ui.css">
</head>
<body>
<noscript><p>The interactive documentation needs JavaScript. The API is described in OpenAPI 3.1 at
<a href="${BASE}/v1/openapi.json">${BASE}/v1/openapi.json</a>.</p></noscript>
<div id="swagger-ui"></div>
<script src="${BASE}/docs/swagger-ui-bundle.js"></script>
<script src="${BASE}/docs/init.js"></script>
</body>
</html>
`;

// validatorUrl: null stops Swagger UI from sending the document to validator.swagger.io.
const INIT = `"use strict";
window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({
    url: "${BASE}/v1/openapi.json",
    dom_id: "#swagger-ui",
    deepLinking: true,
    validatorUrl: null,
    presets: [SwaggerUIBundle.presets.apis],
    layout: "BaseLayout",
  });
});
`;

interface Asset {
  body: string;
  type: string;
  etag: string;
  cacheControl: string;
}

function asset(body: string, type: string, cacheControl = "public, max-age=300"): Asset {
  return { body, type, etag: strongEtag(body), cacheControl };
}

/** Swagger UI's files, read once from node_modules/swagger-ui-dist on first use. */
function swaggerFile(name: string): () => Asset {
  let cached: Asset | undefined;
  return () => {
    if (!cached) {
      const path = createRequire(import.meta.url).resolve(`swagger-ui-dist/${name}`);
      // Drop the source-map comment: the .map files are not served.
      const text = readFileSync(path, "utf8").replace(/\/[*/]# sourceMappingURL=\S+(?: \*\/)?\s*$/, "");
      const type = name.endsWith(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8";
      cached = asset(text, type, "public, max-age=86400");
    }
    return cached;
  };
}

function send(c: Context, a: Asset) {
  c.header("Content-Security-Policy", DOCS_CSP);
  c.header("ETag", a.etag);
  c.header("Cache-Control", a.cacheControl);
  c.header("Content-Type", a.type);
  return c.body(a.body, 200);
}

export function docsRoutes(app: Hono) {
  const page = asset(PAGE, "text/html; charset=utf-8");
  const init = asset(INIT, "text/javascript; charset=utf-8");
  const css = swaggerFile("swagger-ui.css");
  const bundle = swaggerFile("swagger-ui-bundle.js");

  const readPublic = requires("public.read");
  app.get("/docs", readPublic, (c) => send(c, page));
  app.get("/docs/", readPublic, (c) => c.redirect(`${BASE}/docs`, 301));
  app.get("/docs/init.js", readPublic, (c) => send(c, init));
  app.get("/docs/swagger-ui.css", readPublic, (c) => send(c, css()));
  app.get("/docs/swagger-ui-bundle.js", readPublic, (c) => send(c, bundle()));
}
