/**
 * Times a full country shadow report: on a temporary SQLite database, one
 * organisation publishes every assessable item of the pack for one country,
 * each with a narrative of two paragraphs and three public evidence records
 * cited, and the government replies to a third of them. Each format runs in
 * its own child process (read, then build and render in a worker thread as the
 * server does, write), so that its time and peak memory are its own.
 * Goal: under 2 s and 200 MB each.   npm run bench:reports
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { METHODOLOGY_V1 } from "../src/domain/scoring/methodology-v1";
import { seed } from "../src/packs/seed";
import { docxToPdf, gatherShadowInput, type ReportFormat, renderPool, sofficePath } from "../src/reports/shadow";
import { openStorage } from "../src/storage";

const COUNTRY = "KEN";
const STATUSES = ["not_started", "planned", "in_progress", "substantial", "complete", "regressed"] as const;

async function generate(url: string) {
  const s = await openStorage(url);
  await s.migrate();
  await seed(s, "data/frameworks");
  const now = new Date().toISOString();
  await s.accounts.createUser({ id: "bench", email: "bench@example.org", displayName: "Bench", isSuperadmin: false }, now);
  await s.accounts.createOrganisation(
    { id: "cso", slug: "bench-cso", name: "Bench coalition", type: "civil_society", countryIso3: null },
    now,
  );
  await s.accounts.createOrganisation(
    { id: "gov", slug: "bench-gov", name: "Government", type: "government_body", countryIso3: COUNTRY },
    now,
  );
  await s.assessments.createCycle({
    id: "2025",
    name: "2025",
    periodStart: "2025-01-01",
    periodEnd: "2025-12-31",
    order: 1,
    status: "open",
    isDemo: false,
    createdAt: now,
  });
  const [items, factors, evidence] = await Promise.all([
    s.framework.listItems(),
    s.framework.listItems({ kind: "factor" }),
    s.evidence.listEvidence({ visibility: ["public"] }, { page: 1, perPage: 10_000 }),
  ]);
  const assessable = items.filter((i) => i.kind === "commitment" || i.kind === "option");
  const ids = evidence.items.map((e) => e.id);
  const paragraph = (item: string) =>
    `The ministry responsible adopted measures on ${item}; civil society reports uneven implementation, with gaps in rural areas, for women in public life and for girls at school. Survivors describe slow police responses and platforms that do not act on reports of image-based abuse within the time the law sets.`;
  await s.transaction(async (tx) => {
    for (const [k, item] of assessable.entries()) {
      const content = {
        status: STATUSES[k % STATUSES.length]!,
        narrative: `${paragraph(item.id)}\n\n${paragraph(item.title)}`,
        confidence: "medium" as const,
        obstacles: factors.filter((_, f) => (k + f) % 3 === 0).map((f) => f.id),
        enablers: [],
        evidenceIds: [0, 1, 2].map((j) => ids[(k * 3 + j) % ids.length]!),
      };
      const key = { organisationId: "cso", countryIso3: COUNTRY, cycleId: "2025", itemId: item.id };
      const id = `bench-${k}`;
      await tx.assessments.insert({
        id,
        ...key,
        ...content,
        reviewState: "published",
        version: 1,
        editedBy: "bench",
        submittedBy: null,
        createdAt: now,
        updatedAt: now,
      });
      await tx.assessments.addPublication({
        assessmentId: id,
        version: 1,
        snapshot: { ...key, ...content },
        publishedBy: "bench",
        publishedAt: now,
        methodologyVersion: METHODOLOGY_V1.version,
      });
      if (k % 3 === 0)
        await tx.assessments.upsertReply({
          id: `reply-${k}`,
          assessmentId: id,
          organisationId: "gov",
          authorId: "bench",
          body: "The government notes this assessment and will respond in its national report.",
          createdAt: now,
          updatedAt: now,
        });
    }
  });
  await s.close();
  return assessable.length;
}

/**
 * One format in its own process, through the worker path the server takes:
 * read here (gather), build and render in a pool worker, PDF then converted
 * by LibreOffice. The pool is started and warmed first, and the start is
 * timed apart (the server pays it once). Peak heap of this thread is sampled
 * while the worker renders; the worker reports its own heap; peak RSS covers
 * every thread of the process (not LibreOffice's, which is its own process).
 */
async function child(url: string, format: ReportFormat, lang: "en" | "ar", out: string) {
  let peakHeap = 0;
  const sample = setInterval(() => {
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }, 5);
  const s = await openStorage(url);
  // What the process holds before any report (Node, tsx, the storage libraries): the report's own cost is the rest.
  const baseRss = process.memoryUsage().rss;
  const pool = renderPool({ size: 1 });
  const options = { template: "general" as const, lang, date: new Date().toISOString() };
  const boot = performance.now();
  const warm = await gatherShadowInput(s, { countryIso3: COUNTRY, cycleId: "2025" });
  await pool.run({ input: warm, options, output: "measure" });
  const startMs = performance.now() - boot;

  const start = performance.now();
  const input = await gatherShadowInput(s, { countryIso3: COUNTRY, cycleId: "2025" });
  const gatherMs = performance.now() - start;
  const result = await pool.run({ input, options, output: format === "pdf" ? "docx" : format });
  const bytes = format === "pdf" ? await docxToPdf(result.bytes!) : result.bytes!;
  await writeFile(out, bytes);
  const ms = performance.now() - start;
  clearInterval(sample);
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  await s.close();
  await pool.close();
  const mb = (b: number) => Math.round(b / 104857.6) / 10;
  console.log(
    JSON.stringify({
      ms,
      gatherMs,
      startMs,
      rssMB: Math.round(process.resourceUsage().maxRSS / 102.4) / 10,
      baseMB: mb(baseRss),
      heapMB: mb(peakHeap),
      workerHeapMB: mb(result.heap.total),
      threadId: result.threadId,
      notes: result.footnotes,
      words: result.words,
    }),
  );
}

if (process.argv[2] === "--child") {
  const [url, format, lang, out] = process.argv.slice(3) as [string, ReportFormat, "en" | "ar", string];
  await child(url, format, lang, out);
} else {
  const dir = mkdtempSync(join(tmpdir(), "blueprint-bench-reports-"));
  try {
    const url = `sqlite:${join(dir, "bench.db")}`;
    const items = await generate(url);
    console.log(`SQLite: ${COUNTRY}, every one of ${items} assessable items published, three public evidence records cited each`);
    console.log("Through the worker path (read here, build and render in a worker thread, PDF by LibreOffice):");
    console.log(
      "report            time   (read)  worker start   output   peak RSS (before)  peak heap  worker heap   notes   words",
    );
    const runs: [ReportFormat, "en" | "ar"][] = [
      ["html", "en"],
      ["docx", "en"],
      ["html", "ar"],
      ["docx", "ar"],
    ];
    // PDF is LibreOffice's work, in its own process: its time counts, its memory is not in this peak RSS.
    if (sofficePath()) runs.push(["pdf", "en"], ["pdf", "ar"]);
    else console.log("(PDF skipped: LibreOffice is not installed)");
    for (const [format, lang] of runs) {
      const out = join(dir, `report.${format}`);
      const res = spawnSync(
        process.execPath,
        ["--import", "tsx", "scripts/bench-reports.ts", "--child", url, format, lang, out],
        { encoding: "utf8" },
      );
      if (res.status !== 0) throw new Error(`${format} failed:\n${res.stderr}`);
      const r = JSON.parse(res.stdout.trim().split("\n").at(-1)!) as Record<string, number>;
      if (!(r.threadId! > 0)) throw new Error(`${format} was not rendered in a worker thread`);
      const sec = (ms: number) => `${(ms / 1000).toFixed(2).padStart(5)} s`;
      const mb = (x: number) => `${String(x).padStart(6)} MB`;
      console.log(
        `${`${format} (${lang})`.padEnd(15)} ${sec(r.ms!)} (${sec(r.gatherMs!)}) ${sec(r.startMs!).padStart(13)} ${(statSync(out).size / 1e3).toFixed(0).padStart(6)} kB ${mb(r.rssMB!)} (${String(r.baseMB).padStart(3)}) ${mb(r.heapMB!)} ${mb(r.workerHeapMB!).padStart(12)} ${String(r.notes).padStart(7)} ${String(r.words).padStart(7)}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
