/** Every migration, in order. Add new ones here; never edit one that has shipped. */
import type { Migration, MigrationProvider } from "kysely";
import * as m001 from "./001-framework";
import * as m002 from "./002-accounts";

const migrations: Record<string, Migration> = {
  "001-framework": m001,
  "002-accounts": m002,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
