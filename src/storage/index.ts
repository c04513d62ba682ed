/** The one entry point to storage: open a database and get the domain's repositories. */
import type { Repositories } from "../domain/ports";
import type { DialectName } from "./database";
import { migrateToLatest, type OpenDatabase, type OpenOptions, openDatabase, ping } from "./open-database";
import { countryRepository } from "./repositories/country-repository";
import { evidenceRepository } from "./repositories/evidence-repository";
import { frameworkRepository } from "./repositories/framework-repository";
import { seedRepository } from "./repositories/seed-repository";

export { dropSchema } from "./open-database";

export interface Storage extends Repositories {
  dialect: DialectName;
  migrate(): Promise<string[]>;
  close(): Promise<void>;
}

export function repositoriesFor(open: OpenDatabase): Storage {
  const { db, dialect } = open;
  return {
    dialect,
    framework: frameworkRepository(db, dialect),
    countries: countryRepository(db),
    evidence: evidenceRepository(db, dialect),
    seed: seedRepository(db),
    ping: () => ping(db),
    migrate: () => migrateToLatest(db),
    close: () => open.close(),
  };
}

/** Opens the database named by `url`; does not migrate (call migrate()). */
export async function openStorage(url: string, options: OpenOptions = {}): Promise<Storage> {
  return repositoriesFor(await openDatabase(url, options));
}
