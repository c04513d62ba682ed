/**
 * Only public data leaves through the exports. Confidential evidence (both
 * "organisation" and "restricted"), a draft assessment and a newer draft of a
 * published assessment carry unique canary strings; a published assessment
 * cites the confidential records. Every table in every format, the workbook
 * and the data package (unzipped), from the export service and over HTTP, are
 * searched for the canaries and the confidential ids.
 */
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { after, before, describe, test } from "node:test";
import { unzipSync } from "fflate";
import { openExport } from "../../src/reports/export-service";
import { TABLES } from "../../src/reports/tables";
import { ALL_FILES } from "../../src/web/data/files";
import type { App } from "../support/authorisation";
import { seededApp, testDatabases } from "../support/databases";
import { assess, baseRecords, bytesOf, confidentialEvidence } from "./fixtures";

/** The text of a file, and of every entry when it is a zip. */
function texts(bytes: Buffer): string[] {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return Object.values(unzipSync(bytes)).map((b) => Buffer.from(b).toString("utf8"));
  return [bytes.toString("utf8")];
}

for (const database of testDatabases())
  describe(`no confidential data in open data exports on ${database.name}`, () => {
    const tag = randomBytes(6).toString("hex");
    const CANARIES = [`CANARY-ORG-${tag}`, `CANARY-RES-${tag}`, `CANARY-DRAFT-${tag}`, `CANARY-NEWER-${tag}`];
    const SECRET_IDS = [`secret-org-${tag}`, `secret-res-${tag}`, `draft-${tag}`];
    let app: App;
    let repos: Awaited<ReturnType<typeof seededApp>>["deps"]["repos"];
    let cleanup = async () => {};
    const leaks = (where: string, text: string) =>
      [...CANARIES, ...SECRET_IDS].filter((s) => text.includes(s)).map((s) => `${where}: ${s}`);

    before(async () => {
      const seeded = await seededApp(database);
      ({ app } = seeded);
      repos = seeded.deps.repos;
      cleanup = seeded.storage.cleanup;
      await baseRecords(repos);
      await confidentialEvidence(repos, SECRET_IDS[0]!, CANARIES[0]!, "organisation");
      await confidentialEvidence(repos, SECRET_IDS[1]!, CANARIES[1]!, "restricted");
      const cites = ["ken-computer-misuse-cybercrimes-act", SECRET_IDS[0]!, SECRET_IDS[1]!];
      await assess(
        repos,
        { id: `published-${tag}`, org: "org-a", country: "KEN", cycle: "2025", item: "s02-o2", evidenceIds: cites },
        true,
      );
      await assess(
        repos,
        { id: SECRET_IDS[2]!, org: "org-a", country: "KEN", cycle: "2025", item: "s01-o1", narrative: CANARIES[2] },
        false,
      );
      await assess(repos, { id: `edited-${tag}`, org: "org-b", country: "KEN", cycle: "2025", item: "s02-o2" }, true);
      await assess(
        repos,
        {
          id: `edited-${tag}`,
          org: "org-b",
          country: "KEN",
          cycle: "2025",
          item: "s02-o2",
          status: "complete",
          narrative: CANARIES[3],
        },
        false,
        2,
      );
    });
    after(() => cleanup());

    test("the fixtures are real: the canaries are in the database and the published assessment cites them", async () => {
      const published = (await repos.assessments.listPublications(`published-${tag}`)).at(-1);
      assert.ok(published?.snapshot.evidenceIds.includes(SECRET_IDS[0]!));
      assert.equal((await repos.assessments.get(SECRET_IDS[2]!))?.narrative, CANARIES[2]);
      assert.equal((await repos.assessments.get(`edited-${tag}`))?.narrative, CANARIES[3]);
      assert.equal((await repos.evidence.getEvidence(SECRET_IDS[1]!, ["restricted"]))?.title, `${CANARIES[1]} title`);
    });

    test("no table in any format, nor the workbook or the data package, holds a canary or a confidential id", async () => {
      const found: string[] = [];
      const requests: { format: string; table?: string }[] = [
        ...TABLES.flatMap((t) => ["csv", "json", "xlsx"].map((format) => ({ format, table: t.id }))),
        { format: "xlsx" },
        { format: "datapackage" },
      ];
      for (const request of requests)
        for (const filters of [{}, { country: "KEN" }, { org: "cso-a" }]) {
          const bytes = await bytesOf((await openExport(repos, "http://x.test", { ...request, filters, hxl: true })).body);
          for (const text of texts(bytes)) found.push(...leaks(`${request.format} ${request.table ?? "all"}`, text));
        }
      assert.deepEqual(found, []);
      // The exports are not empty: the public records around the canaries are there.
      const assessments = (
        await bytesOf((await openExport(repos, "http://x.test", { format: "csv", table: "assessments" })).body)
      ).toString();
      assert.match(assessments, new RegExp(`published-${tag}.*ken-computer-misuse-cybercrimes-act`));
      assert.match(
        assessments,
        new RegExp(`edited-${tag},KEN,Kenya,2025,false,s02-o2,option,s02,cso-b,[^\\r]*,planned,`),
        "the published version, not the newer draft",
      );
    });

    test("nor does any download of the open data page or the API", async () => {
      const found: string[] = [];
      for (const file of ALL_FILES)
        for (const base of ["/data/", "/api/v1/exports/"]) {
          const res = await app.request(`${base}${file.name}?hxl=1`);
          assert.equal(res.status, 200, `${base}${file.name}`);
          for (const text of texts(Buffer.from(await res.arrayBuffer()))) found.push(...leaks(`${base}${file.name}`, text));
        }
      for (const path of ["/data", "/data?country=KEN", "/api/v1/exports"])
        found.push(...leaks(path, await (await app.request(path)).text()));
      assert.deepEqual(found, []);
    });
  });
