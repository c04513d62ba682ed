/**
 * Builds what the web layer needs from storage and configuration: the services
 * and the installation's keys (generated once, kept in the database, so that
 * every instance shares them).
 */
import { randomBytes } from "node:crypto";
import type { Logger } from "pino";
import type { Config } from "../config";
import { accountService } from "../domain/accounts/account-service";
import { assessmentService } from "../domain/assessments/assessment-service";
import { authService } from "../domain/auth/auth-service";
import { DEFAULT_AUTH_SETTINGS } from "../domain/auth/settings";
import { evidenceService } from "../domain/evidence/evidence-service";
import type { Repositories } from "../domain/ports";
import { METHODOLOGY_V1 } from "../domain/scoring/methodology-v1";
import { createAuthCrypto } from "../security/auth-crypto";
import { commonPasswords } from "../security/common-passwords";
import type { WebDeps } from "./deps";

export async function buildWebDeps(
  repos: Repositories,
  config: Config,
  logger: Logger,
  database: WebDeps["database"],
): Promise<WebDeps> {
  const now = new Date().toISOString();
  const gen = () => randomBytes(32).toString("hex");
  const csrfKey = Buffer.from(await repos.secrets.getOrCreate("csrf-hmac", gen, now), "hex");
  const fieldKey = Buffer.from(config.SECRET_KEY ?? (await repos.secrets.getOrCreate("field-encryption", gen, now)), "hex");
  const crypto = createAuthCrypto(fieldKey);
  const settings = {
    ...DEFAULT_AUTH_SETTINGS,
    idleTimeoutMs: config.SESSION_IDLE_MINUTES * 60_000,
    absoluteLifetimeMs: config.SESSION_MAX_HOURS * 3600_000,
  };
  const auth = authService({ repos, crypto, settings, commonPasswords: commonPasswords() });
  return {
    repos,
    config,
    logger,
    database,
    crypto,
    csrfKey,
    auth,
    accounts: accountService(repos, crypto, auth),
    assessments: assessmentService({ repos, newId: crypto.newId, methodologyVersion: METHODOLOGY_V1.version }),
    evidence: evidenceService(repos, crypto.newId),
    https: config.publicOrigin.startsWith("https:"),
  };
}
