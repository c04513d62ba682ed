/** Shared start-up for CLI commands: configuration, then storage. */
import { type Config, ConfigError, loadConfig } from "../config";
import { openStorage, type Storage } from "../storage";

export function configOrExit(): Config {
  try {
    return loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\nSet these environment variables correctly and start again.\n`);
      process.exit(78);
    }
    throw e;
  }
}

export async function withStorage<T>(config: Config, run: (storage: Storage) => Promise<T>): Promise<T> {
  const storage = await openStorage(config.DATABASE_URL);
  try {
    return await run(storage);
  } finally {
    await storage.close();
  }
}

/** Prints a clear message for an expected failure and exits non-zero. */
export function fail(message: string, code = 1): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}
