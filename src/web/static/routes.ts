import { type Context, Hono } from "hono";
import { requires } from "../auth/guard";
import type { AppEnv } from "../env";
import type { StaticAsset } from "./asset";
import { enhanceScript, SERVICE_WORKER_PATH, serviceWorker } from "./scripts";
import { stylesheet } from "./stylesheet";

/** Hashed URLs never change content: kept for a year. */
const IMMUTABLE = "public, max-age=31536000, immutable";
/** The service worker's URL stays the same: browsers check it (cheaply, with the ETag) before each use. */
const REVALIDATE = "no-cache";

/** If-None-Match holds our tag (a list may be sent; a weak W/ tag matches too, as RFC 9110 says for GET). */
const matches = (header: string | undefined, etag: string) =>
  !!header && (header.trim() === "*" || header.split(",").some((t) => t.trim().replace(/^W\//, "") === etag));

/** A precompressed file: 304 for the ETag the browser holds, else brotli, gzip or plain as the browser accepts. */
function serve(c: Context<AppEnv>, asset: StaticAsset, cacheControl: string) {
  c.header("Content-Type", asset.contentType);
  c.header("Cache-Control", cacheControl);
  c.header("ETag", asset.etag);
  c.header("Vary", "Accept-Encoding");
  if (matches(c.req.header("If-None-Match"), asset.etag)) return c.body(null, 304);
  const accept = c.req.header("Accept-Encoding") ?? "";
  if (/\bbr\b/.test(accept)) {
    c.header("Content-Encoding", "br");
    return c.body(new Uint8Array(asset.brotli));
  }
  if (/\bgzip\b/.test(accept)) {
    c.header("Content-Encoding", "gzip");
    return c.body(new Uint8Array(asset.gzip));
  }
  return c.body(asset.body);
}

/** Static files, read and precompressed once at start. */
export function staticRoutes() {
  const pub = requires("public.read");
  return new Hono<AppEnv>()
    .get(stylesheet.path, pub, (c) => serve(c, stylesheet, IMMUTABLE))
    .get(enhanceScript.path, pub, (c) => serve(c, enhanceScript, IMMUTABLE))
    .get(SERVICE_WORKER_PATH, pub, (c) => serve(c, serviceWorker, REVALIDATE));
}
