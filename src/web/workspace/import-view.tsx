/**
 * The import screen: upload a CSV or XLSX of assessments for a cycle, then a
 * preview listing every problem by row and column, or what each row will do,
 * with the button that imports it all. Plain forms; no script.
 */
import type { Organisation } from "../../domain/accounts/types";
import { type Cycle, STATUS_LABELS, type Status } from "../../domain/assessments/types";
import type { ImportUpload } from "../../domain/ports";
import type { AssessmentImportResult, PlannedRow } from "../../imports/assessment-import";
import type { ImportProblem } from "../../imports/table";
import { CsrfField, ErrorSummary, type Problems, Select } from "../forms";
import { Page } from "../public/layout";
import { when, workspacePath } from "./parts";

const seg = encodeURIComponent;
export const importPath = (slug: string) => `/orgs/${seg(slug)}/import`;
export const previewPath = (slug: string, id: string) => `${importPath(slug)}/${seg(id)}`;

/** Rows listed per action on the preview; the rest are counted. */
const LISTED = 200;

export interface ImportDone {
  cycleId: string;
  created: number;
  updated: number;
  unchanged: number;
}

const crumbs = (org: Organisation, last: string) => [
  { label: org.name, href: `/orgs/${seg(org.slug)}` },
  { label: "Workspace", href: workspacePath(org.slug) },
  { label: last },
];

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;

/** Every problem, by row and column, in the order of the file. */
export function ProblemList({ summary, problems }: { summary: string; problems: readonly ImportProblem[] }) {
  return (
    <section class="error-summary" role="alert" aria-labelledby="import-problems">
      <h2 id="import-problems">
        {summary}: {plural(problems.length, "problem")}. Nothing was imported.
      </h2>
      <p>Correct the file in your spreadsheet and upload it again. Row numbers are those your spreadsheet shows.</p>
      <table>
        <thead>
          <tr>
            <th scope="col">Row</th>
            <th scope="col">Column</th>
            <th scope="col">Problem</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((p) => (
            <tr>
              <td>{p.row ?? "Whole file"}</td>
              <td>{p.column ?? "—"}</td>
              <td>{p.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export interface ImportFormProps {
  origin: string;
  csrf: string;
  org: Organisation;
  cycles: Cycle[];
  cycleId?: string;
  problems?: Problems;
  fileProblems?: { summary: string; problems: readonly ImportProblem[] };
  done?: ImportDone;
}

export function ImportFormView(props: ImportFormProps) {
  const { org, cycles } = props;
  const open = cycles.filter((c) => c.status === "open");
  // The counts come from the redirect's query: shown only for a cycle that exists, as plain numbers.
  const done = cycles.some((c) => c.id === props.done?.cycleId) ? props.done : undefined;
  return (
    <Page
      title={`Import assessments: ${org.name}`}
      path={importPath(org.slug)}
      origin={props.origin}
      crumbs={crumbs(org, "Import")}
    >
      <p class="kicker">{org.name}</p>
      <h1>Import assessments</h1>
      {done ? (
        <p class="notice" role="status">
          Imported into {done.cycleId} as drafts: {plural(done.created, "new assessment")}, {done.updated.toLocaleString("en")}{" "}
          changed, {done.unchanged.toLocaleString("en")} unchanged.{" "}
          <a href={workspacePath(org.slug, { cycle: done.cycleId })}>Open the workspace</a> to review and send them for review.
        </p>
      ) : null}
      <p>
        Upload a spreadsheet of {org.name}'s assessments for one cycle, in the columns of the open data export:{" "}
        <code>country_iso3</code>, <code>item_id</code>, <code>status</code>, <code>confidence</code>, and optionally{" "}
        <code>narrative</code>, <code>obstacles</code>, <code>enablers</code>, <code>evidence_ids</code> (lists separated by{" "}
        <code>;</code>). A CSV file must be saved as UTF-8. Next you see every problem, or what each row will do; nothing is saved
        until you confirm, and then all rows are saved as drafts at once, or none.
      </p>
      {props.fileProblems ? <ProblemList {...props.fileProblems} /> : null}
      <ErrorSummary problems={props.problems} />
      {open.length === 0 ? (
        <p class="notice">No assessment cycle is open. A site administrator opens cycles.</p>
      ) : (
        <form method="post" action={importPath(org.slug)} enctype="multipart/form-data" novalidate>
          <CsrfField token={props.csrf} />
          <Select
            name="cycle"
            label="Cycle"
            options={open.map((c): [string, string] => [c.id, c.name])}
            value={props.cycleId ?? open.at(-1)?.id}
            problems={props.problems}
          />
          <div class={props.problems?.file ? "field field-error" : "field"}>
            <label for="file">Spreadsheet (CSV or XLSX, up to 10 MB)</label>
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
          <button type="submit">Check the file</button>
        </form>
      )}
    </Page>
  );
}

function RowTable({ caption, rows, names }: { caption: string; rows: PlannedRow[]; names: RowNames }) {
  if (rows.length === 0) return null;
  return (
    <>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Row</th>
            <th scope="col">Country</th>
            <th scope="col">Item</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, LISTED).map((r) => (
            <tr>
              <td>{r.row}</td>
              <td>{names.countries.get(r.countryIso3) ?? r.countryIso3}</td>
              <td>
                {names.items.get(r.itemId) ?? r.itemId} <small>{r.itemId}</small>
              </td>
              <td>{STATUS_LABELS[r.status as Status] ?? r.status}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > LISTED ? <p class="muted">And {plural(rows.length - LISTED, "more row")}.</p> : null}
    </>
  );
}

export interface RowNames {
  countries: Map<string, string>;
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
  outcome: { result: AssessmentImportResult } | { summary: string; problems: readonly ImportProblem[] };
  /** Why a confirmation did not import (the preview below is as things stand now). */
  warning?: string;
}

export function ImportPreviewView(props: ImportPreviewProps) {
  const { org, upload, outcome } = props;
  const path = previewPath(org.slug, upload.id);
  const of = (action: PlannedRow["action"]) =>
    "result" in outcome ? outcome.result.planned.filter((r) => r.action === action) : [];
  return (
    <Page title={`Check the import: ${upload.fileName}`} path={path} origin={props.origin} crumbs={crumbs(org, "Import")}>
      <p class="kicker">{org.name}</p>
      <h1>Check the import</h1>
      <p>
        <strong>{upload.fileName}</strong> into the cycle {props.cycle?.name ?? upload.cycleId}, uploaded {when(upload.createdAt)}
        ; it waits for your confirmation until {when(upload.expiresAt)}.
      </p>
      {props.warning ? (
        <p class="notice" role="alert">
          {props.warning}
        </p>
      ) : null}
      {"result" in outcome ? (
        <>
          <p class="progress">
            {plural(outcome.result.rows, "row")}: <strong>{outcome.result.created}</strong> new ·{" "}
            <strong>{outcome.result.updated}</strong> changed · <strong>{outcome.result.unchanged}</strong> unchanged
          </p>
          {outcome.result.notices.map((n) => (
            <p class="notice">{n}</p>
          ))}
          {outcome.result.created + outcome.result.updated === 0 ? (
            <p class="notice" role="status">
              Every row matches what is stored: there is nothing to import.
            </p>
          ) : (
            <form method="post" action={`${path}/confirm`}>
              <CsrfField token={props.csrf} />
              <input type="hidden" name="plan" value={outcome.result.plan} />
              <p class="hint">
                New and changed rows are saved as drafts, all in one go; unchanged rows are left as they are. Each saved draft and
                the import are recorded in the organisation's audit log.
              </p>
              <button type="submit">Import {plural(outcome.result.created + outcome.result.updated, "row")}</button>
            </form>
          )}
          <RowTable caption="New assessments" rows={of("create")} names={props.names} />
          <RowTable caption="Changed assessments" rows={of("update")} names={props.names} />
          <RowTable caption="Unchanged" rows={of("unchanged")} names={props.names} />
        </>
      ) : (
        <ProblemList summary={outcome.summary} problems={outcome.problems} />
      )}
      <form method="post" action={`${path}/discard`}>
        <CsrfField token={props.csrf} />
        <button type="submit" class="secondary">
          Discard this upload
        </button>{" "}
        <a href={importPath(org.slug)}>Upload another file</a>
      </form>
    </Page>
  );
}
