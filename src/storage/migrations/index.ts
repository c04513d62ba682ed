/** Every migration, in order. Add new ones here; never edit one that has shipped. */
import type { Migration, MigrationProvider } from "kysely";
import * as m001 from "./001-framework";
import * as m002 from "./002-accounts";
import * as m003 from "./003-assessments";
import * as m004 from "./004-settings";
import * as m005 from "./005-search";
import * as m006 from "./006-api-tokens";
import * as m007 from "./007-report-drafts";
import * as m008 from "./008-import-uploads";
import * as m009 from "./009-content-translations";

const migrations: Record<string, Migration> = {
  "001-framework": m001,
  "002-accounts": m002,
  "003-assessments": m003,
  "004-settings": m004,
  "005-search": m005,
  "006-api-tokens": m006,
  "007-report-drafts": m007,
  "008-import-uploads": m008,
  "009-content-translations": m009,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
