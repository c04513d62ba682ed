import assert from "node:assert/strict";
import { test } from "node:test";
import { renderMarkdown } from "./markdown";

test("Markdown renders emphasis, lists and links; links are nofollow without referrer", () => {
  const html = renderMarkdown("**Bold** and *it*\n\n- one\n- two\n\n[Act](https://example.org/act) and https://example.org/bare");
  assert.match(html, /<strong>Bold<\/strong>/);
  assert.match(html, /<em>it<\/em>/);
  assert.match(html, /<li>one<\/li>/);
  assert.match(html, /<a href="https:\/\/example.org\/act" rel="nofollow noopener noreferrer">Act<\/a>/);
  assert.match(html, /<a href="https:\/\/example.org\/bare" rel="nofollow noopener noreferrer">/);
});

test("raw HTML and script links come out as text, never as markup", () => {
  const html = renderMarkdown(
    '<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">\n\n[x](javascript:alert(1)) [y](data:text/html;base64,PHNjcmlwdD4=)',
  );
  assert.doesNotMatch(html, /<script|<img|href="javascript:|href="data:/i);
  assert.match(html, /&lt;script&gt;/);
});
