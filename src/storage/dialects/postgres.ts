import { PostgresDialect } from "kysely";
import pg from "pg";

/**
 * PostgreSQL through node-postgres. `schema`, when given, becomes the
 * search_path of every connection (the test suites use a throw-away schema).
 */
export function postgresDialect(connectionString: string, schema?: string): { dialect: PostgresDialect; pool: pg.Pool } {
  const pool = new pg.Pool({
    connectionString,
    max: 10,
    connectionTimeoutMillis: 5000,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle client that loses its connection must not crash the process.
  pool.on("error", () => {});
  return { dialect: new PostgresDialect({ pool }), pool };
}
