import type { ImportUpload, ImportUploadRepository } from "../../domain/ports";
import type { DB, ImportUploadsTable } from "../database";

function toUpload(r: ImportUploadsTable): ImportUpload {
  return {
    id: r.id,
    userId: r.user_id,
    organisationId: r.organisation_id,
    cycleId: r.cycle_id,
    fileName: r.file_name,
    // better-sqlite3 and pg give a Buffer, PGlite a Uint8Array: both are Uint8Arrays.
    content: new Uint8Array(r.content.buffer, r.content.byteOffset, r.content.byteLength),
    contentSha256: r.content_sha256,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
  };
}

export function importUploadRepository(db: DB): ImportUploadRepository {
  return {
    async create(u) {
      await db
        .insertInto("import_uploads")
        .values({
          id: u.id,
          user_id: u.userId,
          organisation_id: u.organisationId,
          cycle_id: u.cycleId,
          file_name: u.fileName,
          content: u.content,
          content_sha256: u.contentSha256,
          created_at: u.createdAt,
          expires_at: u.expiresAt,
        })
        .execute();
    },

    async get(id) {
      const r = await db.selectFrom("import_uploads").selectAll().where("id", "=", id).executeTakeFirst();
      return r ? toUpload(r) : undefined;
    },

    async remove(id) {
      const res = await db.deleteFrom("import_uploads").where("id", "=", id).executeTakeFirst();
      return Number(res.numDeletedRows) === 1;
    },

    async removeFor(userId, organisationId) {
      const res = await db
        .deleteFrom("import_uploads")
        .where("user_id", "=", userId)
        .where("organisation_id", "=", organisationId)
        .executeTakeFirst();
      return Number(res.numDeletedRows);
    },

    async removeExpired(now) {
      const res = await db.deleteFrom("import_uploads").where("expires_at", "<=", now).executeTakeFirst();
      return Number(res.numDeletedRows);
    },
  };
}
