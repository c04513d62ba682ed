/**
 * The parts of a report that people rewrite (executive summary,
 * recommendations) as plain Markdown text and back. A draft's first version
 * holds the generated blocks written out as text; a saved version's text
 * becomes blocks again, in place of the generated ones, in every format.
 * The Markdown is small on purpose: paragraphs separated by a blank line,
 * list items ("- ", "* ", "1. ") each a paragraph of their own, **bold** and
 * *italic*. Anything else is kept as written.
 */
import { type Block, isNote, type Run, type TextRun } from "./model";

const LIST_ITEM = /^\s{0,3}(?:[-*+]|\d{1,3}[.)])\s+/;

/** Paragraphs of the text: blank lines separate them, and each list item is one. Lines of a paragraph join with a space. */
export function textParagraphs(text: string): string[] {
  const paragraphs: string[] = [];
  for (const chunk of text.replace(/\r\n?/g, "\n").split(/\n\s*\n/)) {
    let current: string[] = [];
    const flush = () => {
      const p = current.join(" ").replace(/\s+/g, " ").trim();
      if (p) paragraphs.push(p);
      current = [];
    };
    for (const line of chunk.split("\n")) {
      if (LIST_ITEM.test(line)) {
        flush();
        current.push(line.replace(LIST_ITEM, ""));
      } else current.push(line);
    }
    flush();
  }
  return paragraphs;
}

/** Runs of one paragraph: **bold** and *italic* (or _italic_) become marked runs, the rest plain text. */
export function inlineRuns(paragraph: string): TextRun[] {
  const runs: TextRun[] = [];
  const pattern = /\*\*(.+?)\*\*|(?<![\p{L}\p{N}*])[*_]([^*_\s](?:[^*_]*?[^*_\s])?)[*_](?![\p{L}\p{N}*])/gu;
  let at = 0;
  for (const m of paragraph.matchAll(pattern)) {
    if (m.index > at) runs.push({ text: paragraph.slice(at, m.index) });
    runs.push(m[1] !== undefined ? { text: m[1], bold: true } : { text: m[2]!, italic: true });
    at = m.index + m[0].length;
  }
  if (at < paragraph.length) runs.push({ text: paragraph.slice(at) });
  return runs;
}

/** Blocks of a rewritten part: one paragraph block per paragraph, made by the builder's `para` (UPR numbering). */
export function editableBlocks(text: string, para: (runs: Run[]) => Block): Block[] {
  return textParagraphs(text).map((p) => para(inlineRuns(p)));
}

/** The generated blocks as editable text: a paragraph each, bold and italic marked, footnote marks left out. */
export function editableText(blocks: readonly Block[]): string {
  const run = (r: Run) => {
    if (isNote(r) || !r.text) return "";
    // Marks go around the words only, so that "**Title** (Planned)" reads back the same.
    const [, lead, core, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(r.text)!;
    if (!core) return r.text;
    const marked = r.bold ? `**${core}**` : r.italic ? `*${core}*` : core;
    return `${lead}${marked}${trail}`;
  };
  return blocks
    .flatMap((b) => (b.type === "paragraph" ? [b.runs.map(run).join("").trim()] : []))
    .filter(Boolean)
    .join("\n\n");
}
