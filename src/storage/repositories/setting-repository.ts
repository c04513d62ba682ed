import type { SettingRepository } from "../../domain/ports";
import type { DB } from "../database";

export function settingRepository(db: DB): SettingRepository {
  return {
    async get(name) {
      const row = await db.selectFrom("settings").select("value").where("name", "=", name).executeTakeFirst();
      return row?.value;
    },
    async set(name, value, now) {
      await db
        .insertInto("settings")
        .values({ name, value, updated_at: now })
        .onConflict((oc) => oc.column("name").doUpdateSet({ value, updated_at: now }))
        .execute();
    },
  };
}
