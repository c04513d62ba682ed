/**
 * Shadow reports: read (./gather.ts), build the document (./build.ts), render it
 * as HTML or DOCX (in a worker thread from the server: ./pool.ts), or as PDF
 * through LibreOffice (./pdf.ts). Drafts with versions: ./drafts.ts.
 */
import type { Repositories } from "../../domain/ports";
import { type BuildOptions, buildShadowReport } from "./build";
import { renderDocx } from "./docx";
import { gatherShadowInput, type ShadowRequest } from "./gather";
import { renderHtml } from "./html";
import type { ReportFormat, ShadowReport } from "./model";
import { renderPdf } from "./pdf";

export { type BuildOptions, buildShadowReport } from "./build";
export { draftBuildOptions, draftReportInput, draftTextGenerator, measureDraft, type Render } from "./drafts";
export { gatherShadowInput, ReportInputError, type ShadowInput, type ShadowRequest } from "./gather";
export * from "./model";
export { docxToPdf, PdfUnavailableError, sofficePath } from "./pdf";
export { RenderBusyError, type RenderPool, renderPool, sharedRenderPool } from "./pool";
export { type RenderJob, type RenderResult, runRenderJob } from "./render-job";

export async function shadowReport(repos: Repositories, req: ShadowRequest, opts: BuildOptions): Promise<ShadowReport> {
  return buildShadowReport(await gatherShadowInput(repos, req), opts);
}

export function renderReport(report: ShadowReport, format: Exclude<ReportFormat, "pdf">): Uint8Array {
  return format === "html" ? new TextEncoder().encode(renderHtml(report)) : renderDocx(report);
}

/** Any format; PDF in a LibreOffice process (see ./pdf.ts). */
export async function renderReportFile(report: ShadowReport, format: ReportFormat): Promise<Uint8Array> {
  return format === "pdf" ? renderPdf(report) : renderReport(report, format);
}
