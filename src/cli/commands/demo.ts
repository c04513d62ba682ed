/** `blueprint demo remove` and `blueprint init [--no-demo]`. */
import type { Command } from "commander";
import { demoService } from "../../domain/demo/demo-service";
import { PackError } from "../../domain/framework/pack";
import { METHODOLOGY_V1 } from "../../domain/scoring/methodology-v1";
import { seed } from "../../packs/seed";
import { configOrExit, fail, withStorage } from "../context";
import { describeSeed } from "./seed";

export function registerDemoCommands(program: Command): void {
  const demo = program.command("demo").description("the demonstration organisation and its 2023 baseline (demonstration) cycle");
  demo
    .command("remove")
    .description("delete the demonstration data and everything derived from it; it will not be loaded again")
    .action(async () => {
      const config = configOrExit();
      const removed = await withStorage(config, async (s) => {
        await s.migrate();
        return demoService(s, METHODOLOGY_V1.version).remove(new Date());
      });
      process.stdout.write(`Removed the demonstration data (${removed} assessments). It will not be loaded again.\n`);
    });

  program
    .command("init")
    .description("set up a database: migrate, load the framework packs and, unless --no-demo, the demonstration data")
    .option("--no-demo", "a production database: never load the demonstration data")
    .action(async (opts: { demo: boolean }) => {
      const config = configOrExit();
      try {
        const out = await withStorage(config, async (s) => {
          await s.migrate();
          const seeded = await seed(s, config.PACKS_DIR);
          const service = demoService(s, METHODOLOGY_V1.version);
          if (!opts.demo) await service.decline(new Date());
          return { seeded, demo: opts.demo ? await service.loadIfEmpty(new Date()) : "declined" };
        });
        process.stdout.write(`${describeSeed(out.seeded)}Demonstration data: ${out.demo}\n`);
      } catch (e) {
        if (e instanceof PackError) fail(e.message);
        throw e;
      }
    });
}
