/**
 * Reads one worksheet of an XLSX workbook into a table: the zip with fflate,
 * the few XML parts with a small, strict reader of the elements they use
 * (workbook, relationships, shared strings, sheet rows and cells). Shared and
 * inline strings, numbers and booleans; formulas give their cached value.
 * The sheet read is the one named `preferredSheet` when there is one, else the
 * first that is not a README (Blueprint's own workbooks start with one).
 */
import { unzipSync } from "fflate";
import { type Message, msg } from "../i18n/message";
import { tableOf } from "./csv";
import { ImportError, importProblem, type Table } from "./table";

const MAX_UNZIPPED = 200 * 1024 * 1024;

/** The file cannot be read, and why: `import.problem.xlsx.<key>` of the catalogue. */
const unreadable = (key: string, values?: Message["values"]) =>
  new ImportError(msg("import.summary.xlsxUnreadable"), [importProblem(msg(`import.problem.xlsx.${key}`, values))]);

export function decodeXml(text: string): string {
  return text
    .replace(/&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));/g, (_, dec, hex, name) => {
      if (dec) return String.fromCodePoint(Number(dec));
      if (hex) return String.fromCodePoint(Number.parseInt(hex, 16));
      return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[name as "amp"];
    })
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex) => String.fromCharCode(Number.parseInt(hex, 16)));
}

const attr = (tag: string, name: string) => {
  const m = tag.match(new RegExp(`(?:^|\\s)${name}="([^"]*)"`));
  return m ? decodeXml(m[1] as string) : undefined;
};

/** The text of a string item (`<si>` or `<is>`): every `<t>` of its runs, phonetic guides (`<rPh>`) left out. */
function stringItem(xml: string): string {
  const noPhonetic = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "");
  let out = "";
  for (const m of noPhonetic.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t(?:\s[^>]*)?\/>/g)) out += decodeXml(m[1] ?? "");
  return out;
}

/** Column letters of a cell reference ("AB12") as a 0-based index. */
function columnIndex(ref: string): number {
  const letters = ref.match(/^[A-Z]+/)?.[0];
  if (!letters) throw unreadable("badCellReference", { ref });
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function readXlsx(bytes: Uint8Array, preferredSheet?: string): { table: Table; sheet: string } {
  let files: Record<string, Uint8Array>;
  let total = 0;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        total += f.originalSize;
        if (total > MAX_UNZIPPED) throw unreadable("tooLargeUnpacked", { megabytes: MAX_UNZIPPED / 1024 / 1024 });
        return (f.name.startsWith("xl/") && f.name.endsWith(".xml")) || f.name.endsWith(".rels");
      },
    });
  } catch (e) {
    if (e instanceof ImportError) throw e;
    throw unreadable("notZip", { reason: (e as Error).message });
  }
  const text = (name: string) => {
    const f = files[name];
    return f ? new TextDecoder().decode(f) : undefined;
  };
  const workbook = text("xl/workbook.xml");
  if (!workbook) throw unreadable("noWorkbook");
  const sheets = [...workbook.matchAll(/<sheet\b([^>]*?)\/?>/g)].map((m) => ({
    name: attr(m[1] as string, "name") ?? "",
    rid: attr(m[1] as string, "r:id") ?? "",
  }));
  const sheet =
    sheets.find((s) => preferredSheet && s.name.toLowerCase() === preferredSheet.toLowerCase()) ??
    sheets.find((s) => s.name.toLowerCase() !== "readme");
  if (!sheet) throw unreadable("noWorksheet");
  const rels = text("xl/_rels/workbook.xml.rels") ?? "";
  const rel = [...rels.matchAll(/<Relationship\b([^>]*?)\/?>/g)]
    .map((m) => m[1] as string)
    .find((r) => attr(r, "Id") === sheet.rid);
  const target = rel && attr(rel, "Target");
  if (!target) throw unreadable("sheetWithoutPart", { sheet: sheet.name });
  const path = target.startsWith("/") ? target.slice(1) : `xl/${target.replace(/^\.\//, "")}`;
  const xml = text(path);
  if (!xml) throw unreadable("sheetMissing", { sheet: sheet.name, path });

  const shared = [...(text("xl/sharedStrings.xml") ?? "").matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((m) =>
    stringItem(m[1] ?? ""),
  );
  const rows: { row: number; cells: string[] }[] = [];
  for (const rm of xml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const row = Number(attr(rm[1] as string, "r") ?? rows.length + 1);
    const cells: string[] = [];
    let next = 0;
    for (const cm of (rm[2] ?? "").matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attrs = cm[1] as string;
      const body = cm[2] ?? "";
      const ref = attr(attrs, "r");
      const col = ref ? columnIndex(ref) : next;
      next = col + 1;
      const type = attr(attrs, "t") ?? "n";
      const v = body.match(/<v>([\s\S]*?)<\/v>/)?.[1];
      let value = "";
      if (type === "s") {
        const s = shared[Number(v)];
        if (s === undefined) throw unreadable("noSharedString", { ref: ref ?? "", index: v ?? "" });
        value = s;
      } else if (type === "inlineStr") value = stringItem(body.match(/<is>([\s\S]*?)<\/is>/)?.[1] ?? "");
      else if (type === "b") value = v === "1" ? "true" : "false";
      else value = v === undefined ? "" : decodeXml(v);
      while (cells.length < col) cells.push("");
      cells[col] = value;
    }
    rows.push({ row, cells });
  }
  return { table: tableOf(rows), sheet: sheet.name };
}
