/**
 * Reads the rows of a UN recommendations export (the UPR Info database, the
 * Universal Human Rights Index) into checked recommendation records. Columns
 * are found by any of their usual names, without regard to case; every
 * problem names its row and column.
 */
import type { RecommendationDetails } from "../domain/framework/pack-schema";
import { ImportProblems, matchColumns, type Table } from "./table";

export const RECOMMENDATION_COLUMNS = {
  text: ["Recommendation", "Recommendation text", "Annotation", "Text", "Recommendations"],
  recommendingStates: ["Recommending State", "Recommending States", "Recommending State(s)", "Recommended by", "From"],
  stateUnderReview: ["State under Review", "Country", "SuR", "State", "Reviewed State", "Country under review"],
  cycle: ["Cycle", "UPR cycle", "Review cycle"],
  session: ["Session", "Review session", "UPR session"],
  response: ["Response", "Position", "SuR response", "Response to recommendation"],
  documentSymbol: ["Document", "Document symbol", "Symbol", "Source document"],
  themes: ["Issues", "Themes", "Issue", "Theme", "Thematic issues"],
  body: ["Body", "Mechanism"],
  year: ["Year", "Date", "Review year", "Date of review"],
} as const;

export type RecommendationField = keyof typeof RECOMMENDATION_COLUMNS;

export const DEFAULT_BODY = "Human Rights Council (Universal Periodic Review)";

/** Responses as the exports spell them, in English, French and Spanish. */
const RESPONSES: Record<string, NonNullable<RecommendationDetails["response"]>> = {
  supported: "supported",
  accepted: "supported",
  "accepted supported": "supported",
  soutenue: "supported",
  acceptee: "supported",
  apoyada: "supported",
  aceptada: "supported",
  "partially supported": "partially_supported",
  "partially accepted": "partially_supported",
  "supported noted": "partially_supported",
  "partiellement soutenue": "partially_supported",
  "apoyada parcialmente": "partially_supported",
  noted: "noted",
  rejected: "noted",
  "not supported": "noted",
  "prise en note": "noted",
  notee: "noted",
  "tomada nota": "noted",
  anotada: "noted",
  pending: "pending",
  "no response": "pending",
  "en suspens": "pending",
  pendiente: "pending",
};

const fold = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

export interface RecommendationRow {
  row: number;
  text: string;
  recommendingStates: string[];
  stateUnderReview: string;
  cycle: string;
  session: string;
  response?: RecommendationDetails["response"];
  documentSymbol?: string;
  themes: string[];
  body: string;
  year: number;
}

export interface ReadRecommendations {
  rows: RecommendationRow[];
  /** Columns of the file that are not imported: reported, never silently dropped. */
  ignoredColumns: string[];
}

/** A list in one cell: separated by semicolons, vertical bars or line breaks (commas occur in state names). */
const listCell = (cell: string) =>
  cell
    .split(/[;|\n]/)
    .map((s) => s.trim())
    .filter(Boolean);

export function readRecommendations(table: Table): ReadRecommendations {
  const problems = new ImportProblems();
  const { index, unused } = matchColumns(table.header, RECOMMENDATION_COLUMNS, problems);
  const missing = (field: RecommendationField, what: string) => {
    if (index[field] === undefined)
      problems.add(
        table.headerRow,
        undefined,
        `no column for ${what}: name one ${RECOMMENDATION_COLUMNS[field]
          .slice(0, 3)
          .map((n) => `'${n}'`)
          .join(", ")}`,
      );
  };
  missing("text", "the recommendation text");
  missing("recommendingStates", "the recommending state");
  missing("stateUnderReview", "the state under review");
  if (index.cycle === undefined && index.session === undefined) missing("session", "the cycle or session");
  if (problems.size) throw problems.error("The recommendations file lacks columns it needs");

  const column = (field: RecommendationField) => {
    const k = index[field];
    return k === undefined ? undefined : table.header[k];
  };
  const rows: RecommendationRow[] = [];
  for (const r of table.rows) {
    const cell = (field: RecommendationField) => {
      const k = index[field];
      return k === undefined ? "" : (r.cells[k] ?? "").trim();
    };
    if (r.cells.every((c) => c.trim() === "")) continue;
    const before = problems.size;
    const text = cell("text").replace(/\r\n?/g, "\n");
    if (!text) problems.add(r.row, column("text"), "the recommendation text is empty");
    const body = cell("body") || DEFAULT_BODY;
    // A treaty body or special procedure recommends in its own name: the UHRI leaves the state empty.
    const recommendingStates = listCell(cell("recommendingStates"));
    if (recommendingStates.length === 0 && body !== DEFAULT_BODY) recommendingStates.push(body);
    if (recommendingStates.length === 0)
      problems.add(r.row, column("recommendingStates"), "name the state (or states) that made the recommendation");
    const stateUnderReview = cell("stateUnderReview");
    if (!stateUnderReview) problems.add(r.row, column("stateUnderReview"), "name the state under review");
    const cycle = cell("cycle");
    const session = cell("session");
    if (!cycle && !session) problems.add(r.row, column("session") ?? column("cycle"), "give the review cycle or session");

    const rawResponse = cell("response");
    const response = rawResponse ? RESPONSES[fold(rawResponse)] : undefined;
    if (rawResponse && !response)
      problems.add(
        r.row,
        column("response"),
        `'${rawResponse}' is not a response Blueprint knows: write supported, partially supported, noted or pending, or leave it empty`,
      );

    const yearText = cell("year");
    const yearMatch = (yearText || `${cycle} ${session}`).match(/\b(19[4-9]\d|20\d\d|2100)\b/);
    const year = yearMatch ? Number(yearMatch[1]) : Number.NaN;
    if (yearText && !yearMatch) problems.add(r.row, column("year"), `'${yearText}' is not a year between 1945 and 2100`);
    else if (!yearMatch)
      problems.add(
        r.row,
        column("session") ?? column("cycle"),
        "no year: add a 'Year' column, or write the year in the session, e.g. '43rd session (2023)'",
      );
    if (problems.size > before) continue;
    const documentSymbol = cell("documentSymbol");
    rows.push({
      row: r.row,
      text,
      recommendingStates,
      stateUnderReview,
      cycle,
      session,
      ...(response ? { response } : {}),
      ...(documentSymbol ? { documentSymbol } : {}),
      themes: listCell(cell("themes")),
      body,
      year,
    });
  }
  if (table.rows.length === 0) problems.add(undefined, undefined, "the file has a header but no recommendations");
  if (problems.size) throw problems.error("Some recommendations cannot be imported");
  return { rows, ignoredColumns: unused.map((k) => table.header[k] ?? "").filter(Boolean) };
}
