/**
 * The newest publication of every assessment, country by country (byte order
 * of ISO3), then by assessment id: keyset pages, each inside one country so
 * that a query never scans more than that country's assessments.
 */
import type { Publication } from "../../domain/assessments/types";
import type { ExportPublicationFilter } from "../../domain/ports";
import type { ExportContext } from "../context";

export async function* publicationPages(
  ctx: ExportContext,
  filter: Omit<ExportPublicationFilter, "countryIso3">,
): AsyncIterable<Publication[]> {
  for (const countryIso3 of await ctx.countryCodes()) {
    let after: string | null = null;
    for (;;) {
      const page = await ctx.repos.exports.latestPublicationsPage({ ...filter, countryIso3 }, after, ctx.pageSize);
      if (page.length > 0) yield page;
      if (page.length < ctx.pageSize) break;
      after = page.at(-1)!.assessmentId;
    }
  }
}

/** Every newest publication of one country (what a scorecard needs: all cycles and organisations). */
export async function allOfCountry(ctx: ExportContext, countryIso3: string): Promise<Publication[]> {
  const all: Publication[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await ctx.repos.exports.latestPublicationsPage({ countryIso3 }, after, ctx.pageSize);
    all.push(...page);
    if (page.length < ctx.pageSize) return all;
    after = page.at(-1)!.assessmentId;
  }
}
