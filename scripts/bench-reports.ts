/**
 * Times a full country shadow report: on a temporary SQLite database, one
 * organisation publishes every assessable item of the pack for one country,
 * each with a narrative of two paragraphs and three public evidence records
 * cited, and the government replies to a third of them. Each format runs in
 * its own child process (read, build, render, write), so that its time and
 * peak RSS are its own. Goal: under 2 s and 200 MB each.   npm run bench:reports
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { METHODOLOGY_V1 } from "../src/domain/scoring/methodology-v1";
import { seed } from "../src/packs/seed";
import { type ReportFormat, renderReportFile, shadowReport } from "../src/reports/shadow";
import { sofficePath } from "../src/reports/shadow/pdf";
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

async function child(url: string, format: ReportFormat, lang: "en" | "ar", out: string) {
  const start = performance.now();
  const s = await openStorage(url);
  const report = await shadowReport(
    s,
    { countryIso3: COUNTRY, cycleId: "2025" },
    { template: "general", lang, date: new Date().toISOString() },
  );
  writeFileSync(out, await renderReportFile(report, format));
  await s.close();
  const ms = performance.now() - start;
  console.log(
    JSON.stringify({
      ms,
      rssMB: Math.round(process.resourceUsage().maxRSS / 102.4) / 10,
      notes: report.footnotes.length,
      words: report.words,
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
    console.log("report            time      output   peak RSS   notes   words");
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
      const r = JSON.parse(res.stdout.trim().split("\n").at(-1)!) as { ms: number; rssMB: number; notes: number; words: number };
      console.log(
        `${`${format} (${lang})`.padEnd(15)} ${(r.ms / 1000).toFixed(2).padStart(6)} s ${(statSync(out).size / 1e3).toFixed(0).padStart(6)} kB ${String(r.rssMB).padStart(7)} MB ${String(r.notes).padStart(7)} ${String(r.words).padStart(7)}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
