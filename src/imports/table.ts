/**
 * What every import reads: a header and rows of text cells, whatever the file
 * format, and the problems found, each tied to a row and a column so that a
 * person can fix the spreadsheet without reading code.
 *
 * A problem is said in English (`message`: the CLI, logs) and, when the import
 * code made it from the `import` catalogue, also as that catalogue message
 * (`text`), which the import screen shows in the reader's language
 * (src/i18n/message.ts). Data quoted in a problem (a cell, a column name) goes
 * in the message's values as it is.
 */
import { inEnglish, type Message, msg } from "../i18n/message";

export interface TableRow {
  /** The row number a spreadsheet shows (the header is row 1). */
  row: number;
  /** One cell per header column, "" when empty. */
  cells: string[];
}

export interface Table {
  header: string[];
  headerRow: number;
  rows: TableRow[];
}

export interface ImportProblem {
  /** Spreadsheet row number; absent for a problem with the whole file. */
  row?: number;
  /** The column's name as the file's header spells it. */
  column?: string;
  /** In English. */
  message: string;
  /** The same as a catalogue message, when there is one: pages show it in the reader's language. */
  text?: Message;
}

/** A problem from English text or a catalogue message (then `message` is its English). */
export function importProblem(message: string | Message, row?: number, column?: string): ImportProblem {
  return {
    ...(row === undefined ? {} : { row }),
    ...(column ? { column } : {}),
    message: inEnglish(message),
    ...(typeof message === "string" ? {} : { text: message }),
  };
}

export function formatImportProblem(p: ImportProblem): string {
  const where = [p.row === undefined ? undefined : `row ${p.row}`, p.column && `column '${p.column}'`].filter(Boolean).join(", ");
  return where ? `  - ${where}: ${p.message}` : `  - ${p.message}`;
}

/** The problems of one import; nothing is stored while there is any. */
export class ImportError extends Error {
  readonly code = "invalid_import";
  /** In English, for the CLI and logs. */
  readonly summary: string;
  /** The summary as a catalogue message, when it was made from one. */
  readonly summaryText?: Message;
  constructor(
    summary: string | Message,
    readonly problems: ImportProblem[],
  ) {
    const english = inEnglish(summary);
    super(
      `${english} (${problems.length} problem${problems.length === 1 ? "" : "s"}; nothing was imported):\n${problems.map(formatImportProblem).join("\n")}`,
    );
    this.summary = english;
    if (typeof summary !== "string") this.summaryText = summary;
    this.name = "ImportError";
  }
}

export class ImportProblems {
  readonly list: ImportProblem[] = [];
  add(row: number | undefined, column: string | undefined, message: string | Message): void {
    this.list.push(importProblem(message, row, column));
  }
  get size(): number {
    return this.list.length;
  }
  error(summary: string | Message): ImportError {
    return new ImportError(
      summary,
      [...this.list].sort((a, b) => (a.row ?? 0) - (b.row ?? 0)),
    );
  }
}

/** Header names compared without case, spaces, underscores, hyphens or brackets: "State under Review" = "state_under_review". */
export const headerKey = (name: string) => name.toLowerCase().replace(/[\s_\-()./]+/g, "");

/**
 * Finds each field's column among aliases (case-insensitive). Returns the
 * column index per field, the columns no field claimed, and problems for a
 * field named twice.
 */
export function matchColumns<F extends string>(
  header: string[],
  aliases: Record<F, readonly string[]>,
  problems: ImportProblems,
): { index: Partial<Record<F, number>>; unused: number[] } {
  const index: Partial<Record<F, number>> = {};
  const claimed = new Set<number>();
  for (const field of Object.keys(aliases) as F[]) {
    const keys = new Set(aliases[field].map(headerKey));
    const found = header.flatMap((h, k) => (keys.has(headerKey(h)) ? [k] : []));
    if (found.length > 1)
      problems.add(
        1,
        found.map((k) => header[k]).join("' and '"),
        msg("import.problem.sameColumns", { field: aliases[field][0] ?? field }),
      );
    if (found[0] !== undefined) {
      index[field] = found[0];
      claimed.add(found[0]);
    }
  }
  return { index, unused: header.flatMap((_, k) => (claimed.has(k) ? [] : [k])) };
}
