/** `blueprint search reindex`: rebuilds the search index from the records (after a restore, or to be sure). */
import type { Command } from "commander";
import { rebuildSearchIndex } from "../../domain/search/search-index";
import { configOrExit, withStorage } from "../context";

export function registerSearchCommands(program: Command): void {
  const search = program.command("search").description("the search index");
  search
    .command("reindex")
    .description("rebuild the search index from the framework, countries, evidence and published assessments")
    .action(async () => {
      const config = configOrExit();
      const started = performance.now();
      const counts = await withStorage(config, async (s) => {
        await s.migrate();
        return rebuildSearchIndex(s);
      });
      process.stdout.write(
        `Search index rebuilt in ${((performance.now() - started) / 1000).toFixed(1)} s: ${counts.items} framework items, ${counts.countries} countries, ${counts.evidence} evidence records, ${counts.assessments} published assessments.\n`,
      );
    });
}
