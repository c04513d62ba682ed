/** Paths and labels of the report screens (plain English until the message catalogues take them). */
import { TEMPLATE_LABELS } from "../../domain/reports/draft-service";
import type { Audience, ReportDraft, ReportLanguage } from "../../domain/reports/types";
import type { ReportFormat } from "../../reports/shadow";

export { TEMPLATE_LABELS };

export const LANGUAGE_LABELS: Record<ReportLanguage, string> = { en: "English", ar: "Arabic (العربية)" };

export const AUDIENCE_LABELS: Record<Audience, string> = {
  public: "Public: cites public evidence only, fit to file with a UN mechanism",
  internal:
    "Internal: also cites your organisation's confidential evidence that the reader's role may see, and says Confidential on every page",
};

export const FORMAT_LABELS: Record<ReportFormat, string> = {
  html: "HTML (web page, prints well)",
  docx: "Word (DOCX)",
  pdf: "PDF",
};

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

export const number = (n: number) => n.toLocaleString("en");
