/** The `blueprint` command line. Each command is a thin call into the same services as the web. */
import { Command } from "commander";
import { auditVerifyCommand } from "./commands/audit";
import { registerDemoCommands } from "./commands/demo";
import { exportCommand } from "./commands/export";
import { registerImportCommands } from "./commands/import";
import { migrateCommand } from "./commands/migrate";
import { reportCommand } from "./commands/report";
import { registerSearchCommands } from "./commands/search";
import { seedCommand } from "./commands/seed";
import { serveCommand } from "./commands/serve";
import { suggestCommand } from "./commands/suggest";
import { registerUserCommands } from "./commands/user";
import { validatePackCommand } from "./commands/validate-pack";

const program = new Command()
  .name("blueprint")
  .description(
    "Blueprint: UN commitments to end violence against women and girls in digital contexts, tracked country by country.",
  )
  .showHelpAfterError();

program.command("serve").description("migrate, load the framework packs and serve the web application").action(serveCommand);
program.command("migrate").description("apply pending database migrations").action(migrateCommand);
program.command("seed").description("load countries, framework packs and their evidence (idempotent)").action(seedCommand);
program
  .command("export")
  .description("export the public dataset (json), or open data tables as csv, xlsx, json or a Frictionless data package")
  .requiredOption("--format <format>", "csv, xlsx, json or datapackage; json alone is the whole public dataset in one document")
  .option("--table <table>", "framework-items, crosswalk, countries, evidence, assessments or scores (needed for csv and json)")
  .option("--country <iso3>", "only this country (ISO alpha-3)")
  .option("--region <m49>", "only countries of this UN M49 region")
  .option("--cycle <id>", "only this assessment cycle")
  .option("--strategy <id>", "only this strategy and its practical options")
  .option("--instrument <id>", "only this instrument and its commitments")
  .option("--org <slug>", "only this organisation's assessments and evidence")
  .option("--hxl", "csv: add a second row of HXL hashtags")
  .option("--out <file>", "write to this file instead of standard output")
  .action(exportCommand);
program
  .command("report")
  .description("a shadow report of one country and cycle from the published assessments, as HTML, DOCX or PDF")
  .requiredOption("--country <iso3>", "the country (ISO alpha-3)")
  .requiredOption("--cycle <id>", "the assessment cycle")
  .option(
    "--org <slug>",
    "only this organisation's assessments (several: comma-separated); default: every organisation, as a coalition",
  )
  .option("--template <template>", "general, upr or cedaw", "general")
  .requiredOption("--format <format>", "html, docx or pdf (pdf needs LibreOffice)")
  .option("--lang <lang>", "language of the report's headings and sentences: en, fr, es, ar, ru or zh", "en")
  .option("--word-limit <n>", "word limit to check (upr default: 2815, or 5630 for a joint submission)")
  .requiredOption("--out <file>", "where to write the report")
  .option("--internal", "internal report of the first --org: also its confidential evidence, marked Confidential on every page")
  .option("--as <email>", "with --internal: the member whose role decides which confidential evidence is included")
  .action(reportCommand);
program
  .command("validate-pack")
  .argument("<dir>", "folder of the framework pack (holding pack.yaml)")
  .description("check a framework pack's files without loading them")
  .action(validatePackCommand);

program
  .command("suggest")
  .argument("<file>", "a law, bill, policy or programme as TXT, DOCX or PDF")
  .description("rank the commitments and practical options a document addresses, with the passages that match and why")
  .option("--top <n>", "how many items to list (1 to 50)", "10")
  .option("--json", "print JSON instead of text")
  .action(suggestCommand);

const audit = program.command("audit").description("check the tamper-evident audit log");
audit
  .command("verify")
  .description("recompute every entry's hash and report the first entry that was changed, removed or relinked")
  .action(auditVerifyCommand);

registerUserCommands(program);
registerDemoCommands(program);
registerSearchCommands(program);
registerImportCommands(program);

await program.parseAsync(process.argv);
