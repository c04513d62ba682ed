/**
 * Downloads of any version of a draft as HTML, DOCX or PDF. The database is
 * read here; the report is built and rendered in a worker thread; a PDF is
 * then converted from the DOCX by LibreOffice in its own process. The handler
 * only awaits, so the server keeps answering while a report is made. Over the
 * word limit, the download first shows a page that says by how much and asks
 * to confirm.
 */
import { Hono, type MiddlewareHandler } from "hono";
import { NotFoundError } from "../../domain/errors";
import type { ReportDraftService } from "../../domain/reports/draft-service";
import {
  docxToPdf,
  draftBuildOptions,
  draftReportInput,
  PdfUnavailableError,
  REPORT_FORMATS,
  type Render,
  RenderBusyError,
  type ReportFormat,
  sofficePath,
} from "../../reports/shadow";
import type { WebDeps } from "../deps";
import type { AppEnv } from "../env";
import { t } from "../i18n/t";
import { versionParam } from "./access";
import { ExportWarningView, UnavailableView } from "./export-views";
import { fileName, MEDIA_TYPES } from "./parts";

/** The HTML report styles itself inline and runs no script: that, and nothing else, is allowed. */
const REPORT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; sandbox";

export function downloadRoutes(
  deps: WebDeps,
  drafts: ReportDraftService,
  render: Render,
  hide: MiddlewareHandler<AppEnv>,
  read: MiddlewareHandler<AppEnv>,
) {
  const origin = deps.config.publicOrigin;
  const app = new Hono<AppEnv>();

  app.get("/orgs/:slug/reports/:id/versions/:n/download/:format", hide, read, async (c) => {
    const format = c.req.param("format") as ReportFormat;
    if (!REPORT_FORMATS.includes(format)) throw new NotFoundError("reportFormat", c.req.param("format"));
    const org = await deps.accounts.organisationBySlug(c.req.param("slug"));
    const actor = c.get("actor");
    const n = versionParam(c);
    const { draft, version } = await drafts.get(actor, org, c.req.param("id"), n);
    const props = { origin, org, draft, n, format };
    const unavailable = (title: string, message: string, retryAfter?: number) => {
      if (retryAfter) c.header("Retry-After", String(retryAfter));
      return c.html(<UnavailableView {...props} title={title} message={message} />, 503);
    };
    if (format === "pdf" && !sofficePath()) return unavailable(t("reports.unavailable.pdfTitle"), t("reports.unavailable.pdf"));

    const input = await draftReportInput(deps.repos, draft, actor);
    const options = draftBuildOptions(draft, version, new Date().toISOString());
    let bytes: Uint8Array;
    try {
      // A PDF starts as the DOCX: the limit is checked before LibreOffice is asked for anything.
      const result = await render({ input, options, output: format === "pdf" ? "docx" : format });
      if (result.wordLimit && result.wordLimit.exceededBy > 0 && c.req.query("confirm") !== "1")
        return c.html(<ExportWarningView {...props} measure={result} />);
      bytes = format === "pdf" ? await docxToPdf(result.bytes!) : result.bytes!;
    } catch (e) {
      if (e instanceof RenderBusyError)
        return unavailable(t("reports.unavailable.busyTitle"), t("reports.unavailable.busy"), e.retryAfterSeconds);
      if (e instanceof PdfUnavailableError) return unavailable(t("reports.unavailable.pdfTitle"), t("reports.unavailable.pdf"));
      throw e;
    }
    c.header("Content-Type", MEDIA_TYPES[format]);
    c.header("Content-Disposition", `attachment; filename="${fileName(draft, n, format)}"`);
    if (format === "html") c.header("Content-Security-Policy", REPORT_CSP);
    return c.body(bytes as Uint8Array<ArrayBuffer>);
  });

  return app;
}
