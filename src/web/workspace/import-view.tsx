/**
 * The import screen: upload a CSV or XLSX of assessments for a cycle, then a
 * preview listing every problem by row and column, or what each row will do,
 * with the button that imports it all. Plain forms; no script. Every word is
 * the reader's language (`import` catalogue); file names, column names, cycle
 * and organisation names are data and stay as written; framework titles are
 * English content, marked so.
 */
import type { Organisation } from "../../domain/accounts/types";
import type { Cycle, Status } from "../../domain/assessments/types";
import type { ImportUpload } from "../../domain/ports";
import { ASSESSMENT_COLUMNS, type AssessmentImportResult, type PlannedRow } from "../../imports/assessment-import";
import { MAX_IMPORT_BYTES } from "../../imports/assessment-uploads";
import { when } from "../account/when";
import { CsrfField, ErrorSummary, type Problems, Select } from "../forms";
import { statusLabel } from "../i18n/labels";
import { localise } from "../i18n/problems";
import { num, t } from "../i18n/t";
import { en, rich } from "../public/content";
import { Page } from "../public/layout";
import { ProblemList, type ProblemReport } from "./import-problems";
import { ContentNote, workspacePath } from "./parts";

const seg = encodeURIComponent;
export const importPath = (slug: string) => `/orgs/${seg(slug)}/import`;
export const previewPath = (slug: string, id: string) => `${importPath(slug)}/${seg(id)}`;

/** Rows listed per action on the preview; the rest are counted. */
const LISTED = 200;

/** The columns the intro names: those every row needs, then the optional ones (as the export spells them). */
const REQUIRED = (["country", "item", "status", "confidence"] as const).map((f) => ASSESSMENT_COLUMNS[f][0]);
const OPTIONAL = (["narrative", "obstacles", "enablers", "evidence"] as const).map((f) => ASSESSMENT_COLUMNS[f][0]);

export interface ImportDone {
  cycleId: string;
  created: number;
  updated: number;
  unchanged: number;
}

const crumbs = (org: Organisation) => [
  { label: org.name, href: `/orgs/${seg(org.slug)}` },
  { label: t("workspace.workspace"), href: workspacePath(org.slug) },
  { label: t("import.crumb") },
];

/** Column names as code, separated the reader's way. */
const codeList = (names: readonly string[]) => (
  <>{names.flatMap((n, i) => (i === 0 ? [<code>{n}</code>] : [t("import.listSeparator"), <code>{n}</code>]))}</>
);

export interface ImportFormProps {
  origin: string;
  csrf: string;
  org: Organisation;
  cycles: Cycle[];
  cycleId?: string;
  problems?: Problems;
  fileProblems?: ProblemReport;
  done?: ImportDone;
}

export function ImportFormView(props: ImportFormProps) {
  const { org, cycles } = props;
  const open = cycles.filter((c) => c.status === "open");
  // The counts come from the redirect's query: shown only for a cycle that exists, as plain numbers.
  const done = cycles.some((c) => c.id === props.done?.cycleId) ? props.done : undefined;
  return (
    <Page
      title={t("import.title", { organisation: org.name })}
      path={importPath(org.slug)}
      origin={props.origin}
      crumbs={crumbs(org)}
    >
      <p class="kicker">{org.name}</p>
      <h1>{t("import.heading")}</h1>
      {done ? (
        <p class="notice" role="status">
          {rich(
            "import.done",
            { link: <a href={workspacePath(org.slug, { cycle: done.cycleId })}>{t("import.doneLink")}</a> },
            { cycle: done.cycleId, created: done.created, updated: done.updated, unchanged: done.unchanged },
          )}
        </p>
      ) : null}
      <p>
        {rich(
          "import.intro",
          { required: codeList(REQUIRED), optional: codeList(OPTIONAL), separator: <code>;</code> },
          { organisation: org.name },
        )}
      </p>
      {props.fileProblems ? <ProblemList {...props.fileProblems} /> : null}
      <ErrorSummary problems={props.problems} />
      {open.length === 0 ? (
        <p class="notice">{t("import.noOpenCycle")}</p>
      ) : (
        <form method="post" action={importPath(org.slug)} enctype="multipart/form-data" novalidate>
          <CsrfField token={props.csrf} />
          <Select
            name="cycle"
            label={t("workspace.cycle")}
            options={open.map((c): [string, string] => [c.id, c.name])}
            value={props.cycleId ?? open.at(-1)?.id}
            problems={props.problems}
          />
          <div class={props.problems?.file ? "field field-error" : "field"}>
            <label for="file">{t("import.file", { megabytes: MAX_IMPORT_BYTES / 1024 / 1024 })}</label>
            {props.problems?.file ? (
              <p class="error" id="file-error">
                {props.problems.file}
              </p>
            ) : null}
            <input
              type="file"
              id="file"
              name="file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-describedby={props.problems?.file ? "file-error" : undefined}
              aria-invalid={props.problems?.file ? "true" : undefined}
            />
          </div>
          <button type="submit">{t("import.check")}</button>
        </form>
      )}
    </Page>
  );
}

function RowTable({ caption, rows, names }: { caption: string; rows: PlannedRow[]; names: RowNames }) {
  if (rows.length === 0) return null;
  const lang = en();
  return (
    <>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("import.column.row")}</th>
            <th scope="col">{t("import.column.country")}</th>
            <th scope="col">{t("import.column.item")}</th>
            <th scope="col">{t("import.column.status")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, LISTED).map((r) => {
            const title = names.items.get(r.itemId);
            return (
              <tr>
                <td>{num(r.row)}</td>
                <td>{names.countries.get(r.countryIso3) ?? r.countryIso3}</td>
                <td>
                  {title ? <span {...lang}>{title}</span> : null} <small>{r.itemId}</small>
                </td>
                <td>{statusLabel(r.status as Status)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {rows.length > LISTED ? <p class="muted">{t("import.preview.more", { count: rows.length - LISTED })}</p> : null}
    </>
  );
}

export interface RowNames {
  /** Country names in the reader's language, by ISO alpha-3 code. */
  countries: Map<string, string>;
  /** Framework items' titles (English content), by id. */
  items: Map<string, string>;
}

export interface ImportPreviewProps {
  origin: string;
  csrf: string;
  org: Organisation;
  cycle: Cycle | undefined;
  upload: ImportUpload;
  names: RowNames;
  /** The dry run's answer, or the problems that stop the import. */
  outcome: { result: AssessmentImportResult } | ProblemReport;
  /** Why a confirmation did not import (the preview below is as things stand now). */
  warning?: string;
}

/** The dry run's counts, what the file holds that is not imported, and the button that imports. */
function Plan({ result, path, csrf }: { result: AssessmentImportResult; path: string; csrf: string }) {
  const strong = (n: number) => <strong>{num(n)}</strong>;
  return (
    <>
      <p class="progress">
        {rich(
          "import.preview.counts",
          { created: strong(result.created), updated: strong(result.updated), unchanged: strong(result.unchanged) },
          { rows: result.rows },
        )}
      </p>
      {result.noticeTexts.map((n) => (
        <p class="notice">{localise(n)}</p>
      ))}
      {result.created + result.updated === 0 ? (
        <p class="notice" role="status">
          {t("import.preview.nothingToImport")}
        </p>
      ) : (
        <form method="post" action={`${path}/confirm`}>
          <CsrfField token={csrf} />
          <input type="hidden" name="plan" value={result.plan} />
          <p class="hint">{t("import.preview.confirmHint")}</p>
          <button type="submit">{t("import.preview.confirm", { count: result.created + result.updated })}</button>
        </form>
      )}
    </>
  );
}

export function ImportPreviewView(props: ImportPreviewProps) {
  const { org, upload, outcome } = props;
  const path = previewPath(org.slug, upload.id);
  const of = (action: PlannedRow["action"]) =>
    "result" in outcome ? outcome.result.planned.filter((r) => r.action === action) : [];
  return (
    <Page title={t("import.preview.title", { file: upload.fileName })} path={path} origin={props.origin} crumbs={crumbs(org)}>
      <p class="kicker">{org.name}</p>
      <h1>{t("import.preview.heading")}</h1>
      {"result" in outcome && outcome.result.planned.length > 0 ? <ContentNote /> : null}
      <p>
        {rich(
          "import.preview.upload",
          { file: <strong>{upload.fileName}</strong> },
          { cycle: props.cycle?.name ?? upload.cycleId, uploaded: when(upload.createdAt), expires: when(upload.expiresAt) },
        )}
      </p>
      {props.warning ? (
        <p class="notice" role="alert">
          {props.warning}
        </p>
      ) : null}
      {"result" in outcome ? (
        <>
          <Plan result={outcome.result} path={path} csrf={props.csrf} />
          <RowTable caption={t("import.preview.created")} rows={of("create")} names={props.names} />
          <RowTable caption={t("import.preview.updated")} rows={of("update")} names={props.names} />
          <RowTable caption={t("import.preview.unchanged")} rows={of("unchanged")} names={props.names} />
        </>
      ) : (
        <ProblemList {...outcome} />
      )}
      <form method="post" action={`${path}/discard`}>
        <CsrfField token={props.csrf} />
        <button type="submit" class="secondary">
          {t("import.preview.discard")}
        </button>{" "}
        <a href={importPath(org.slug)}>{t("import.preview.another")}</a>
      </form>
    </Page>
  );
}
