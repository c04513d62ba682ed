/**
 * Times the open data exports on a full-size database: 200,000 published
 * assessments (193 countries × every assessable item × 3 cycles × 6
 * organisations, cut at 200,000) with narratives, obstacles and evidence ids,
 * plus the pack. Each export runs in its own child process, writing to a file,
 * so that its time, output size, peak RSS and peak heap are its own.
 * SQLite always; PostgreSQL too when BENCH_DATABASE_URL is set (a throw-away
 * schema is used, dropped at the end).   npm run bench:exports
 *   ASSESSMENTS=50000      a smaller run
 *   BENCH_ONLY=postgres    one database (sqlite or postgres)
 *   BENCH_CASES=xlsx       only the exports whose label contains this
 *   BENCH_REPEAT=3         run each export that many times; prints the median and the range
 * To profile one export: --generate URL SCHEMA fills a schema (drop it after
 * with --drop URL SCHEMA); --child URL SCHEMA FORMAT TABLE OUT runs one export
 * (e.g. under node --cpu-prof).
 */
import { spawnSync } from "node:child_process";
import { once } from "node:events";
import { createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { METHODOLOGY_V1 } from "../src/domain/scoring/methodology-v1";
import { seed } from "../src/packs/seed";
import { openExport } from "../src/reports/export-service";
import { dropSchema, repositoriesFor } from "../src/storage";
import { openDatabase } from "../src/storage/open-database";

const TOTAL = Number(process.env.ASSESSMENTS ?? 200_000);
const CYCLES = ["2023-baseline", "2025", "2027"];
const ORGS = 6;
const STATUSES = ["not_started", "planned", "in_progress", "substantial", "complete", "regressed", "no_information"];
/** What is measured: [label, format, table]. */
const ALL_CASES: [string, string, string | undefined][] = [
  ["assessments.csv", "csv", "assessments"],
  ["assessments.json", "json", "assessments"],
  ["assessments.xlsx", "xlsx", "assessments"],
  ["scores.csv", "csv", "scores"],
  ["blueprint.xlsx (every table)", "xlsx", undefined],
  ["blueprint-datapackage.zip", "datapackage", undefined],
  ["countries.csv (baseline)", "csv", "countries"],
];
const CASES = ALL_CASES.filter(([label]) => !process.env.BENCH_CASES || label.includes(process.env.BENCH_CASES));
const REPEAT = Math.max(1, Number(process.env.BENCH_REPEAT ?? 1));
const ONLY = process.env.BENCH_ONLY;

async function open(url: string, schema?: string) {
  return repositoriesFor(await openDatabase(url, schema ? { schema } : {}));
}

/** One export in this process: prints {ms, bytes, rssMB, heapMB} as JSON. */
async function child(url: string, schema: string, format: string, table: string, out: string) {
  const storage = await open(url, schema || undefined);
  let peakHeap = 0;
  const sample = setInterval(() => {
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }, 10);
  const start = performance.now();
  const exp = await openExport(storage, "https://blueprint.example.org", { format, table: table || undefined });
  const sink = createWriteStream(out);
  for await (const chunk of exp.body) if (!sink.write(chunk)) await once(sink, "drain");
  sink.end();
  await once(sink, "finish");
  const ms = performance.now() - start;
  clearInterval(sample);
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  await storage.close();
  const mb = (b: number) => Math.round(b / 1e5) / 10;
  console.log(
    JSON.stringify({ ms, bytes: statSync(out).size, rssMB: mb(process.resourceUsage().maxRSS * 1024), heapMB: mb(peakHeap) }),
  );
}

let state = 20230318;
const random = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;

async function generate(url: string, schema?: string) {
  const opened = await openDatabase(url, schema ? { schema } : {});
  const storage = repositoriesFor(opened);
  await storage.migrate();
  await seed(storage, "data/frameworks");
  const now = new Date().toISOString();
  await storage.accounts.createUser(
    { id: "bench-user", email: "bench@example.org", displayName: "Bench", isSuperadmin: false },
    now,
  );
  for (let o = 0; o < ORGS; o++)
    await storage.accounts.createOrganisation(
      { id: `bench-org-${o}`, slug: `bench-org-${o}`, name: `Bench organisation ${o}`, type: "civil_society", countryIso3: null },
      now,
    );
  for (const [i, id] of CYCLES.entries())
    await storage.assessments.createCycle({
      id,
      name: id,
      periodStart: "2023-01-01",
      periodEnd: "2023-12-31",
      order: i + 1,
      status: "open",
      isDemo: false,
      createdAt: now,
    });
  const [items, countries, factors, evidence] = await Promise.all([
    storage.framework.listItems(),
    storage.countries.listCountries(),
    storage.framework.listItems({ kind: "factor" }),
    storage.evidence.listEvidence({ visibility: ["public"] }, { page: 1, perPage: 10_000 }),
  ]);
  const assessable = items.filter((i) => i.kind === "commitment" || i.kind === "option").map((i) => i.id);
  const evidenceIds = evidence.items.map((e) => e.id);
  const started = performance.now();
  let made = 0;
  let assessments: Record<string, unknown>[] = [];
  let publications: Record<string, unknown>[] = [];
  const flush = async () => {
    if (!assessments.length) return;
    await opened.db
      .insertInto("assessments")
      .values(assessments as never)
      .execute();
    await opened.db
      .insertInto("assessment_publications")
      .values(publications as never)
      .execute();
    assessments = [];
    publications = [];
  };
  outer: for (const country of countries)
    for (const cycleId of CYCLES)
      for (const itemId of assessable)
        for (let o = 0; o < ORGS; o++) {
          if (made >= TOTAL) break outer;
          const id = `bench-${String(made++).padStart(7, "0")}`;
          const organisationId = `bench-org-${o}`;
          const content = {
            status: pick(STATUSES),
            narrative: `The ${pick(["ministry", "regulator", "parliament", "police"])} ${pick(["adopted", "drafted", "funded", "announced"])} measures on ${itemId} in ${country.name}; civil society reports mixed implementation, with gaps in rural areas and for women in public life.`,
            confidence: pick(["low", "medium", "high"]),
            obstacles: factors.filter(() => random() < 0.15).map((f) => f.id),
            enablers: [],
            evidenceIds: random() < 0.3 ? [pick(evidenceIds)] : [],
          };
          assessments.push({
            id,
            organisation_id: organisationId,
            country_iso3: country.iso3,
            cycle_id: cycleId,
            item_id: itemId,
            status: content.status,
            narrative: content.narrative,
            confidence: content.confidence,
            review_state: "published",
            version: 1,
            edited_by: "bench-user",
            submitted_by: null,
            created_at: now,
            updated_at: now,
          });
          publications.push({
            assessment_id: id,
            version: 1,
            snapshot_json: JSON.stringify({ organisationId, countryIso3: country.iso3, cycleId, itemId, ...content }),
            published_by: "bench-user",
            published_at: now,
            methodology_version: METHODOLOGY_V1.version,
          });
          if (assessments.length === 1000) await flush();
        }
  await flush();
  await storage.close();
  return { made, seconds: (performance.now() - started) / 1000 };
}

async function bench(name: string, url: string, schema?: string) {
  const { made, seconds } = await generate(url, schema);
  console.log(`\n${name}: ${made} published assessments generated in ${seconds.toFixed(1)} s`);
  console.log("export                          time      output      peak RSS   peak heap");
  const dir = mkdtempSync(join(tmpdir(), "blueprint-bench-out-"));
  try {
    for (const [label, format, table] of CASES) {
      const out = join(dir, "out");
      const runs: { ms: number; bytes: number; rssMB: number; heapMB: number }[] = [];
      for (let i = 0; i < REPEAT; i++) {
        const res = spawnSync(
          process.execPath,
          ["--import", "tsx", "scripts/bench-exports.ts", "--child", url, schema ?? "", format, table ?? "", out],
          { encoding: "utf8", maxBuffer: 1e6 },
        );
        if (res.status !== 0) throw new Error(`${label} failed:\n${res.stderr}`);
        runs.push(JSON.parse(res.stdout.trim().split("\n").at(-1)!));
      }
      const times = runs.map((r) => r.ms / 1000).sort((a, b) => a - b);
      const r = runs.reduce((a, b) => (b.rssMB > a.rssMB ? b : a));
      const range = REPEAT > 1 ? ` (${times[0]!.toFixed(2)}–${times.at(-1)!.toFixed(2)})` : "";
      console.log(
        `${label.padEnd(30)} ${times[Math.floor(times.length / 2)]!.toFixed(2).padStart(6)} s ${(r.bytes / 1e6).toFixed(1).padStart(7)} MB ${String(r.rssMB).padStart(7)} MB ${String(Math.max(...runs.map((x) => x.heapMB))).padStart(8)} MB${range}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === "--child") {
  const [url, schema, format, table, out] = process.argv.slice(3) as [string, string, string, string, string];
  await child(url, schema, format, table, out);
} else if (process.argv[2] === "--generate") {
  const [url, schema] = process.argv.slice(3) as [string, string];
  console.log(await generate(url, schema || undefined));
} else if (process.argv[2] === "--drop") {
  await dropSchema(process.argv[3]!, process.argv[4]!);
} else {
  if (ONLY !== "postgres") {
    const dir = mkdtempSync(join(tmpdir(), "blueprint-bench-exports-"));
    try {
      await bench("SQLite", `sqlite:${join(dir, "bench.db")}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const pg = process.env.BENCH_DATABASE_URL;
  if (pg && ONLY !== "sqlite") {
    const schema = `bp_bench_exports_${process.pid}`;
    try {
      await bench("PostgreSQL", pg, schema);
    } finally {
      await dropSchema(pg, schema);
    }
  } else if (!pg) console.log("\nPostgreSQL: set BENCH_DATABASE_URL=postgres://… to measure it too.");
}
