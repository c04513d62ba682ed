/**
 * `blueprint report`: a shadow report of one country and cycle from the
 * published assessments (one organisation's with --org, every organisation's
 * as a coalition without), as HTML, DOCX or PDF. `--internal --as EMAIL` makes
 * an internal report of the first --org: it also cites that organisation's
 * confidential evidence that this member's role may see, and says
 * "Confidential" on every page. Bad input exits with status 2 and says what
 * was wrong; an exceeded word limit is a warning on standard error.
 */
import { writeFileSync } from "node:fs";
import { evidenceAccess } from "../../domain/evidence/access";
import type { EvidenceAccess } from "../../domain/evidence/types";
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
  internal?: boolean;
  as?: string;
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
  if (opts.internal && (!organisationSlugs?.length || !opts.as))
    fail("An internal report needs --org SLUG (the organisation it is for) and --as EMAIL (a member of it).", 2);
  if (!opts.internal && opts.as) fail("--as is for internal reports: add --internal, or leave --as out.", 2);
  const config = configOrExit();
  const result = await withStorage(config, async (s) => {
    await s.migrate();
    let access: EvidenceAccess | undefined;
    if (opts.internal) {
      const slug = organisationSlugs![0]!;
      const org = await s.accounts.getOrganisationBySlug(slug);
      if (!org) return `No organisation with the slug '${slug}'.`;
      const user = await s.accounts.getUserByEmail(opts.as!);
      if (!user || user.disabledAt) return `No active account has the email address ${opts.as}.`;
      access = evidenceAccess({ user, memberships: await s.accounts.membershipsOfUser(user.id) }, org.id);
      if (!access) return `${opts.as} is not a member of ${slug}: an internal report is for its members only.`;
    }
    try {
      return await shadowReport(
        s,
        { countryIso3: opts.country, cycleId: opts.cycle, organisationSlugs, ...(access ? { access } : {}) },
        { template, lang, wordLimit, date: new Date().toISOString(), audience: access ? "internal" : "public" },
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
    `Wrote ${opts.out} (${bytes.length} bytes, ${result.confidential ? "internal " : ""}${template} report as ${format}, ${result.words} words, ${result.footnotes.length} notes)\n`,
  );
}
