/**
 * Text of a PDF with pdfjs-dist (legacy build for Node, no worker thread, no
 * eval, no fonts loaded). Lines end where pdf.js says; a vertical gap wider
 * than a line and a half, or a new page, starts a new paragraph.
 */
import { msg } from "../i18n/message";
import { DocumentError } from "./errors";

interface TextItem {
  str: string;
  hasEOL?: boolean;
  transform?: number[];
  height?: number;
}

/** Most pages read; a longer document is cut here (the suggester needs no more). */
const MAX_PAGES = 1000;

export async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  let doc: Awaited<ReturnType<typeof pdfjs.getDocument>["promise"]>;
  try {
    doc = await pdfjs.getDocument({
      // pdf.js takes ownership of (detaches) the buffer: give it a copy.
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: false,
      verbosity: 0,
    }).promise;
  } catch (e) {
    const name = (e as Error)?.name;
    if (name === "PasswordException") throw new DocumentError("unsupported_type", msg("workspace.document.pdfPassword"));
    throw new DocumentError("corrupt_file", msg("workspace.document.pdfDamaged"));
  }
  try {
    const pages: string[] = [];
    for (let n = 1; n <= Math.min(doc.numPages, MAX_PAGES); n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(pageText(content.items as TextItem[]));
      page.cleanup();
    }
    return pages.join("\n\n");
  } catch {
    throw new DocumentError("corrupt_file", msg("workspace.document.pdfPageDamaged"));
  } finally {
    await doc.destroy();
  }
}

function pageText(items: TextItem[]): string {
  let out = "";
  let lastY: number | undefined;
  let lineHeight = 0;
  for (const item of items) {
    if (typeof item.str !== "string") continue;
    const y = item.transform?.[5];
    const h = item.height || lineHeight || 10;
    if (y !== undefined && lastY !== undefined && out && !out.endsWith("\n") && Math.abs(lastY - y) > h * 0.5) out += "\n";
    if (y !== undefined && lastY !== undefined && out.endsWith("\n") && !out.endsWith("\n\n") && lastY - y > h * 1.7) out += "\n";
    out += item.str;
    if (item.hasEOL) out += "\n";
    if (y !== undefined && item.str.trim()) {
      lastY = y;
      lineHeight = h;
    }
  }
  return out.replace(/[ \t]+\n/g, "\n").trim();
}
