/** Plain text from the assessors' Markdown, and word counting as UN secretariats count words. */

/**
 * Markdown (raw HTML off everywhere in Blueprint) as plain paragraphs: emphasis
 * marks, heading and list markers dropped, links written as "text (url)".
 */
export function markdownParagraphs(markdown: string): string[] {
  return markdown
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .split("\n")
        .map((line) => line.replace(/^\s{0,3}(#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)/, ""))
        .join(" ")
        .replace(/!?\[([^\]]*)\]\(([^)\s]+)[^)]*\)/g, (_, text: string, url: string) => (text ? `${text} (${url})` : url))
        .replace(/(\*\*|__)(.+?)\1/g, "$2")
        .replace(/(^|[\s(])[*_]([^*_\s][^*_]*?)[*_](?=[\s).,;:!?]|$)/g, "$1$2")
        .replace(/`([^`]+)`/g, "$1")
        .replace(/<[^>]*>/g, "")
        .replace(/\s+/g, " ")
        .trim(),
    )
    .filter((p) => p.length > 0);
}

const WORD = /[\p{L}\p{N}]/u;
/**
 * Text that the segmenter splits into words: Chinese and Japanese, written
 * without spaces (and Hangul). src/web/static/enhance.js counts the same way,
 * for the live count in the editor; its test checks that both agree.
 */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
let segmenter: Intl.Segmenter | undefined;

/**
 * Words: runs of non-space characters holding at least one letter or digit (so
 * "—" and "1." alone do not count). A run holding Chinese (or Japanese) text is
 * split into words by Intl.Segmenter, as a Chinese reader counts 词, so that a
 * paragraph without spaces is not one word.
 */
export function countWords(text: string): number {
  let n = 0;
  for (const token of text.split(/\s+/)) {
    if (!WORD.test(token)) continue;
    if (!UNSPACED.test(token)) {
      n++;
      continue;
    }
    segmenter ??= new Intl.Segmenter("zh", { granularity: "word" });
    for (const s of segmenter.segment(token)) if (s.isWordLike) n++;
  }
  return n;
}
