/**
 * Prints, for every public page type: HTML bytes raw, gzip and brotli, the whole
 * transfer with the stylesheet, and server time per request (median and p95 of
 * in-process requests on a fresh SQLite database).  npm run bench:pages:size
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import pino from "pino";
import { loadConfig } from "../src/config";
import { seed } from "../src/packs/seed";
import { openStorage } from "../src/storage";
import { createApp } from "../src/web/app";
import { buildWebDeps } from "../src/web/context";
import { stylesheet } from "../src/web/static/stylesheet";

const PAGES: [string, string][] = [
  ["home", "/"],
  ["framework", "/framework"],
  ["commitments index", "/commitments"],
  ["instruments index", "/instruments"],
  ["factors index", "/factors"],
  ["forms of abuse index", "/forms-of-abuse"],
  ["strategy", "/strategies/s02"],
  ["option", "/options/s02-o2"],
  ["instrument", "/instruments/hrc-res-38-5"],
  ["commitment", "/commitments/hrc-38-5-c01"],
  ["factor", "/factors/justice-accountability"],
  ["form of abuse", "/forms-of-abuse/non-consensual-intimate-images"],
  ["approach category", "/approach-categories/existing-tools"],
  ["legislative approach", "/legislative-approaches/cybercrime-online-safety-law"],
  ["countries index", "/countries"],
  ["country (most evidence)", "/countries/AUS"],
  ["evidence", "/evidence/aus-online-safety-act-2021"],
];
const RUNS = Number(process.env.RUNS ?? 50);

const dir = mkdtempSync(join(tmpdir(), "blueprint-bench-"));
const storage = await openStorage(`sqlite:${join(dir, "bench.db")}`);
await storage.migrate();
await seed(storage, "data/frameworks");
const app = createApp(await buildWebDeps(storage, loadConfig({}), pino({ level: "silent" }), storage.dialect));
const cssGz = gzipSync(stylesheet.body, { level: 9 }).length;

const rows: string[][] = [];
for (const [name, path] of PAGES) {
  const html = await (await app.request(path)).text();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await (await app.request(path)).arrayBuffer();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const gz = gzipSync(html, { level: 6 }).length;
  rows.push([
    name,
    path,
    String(Buffer.byteLength(html)),
    String(gz),
    String(brotliCompressSync(html).length),
    String(gz + cssGz),
    (times[Math.floor(RUNS / 2)] as number).toFixed(1),
    (times[Math.floor(RUNS * 0.95)] as number).toFixed(1),
  ]);
}
const head = ["page type", "path", "html B", "gzip B", "brotli B", "with css gz B", "median ms", "p95 ms"];
console.log(`stylesheet: ${Buffer.byteLength(stylesheet.body)} B raw, ${cssGz} B gzip; ${RUNS} requests per page, SQLite`);
console.log(`| ${head.join(" | ")} |`);
console.log(`|${head.map(() => "---").join("|")}|`);
for (const r of rows) console.log(`| ${r.join(" | ")} |`);
await storage.close();
rmSync(dir, { recursive: true, force: true });
