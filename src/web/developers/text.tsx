/**
 * Small pieces of the /developers page: code written left to right (paths,
 * headers and commands stay readable on Arabic pages), and the OpenAPI
 * document's own text, which is English content: Markdown (code spans,
 * emphasis) rendered with raw HTML off, and marked lang="en" (with dir="ltr"
 * on right-to-left pages) outside English, as framework content is.
 */
import { raw } from "hono/html";
import MarkdownIt from "markdown-it";
import { en } from "../public/content";

// html: false: the document is ours, but its text is shown as text all the same.
const md = new MarkdownIt({ html: false, linkify: false, typographer: false });

/** Code that reads left to right whatever the page's direction. */
export const Code = ({ children }: { children: string }) => <code dir="ltr">{children}</code>;

/** One line of the document's text (a summary, a parameter's description) in an inline element. */
export function English({ text }: { text: string | undefined }) {
  return text ? <span {...en()}>{raw(md.renderInline(text))}</span> : null;
}

/** The document's text inside a table cell (a description: class "desc"), the cell itself marked with the language. */
export function EnglishCell({ text }: { text: string | undefined }) {
  return (
    <td class="desc" {...(text ? en() : {})}>
      {text ? raw(md.renderInline(text)) : ""}
    </td>
  );
}

/** A longer description: paragraphs and lists. */
export function EnglishBlock({ text }: { text: string | undefined }) {
  return text ? <div {...en()}>{raw(md.render(text))}</div> : null;
}
