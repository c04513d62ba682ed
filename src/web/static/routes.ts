import { Hono } from "hono";
import { requires } from "../auth/guard";
import type { AppEnv } from "../env";
import { stylesheet } from "./stylesheet";

/** Static files, precompressed once at start. */
export function staticRoutes() {
  return new Hono<AppEnv>().get(stylesheet.path, requires("public.read"), (c) => {
    c.header("Content-Type", "text/css; charset=utf-8");
    c.header("Cache-Control", "public, max-age=31536000, immutable");
    c.header("ETag", stylesheet.etag);
    c.header("Vary", "Accept-Encoding");
    if (c.req.header("If-None-Match") === stylesheet.etag) return c.body(null, 304);
    const accept = c.req.header("Accept-Encoding") ?? "";
    if (/\bbr\b/.test(accept)) {
      c.header("Content-Encoding", "br");
      return c.body(new Uint8Array(stylesheet.brotli));
    }
    if (/\bgzip\b/.test(accept)) {
      c.header("Content-Encoding", "gzip");
      return c.body(new Uint8Array(stylesheet.gzip));
    }
    return c.body(stylesheet.body);
  });
}
