/**
 * The fixed parts of the Word package: content types, relationships, styles
 * (Title, Heading1–3, Normal, FootnoteText, ...), numbering for the UPR's
 * numbered paragraphs, settings, footer with the page number, the header of an
 * internal report ("Confidential" on every page) and properties.
 */
import { escapeXml, XML_DECLARATION } from "../xml";
import type { ReportLanguage } from "./model";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
export const NAMESPACES = `${W} ${R}`;
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const HEADER_TYPE =
  '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>';

/** Content types; an internal report has a header part too. */
export const contentTypes = (withHeader: boolean) =>
  CONTENT_TYPES.replace("</Types>", `${withHeader ? `${HEADER_TYPE}\n` : ""}</Types>`);

const CONTENT_TYPES = `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>
<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>
<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>
</Types>`;

export const PACKAGE_RELS = `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/>
</Relationships>`;

/** The document's parts; hyperlinks appear only in footnotes (word/_rels/footnotes.xml.rels). */
export function documentRels(withHeader = false): string {
  const fixed = [
    ["rId1", "styles", "styles.xml"],
    ["rId2", "numbering", "numbering.xml"],
    ["rId3", "footnotes", "footnotes.xml"],
    ["rId4", "settings", "settings.xml"],
    ["rId5", "footer", "footer1.xml"],
    ...(withHeader ? [["rId6", "header", "header1.xml"]] : []),
  ].map(([id, type, target]) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`);
  return `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\n${fixed.join("\n")}\n</Relationships>`;
}

export function footnoteRels(links: readonly string[]): string {
  const rels = links.map(
    (url, k) => `<Relationship Id="rIdL${k + 1}" Type="${REL}/hyperlink" Target="${escapeXml(url)}" TargetMode="External"/>`,
  );
  return `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\n${rels.join("\n")}\n</Relationships>`;
}

/**
 * The document's language as Word names it: `w:val` (LibreOffice takes the
 * PDF's /Lang from it), `w:eastAsia` for Chinese characters, `w:bidi` for
 * Arabic script. Untranslated English runs carry their own `w:lang`.
 */
const WORD_LANG: Record<ReportLanguage, string> = {
  en: "en-GB",
  fr: "fr-FR",
  es: "es-ES",
  ar: "ar-SA",
  ru: "ru-RU",
  zh: "zh-CN",
};

/**
 * Fonts: Calibri for Latin and Cyrillic, Arial for Arabic (complex script),
 * Microsoft YaHei for Chinese characters (East Asian). Where a font is
 * missing (LibreOffice on a server) the nearest installed font that has the
 * glyphs takes its place: DejaVu or Liberation, WenQuanYi Micro Hei or Noto
 * Sans CJK for Chinese.
 */
const FONTS = '<w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Microsoft YaHei" w:cs="Arial"/>';

export function styles(lang: ReportLanguage, rtl: boolean): string {
  const langTag = `w:val="${WORD_LANG[lang]}" w:eastAsia="zh-CN" w:bidi="ar-SA"`;
  const para = (id: string, name: string, ppr: string, rpr: string, extra = "") =>
    `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>${extra}<w:qFormat/><w:pPr>${ppr}</w:pPr><w:rPr>${rpr}</w:rPr></w:style>`;
  const heading = (n: number, size: number) =>
    para(
      `Heading${n}`,
      `heading ${n}`,
      `<w:keepNext/><w:keepLines/><w:spacing w:before="${n === 1 ? 360 : 240}" w:after="120"/><w:outlineLvl w:val="${n - 1}"/>`,
      `<w:b/><w:bCs/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/>`,
      '<w:uiPriority w:val="9"/>',
    );
  return `${XML_DECLARATION}<w:styles ${W}>
<w:docDefaults><w:rPrDefault><w:rPr>${FONTS}<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang ${langTag}/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr>${rtl ? "<w:bidi/>" : ""}<w:spacing w:after="160" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
${para("Title", "Title", '<w:spacing w:after="240"/>', '<w:b/><w:bCs/><w:sz w:val="48"/><w:szCs w:val="48"/>')}
${para("Subtitle", "Subtitle", '<w:spacing w:after="240"/>', '<w:i/><w:iCs/><w:sz w:val="28"/><w:szCs w:val="28"/>')}
${heading(1, 32)}
${heading(2, 28)}
${heading(3, 24)}
${para("TOCHeading", "TOC Heading", "", '<w:b/><w:bCs/><w:sz w:val="32"/><w:szCs w:val="32"/>')}
${para("NumberedParagraph", "Numbered Paragraph", '<w:numPr><w:numId w:val="1"/></w:numPr>', "")}
${para("Note", "Note", "", '<w:i/><w:iCs/><w:color w:val="444444"/>')}
${para("Reply", "Reply", '<w:ind w:start="567"/>', "")}
${para("Caption", "caption", "", '<w:b/><w:bCs/><w:sz w:val="20"/><w:szCs w:val="20"/>')}
${para("FootnoteText", "footnote text", '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>', '<w:sz w:val="18"/><w:szCs w:val="18"/>')}
${para("Footer", "footer", '<w:jc w:val="center"/>', '<w:sz w:val="18"/><w:szCs w:val="18"/>')}
${para("Header", "header", '<w:jc w:val="center"/>', '<w:b/><w:bCs/><w:color w:val="8B0000"/><w:sz w:val="18"/><w:szCs w:val="18"/>')}
<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>${[
    "top",
    "left",
    "bottom",
    "right",
    "insideH",
    "insideV",
  ]
    .map((b) => `<w:${b} w:val="single" w:sz="4" w:space="0" w:color="808080"/>`)
    .join(
      "",
    )}</w:tblBorders><w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>`;
}

/** One list: "1.", "2.", … running through the body of a UPR submission. */
export const NUMBERING = `${XML_DECLARATION}<w:numbering ${W}>
<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="start"/><w:pPr><w:ind w:start="567" w:hanging="567"/></w:pPr></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>`;

export const SETTINGS = `${XML_DECLARATION}<w:settings ${W}>
<w:updateFields w:val="true"/>
<w:defaultTabStop w:val="720"/>
<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>
<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>
</w:settings>`;

export function footer(rtl: boolean): string {
  const bidi = rtl ? "<w:bidi/>" : "";
  return `${XML_DECLARATION}<w:ftr ${NAMESPACES}><w:p><w:pPr><w:pStyle w:val="Footer"/>${bidi}</w:pPr><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>`;
}

/** The running header of an internal report: its confidentiality marking, on every page. */
export function confidentialHeader(text: string, rtl: boolean): string {
  const bidi = rtl ? "<w:bidi/>" : "";
  return `${XML_DECLARATION}<w:hdr ${NAMESPACES}><w:p><w:pPr><w:pStyle w:val="Header"/>${bidi}</w:pPr><w:r>${
    rtl ? "<w:rPr><w:rtl/></w:rPr>" : ""
  }<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p></w:hdr>`;
}

export function coreProperties(p: { title: string; lang: string; creator: string; created: string; subject: string }): string {
  const date = `${p.created.slice(0, 19)}Z`;
  return `${XML_DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<dc:title>${escapeXml(p.title)}</dc:title>
<dc:subject>${escapeXml(p.subject)}</dc:subject>
<dc:creator>${escapeXml(p.creator)}</dc:creator>
<dc:language>${escapeXml(p.lang)}</dc:language>
<dcterms:created xsi:type="dcterms:W3CDTF">${date}</dcterms:created>
<dcterms:modified xsi:type="dcterms:W3CDTF">${date}</dcterms:modified>
</cp:coreProperties>`;
}

export const APP_PROPERTIES = `${XML_DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Blueprint</Application></Properties>`;
