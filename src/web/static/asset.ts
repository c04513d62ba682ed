/**
 * A file of src/web/static, read and compressed once at start: its body, gzip
 * and brotli, and an ETag and a URL that both carry a hash of its content, so
 * that a changed file gets a new URL and browsers may keep each one for a year.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

export interface StaticAsset {
  /** `/static/<name>.<hash>.<ext>`: changes whenever the content does. */
  path: string;
  contentType: string;
  body: string;
  gzip: Uint8Array;
  brotli: Uint8Array;
  etag: string;
}

const TYPES: Record<string, string> = {
  css: "text/css; charset=utf-8",
  js: "text/javascript; charset=utf-8",
};

export function staticAsset(file: string): StaticAsset {
  const dot = file.lastIndexOf(".");
  const [name, ext] = [file.slice(0, dot), file.slice(dot + 1)];
  const contentType = TYPES[ext];
  if (dot < 1 || !contentType) throw new Error(`No content type for the static file ${file}`);
  const body = readFileSync(new URL(`./${file}`, import.meta.url), "utf8");
  const hash = createHash("sha256").update(body).digest("hex").slice(0, 12);
  return {
    path: `/static/${name}.${hash}.${ext}`,
    contentType,
    body,
    gzip: new Uint8Array(gzipSync(body, { level: 9 })),
    brotli: new Uint8Array(brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })),
    etag: `"${hash}"`,
  };
}
