/**
 * The import screen, /orgs/{slug}/import: the same import as `blueprint import
 * assessments` (src/imports/assessment-import.ts: one validation, one
 * transaction, one audit trail) behind three plain forms.
 *
 *   POST /import                 reads the file (refused at once if unreadable), keeps it, redirects to its preview
 *   GET  /import/{upload}        checks every row (a dry run): the problems, or what each row will do
 *   POST /import/{upload}/confirm  imports the kept bytes, if the plan is still the one previewed, and drops them
 *
 * The guard lets members in (organisation.read); only those who may edit the
 * organisation's assessments get further, and an upload is bound to its owner.
 * Pages, form errors and the import's problems are in the reader's language;
 * the import itself keeps English for logs (src/imports/table.ts).
 */
import { type Context, Hono } from "hono";
import { MAX_UPLOAD_REQUEST_BYTES } from "../../documents/upload";
import type { Organisation } from "../../domain/accounts/types";
import { ClosedCycleError, ConflictError } from "../../domain/assessments/errors";
import { ForbiddenError } from "../../domain/auth/errors";
import { can } from "../../domain/policy";
import type { ImportUpload } from "../../domain/ports";
import { METHODOLOGY_V1 } from "../../domain/scoring/methodology-v1";
import { importAssessments } from "../../imports/assessment-import";
import {
  consumeUpload,
  discardUpload,
  keepUpload,
  MAX_IMPORT_BYTES,
  pendingUpload,
  readAssessmentFile,
  UploadGoneError,
} from "../../imports/assessment-uploads";
import { ImportError } from "../../imports/table";
import { requestContext } from "../auth/client";
import { requires } from "../auth/guard";
import type { WebDeps } from "../deps";
import type { AppEnv } from "../env";
import type { Problems } from "../forms";
import { countryName } from "../i18n/country-name";
import { localMessage } from "../i18n/problems";
import { t } from "../i18n/t";
import { problemsInline, reportOf } from "./import-problems";
import {
  type ImportDone,
  ImportFormView,
  type ImportPreviewProps,
  ImportPreviewView,
  importPath,
  previewPath,
} from "./import-view";

type C = Context<AppEnv>;
type Outcome = ImportPreviewProps["outcome"];
const IMPORT = "/orgs/:slug/import";
const text = (v: unknown) => (typeof v === "string" ? v : "");
const count = (v: string | undefined) => (v && /^\d{1,7}$/.test(v) ? Number(v) : 0);
const tooLarge = () => t("import.problem.tooLarge", { megabytes: MAX_IMPORT_BYTES / 1024 / 1024 });

export function importRoutes(deps: WebDeps) {
  const { repos } = deps;
  const origin = deps.config.publicOrigin;
  const app = new Hono<AppEnv>();
  const orgRead = requires("organisation.read", deps);

  /** The organisation, if this person may edit its assessments (the import checks again). */
  async function editable(c: C): Promise<Organisation> {
    const org = await deps.accounts.organisationBySlug(c.req.param("slug") ?? "");
    if (!can(c.get("actor"), "assessment.edit", org)) throw new ForbiddenError();
    return org;
  }

  async function formPage(c: C, org: Organisation, state: Partial<Parameters<typeof ImportFormView>[0]> = {}) {
    const cycles = await repos.assessments.listCycles();
    return c.html(<ImportFormView origin={origin} csrf={c.get("csrfToken")} org={org} cycles={cycles} {...state} />);
  }
  const gone = (c: C, org: Organisation, e: UploadGoneError) => {
    c.status(404);
    const problem = { message: e.message, ...(e.text ? { text: e.text } : {}) };
    return formPage(c, org, { fileProblems: { summary: t("import.goneSummary"), problems: [problem] } });
  };

  const run = (c: C, org: Organisation, upload: ImportUpload, confirm?: { plan: string }) =>
    importAssessments(repos, {
      table: readAssessmentFile(upload.fileName, upload.content).table,
      fileName: upload.fileName,
      organisation: org,
      cycleId: upload.cycleId,
      actor: c.get("actor"),
      dryRun: !confirm,
      ctx: requestContext(c),
      newId: deps.crypto.newId,
      methodologyVersion: METHODOLOGY_V1.version,
      ...(confirm ? { expectedPlan: confirm.plan, finish: (tx) => consumeUpload(tx, upload.id) } : {}),
    });

  /** The dry run's answer, or its problems (the file's rows, or the database's state, may have changed since upload). */
  async function preview(c: C, org: Organisation, upload: ImportUpload): Promise<Outcome> {
    try {
      return { result: await run(c, org, upload) };
    } catch (e) {
      if (!(e instanceof ImportError)) throw e;
      return reportOf(e);
    }
  }

  async function previewPage(c: C, org: Organisation, upload: ImportUpload, outcome: Outcome, warning?: string) {
    const [cycle, countries, items] = await Promise.all([
      repos.assessments.getCycle(upload.cycleId),
      repos.countries.listCountries(),
      repos.framework.listItems(),
    ]);
    const names = {
      countries: new Map(countries.map((x) => [x.iso3, countryName(x)])),
      items: new Map(items.map((i) => [i.id, i.title])),
    };
    return c.html(
      <ImportPreviewView
        origin={origin}
        csrf={c.get("csrfToken")}
        org={org}
        cycle={cycle}
        upload={upload}
        names={names}
        outcome={outcome}
        warning={warning}
      />,
    );
  }

  app.get(IMPORT, orgRead, async (c) => {
    const org = await editable(c);
    const q = (name: string) => c.req.query(name);
    const done: ImportDone | undefined = q("done")
      ? { cycleId: q("done") ?? "", created: count(q("created")), updated: count(q("updated")), unchanged: count(q("unchanged")) }
      : undefined;
    return formPage(c, org, { done, cycleId: q("cycle") });
  });

  app.post(IMPORT, orgRead, async (c) => {
    const org = await editable(c);
    const refuse = (status: 400 | 413, problems: Problems, cycleId?: string) => {
      c.status(status);
      return formPage(c, org, { problems, cycleId });
    };
    if (Number(c.req.header("Content-Length") ?? 0) > MAX_UPLOAD_REQUEST_BYTES) return refuse(413, { file: tooLarge() });
    const body = await c.req.parseBody();
    const cycleId = text(body.cycle);
    const cycle = await repos.assessments.getCycle(cycleId);
    const file = body.file instanceof File && body.file.size > 0 ? body.file : undefined;
    const problems: Problems = {};
    if (cycle?.status !== "open") problems.cycle = t("import.problem.chooseCycle");
    if (!file) problems.file = t("import.problem.chooseFile");
    else if (file.size > MAX_IMPORT_BYTES) return refuse(413, { file: tooLarge() }, cycleId);
    if (!file || Object.keys(problems).length) return refuse(400, problems, cycleId);
    const content = new Uint8Array(await file.arrayBuffer());
    try {
      // Read now, so that an unreadable file is refused at once and never kept.
      readAssessmentFile(file.name, content);
    } catch (e) {
      if (!(e instanceof ImportError)) throw e;
      c.status(400);
      return formPage(c, org, { cycleId, fileProblems: reportOf(e) });
    }
    const upload = await keepUpload(repos, {
      user: c.get("actor").user!,
      organisation: org,
      cycleId,
      fileName: file.name,
      content,
      now: new Date(),
    });
    return c.redirect(previewPath(org.slug, upload.id), 303);
  });

  app.get(`${IMPORT}/:upload`, orgRead, async (c) => {
    const org = await editable(c);
    try {
      const upload = await pendingUpload(repos, c.req.param("upload"), c.get("actor").user!, org, new Date());
      return previewPage(c, org, upload, await preview(c, org, upload));
    } catch (e) {
      if (e instanceof UploadGoneError) return gone(c, org, e);
      throw e;
    }
  });

  app.post(`${IMPORT}/:upload/confirm`, orgRead, async (c) => {
    const org = await editable(c);
    const plan = text((await c.req.parseBody()).plan);
    let upload: ImportUpload | undefined;
    try {
      upload = await pendingUpload(repos, c.req.param("upload"), c.get("actor").user!, org, new Date());
      const r = await run(c, org, upload, { plan });
      const done = new URLSearchParams({
        done: upload.cycleId,
        created: String(r.created),
        updated: String(r.updated),
        unchanged: String(r.unchanged),
      });
      return c.redirect(`${importPath(org.slug)}?${done}`, 303);
    } catch (e) {
      if (e instanceof UploadGoneError) return gone(c, org, e);
      if (!upload || !(e instanceof ImportError || e instanceof ConflictError || e instanceof ClosedCycleError)) throw e;
      // Nothing was saved. Show the upload as it stands now, saying why the import did not happen.
      const outcome = await preview(c, org, upload);
      c.status("result" in outcome ? 409 : 400);
      const why = e instanceof ImportError ? problemsInline(e.problems) : localMessage(e);
      // The notice ends the sentence itself: a message's own full stop is dropped.
      return previewPage(c, org, upload, outcome, t("import.notImported", { why: why.replace(/[.。]$/, "") }));
    }
  });

  app.post(`${IMPORT}/:upload/discard`, orgRead, async (c) => {
    const org = await editable(c);
    try {
      await discardUpload(repos, await pendingUpload(repos, c.req.param("upload"), c.get("actor").user!, org, new Date()));
    } catch (e) {
      if (!(e instanceof UploadGoneError)) throw e;
    }
    return c.redirect(importPath(org.slug), 303);
  });

  return app;
}
