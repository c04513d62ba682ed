/**
 * `blueprint export`: the whole public dataset as one JSON document (--format
 * json without --table or filters, as before), or the open data tables as CSV,
 * XLSX, JSON or a Frictionless Data package, filtered, streamed to a file or
 * standard output. Bad input exits with status 2 and says what was wrong.
 */

import { once } from "node:events";
import { createWriteStream, rmSync, writeFileSync } from "node:fs";
import type { Writable } from "node:stream";
import { DomainError } from "../../domain/errors";
import { FORMATS, openExport } from "../../reports/export-service";
import { pickFilters, type RawFilters } from "../../reports/filters";
import { buildPublicDataset } from "../../reports/public-dataset";
import type { Storage } from "../../storage";
import { configOrExit, fail, withStorage } from "../context";

export interface ExportOptions extends RawFilters {
  format: string;
  table?: string;
  out?: string;
  hxl?: boolean;
}

export async function exportCommand(opts: ExportOptions): Promise<void> {
  if (!(FORMATS as readonly string[]).includes(opts.format))
    fail(`Unknown export format '${opts.format}'. Available: ${FORMATS.join(", ")}.`, 2);
  const filters = pickFilters({ ...opts, hxl: undefined });
  const whole = opts.format === "json" && !opts.table && Object.keys(filters).length === 0;
  const config = configOrExit();
  const problem = await withStorage(config, async (s) => {
    await s.migrate();
    if (whole) return wholeDataset(s, config.publicOrigin, opts.out);
    return tables(s, config.publicOrigin, opts, filters);
  });
  if (problem) fail(problem, 2);
}

async function wholeDataset(s: Storage, origin: string, out: string | undefined): Promise<undefined> {
  const dataset = await buildPublicDataset(s, origin);
  if (dataset.packs.length === 0)
    process.stderr.write("Warning: the database holds no framework pack yet; run `blueprint seed` first.\n");
  const text = `${JSON.stringify(dataset, null, 2)}\n`;
  if (out) {
    writeFileSync(out, text);
    process.stderr.write(`Wrote ${out} (${Buffer.byteLength(text)} bytes, ${dataset.evidence.length} evidence records)\n`);
  } else process.stdout.write(text);
  return undefined;
}

/** Returns a message for bad input; writes the file otherwise. */
async function tables(s: Storage, origin: string, opts: ExportOptions, filters: RawFilters): Promise<string | undefined> {
  if (opts.format === "json" && !opts.table)
    return "--table is needed for json with filters (without --table or filters, --format json writes the whole public dataset).";
  let exp: Awaited<ReturnType<typeof openExport>>;
  try {
    exp = await openExport(s, origin, { format: opts.format, table: opts.table, filters, hxl: opts.hxl === true });
  } catch (e) {
    if (e instanceof DomainError) return `${e.message.replace(/^Parameter '(\w+)'/, "--$1")}.`;
    throw e;
  }
  const sink: Writable = opts.out ? createWriteStream(opts.out) : process.stdout;
  const progress = process.stderr.isTTY && opts.out !== undefined;
  let bytes = 0;
  try {
    for await (const chunk of exp.body) {
      bytes += chunk.length;
      if (!sink.write(chunk)) await once(sink, "drain");
      if (progress) process.stderr.write(`\rWriting ${opts.out}: ${(bytes / 1e6).toFixed(1)} MB`);
    }
    if (opts.out) {
      sink.end();
      await once(sink, "finish");
    }
  } catch (e) {
    if (opts.out) {
      sink.destroy();
      rmSync(opts.out, { force: true });
    }
    throw e;
  }
  if (progress) process.stderr.write("\n");
  const what = exp.tables.map((t) => t.id).join(", ");
  process.stderr.write(`Wrote ${opts.out ?? "standard output"} (${bytes} bytes, ${opts.format}: ${what})\n`);
  return undefined;
}
