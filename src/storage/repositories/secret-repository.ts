import type { SecretRepository } from "../../domain/ports";
import type { DB } from "../database";

export function secretRepository(db: DB): SecretRepository {
  return {
    /** Insert-if-absent then read, so that two instances starting together agree on one value. */
    async getOrCreate(name, generate, now) {
      await db
        .insertInto("app_secrets")
        .values({ name, value: generate(), created_at: now })
        .onConflict((oc) => oc.column("name").doNothing())
        .execute();
      const row = await db.selectFrom("app_secrets").select("value").where("name", "=", name).executeTakeFirstOrThrow();
      return row.value;
    },
  };
}
