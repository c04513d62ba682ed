/**
 * The one stylesheet, served under a content-hashed URL so that browsers keep
 * it for a year and fetch it again only when it changes.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { brotliCompressSync, gzipSync } from "node:zlib";

const css = readFileSync(new URL("./app.css", import.meta.url), "utf8");
const hash = createHash("sha256").update(css).digest("hex").slice(0, 12);

export const stylesheet = {
  path: `/static/app.${hash}.css`,
  body: css,
  gzip: gzipSync(css, { level: 9 }),
  brotli: brotliCompressSync(css),
  etag: `"${hash}"`,
};
