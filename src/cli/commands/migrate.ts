import { configOrExit, withStorage } from "../context";

export async function migrateCommand(): Promise<void> {
  const config = configOrExit();
  const applied = await withStorage(config, (s) => s.migrate());
  process.stdout.write(applied.length ? `Applied ${applied.join(", ")}\n` : "Database is up to date.\n");
}
