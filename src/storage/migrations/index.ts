/** Every migration, in order. Add new ones here; never edit one that has shipped. */
import type { Migration, MigrationProvider } from "kysely";
import * as m001 from "./001-framework";

const migrations: Record<string, Migration> = {
  "001-framework": m001,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
