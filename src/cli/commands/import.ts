/** `blueprint import recommendations|assessments`: thin callers of src/imports. */
import { readFileSync } from "node:fs";
import { basename, extname, join } from "node:path";
import type { Command } from "commander";
import { parse } from "yaml";
import { PackError } from "../../domain/framework/pack";
import { importRecommendations } from "../../imports/recommendation-import";
import { slug } from "../../imports/recommendation-pack";
import { ImportError } from "../../imports/table";
import { listPackDirs } from "../../packs/load-pack";
import { configOrExit, fail, withStorage } from "../context";
import { registerAssessmentImport } from "./import-assessments";

export function readInput(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (e) {
    fail(`Cannot read ${file}: ${(e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (e as Error).message}`);
  }
}

/** Expected failures (bad input) print their problems and exit 1; anything else is a bug and surfaces. */
export function failOnImportError(e: unknown): never {
  if (e instanceof ImportError || e instanceof PackError) fail(e.message);
  throw e;
}

/** The id a pack folder declares (its folder name when pack.yaml cannot be read). */
function folderPackId(dir: string): string {
  try {
    const id = (parse(readFileSync(join(dir, "pack.yaml"), "utf8")) as { id?: unknown })?.id;
    return typeof id === "string" ? id : basename(dir);
  } catch {
    return basename(dir);
  }
}

export function registerImportCommands(program: Command): void {
  const imp = program
    .command("import")
    .description("import UN recommendations as a framework pack, or assessments from a spreadsheet");
  imp
    .command("recommendations")
    .argument("<file>", "CSV export of the UPR Info database or the Universal Human Rights Index")
    .description("load UN recommendations as a framework pack: one instrument per review, one commitment per recommendation")
    .option("--pack <id>", "id of the pack to create or update (default: from the file name)")
    .option("--title <title>", "the pack's title")
    .option("--dry-run", "check the file and report what would change, storing nothing")
    .action(async (file: string, opts: { pack?: string; title?: string; dryRun?: boolean }) => {
      const config = configOrExit();
      const text = new TextDecoder("utf-8", { fatal: false }).decode(readInput(file));
      const fileName = basename(file);
      const packId = opts.pack ?? slug(basename(file, extname(file)), 60);
      try {
        const folderPackIds = listPackDirs(config.PACKS_DIR).flatMap((dir) => [basename(dir), folderPackId(dir)]);
        const r = await withStorage(config, async (s) => {
          await s.migrate();
          return importRecommendations(s, {
            fileName,
            text,
            packId,
            ...(opts.title ? { title: opts.title } : {}),
            dryRun: opts.dryRun === true,
            folderPackIds,
            now: new Date(),
          });
        });
        for (const n of r.notices) process.stdout.write(`Note: ${n}\n`);
        const counts = `${r.instruments} review${r.instruments === 1 ? "" : "s"}, ${r.recommendations} recommendation${r.recommendations === 1 ? "" : "s"}`;
        const what = { new: "new pack", updated: "changed since the last import", unchanged: "unchanged" }[r.outcome];
        process.stdout.write(
          r.dryRun
            ? `Dry run: ${fileName} is valid (${counts}); pack ${r.packId}@${r.version} would be ${r.outcome === "unchanged" ? "left unchanged" : r.outcome === "new" ? "created" : "updated"}. Nothing was stored.\n`
            : `Pack ${r.packId}@${r.version}: ${what} (${counts})${r.outcome === "unchanged" ? "; nothing was written" : "; searchable now"}.\n`,
        );
      } catch (e) {
        failOnImportError(e);
      }
    });
  registerAssessmentImport(imp);
}
