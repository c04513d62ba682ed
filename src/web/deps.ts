import type { Logger } from "pino";
import type { Config } from "../config";
import type { Repositories } from "../domain/ports";

/** Everything the web layer needs, handed in by `serve` or by a test. */
export interface WebDeps {
  repos: Repositories;
  config: Config;
  logger: Logger;
  /** Which database engine answers: reported by /healthz. */
  database: "sqlite" | "postgres";
}
