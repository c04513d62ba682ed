/**
 * Text of a Word document (DOCX): word/document.xml unzipped with fflate, one
 * line per paragraph (w:p), runs' text (w:t) joined, tabs and breaks kept.
 */
import { unzipSync } from "fflate";
import { msg } from "../i18n/message";
import { DocumentError } from "./errors";

/** The document part may not unpack to more than this (a zip bomb stops here). */
const MAX_XML_BYTES = 50 * 1024 * 1024;
const PART = "word/document.xml";

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (whole, e: string) => {
    if (e.startsWith("#x")) return String.fromCodePoint(Number.parseInt(e.slice(2), 16));
    if (e.startsWith("#")) return String.fromCodePoint(Number.parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? whole;
  });
}

/** Paragraph texts of a WordprocessingML body. */
export function docxParagraphs(xml: string): string[] {
  const out: string[] = [];
  const body = xml.replace(/<w:(?:delText|instrText)\b[^>]*>[\s\S]*?<\/w:(?:delText|instrText)>/g, "");
  for (const p of body.matchAll(/<w:p\b[^>]*?(?:\/>|>([\s\S]*?)<\/w:p>)/g)) {
    let text = "";
    for (const m of (p[1] ?? "").matchAll(/<w:t\b[^>]*?(?:\/>|>([\s\S]*?)<\/w:t>)|<w:(tab|br|cr)\b[^>]*\/>/g)) {
      if (m[2] === "tab") text += "\t";
      else if (m[2]) text += "\n";
      else text += decodeXml(m[1] ?? "");
    }
    out.push(text);
  }
  return out;
}

export function docxText(bytes: Uint8Array): string {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        if (f.name !== PART) return false;
        if (f.originalSize > MAX_XML_BYTES)
          throw new DocumentError(
            "too_large",
            msg("workspace.document.docxTooLarge", { megabytes: MAX_XML_BYTES / 1024 / 1024 }),
          );
        return true;
      },
    });
  } catch (e) {
    if (e instanceof DocumentError) throw e;
    throw new DocumentError("corrupt_file", msg("workspace.document.docxNotUnzipped"));
  }
  const part = files[PART];
  if (!part) throw new DocumentError("corrupt_file", msg("workspace.document.zipNotWord"));
  let xml: string;
  try {
    xml = new TextDecoder("utf-8", { fatal: true }).decode(part);
  } catch {
    throw new DocumentError("corrupt_file", msg("workspace.document.docxNotUtf8"));
  }
  if (!/<w:document\b/.test(xml)) throw new DocumentError("corrupt_file", msg("workspace.document.docxNoDocument"));
  // One blank line between paragraphs: the suggester reads paragraphs as passages.
  return docxParagraphs(xml).join("\n\n");
}
