/**
 * Documents made in the tests: a Word file zipped with fflate and a PDF written
 * by hand (one Helvetica text object per paragraph, correct cross-reference
 * table), so no office suite is needed.
 */
import { strToU8, zipSync } from "fflate";

const escapeXml = (s: string) => s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

/** A DOCX whose body has one w:p per paragraph; a paragraph's text may be split into several runs. */
export function makeDocx(paragraphs: (string | string[])[]): Uint8Array {
  const body = paragraphs
    .map((p) => {
      const runs = (Array.isArray(p) ? p : [p]).map((r) => `<w:r><w:t xml:space="preserve">${escapeXml(r)}</w:t></w:r>`);
      return `<w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr>${runs.join("")}</w:p>`;
    })
    .join("");
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}<w:sectPr/></w:body></w:document>`;
  return zipSync({
    "[Content_Types].xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
    ),
    "word/document.xml": strToU8(xml),
  });
}

const escapePdf = (s: string) => s.replaceAll("\\", "\\\\").replaceAll("(", "\\(").replaceAll(")", "\\)");

/** A one-page PDF (Latin-1 text): each paragraph's lines 14 points apart, paragraphs 36 points apart. */
export function makePdf(paragraphs: string[][]): Uint8Array {
  const ops: string[] = ["BT", "/F1 11 Tf"];
  let y = 780;
  for (const lines of paragraphs) {
    for (const line of lines) {
      ops.push(`1 0 0 1 56 ${y} Tm (${escapePdf(line)}) Tj`);
      y -= 14;
    }
    y -= 22;
  }
  ops.push("ET");
  const stream = ops.join("\n");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    `<< /Length ${Buffer.byteLength(stream, "latin1")} >>\nstream\n${stream}\nendstream`,
  ];
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, "latin1"));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, "latin1");
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, "latin1"));
}
