/**
 * Assessments imported from the open-data export's shape: an exported CSV (and
 * XLSX) re-imports to the same records, a second run changes nothing (not even
 * versions), every bad row is named by row and column and nothing is stored.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Actor, Organisation } from "../../src/domain/accounts/types";
import type { Repositories } from "../../src/domain/ports";
import { METHODOLOGY_V1 } from "../../src/domain/scoring/methodology-v1";
import { type AssessmentImportInput, importAssessments } from "../../src/imports/assessment-import";
import { parseCsv } from "../../src/imports/csv";
import { ImportError } from "../../src/imports/table";
import { readXlsx } from "../../src/imports/xlsx";
import { openExport } from "../../src/reports/export-service";
import type { Storage } from "../../src/storage";
import { assess, baseRecords, bytesOf } from "../reports/fixtures";
import { seededStorage, testDatabases } from "../support/databases";

const NARRATIVE = 'The law of 2018 covers "cyber-harassment", stalking and doxing;\nenforcement is weak, says the 2024 report.';
let ids = 0;

async function member(repos: Repositories): Promise<{ actor: Actor; org: Organisation }> {
  await repos.accounts.setMembership("u-export", "org-a", "contributor", "2026-02-01T00:00:00.000Z");
  const user = (await repos.accounts.getUser("u-export"))!;
  return {
    actor: { user, memberships: await repos.accounts.membershipsOfUser(user.id) },
    org: (await repos.accounts.getOrganisationBySlug("cso-a"))!,
  };
}

async function run(repos: Repositories, text: string | { xlsx: Uint8Array }, over: Partial<AssessmentImportInput> = {}) {
  const { actor, org } = await member(repos);
  const table = typeof text === "string" ? parseCsv(text) : readXlsx(text.xlsx, "assessments").table;
  return importAssessments(repos, {
    table,
    fileName: "assessments.csv",
    organisation: org,
    cycleId: "2025",
    actor,
    dryRun: false,
    ctx: { ipPrefix: "cli", userAgent: "test", now: new Date("2026-03-01T00:00:00.000Z") },
    newId: () => `imported-${++ids}`,
    methodologyVersion: METHODOLOGY_V1.version,
    ...over,
  });
}

const mine = async (repos: Repositories) =>
  (await repos.assessments.listForWorkspace("org-a", "KEN", "2025"))
    .concat(await repos.assessments.listForWorkspace("org-a", "BRA", "2025"))
    .map((a) => ({
      key: `${a.countryIso3}/${a.itemId}`,
      content: [a.status, a.confidence, a.narrative, a.obstacles, a.enablers, a.evidenceIds],
      version: a.version,
      reviewState: a.reviewState,
    }))
    .sort((a, b) => a.key.localeCompare(b.key));

const audits = async (repos: Repositories) =>
  (await repos.audit.list({ organisationId: "org-a" }, { page: 1, perPage: 100 })).items.length;

for (const database of testDatabases())
  describe(`import assessments on ${database.name}`, () => {
    let source: Storage & { cleanup(): Promise<void> };
    let target: Storage & { cleanup(): Promise<void> };
    let csv = "";
    before(async () => {
      [source, target] = await Promise.all([seededStorage(database), seededStorage(database)]);
      await Promise.all([baseRecords(source), baseRecords(target)]);
      await assess(
        source,
        {
          id: "p1",
          org: "org-a",
          country: "KEN",
          cycle: "2025",
          item: "s02-o2",
          narrative: NARRATIVE,
          evidenceIds: ["ken-computer-misuse-cybercrimes-act"],
        },
        true,
      );
      await assess(
        source,
        { id: "p2", org: "org-a", country: "KEN", cycle: "2025", item: "hrc-38-5-c01", status: "complete" },
        true,
      );
      await assess(source, { id: "p3", org: "org-a", country: "BRA", cycle: "2025", item: "s01-o1", status: "regressed" }, true);
      csv = new TextDecoder().decode(
        await bytesOf(
          (
            await openExport(source, "http://x.test", {
              format: "csv",
              table: "assessments",
              filters: { org: "cso-a", cycle: "2025" },
              hxl: true,
            })
          ).body,
        ),
      );
    });
    after(async () => {
      await source.cleanup();
      await target.cleanup();
    });

    test("an exported CSV re-imports to the same records, as drafts; again, it changes nothing", async () => {
      const dry = await run(target, csv, { dryRun: true });
      assert.deepEqual([dry.created, dry.updated, dry.unchanged], [3, 0, 0]);
      assert.equal((await mine(target)).length, 0, "a dry run stores nothing");

      const first = await run(target, csv);
      assert.deepEqual([first.rows, first.created, first.updated, first.unchanged], [3, 3, 0, 0]);
      assert.match(first.notices.join("\n"), /'assessment_id'.*'url'/);
      const imported = await mine(target);
      assert.deepEqual(
        imported.map((a) => [a.key, a.content]),
        (await mine(source)).map((a) => [a.key, a.content]),
      );
      assert.ok(imported.every((a) => a.version === 1 && a.reviewState === "draft"));
      const logged = await audits(target);
      assert.equal(logged, 4, "three assessment.create entries and one assessment.import");

      const second = await run(target, csv);
      assert.deepEqual([second.created, second.updated, second.unchanged], [0, 0, 3]);
      assert.deepEqual(await mine(target), imported, "not even versions change");
      assert.equal(await audits(target), logged);
      // The published originals are unchanged by their own export.
      assert.equal((await run(source, csv)).unchanged, 3);
    });

    test("an exported XLSX re-imports the same way", async () => {
      const xlsx = await bytesOf(
        (await openExport(source, "http://x.test", { format: "xlsx", table: "assessments", filters: { org: "cso-a" } })).body,
      );
      const read = readXlsx(xlsx, "assessments");
      assert.equal(read.sheet, "assessments");
      assert.deepEqual(read.table.header, parseCsv(csv).header);
      const again = await run(target, { xlsx });
      assert.deepEqual([again.created, again.updated, again.unchanged], [0, 0, 3]);
    });

    test("a changed row updates its draft; translated columns are reported, not lost silently", async () => {
      const lines = csv.split("\r\n");
      const header = `${lines[0]},narrative__fr`;
      const row = lines.findIndex((l) => l.includes(",BRA,"));
      const changed = [
        header,
        ...lines
          .slice(1)
          .map((l, k) => (k + 1 === row ? `${l.replace(",regressed,", ",in_progress,")},"La loi…"` : l ? `${l},` : l)),
      ].join("\r\n");
      const r = await run(target, changed);
      assert.deepEqual([r.created, r.updated, r.unchanged], [0, 1, 2]);
      assert.match(r.notices.join("\n"), /Column 'narrative__fr' \(narrative in 'fr'\): not imported, 1 row with a value/);
      const bra = (await mine(target)).find((a) => a.key === "BRA/s01-o1")!;
      assert.deepEqual([bra.content[0], bra.version], ["in_progress", 2]);
    });

    test("every bad row is named by row and column, and nothing is stored", async () => {
      const before = await mine(target);
      const logged = await audits(target);
      const head = "country_iso3,item_id,status,confidence,narrative,obstacles,enablers,evidence_ids,cycle_id";
      const bad = [
        head,
        "KEN,s02-o2,in_progress,high,Fine,funding-capacity,,,2025",
        "KEN,s02-o2,planned,high,Repeat,,,,2025",
        "XYZ,s01-o1,planned,low,,,,,2025",
        "KEN,not-an-item,planned,low,,,,,2025",
        "KEN,s01-o2,finished,sure,,no-such-factor,,no-such-evidence,2025",
        "KEN,s01-o3,planned,low,,,,,2023",
      ].join("\n");
      await assert.rejects(run(target, bad), (e: unknown) => {
        assert.ok(e instanceof ImportError);
        assert.deepEqual(
          e.problems.map((p) => `${p.row}:${p.column}`),
          ["3:item_id", "4:country_iso3", "5:item_id", "6:status", "6:confidence", "6:obstacles", "6:evidence_ids", "7:cycle_id"],
        );
        assert.match(e.message, /row 6, column 'status': 'finished' is not a status; use one of no_information/);
        assert.match(e.message, /row 3, column 'item_id': repeats row 2/);
        return true;
      });
      await assert.rejects(run(target, "country_iso3,item_id\nKEN,s01-o1\n"), /no 'status' column/);
      await assert.rejects(run(target, csv, { cycleId: "2099" }), /there is no cycle '2099'/);
      const viewer = await member(target);
      await assert.rejects(run(target, csv, { actor: { user: viewer.actor.user, memberships: [] } }), /may not edit/);
      assert.deepEqual(await mine(target), before);
      assert.equal(await audits(target), logged);
    });
  });
