/**
 * The report as a Word document, WordprocessingML written here: real styles
 * (Title, Heading1–3, Normal, FootnoteText), real footnotes referenced from
 * the text, a table of contents field that Word fills on opening, numbered
 * paragraphs for the UPR, the annex as a Word table, title and language in
 * docProps/core.xml, and w:bidi / w:rtl on paragraphs and runs in Arabic.
 * An internal report has a header part saying "Confidential" on every page.
 */
import { strToU8, zipSync } from "fflate";
import { escapeXml, XML_DECLARATION } from "../xml";
import { ZIP_EPOCH } from "../zip-stream";
import {
  APP_PROPERTIES,
  confidentialHeader,
  contentTypes,
  coreProperties,
  documentRels,
  footer,
  footnoteRels,
  NAMESPACES,
  NUMBERING,
  PACKAGE_RELS,
  SETTINGS,
  styles,
} from "./docx-parts";
import { MESSAGES } from "./messages";
import { type Block, isNote, type Run, type ShadowReport } from "./model";

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

interface Writer {
  rtl: boolean;
  run(r: Run): string;
  p(runs: string, style?: string, extra?: string): string;
}

function writer(report: ShadowReport): Writer {
  const rtl = report.dir === "rtl";
  // A Chinese report's own runs are East Asian: Word then sets the quotation marks “” (shared with Latin) in the Chinese font.
  const eastAsian = report.lang === "zh";
  return {
    rtl,
    run(r) {
      if (isNote(r))
        return `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${r.note}"/></w:r>`;
      const props = [
        eastAsian && !r.lang ? '<w:rFonts w:hint="eastAsia"/>' : "",
        r.bold ? "<w:b/><w:bCs/>" : "",
        r.italic ? "<w:i/><w:iCs/>" : "",
        rtl && !r.lang ? "<w:rtl/>" : "",
        r.lang ? `<w:lang w:val="${escapeXml(r.lang)}"/>` : "",
      ].join("");
      return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ""}<w:t xml:space="preserve">${escapeXml(r.text)}</w:t></w:r>`;
    },
    p(runs, style, extra = "") {
      const ppr = `${style ? `<w:pStyle w:val="${style}"/>` : ""}${extra}${rtl ? "<w:bidi/>" : ""}`;
      return `<w:p>${ppr ? `<w:pPr>${ppr}</w:pPr>` : ""}${runs}</w:p>`;
    },
  };
}

const NUMBERED = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>';
const PAGE_BREAK = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';
const COLUMNS = [4600, 1600, 1600, 1838];

function block(w: Writer, b: Block): string {
  const runs = (list: readonly Run[]) => list.map((r) => w.run(r)).join("");
  if (b.type === "heading") return w.p(runs(b.text), `Heading${b.level}`);
  if (b.type === "paragraph") {
    const style = b.numbered ? "NumberedParagraph" : b.style === "note" ? "Note" : b.style === "reply" ? "Reply" : undefined;
    return w.p(runs(b.runs), style, b.numbered ? NUMBERED : "");
  }
  const cell = (content: string, k: number) =>
    `<w:tc><w:tcPr><w:tcW w:w="${COLUMNS[k] ?? 1600}" w:type="dxa"/></w:tcPr>${content}</w:tc>`;
  const header = `<w:tr><w:trPr><w:tblHeader/></w:trPr>${b.header
    .map((h, k) => cell(w.p(w.run({ text: h, bold: true })), k))
    .join("")}</w:tr>`;
  const rows = b.rows.map(
    (r) => `<w:tr><w:trPr><w:cantSplit/></w:trPr>${r.map((c, k) => cell(w.p(runs(c)), k)).join("")}</w:tr>`,
  );
  return `${w.p(w.run({ text: b.caption }), "Caption")}<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/>${
    w.rtl ? "<w:bidiVisual/>" : ""
  }<w:tblW w:w="5000" w:type="pct"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>${COLUMNS.map(
    (c) => `<w:gridCol w:w="${c}"/>`,
  ).join("")}</w:tblGrid>${header}${rows.join("")}</w:tbl>${w.p("")}`;
}

export function documentXml(report: ShadowReport): string {
  const w = writer(report);
  const m = MESSAGES[report.lang];
  const c = report.cover;
  const t = (text: string, bold = false) => w.run({ text, bold });
  const cover = [
    w.p(t(c.title), "Title"),
    w.p(t(c.subtitle), "Subtitle"),
    ...[
      [m.submittedBy, c.organisations.join("; ")],
      [m.country, c.country],
      [m.cycle, c.cycle],
      [m.date, c.date],
    ].map(([k, v]) => w.p(t(`${k}${m.punctuation.colon}`, true) + t(v!))),
    ...c.notices.map((n) => w.p(t(n), "Note")),
    PAGE_BREAK,
  ];
  const toc = [
    w.p(t(m.contents), "TOCHeading"),
    w.p(
      '<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
        report.sections.map((s) => t(`${s.title}  `)).join("") +
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
    ),
    PAGE_BREAK,
  ];
  const body = report.sections.flatMap((s) => [w.p(t(s.title), "Heading1"), ...s.blocks.map((b) => block(w, b))]);
  // One default header and footer and no distinct first page: they are on every page, the cover included.
  const header = report.confidential ? '<w:headerReference w:type="default" r:id="rId6"/>' : "";
  const sect = `<w:sectPr>${header}<w:footerReference w:type="default" r:id="rId5"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/>${
    w.rtl ? "<w:bidi/>" : ""
  }</w:sectPr>`;
  return `${XML_DECLARATION}<w:document ${NAMESPACES}><w:body>\n${[...cover, ...toc, ...body].join("\n")}\n${sect}</w:body></w:document>`;
}

export function footnotesXml(report: ShadowReport): { xml: string; links: string[] } {
  const rtl = report.dir === "rtl";
  const links: string[] = [];
  const separator = (id: number, type: string, el: string) =>
    `<w:footnote w:type="${type}" w:id="${id}"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:${el}/></w:r></w:p></w:footnote>`;
  const notes = report.footnotes.map((f) => {
    const textRtl = rtl && ARABIC.test(f.text);
    let link = "";
    if (f.url) {
      links.push(f.url);
      link = `<w:r><w:t xml:space="preserve"> </w:t></w:r><w:hyperlink r:id="rIdL${links.length}"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t>${escapeXml(f.url)}</w:t></w:r></w:hyperlink>`;
    }
    return `<w:footnote w:id="${f.n}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/>${rtl ? "<w:bidi/>" : ""}</w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r><w:r>${
      textRtl ? "<w:rPr><w:rtl/></w:rPr>" : ""
    }<w:t xml:space="preserve"> ${escapeXml(f.text)}</w:t></w:r>${link}</w:p></w:footnote>`;
  });
  const xml = `${XML_DECLARATION}<w:footnotes ${NAMESPACES}>\n${separator(-1, "separator", "separator")}\n${separator(0, "continuationSeparator", "continuationSeparator")}\n${notes.join("\n")}\n</w:footnotes>`;
  return { xml, links };
}

/** The .docx file's bytes; the same report gives the same bytes. */
export function renderDocx(report: ShadowReport): Uint8Array {
  const notes = footnotesXml(report);
  const created = new Date(report.meta.generatedAt);
  const parts: [string, string][] = [
    ["[Content_Types].xml", contentTypes(report.confidential !== null)],
    ["_rels/.rels", PACKAGE_RELS],
    [
      "docProps/core.xml",
      coreProperties({
        title: report.title,
        subject: report.cover.subtitle,
        lang: report.lang,
        creator: report.cover.organisations.join("; "),
        created: report.meta.generatedAt,
      }),
    ],
    ["docProps/app.xml", APP_PROPERTIES],
    ["word/document.xml", documentXml(report)],
    ["word/_rels/document.xml.rels", documentRels(report.confidential !== null)],
    ["word/styles.xml", styles(report.lang, report.dir === "rtl")],
    ["word/numbering.xml", NUMBERING],
    ["word/footnotes.xml", notes.xml],
    ["word/_rels/footnotes.xml.rels", footnoteRels(notes.links)],
    ["word/settings.xml", SETTINGS],
    ["word/footer1.xml", footer(report.dir === "rtl")],
    ...(report.confidential
      ? [["word/header1.xml", confidentialHeader(report.confidential, report.dir === "rtl")] as [string, string]]
      : []),
  ];
  const mtime = Number.isNaN(created.getTime()) || created < ZIP_EPOCH ? ZIP_EPOCH : created;
  return zipSync(Object.fromEntries(parts.map(([name, xml]) => [name, [strToU8(xml), { mtime }]])), { level: 6 });
}
