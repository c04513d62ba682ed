/** Paths and labels of the report screens; labels in the reader's language (`reports` catalogue). */
import type { Audience, ReportDraft, ReportLanguage, ReportTemplate } from "../../domain/reports/types";
import type { ReportFormat } from "../../reports/shadow";
import { num, t } from "../i18n/t";

/** "UPR stakeholder submission". The domain's TEMPLATE_LABELS stay English, for generated titles. */
export const templateLabel = (template: ReportTemplate): string => t(`reports.template.${template}`);

/** A report language by its name in the reader's language, with its own name ("Arabic (العربية)"). */
export const languageLabel = (lang: ReportLanguage): string => t(`reports.language.${lang}`);

export const audienceLabel = (audience: Audience): string => t(`reports.audience.${audience}`);

/** What the audience means, as the draft's facts say it. */
export const audienceFact = (audience: Audience): string => t(`reports.audienceFact.${audience}`);

export const formatLabel = (format: ReportFormat): string => t(`reports.format.${format}`);

export const MEDIA_TYPES: Record<ReportFormat, string> = {
  html: "text/html; charset=utf-8",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
};

const seg = encodeURIComponent;
export const reportsPath = (slug: string) => `/orgs/${seg(slug)}/reports`;
export const newReportPath = (slug: string) => `${reportsPath(slug)}/new`;
export const draftPath = (slug: string, id: string) => `${reportsPath(slug)}/${seg(id)}`;
export const versionPath = (slug: string, id: string, n: number) => `${draftPath(slug, id)}/versions/${n}`;
export const downloadPath = (slug: string, id: string, n: number, format: ReportFormat, confirmed = false) =>
  `${versionPath(slug, id, n)}/download/${format}${confirmed ? "?confirm=1" : ""}`;

/** A file name that every system accepts: country, cycle, template, audience, version. */
export const fileName = (d: ReportDraft, n: number, format: ReportFormat) =>
  `shadow-report-${d.countryIso3}-${d.cycleId}-${d.template}${d.audience === "internal" ? "-internal" : ""}-v${n}.${format}`.replace(
    /[^A-Za-z0-9._-]/g,
    "_",
  );

/** A count in the reader's digits and grouping. */
export const number = (n: number) => num(n);
