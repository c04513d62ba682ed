/**
 * Conditional GETs for the API. Every 200 JSON response gets a strong ETag (a
 * hash of its body) and a short public cache lifetime; a response that already
 * carries an ETag (the docs assets hash theirs once) keeps it. A request whose
 * If-None-Match matches gets 304 with no body.
 *
 * If-None-Match uses weak comparison (RFC 9110 §13.1.2): `W/"x"` matches `"x"`.
 * That matters because the app's compress() middleware turns our strong tag into
 * `W/"x"` whenever it gzips the body, and clients send back what they received.
 */
import { createHash } from "node:crypto";
import type { MiddlewareHandler } from "hono";

export const API_CACHE_CONTROL = "public, max-age=300";

/** Headers a 304 repeats from the 200 it stands for (RFC 9110 §15.4.5). */
const KEPT_ON_304 = ["cache-control", "content-location", "date", "etag", "expires", "vary"];

export function strongEtag(body: Uint8Array | string): string {
  return `"${createHash("sha256").update(body).digest("base64url")}"`;
}

const opaque = (tag: string) => tag.replace(/^W\//, "");

/**
 * The tag from If-None-Match that matches `current`, `*` for a wildcard, or
 * undefined when nothing matches. Tags are quoted strings and may contain commas,
 * so they are matched as tokens rather than split on commas.
 */
export function matchingTag(ifNoneMatch: string | undefined, current: string): string | undefined {
  if (!ifNoneMatch) return undefined;
  if (ifNoneMatch.trim() === "*") return "*";
  const tags = ifNoneMatch.match(/(?:W\/)?"[^"]*"/g) ?? [];
  return tags.find((tag) => opaque(tag) === opaque(current));
}

export function etag(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    // Hono answers HEAD by running the GET handler; both get the same validators.
    if ((c.req.method !== "GET" && c.req.method !== "HEAD") || c.res.status !== 200) return;
    const res = c.res;
    let tag = res.headers.get("ETag");
    if (!tag) {
      if (!res.headers.get("Content-Type")?.startsWith("application/json")) return;
      tag = strongEtag(new Uint8Array(await res.clone().arrayBuffer()));
      res.headers.set("ETag", tag);
    }
    if (!res.headers.has("Cache-Control")) res.headers.set("Cache-Control", API_CACHE_CONTROL);

    const matched = matchingTag(c.req.header("If-None-Match"), tag);
    if (!matched) return;
    await res.body?.cancel();
    // Hono copies the old response's headers onto the new one; keep only what a 304 repeats.
    c.res = new Response(null, { status: 304 });
    for (const key of [...c.res.headers.keys()]) if (!KEPT_ON_304.includes(key)) c.res.headers.delete(key);
    // Echo the form the client holds: a gzipped 200 would have carried the weak form.
    if (matched !== "*") c.res.headers.set("ETag", matched);
  };
}
