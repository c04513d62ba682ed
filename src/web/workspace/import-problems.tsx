/**
 * An import's problems on the import screen, in the reader's language: the
 * import code says each problem as a catalogue message (`text`, kept beside
 * its English `message` for the CLI and logs); a problem made without one
 * shows its English. Where a problem is ("row 12, column 'status'") is said
 * here, with the row number in the reader's digits; the column is the file's
 * own header, shown as written.
 */

import type { Message } from "../../i18n/message";
import type { ImportError, ImportProblem } from "../../imports/table";
import { localise } from "../i18n/problems";
import { num, t } from "../i18n/t";

/** What stops an import: a summary and every problem, in the file's order. */
export interface ProblemReport {
  summary: string | Message;
  problems: readonly ImportProblem[];
}

export const reportOf = (e: ImportError): ProblemReport => ({ summary: e.summaryText ?? e.summary, problems: e.problems });

/** The problem itself, without its place. */
export const problemText = (p: ImportProblem): string => localise(p.text ?? p.message);

/** "row 12, column 'status'", "row 12", "column 'status'", or nothing for the whole file. */
export function problemPlace(p: ImportProblem): string | undefined {
  if (p.row !== undefined && p.column) return t("import.where.rowColumn", { row: num(p.row), column: p.column });
  if (p.row !== undefined) return t("import.where.row", { row: num(p.row) });
  if (p.column) return t("import.where.column", { column: p.column });
  return undefined;
}

/** The problems in one sentence, each with its place: for a notice that says why nothing was imported. */
export function problemsInline(problems: readonly ImportProblem[]): string {
  return problems
    .map((p) => {
      const place = problemPlace(p);
      return place ? t("import.problemAt", { place, problem: problemText(p) }) : problemText(p);
    })
    .join(t("import.problemSeparator"));
}

/** Every problem, by row and column, in the order of the file. */
export function ProblemList({ summary, problems }: ProblemReport) {
  return (
    <section class="error-summary" role="alert" aria-labelledby="import-problems">
      <h2 id="import-problems">{t("import.problems.heading", { summary: localise(summary), count: problems.length })}</h2>
      <p>{t("import.problems.hint")}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t("import.column.row")}</th>
            <th scope="col">{t("import.column.column")}</th>
            <th scope="col">{t("import.column.problem")}</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((p) => (
            <tr>
              <td>{p.row === undefined ? t("import.wholeFile") : num(p.row)}</td>
              <td>{p.column ?? "—"}</td>
              <td>{problemText(p)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
