/**
 * `blueprint report`: a shadow report of one country and cycle from the
 * published assessments (one organisation's with --org, every organisation's
 * as a coalition without), as HTML or DOCX. Bad input exits with status 2 and
 * says what was wrong; an exceeded word limit is a warning on standard error.
 */
import { writeFileSync } from "node:fs";
import {
  PdfUnavailableError,
  REPORT_FORMATS,
  REPORT_LANGUAGES,
  type ReportFormat,
  ReportInputError,
  type ReportLanguage,
  renderReportFile,
  shadowReport,
  TEMPLATES,
  type Template,
} from "../../reports/shadow";
import { configOrExit, fail, withStorage } from "../context";

export interface ReportOptions {
  country: string;
  cycle: string;
  org?: string;
  template: string;
  format: string;
  lang: string;
  wordLimit?: string;
  out: string;
}

const oneOf = <T extends string>(list: readonly T[], value: string, what: string): T => {
  if ((list as readonly string[]).includes(value)) return value as T;
  fail(`Unknown ${what} '${value}'. Available: ${list.join(", ")}.`, 2);
};

export async function reportCommand(opts: ReportOptions): Promise<void> {
  const template = oneOf<Template>(TEMPLATES, opts.template, "template");
  const format = oneOf<ReportFormat>(REPORT_FORMATS, opts.format, "format");
  const lang = oneOf<ReportLanguage>(REPORT_LANGUAGES, opts.lang, "language");
  let wordLimit: number | undefined;
  if (opts.wordLimit !== undefined) {
    wordLimit = Number(opts.wordLimit);
    if (!Number.isInteger(wordLimit) || wordLimit < 1)
      fail(`--word-limit must be a whole number of words above 0, not '${opts.wordLimit}'.`, 2);
  }
  const organisationSlugs = opts.org
    ?.split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const config = configOrExit();
  const result = await withStorage(config, async (s) => {
    await s.migrate();
    try {
      return await shadowReport(
        s,
        { countryIso3: opts.country, cycleId: opts.cycle, organisationSlugs },
        { template, lang, wordLimit, date: new Date().toISOString() },
      );
    } catch (e) {
      if (e instanceof ReportInputError) return e.message;
      throw e;
    }
  });
  if (typeof result === "string") fail(result, 2);
  let bytes: Uint8Array;
  try {
    bytes = await renderReportFile(result, format);
  } catch (e) {
    if (e instanceof PdfUnavailableError) fail(e.message, 2);
    throw e;
  }
  writeFileSync(opts.out, bytes);
  const limit = result.wordLimit;
  if (limit && limit.exceededBy > 0)
    process.stderr.write(
      `Warning: the report has ${result.words} words, ${limit.exceededBy} over the limit of ${limit.limit}. Shorten it before filing, or set --word-limit.\n`,
    );
  process.stderr.write(
    `Wrote ${opts.out} (${bytes.length} bytes, ${template} report as ${format}, ${result.words} words, ${result.footnotes.length} notes)\n`,
  );
}
