/** The checks of a draft's settings and of a version's texts, with the limits they enforce. */

import { type Message, msg } from "../../i18n/message";
import type { Organisation } from "../accounts/types";
import type { Cycle } from "../assessments/types";
import { FormError } from "../auth/errors";
import type { Country } from "../countries/types";
import type { Repositories } from "../ports";
import {
  AUDIENCES,
  type Audience,
  type DraftTexts,
  REPORT_LANGUAGES,
  REPORT_TEMPLATES,
  type ReportLanguage,
  type ReportTemplate,
} from "./types";

export const MAX_SUMMARY = 50_000;
export const MAX_RECOMMENDATIONS = 100_000;
export const MAX_NOTE = 300;
export const MAX_WORD_LIMIT = 100_000;

export const TEMPLATE_LABELS: Record<ReportTemplate, string> = {
  general: "Shadow report (CSW and others)",
  upr: "UPR stakeholder submission",
  cedaw: "CEDAW shadow report",
};

/** Raw form input for a new draft. */
export interface NewDraftInput {
  country: string;
  cycle: string;
  template: string;
  lang: string;
  audience: string;
  /** Slugs of other organisations, separated by commas or spaces (a joint report). */
  coalition: string;
  wordLimit: string;
  title: string;
}

/** Everything a report of a draft is generated from, checked. */
export interface DraftSpec {
  organisation: Organisation;
  coalition: Organisation[];
  country: Country;
  cycle: Cycle;
  template: ReportTemplate;
  lang: ReportLanguage;
  audience: Audience;
  wordLimit: number | null;
}

const oneOf = <T extends string>(list: readonly T[], v: string): v is T => (list as readonly string[]).includes(v);
const clean = (s: string) => s.replace(/\r\n?/g, "\n").trim();

/** Checks a new draft's settings; throws a FormError naming every problem, stores nothing. */
export async function checkNewDraft(
  repos: Repositories,
  org: Organisation,
  input: NewDraftInput,
): Promise<{ spec: DraftSpec; title: string }> {
  const problems: Record<string, Message> = {};
  const iso3 = input.country.trim().toUpperCase();
  const [country, cycle] = await Promise.all([
    iso3 ? repos.countries.getCountry(iso3) : undefined,
    input.cycle ? repos.assessments.getCycle(input.cycle) : undefined,
  ]);
  if (!country) problems.country = msg("reports.problem.country");
  if (!cycle) problems.cycle = msg("reports.problem.cycle");
  if (!oneOf(REPORT_TEMPLATES, input.template)) problems.template = msg("reports.problem.template");
  if (!oneOf(REPORT_LANGUAGES, input.lang))
    problems.lang = msg("reports.problem.language", { languages: REPORT_LANGUAGES.join(", ") });
  if (!oneOf(AUDIENCES, input.audience)) problems.audience = msg("reports.problem.audience");
  const coalition: Organisation[] = [];
  const slugs = [...new Set(input.coalition.split(/[\s,]+/).filter((s) => s && s !== org.slug))];
  if (slugs.length > 20) problems.coalition = msg("reports.problem.coalitionSize", { max: 20 });
  else
    for (const slug of slugs) {
      const other = await repos.accounts.getOrganisationBySlug(slug);
      if (other) coalition.push(other);
      else problems.coalition = msg("reports.problem.coalitionUnknown", { slug });
    }
  let wordLimit: number | null = null;
  const rawLimit = input.wordLimit.trim().replaceAll(",", "");
  if (rawLimit) {
    wordLimit = /^\d{1,6}$/.test(rawLimit) ? Number(rawLimit) : Number.NaN;
    if (!(wordLimit >= 1 && wordLimit <= MAX_WORD_LIMIT)) {
      problems.wordLimit = msg("reports.problem.wordLimit", { max: MAX_WORD_LIMIT });
    }
  }
  const title = input.title.trim();
  if (title.length > 200) problems.title = msg("reports.problem.title", { max: 200 });
  if (Object.keys(problems).length) throw new FormError(problems);
  const spec: DraftSpec = {
    organisation: org,
    coalition,
    country: country!,
    cycle: cycle!,
    template: input.template as ReportTemplate,
    lang: input.lang as ReportLanguage,
    audience: input.audience as Audience,
    wordLimit,
  };
  return { spec, title: title || `${TEMPLATE_LABELS[spec.template]}: ${country!.name}, ${cycle!.name}` };
}

/** Cleans and checks a version's texts; throws a FormError naming every problem. */
export function checkTexts(input: DraftTexts & { note: string }) {
  const texts = {
    executiveSummary: clean(input.executiveSummary),
    recommendations: clean(input.recommendations),
    note: clean(input.note),
  };
  const problems: Record<string, Message> = {};
  if (!texts.executiveSummary) problems.executiveSummary = msg("reports.problem.summary");
  else if (texts.executiveSummary.length > MAX_SUMMARY)
    problems.executiveSummary = msg("reports.problem.summaryLength", { max: MAX_SUMMARY });
  if (!texts.recommendations) problems.recommendations = msg("reports.problem.recommendations");
  else if (texts.recommendations.length > MAX_RECOMMENDATIONS)
    problems.recommendations = msg("reports.problem.recommendationsLength", { max: MAX_RECOMMENDATIONS });
  if (texts.note.length > MAX_NOTE) problems.note = msg("reports.problem.note", { max: MAX_NOTE });
  if (Object.keys(problems).length) throw new FormError(problems);
  return texts;
}
