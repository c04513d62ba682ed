/**
 * Uploads kept for the import screen, on every database: the bytes come back
 * exactly (every byte value, a BLOB on SQLite and bytea on PostgreSQL); an
 * upload is found only by its owner, in its organisation, before it expires
 * and while its bytes match their hash; a new upload replaces the owner's
 * earlier one and purges expired ones; consuming it twice fails.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Organisation, User } from "../../src/domain/accounts/types";
import {
  consumeUpload,
  keepUpload,
  pendingUpload,
  readAssessmentFile,
  UPLOAD_LIFETIME_MS,
  UploadGoneError,
} from "../../src/imports/assessment-uploads";
import { ImportError } from "../../src/imports/table";
import type { Storage } from "../../src/storage";
import { baseRecords } from "../reports/fixtures";
import { seededStorage, testDatabases } from "../support/databases";

const EVERY_BYTE = Uint8Array.from({ length: 1024 }, (_, i) => i % 256);

for (const database of testDatabases())
  describe(`import uploads on ${database.name}`, () => {
    let storage: Storage & { cleanup(): Promise<void> };
    let user: User;
    let other: User;
    let org: Organisation;
    let orgB: Organisation;
    before(async () => {
      storage = await seededStorage(database);
      await baseRecords(storage);
      user = (await storage.accounts.getUser("u-export"))!;
      other = await storage.accounts.createUser(
        { id: "u-other", email: "other@example.org", displayName: "Other", isSuperadmin: false },
        new Date().toISOString(),
      );
      org = (await storage.accounts.getOrganisationBySlug("cso-a"))!;
      orgB = (await storage.accounts.getOrganisationBySlug("cso-b"))!;
    });
    after(() => storage.cleanup());

    const keep = (over: Partial<Parameters<typeof keepUpload>[1]> = {}) =>
      keepUpload(storage, {
        user,
        organisation: org,
        cycleId: "2025",
        fileName: "a.xlsx",
        content: EVERY_BYTE,
        now: new Date(),
        ...over,
      });
    const gone = (p: Promise<unknown>) => assert.rejects(p, UploadGoneError);

    test("the bytes come back exactly, to their owner in their organisation only", async () => {
      const kept = await keep({ fileName: "C:\\Users\\me\\Desktop\\my\u0007 file.xlsx" });
      assert.equal(kept.fileName, "my file.xlsx", "a path and control characters are dropped from the name");
      const found = await pendingUpload(storage, kept.id, user, org, new Date());
      assert.deepEqual([...found.content], [...EVERY_BYTE]);
      assert.equal(found.cycleId, "2025");
      await gone(pendingUpload(storage, kept.id, other, org, new Date()));
      await gone(pendingUpload(storage, kept.id, user, orgB, new Date()));
      await gone(pendingUpload(storage, kept.id, user, org, new Date(Date.now() + UPLOAD_LIFETIME_MS + 1000)));
      await gone(pendingUpload(storage, `${kept.id.slice(0, -1)}x`, user, org, new Date()));
      await gone(pendingUpload(storage, "not-an-id", user, org, new Date()));
    });

    test("a new upload replaces the owner's earlier one and purges expired ones; consuming twice fails", async () => {
      const first = await keep();
      const othersOld = await keepUpload(storage, {
        user: other,
        organisation: org,
        cycleId: "2025",
        fileName: "old.csv",
        content: EVERY_BYTE,
        now: new Date(Date.now() - 2 * UPLOAD_LIFETIME_MS),
      });
      const second = await keep();
      assert.equal(await storage.importUploads.get(first.id), undefined, "replaced");
      assert.equal(await storage.importUploads.get(othersOld.id), undefined, "expired, purged");
      await storage.transaction((tx) => consumeUpload(tx, second.id));
      assert.equal(await storage.importUploads.get(second.id), undefined);
      await gone(storage.transaction((tx) => consumeUpload(tx, second.id)));
    });
  });

test("files are read by their extension; a CSV must be UTF-8", () => {
  const csv = new TextEncoder().encode("\uFEFFcountry_iso3,item_id\nKEN,s01-o1\n");
  assert.deepEqual(readAssessmentFile("a.CSV", csv).table.rows[0]?.cells, ["KEN", "s01-o1"]);
  assert.throws(
    () => readAssessmentFile("a.csv", Uint8Array.from([0x61, 0xe9, 0x0a])),
    (e: unknown) => {
      assert.ok(e instanceof ImportError);
      assert.match(e.message, /'a.csv' is not UTF-8 text/);
      return true;
    },
  );
  assert.throws(() => readAssessmentFile("a.ods", csv), /'a.ods' is neither .csv nor .xlsx/);
  assert.throws(() => readAssessmentFile("a.xlsx", csv), /not a valid XLSX \(zip\) file/);
});
