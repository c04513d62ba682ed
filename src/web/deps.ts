import type { Logger } from "pino";
import type { Config } from "../config";
import type { AccountService } from "../domain/accounts/account-service";
import type { AssessmentService } from "../domain/assessments/assessment-service";
import type { AuthService } from "../domain/auth/auth-service";
import type { AuthCrypto } from "../domain/auth/crypto-port";
import type { EvidenceService } from "../domain/evidence/evidence-service";
import type { Repositories } from "../domain/ports";

/** Everything the web layer needs, built by buildWebDeps() for `serve` and for tests. */
export interface WebDeps {
  repos: Repositories;
  config: Config;
  logger: Logger;
  /** Which database engine answers: reported by /healthz. */
  database: "sqlite" | "postgres";
  crypto: AuthCrypto;
  /** Key for the HMAC that binds CSRF tokens to a session or a browser. */
  csrfKey: Buffer;
  auth: AuthService;
  accounts: AccountService;
  assessments: AssessmentService;
  evidence: EvidenceService;
  /** Served over HTTPS (PUBLIC_ORIGIN): Secure cookies with the __Host- prefix, HSTS. */
  https: boolean;
}
