/** The one entry point to storage: open a database and get the domain's repositories. */
import type { Repositories } from "../domain/ports";
import type { DB, DialectName } from "./database";
import { migrateToLatest, type OpenDatabase, type OpenOptions, openDatabase, ping } from "./open-database";
import { accountRepository } from "./repositories/account-repository";
import { apiTokenRepository } from "./repositories/api-token-repository";
import { assessmentRepository } from "./repositories/assessment-repository";
import { auditRepository } from "./repositories/audit-repository";
import { countryRepository } from "./repositories/country-repository";
import { evidenceRepository } from "./repositories/evidence-repository";
import { exportRepository } from "./repositories/export-repository";
import { frameworkRepository } from "./repositories/framework-repository";
import { importUploadRepository } from "./repositories/import-upload-repository";
import { rateLimitRepository } from "./repositories/rate-limit-repository";
import { reportDraftsRepository } from "./repositories/report-drafts-repository";
import { searchRepository } from "./repositories/search-repository";
import { secretRepository } from "./repositories/secret-repository";
import { seedRepository } from "./repositories/seed-repository";
import { sessionRepository } from "./repositories/session-repository";
import { settingRepository } from "./repositories/setting-repository";
import { tokenRepository } from "./repositories/token-repository";
import { translationRepository } from "./repositories/translation-repository";

export { dropSchema } from "./open-database";

export interface Storage extends Repositories {
  dialect: DialectName;
  migrate(): Promise<string[]>;
  close(): Promise<void>;
}

/** Repositories over `db`, which is either the database or an open transaction. */
function repositories(db: DB, dialect: DialectName, inTransaction: boolean): Repositories {
  const repos: Repositories = {
    framework: frameworkRepository(db, dialect),
    countries: countryRepository(db),
    evidence: evidenceRepository(db, dialect),
    seed: seedRepository(db),
    accounts: accountRepository(db),
    sessions: sessionRepository(db),
    tokens: tokenRepository(db),
    apiTokens: apiTokenRepository(db),
    importUploads: importUploadRepository(db),
    rateLimits: rateLimitRepository(db),
    audit: auditRepository(db, dialect),
    secrets: secretRepository(db),
    assessments: assessmentRepository(db, dialect),
    settings: settingRepository(db),
    search: searchRepository(db, dialect),
    exports: exportRepository(db, dialect),
    reportDrafts: reportDraftsRepository(db),
    translations: translationRepository(db, dialect),
    // Inside a transaction, a nested call joins it.
    transaction: inTransaction
      ? (work) => work(repos)
      : (work) => db.transaction().execute((trx) => work(repositories(trx, dialect, true))),
    ping: () => ping(db),
  };
  return repos;
}

export function repositoriesFor(open: OpenDatabase): Storage {
  return {
    ...repositories(open.db, open.dialect, false),
    dialect: open.dialect,
    migrate: () => migrateToLatest(open.db),
    close: () => open.close(),
  };
}

/** Opens the database named by `url`; does not migrate (call migrate()). */
export async function openStorage(url: string, options: OpenOptions = {}): Promise<Storage> {
  return repositoriesFor(await openDatabase(url, options));
}
