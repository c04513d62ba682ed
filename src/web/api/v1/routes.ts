/**
 * The read API, mounted by app.ts at /api: /api/v1/... (JSON, OpenAPI 3.1 at
 * /api/v1/openapi.json, shown as a page at /developers by web/developers/) and
 * /api/docs (Swagger UI). Errors thrown here, domain or validation, reach
 * app.onError, which answers JSON for every /api/ path.
 */
import { OpenAPIHono } from "@hono/zod-openapi";
import { requires } from "../../auth/guard";
import { documentExportEndpoints } from "../../data/openapi";
import type { WebDeps } from "../../deps";
import { docsRoutes } from "../docs";
import { countryRoutes } from "./country-routes";
import { documentOtherEndpoints } from "./documented-elsewhere";
import { etag } from "./etag";
import { evidenceRoutes } from "./evidence-routes";
import { frameworkRoutes } from "./framework-routes";
import { TAGS, validationHook } from "./openapi-routes";
import { searchApiRoutes } from "./search-routes";
import { suggestRoutes } from "./suggest-routes";
import { WORKSPACE_TAG, writeApiRoutes } from "./write-routes";

const DESCRIPTION = `Read access to Blueprint's framework (UN instruments and commitments, the blueprint's strategies and
practical options, factors, forms of abuse) and to every UN member state's public evidence; with an API token, your
organisation's own evidence and assessments.

- **Lists** return \`{ data, meta: { page, perPage, total }, links: { self, next, prev } }\`. Use \`page\` (from 1) and
  \`per_page\` (1 to 200, default 50); a page past the end has empty \`data\`.
- **Records** return \`{ data, links: { self, html } }\`. Every record carries \`url\` (its API URL) and \`htmlUrl\` (its public page).
- **Errors** return \`{ error: { code, message, parameter? } }\`: 400 for a bad parameter (named in \`parameter\`), 404 for an unknown id.
- **Caching**: 200 responses carry an \`ETag\` and \`Cache-Control: public, max-age=300\`; send \`If-None-Match\` to get 304 when nothing changed.
- Only public evidence is ever returned, except that \`/v1/search\` also finds a signed-in member's own organisation's
  confidential evidence (never cached by shared caches).
- **Writing** (the Workspace endpoints under \`/v1/orgs/{slug}/\`) needs a personal API token from your account page, sent as
  \`Authorization: Bearer bp_…\`: it acts as you in one organisation with your current role there, and a read token only reads.
  Every change names the version it edited in \`If-Match\` (the ETag you read); 412 when it is stale, 428 without it.`;

/** What the OpenAPI document says about itself; its paths come from the routes registered on the app. */
const DOCUMENT_INFO = {
  openapi: "3.1.0",
  info: {
    title: "Blueprint API",
    version: "1.0.0",
    description: DESCRIPTION,
    license: { name: "AGPL-3.0-or-later", url: "https://www.gnu.org/licenses/agpl-3.0.html" },
  },
  // Relative, so the document and Swagger UI work on whatever host serves them.
  servers: [{ url: "/api", description: "This server" }],
  tags: [...TAGS, WORKSPACE_TAG],
};

/** The API app built for each set of deps, so that /developers reads the very document /api/v1/openapi.json serves. */
const built = new WeakMap<WebDeps, OpenAPIHono>();

/** The OpenAPI 3.1 document of the API served with these deps, in process (no HTTP round trip). */
export function openApiDocument(deps: WebDeps) {
  return (built.get(deps) ?? apiRoutes(deps)).getOpenAPI31Document(DOCUMENT_INFO);
}

export function apiRoutes(deps: WebDeps) {
  const api = new OpenAPIHono({ defaultHook: validationHook });
  built.set(deps, api);
  api.use("*", etag());

  // The API's front door: where every collection is (the home page's JSON twin).
  api.get("/v1", requires("public.read"), (c) => {
    const base = `${deps.config.publicOrigin}/api/v1`;
    const collections = [
      "instruments",
      "commitments",
      "strategies",
      "options",
      "factors",
      "forms-of-abuse",
      "approach-categories",
      "legislative-approaches",
      "countries",
      "evidence",
      "search",
    ];
    return c.json({
      data: {
        name: "Blueprint API",
        version: "1.0.0",
        collections: Object.fromEntries(collections.map((k) => [k, `${base}/${k}`])),
      },
      links: {
        self: base,
        openapi: `${base}/openapi.json`,
        docs: `${deps.config.publicOrigin}/developers`,
        html: `${deps.config.publicOrigin}/`,
      },
    });
  });

  frameworkRoutes(api, deps);
  countryRoutes(api, deps);
  evidenceRoutes(api, deps);
  suggestRoutes(api, deps);
  searchApiRoutes(api, deps);
  writeApiRoutes(api, deps);

  documentOtherEndpoints(api);
  documentExportEndpoints(api);
  api.get("/v1/openapi.json", requires("public.read"), (c) => c.json(api.getOpenAPI31Document(DOCUMENT_INFO)));

  docsRoutes(api);
  return api;
}
