/**
 * Markdown for narratives: raw HTML off (it is shown as text), bare web
 * addresses become links, and every link is nofollow and leaks no referrer.
 * markdown-it already refuses javascript:, vbscript:, file: and most data:
 * links. The output is safe to put in a page with hono's raw().
 */
import MarkdownIt from "markdown-it";

const md = new MarkdownIt({ html: false, linkify: true, typographer: false });

md.renderer.rules.link_open = (tokens, idx, options, _env, self) => {
  tokens[idx]?.attrSet("rel", "nofollow noopener noreferrer");
  return self.renderToken(tokens, idx, options);
};

/** Markdown → HTML that carries no markup from the author: only what Markdown itself makes. */
export function renderMarkdown(text: string): string {
  return md.render(text);
}
