/**
 * Configuration from the environment, validated once at start and frozen.
 * Invalid configuration is reported as a list of every problem with how to fix it.
 */
import { z } from "zod";

const databaseUrl = z.string().refine((v) => /^(sqlite:|postgres(ql)?:\/\/|pglite:)/.test(v), {
  message:
    "must start with 'sqlite:' (e.g. sqlite:./data/blueprint.db), 'postgres://' (e.g. postgres://user@127.0.0.1:5432/blueprint) or 'pglite:' (in-process PostgreSQL, e.g. pglite:memory)",
});

const schema = z.object({
  PORT: z.coerce
    .number({ message: "must be a whole number" })
    .int("must be a whole number")
    .min(1, "must be between 1 and 65535")
    .max(65535, "must be between 1 and 65535")
    .default(3000),
  HOST: z.string().min(1, "must not be empty; use 127.0.0.1 for this machine only or 0.0.0.0 for all").default("127.0.0.1"),
  DATABASE_URL: databaseUrl.default("sqlite:./data/blueprint.db"),
  LOG_LEVEL: z
    .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], {
      message: "must be one of fatal, error, warn, info, debug, trace, silent",
    })
    .default("info"),
  /** Public origin used in canonical URLs, e.g. https://blueprint.example.org. */
  PUBLIC_ORIGIN: z
    .url({ message: "must be an absolute URL such as https://blueprint.example.org" })
    .transform((v) => v.replace(/\/+$/, ""))
    .optional(),
  /** Minutes without a request after which a signed-in session ends. */
  SESSION_IDLE_MINUTES: z.coerce
    .number({ message: "must be a number of minutes" })
    .int()
    .min(1)
    .max(1440, "must be at most 1440 (a day)")
    .default(30),
  /** Hours after sign-in after which a session ends however active. */
  SESSION_MAX_HOURS: z.coerce
    .number({ message: "must be a number of hours" })
    .int()
    .min(1)
    .max(720, "must be at most 720 (30 days)")
    .default(12),
  /**
   * 32 random bytes (64 hex characters) to encrypt two-factor secrets. Without it a key is generated and kept
   * in the database, which then holds both the secrets and the key: set it in production.
   */
  SECRET_KEY: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/, "must be 64 hexadecimal characters (32 random bytes), e.g. from `openssl rand -hex 32`")
    .optional(),
  /** Folder holding the framework packs to load. */
  PACKS_DIR: z.string().min(1).default("data/frameworks"),
});

export type Config = Readonly<z.infer<typeof schema> & { publicOrigin: string }>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** Reads and validates configuration; throws ConfigError listing every problem. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const input = Object.fromEntries(Object.keys(schema.shape).map((k) => [k, env[k] === "" ? undefined : env[k]]));
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (i) => `${i.path.join(".")} ${i.message} (got ${JSON.stringify(input[String(i.path[0])])})`,
    );
    throw new ConfigError(problems);
  }
  const publicOrigin = parsed.data.PUBLIC_ORIGIN ?? `http://${parsed.data.HOST}:${parsed.data.PORT}`;
  return Object.freeze({ ...parsed.data, publicOrigin });
}
