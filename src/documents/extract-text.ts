/**
 * The text of an uploaded document: plain text (UTF-8, with or without a byte
 * order mark; UTF-16 with one), Word (DOCX) or PDF. The type is told by the
 * file's first bytes, not by its name. Anything else, a damaged file, a file
 * without text or one over the size limit fails with a DocumentError that says
 * which and what to do.
 */
import { msg } from "../i18n/message";
import { docxText } from "./docx";
import { DocumentError } from "./errors";
import { pdfText } from "./pdf";

export { DocumentError } from "./errors";

/** Largest upload read, in bytes. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
export const DOCUMENT_TYPES = ["txt", "docx", "pdf"] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export interface ExtractedText {
  type: DocumentType;
  text: string;
}

const starts = (b: Uint8Array, ...sig: number[]) => sig.every((x, i) => b[i] === x);

/** What the bytes are, or why they cannot be read. */
export function documentType(bytes: Uint8Array, filename = ""): DocumentType {
  const name = filename.toLowerCase();
  if (starts(bytes, 0x25, 0x50, 0x44, 0x46, 0x2d)) return "pdf"; // %PDF-
  if (starts(bytes, 0x50, 0x4b, 0x03, 0x04)) return "docx"; // PK: a zip; docxText checks it is Word
  if (starts(bytes, 0xd0, 0xcf, 0x11, 0xe0)) throw new DocumentError("unsupported_type", msg("workspace.document.oldWord"));
  if (/\.(docx?|pdf|odt|rtf|xlsx?|pptx?|zip)$/.test(name))
    throw new DocumentError(
      "corrupt_file",
      msg("workspace.document.notWhatItsNameSays", { name: filename, type: name.split(".").pop()?.toUpperCase() ?? "" }),
    );
  if (looksBinary(bytes)) throw new DocumentError("unsupported_type", msg("workspace.document.unsupported"));
  return "txt";
}

/** NUL bytes outside UTF-16 text, or many control characters: not text. */
function looksBinary(bytes: Uint8Array): boolean {
  if (starts(bytes, 0xff, 0xfe) || starts(bytes, 0xfe, 0xff)) return false;
  const sample = bytes.subarray(0, 4096);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > sample.length * 0.05;
}

export function plainText(bytes: Uint8Array): string {
  if (starts(bytes, 0xff, 0xfe)) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (starts(bytes, 0xfe, 0xff)) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  const body = starts(bytes, 0xef, 0xbb, 0xbf) ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    throw new DocumentError("unsupported_type", msg("workspace.document.notUtf8"));
  }
}

export async function extractText(bytes: Uint8Array, filename = ""): Promise<ExtractedText> {
  if (bytes.length === 0) throw new DocumentError("empty_text", msg("workspace.document.empty"));
  if (bytes.length > MAX_DOCUMENT_BYTES)
    throw new DocumentError("too_large", msg("workspace.document.tooLarge", { megabytes: MAX_DOCUMENT_BYTES / 1024 / 1024 }));
  const type = documentType(bytes, filename);
  const raw = type === "pdf" ? await pdfText(bytes) : type === "docx" ? docxText(bytes) : plainText(bytes);
  const text = raw.replace(/\r\n?/g, "\n").replaceAll("\u0000", "");
  if (text.trim().length === 0)
    throw new DocumentError("empty_text", msg(type === "pdf" ? "workspace.document.pdfNoText" : "workspace.document.noText"));
  return { type, text };
}
