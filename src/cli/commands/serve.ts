import { serve } from "@hono/node-server";
import pino from "pino";
import { DEMO, demoService } from "../../domain/demo/demo-service";
import { PackError } from "../../domain/framework/pack";
import { METHODOLOGY_V1 } from "../../domain/scoring/methodology-v1";
import { seed } from "../../packs/seed";
import { openStorage } from "../../storage";
import { createApp } from "../../web/app";
import { buildWebDeps } from "../../web/context";
import { configOrExit, fail } from "../context";
import { describeSeed } from "./seed";

/** Migrates, loads the packs (idempotent), then serves until SIGINT/SIGTERM. */
export async function serveCommand(): Promise<void> {
  const config = configOrExit();
  const logger = pino({ level: config.LOG_LEVEL, base: undefined });
  const storage = await openStorage(config.DATABASE_URL);
  try {
    const applied = await storage.migrate();
    if (applied.length) process.stdout.write(`Applied migrations: ${applied.join(", ")}\n`);
    process.stdout.write(describeSeed(await seed(storage, config.PACKS_DIR)));
    const demo = await demoService(storage, METHODOLOGY_V1.version).loadIfEmpty(new Date());
    if (demo === "loaded")
      process.stdout.write(`Loaded demonstration data ("${DEMO.cycleName}"); remove it with \`blueprint demo remove\`.\n`);
  } catch (e) {
    await storage.close();
    if (e instanceof PackError) fail(e.message);
    fail(`Could not prepare the database at ${redact(config.DATABASE_URL)}: ${(e as Error).message}`);
  }

  const deps = await buildWebDeps(storage, config, logger, storage.dialect);
  const app = createApp(deps);
  const setup = await deps.auth.issueSetupLink(new Date());
  const server = serve({ fetch: app.fetch, hostname: config.HOST, port: config.PORT }, (info) => {
    process.stdout.write(
      `Blueprint is running at http://${info.address === "::1" ? "[::1]" : info.address}:${info.port}/ (database: ${storage.dialect})\n`,
    );
    if (setup)
      process.stdout.write(
        `\nNo account exists yet. Create the first administrator within one hour at:\n  ${config.publicOrigin}/setup?token=${setup}\n(Restart to get a new link.)\n\n`,
      );
  });
  server.on("error", (err: NodeJS.ErrnoException) => {
    fail(
      err.code === "EADDRINUSE"
        ? `Port ${config.PORT} on ${config.HOST} is already in use. Set PORT to another port.`
        : err.message,
    );
  });

  const stop = () => {
    server.close(async () => {
      await storage.close();
      process.exit(0);
    });
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

/** Hides a password in a database URL before printing it. */
function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]+@/, "//$1:***@");
}
