/** Serving one open data file: validated first, then streamed with its ETag; the byte count is recorded when it ends. */
import { createHash } from "node:crypto";
import type { Context } from "hono";
import { InvalidParameterError } from "../../domain/errors";
import { openExport } from "../../reports/export-service";
import { filterQuery, pickFilters, type RawFilters } from "../../reports/filters";
import { matchingTag } from "../api/v1/etag";
import type { WebDeps } from "../deps";
import type { AppEnv } from "../env";
import type { DataFile } from "./files";
import type { SizeCache } from "./sizes";

/** ?hxl=1 adds the HXL row to CSV files; anything but 1 or 0 is a mistake worth saying. */
export function parseHxl(value: string | undefined): boolean {
  if (value === undefined || value === "" || value === "0") return false;
  if (value === "1") return true;
  throw new InvalidParameterError("hxl", `must be 1 (add a row of HXL hashtags to CSV files) or 0; '${value}' is not`);
}

/** The query string a file's link carries: filters, and hxl=1 for CSV when asked. */
export function fileQuery(file: DataFile, given: RawFilters, hxl: boolean): string {
  const filters = filterQuery(given);
  if (!(hxl && file.format === "csv")) return filters;
  return filters ? `${filters}&hxl=1` : "?hxl=1";
}

export const sizeKey = (file: DataFile, given: RawFilters, hxl: boolean) => `${file.name}${fileQuery(file, given, hxl)}`;

/** Pulls the next chunk only when the client has taken the previous one: memory stays flat. */
function readable(chunks: AsyncIterable<Uint8Array>, onEnd: (bytes: number) => void, onError: (e: unknown) => void) {
  const it = chunks[Symbol.asyncIterator]();
  let bytes = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await it.next();
        if (next.done) {
          controller.close();
          onEnd(bytes);
          return;
        }
        bytes += next.value.length;
        controller.enqueue(next.value);
      } catch (e) {
        onError(e);
        controller.error(e);
      }
    },
    async cancel() {
      await it.return?.();
    },
  });
}

export async function serveFile(c: Context<AppEnv>, deps: WebDeps, sizes: SizeCache, file: DataFile): Promise<Response> {
  const query = c.req.query();
  const hxl = parseHxl(query.hxl);
  const given = pickFilters(query);
  const exp = await openExport(deps.repos, deps.config.publicOrigin, {
    format: file.format,
    table: file.table,
    filters: given,
    hxl,
  });
  const key = sizeKey(file, given, hxl);
  const tag = `"${exp.data.version}-${createHash("sha256").update(key).digest("base64url").slice(0, 16)}"`;
  const headers: Record<string, string> = {
    ETag: tag,
    "Cache-Control": "public, max-age=300",
    "Content-Type": exp.contentType,
    "Content-Disposition": `attachment; filename="${exp.filename}"`,
  };
  if (matchingTag(c.req.header("If-None-Match"), tag)) {
    // Nothing read: close the export's generator before it starts.
    await exp.body[Symbol.asyncIterator]().return?.();
    return c.body(null, 304, { ETag: tag, "Cache-Control": headers["Cache-Control"]! });
  }
  const body = readable(
    exp.body,
    (bytes) => sizes.set(key, { bytes, version: exp.data.version }),
    (e) =>
      deps.logger.error(
        { err: e instanceof Error ? { name: e.name, message: e.message } : String(e), file: file.name },
        "export failed",
      ),
  );
  return c.body(body, 200, headers);
}
