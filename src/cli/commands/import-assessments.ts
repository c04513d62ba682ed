/** `blueprint import assessments FILE --org SLUG --cycle ID --as EMAIL [--dry-run]`. */
import { randomUUID } from "node:crypto";
import { basename } from "node:path";
import type { Command } from "commander";
import { METHODOLOGY_V1 } from "../../domain/scoring/methodology-v1";
import { importAssessments } from "../../imports/assessment-import";
import { readAssessmentFile } from "../../imports/assessment-uploads";
import { configOrExit, fail, withStorage } from "../context";
import { failOnImportError, readInput } from "./import";

/** A progress line: rewritten in place on a terminal, a plain line every tenth otherwise (logs, pipes). */
function progress(stream: NodeJS.WriteStream) {
  let lastTenth = -1;
  return (phase: string, done: number, total: number) => {
    if (total === 0) return;
    const line = `${phase === "checking" ? "Checking" : "Saving"} rows: ${done}/${total}`;
    if (stream.isTTY) {
      stream.write(`\r${line}${done === total ? "\n" : ""}`);
      return;
    }
    const tenth = Math.floor((done * 10) / total);
    if (tenth !== lastTenth || done === total) {
      if (tenth !== lastTenth) stream.write(`${line}\n`);
      lastTenth = tenth;
    }
  };
}

export function registerAssessmentImport(imp: Command): void {
  imp
    .command("assessments")
    .argument("<file>", "CSV or XLSX with the columns of the open-data assessments export")
    .description("save one organisation's assessments of one cycle as drafts, all or nothing")
    .requiredOption("--org <slug>", "the organisation whose assessments these are")
    .requiredOption("--cycle <id>", "the (open) assessment cycle")
    .requiredOption("--as <email>", "the member (contributor, reviewer or admin) the drafts are saved by")
    .option("--dry-run", "check every row and report what would change, storing nothing")
    .action(async (file: string, opts: { org: string; cycle: string; as: string; dryRun?: boolean }) => {
      const config = configOrExit();
      const bytes = readInput(file);
      try {
        const { table, sheet } = readAssessmentFile(file, bytes);
        if (sheet) process.stdout.write(`Reading sheet '${sheet}'.\n`);

        const result = await withStorage(config, async (s) => {
          await s.migrate();
          const org = await s.accounts.getOrganisationBySlug(opts.org);
          if (!org) fail(`There is no organisation '${opts.org}'.`);
          const user = await s.accounts.getUserByEmail(opts.as);
          if (!user || user.disabledAt) fail(`No active account has the email address ${opts.as}.`);
          return importAssessments(s, {
            table,
            fileName: basename(file),
            organisation: org,
            cycleId: opts.cycle,
            actor: { user, memberships: await s.accounts.membershipsOfUser(user.id) },
            dryRun: opts.dryRun === true,
            ctx: { ipPrefix: "cli", userAgent: "blueprint cli", now: new Date() },
            newId: randomUUID,
            methodologyVersion: METHODOLOGY_V1.version,
            onProgress: progress(process.stderr),
          });
        });
        for (const n of result.notices) process.stdout.write(`Note: ${n}\n`);
        const counts = `${result.created} new, ${result.updated} changed, ${result.unchanged} unchanged`;
        process.stdout.write(
          result.dryRun
            ? `Dry run: all ${result.rows} rows are valid (${counts}). Nothing was stored.\n`
            : `Imported ${result.rows} rows as drafts of ${opts.org} in ${opts.cycle}: ${counts}.\n`,
        );
      } catch (e) {
        failOnImportError(e);
      }
    });
}
