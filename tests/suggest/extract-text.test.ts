/** Reading uploads: TXT (BOM, UTF-16), DOCX built with fflate, a hand-written PDF, and every refusal. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { strToU8, zipSync } from "fflate";
import { docxParagraphs } from "../../src/documents/docx";
import { DocumentError, documentType, extractText, MAX_DOCUMENT_BYTES } from "../../src/documents/extract-text";
import { makeDocx, makePdf } from "./fixtures";

const utf8 = (s: string) => new TextEncoder().encode(s);

async function refused(bytes: Uint8Array, name: string, code: string, message: RegExp) {
  await assert.rejects(extractText(bytes, name), (e: unknown) => {
    assert.ok(e instanceof DocumentError, String(e));
    assert.equal(e.code, code);
    assert.match(e.message, message);
    return true;
  });
}

describe("plain text", () => {
  test("UTF-8 with and without a byte order mark; CRLF becomes LF", async () => {
    const text = "Loi n° 2024-12 relative au cyberharcèlement\r\nArticle 1er — الحماية";
    const plain = await extractText(utf8(text), "loi.txt");
    const bom = await extractText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]), "loi.txt");
    assert.deepEqual(plain, { type: "txt", text: "Loi n° 2024-12 relative au cyberharcèlement\nArticle 1er — الحماية" });
    assert.deepEqual(bom, plain);
  });

  test("UTF-16 with a byte order mark", async () => {
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from("网络暴力 law", "utf16le")]);
    assert.equal((await extractText(le, "x.txt")).text, "网络暴力 law");
  });

  test("not UTF-8, binary, empty or blank text is refused with a reason", async () => {
    await refused(
      new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6c, 0x6f, 0x69]),
      "latin1.txt",
      "unsupported_type",
      /not UTF-8/,
    );
    await refused(
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]),
      "photo.png",
      "unsupported_type",
      /TXT, DOCX or PDF/,
    );
    await refused(
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]),
      "old.doc",
      "unsupported_type",
      /\.doc\) files are not supported/,
    );
    await refused(new Uint8Array(), "empty.txt", "empty_text", /empty/);
    await refused(utf8(" \n\t \n"), "blank.txt", "empty_text", /no text/);
  });

  test("a file over the limit is refused before it is read", async () => {
    await refused(new Uint8Array(MAX_DOCUMENT_BYTES + 1), "big.txt", "too_large", /larger than 10 MB/);
  });
});

describe("DOCX", () => {
  test("paragraphs become blank-line-separated, runs join, entities decode", async () => {
    const docx = makeDocx([
      "Part 2: Offences",
      ["Section 4. Sharing ", "intimate images ", "without consent & threats"],
      "الحماية من العنف",
    ]);
    const { type, text } = await extractText(docx, "act.docx");
    assert.equal(type, "docx");
    assert.equal(text, "Part 2: Offences\n\nSection 4. Sharing intimate images without consent & threats\n\nالحماية من العنف");
  });

  test("tabs, breaks, empty paragraphs and deleted text", () => {
    const xml =
      '<w:document><w:body><w:p><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t xml:space="preserve">c &lt;d&gt; &#233;&#x4E2D;</w:t></w:r></w:p><w:p/><w:p><w:del><w:r><w:delText>gone</w:delText></w:r></w:del><w:r><w:t>kept</w:t></w:r></w:p></w:body></w:document>';
    assert.deepEqual(docxParagraphs(xml), ["a\tb\nc <d> é中", "", "kept"]);
  });

  test("damaged, not Word, or without text is refused", async () => {
    const docx = makeDocx(["text"]);
    await refused(docx.subarray(0, docx.length - 30), "cut.docx", "corrupt_file", /damaged/);
    await refused(zipSync({ "readme.txt": strToU8("hello") }), "other.docx", "corrupt_file", /not a Word document/);
    await refused(makeDocx(["", "  "]), "blank.docx", "empty_text", /no text/);
    await refused(utf8("plain text pretending"), "fake.docx", "corrupt_file", /not a readable DOCX file/);
  });
});

describe("PDF", () => {
  test("lines in a paragraph stay together; a wider gap starts a new paragraph", async () => {
    const pdf = makePdf([
      ["Section 1. A person who shares intimate images", "without consent commits an offence."],
      ["Section 2. The regulator may order their removal."],
    ]);
    assert.equal(documentType(pdf), "pdf");
    const { type, text } = await extractText(pdf, "act.pdf");
    assert.equal(type, "pdf");
    assert.equal(
      text,
      "Section 1. A person who shares intimate images\nwithout consent commits an offence.\n\nSection 2. The regulator may order their removal.",
    );
  });

  test("damaged or without text is refused", async () => {
    const pdf = makePdf([["Some text"]]);
    await refused(pdf.subarray(0, 120), "cut.pdf", "corrupt_file", /PDF file is damaged/);
    await refused(makePdf([]), "scan.pdf", "empty_text", /no text \(it may be a scan\)/);
  });
});
