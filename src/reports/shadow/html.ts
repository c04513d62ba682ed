/**
 * The report as one standalone HTML document: no script, no external file,
 * `lang` and `dir` set, a print stylesheet (A4 margins, page numbers where the
 * browser supports page-margin boxes, a page break before each main section)
 * and the footnotes gathered as endnotes with links both ways. An internal
 * report says "Confidential" in a banner at the top and, printed, in a
 * running header on every page: the header row of a frame table around the
 * document, which browsers repeat on each printed page and make room for.
 * (A `position: fixed` header repeats too, but Chromium lays it over the first
 * lines of every continued page; `@page` margin boxes are not in Firefox.)
 * The font stack names Latin and Cyrillic, Arabic, then simplified Chinese
 * fonts of the common systems: a browser takes each character from the first
 * font that has it.
 */
import { MESSAGES } from "./messages";
import { type Block, isNote, type Run, type ShadowReport } from "./model";

const esc = (s: string) => s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

const STYLE = `
:root{font-family:"Noto Sans","Noto Naskh Arabic","Segoe UI",Arial,"Noto Sans CJK SC","WenQuanYi Micro Hei","Microsoft YaHei","PingFang SC",sans-serif;line-height:1.5;color:#111}
body{max-width:46rem;margin:0 auto;padding:1.5rem}
h1,h2,h3{line-height:1.25}
.cover{min-height:60vh;border-bottom:2px solid #333;margin-bottom:2rem}
.cover h1{font-size:2rem}
.cover dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}
.cover dt{font-weight:bold}
.notice{border-inline-start:4px solid #b45309;padding-inline-start:.75rem}
p.numbered{padding-inline-start:2.5rem;text-indent:-2.5rem}
p.numbered .n{display:inline-block;min-width:2.5rem;text-indent:0}
p.note{font-style:italic;color:#444}
p.reply{border-inline-start:3px solid #999;padding-inline-start:.75rem}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{border:1px solid #888;padding:.25rem .4rem;text-align:start;vertical-align:top}
thead{display:table-header-group}
sup a{text-decoration:none}
.endnotes{font-size:.9rem}
.untranslated{font-style:italic}
.confidential{font-weight:bold;color:#8b0000;border:2px solid #8b0000;padding:.4rem .75rem;text-align:center}
table.frame,table.frame>*>tr>td{border:0;padding:0;font-size:inherit}
table.frame>thead{display:none}
@page{size:A4;margin:2cm 2cm 2.5cm;@bottom-center{content:counter(page) " / " counter(pages);font-size:9pt}}
@media print{
  body{max-width:none;padding:0;font-size:11pt}
  a{color:inherit}
  .cover{min-height:auto;border:0;break-after:page}
  nav.toc{break-after:page}
  section.main{break-before:page}
  h1,h2,h3{break-after:avoid}
  tr,p{break-inside:avoid-page}
  .endnotes a[href^="http"]::after{content:""}
  .confidential.banner{display:none}
  table.frame>thead{display:table-header-group}
  table.frame>tbody>tr{break-inside:auto}
  .running-header{border:0;border-bottom:1px solid #8b0000;font-size:9pt;padding:0 0 .2cm;margin:0 0 .4cm}
}`;

function runs(list: readonly Run[]): string {
  return list
    .map((r) => {
      if (isNote(r)) return `<sup><a href="#note-${r.note}" id="ref-${r.note}">${r.note}</a></sup>`;
      let html = esc(r.text);
      if (r.bold) html = `<strong>${html}</strong>`;
      if (r.italic) html = `<em>${html}</em>`;
      return r.lang ? `<span lang="${esc(r.lang)}" dir="auto">${html}</span>` : html;
    })
    .join("");
}

function block(b: Block, counter: { n: number }): string {
  if (b.type === "heading") return `<h${b.level + 1} id="${esc(b.anchor)}">${runs(b.text)}</h${b.level + 1}>`;
  if (b.type === "paragraph") {
    const cls = [b.numbered ? "numbered" : "", b.style ?? ""].filter(Boolean).join(" ");
    const n = b.numbered ? `<span class="n">${++counter.n}.</span>` : "";
    return `<p${cls ? ` class="${cls}"` : ""}>${n}${runs(b.runs)}</p>`;
  }
  const head = b.header.map((h) => `<th scope="col">${esc(h)}</th>`).join("");
  const rows = b.rows.map((r) => `<tr>${r.map((c) => `<td>${runs(c)}</td>`).join("")}</tr>`).join("\n");
  return `<table><caption>${esc(b.caption)}</caption><thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table>`;
}

/** An internal report's marking: a banner on screen, and the repeated header row of a frame table in print. */
function frame(marking: string | null): { open: string; close: string } {
  if (!marking) return { open: "", close: "" };
  return {
    open: `<p class="confidential banner" role="note">${esc(marking)}</p>
<table class="frame" role="presentation"><thead><tr><td><p class="confidential running-header" aria-hidden="true">${esc(marking)}</p></td></tr></thead><tbody><tr><td>
`,
    close: "</td></tr></tbody></table>\n",
  };
}

export function renderHtml(report: ShadowReport): string {
  const m = MESSAGES[report.lang];
  const c = report.cover;
  const counter = { n: 0 };
  const toc = report.sections.map((s) => `<li><a href="#${s.id}">${esc(s.title)}</a></li>`).join("");
  const body = report.sections
    .map(
      (s) =>
        `<section class="main" id="${s.id}" aria-labelledby="h-${s.id}"><h2 id="h-${s.id}">${esc(s.title)}</h2>\n${s.blocks
          .map((b) => block(b, counter))
          .join("\n")}</section>`,
    )
    .join("\n");
  const notes = report.footnotes
    .map((f) => {
      const link = f.url ? ` <a href="${esc(f.url)}">${esc(f.url)}</a>` : "";
      return `<li id="note-${f.n}">${esc(f.text)}${link} <a href="#ref-${f.n}" aria-label="↩ ${f.n}">↩</a></li>`;
    })
    .join("\n");
  const facts = [
    [m.submittedBy, c.organisations.join("; ")],
    [m.country, c.country],
    [m.cycle, c.cycle],
    [m.date, c.date],
  ]
    .map(([k, v]) => `<dt>${esc(k!)}</dt><dd>${esc(v!)}</dd>`)
    .join("");
  return `<!doctype html>
<html lang="${report.lang}" dir="${report.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Blueprint (methodology ${esc(report.meta.methodologyVersion)})">
<title>${esc(report.title)}</title>
<style>${STYLE}</style>
</head>
<body>
${frame(report.confidential).open}<header class="cover">
<h1>${esc(c.title)}</h1>
<p>${esc(c.subtitle)}</p>
<dl>${facts}</dl>
${c.notices.map((n) => `<p class="notice">${esc(n)}</p>`).join("\n")}
</header>
<nav class="toc" aria-labelledby="toc-h"><h2 id="toc-h">${esc(m.contents)}</h2><ol>${toc}${notes ? `<li><a href="#notes">${esc(m.notes)}</a></li>` : ""}</ol></nav>
<main>
${body}
</main>
${notes ? `<section class="endnotes main" id="notes" aria-labelledby="notes-h"><h2 id="notes-h">${esc(m.notes)}</h2><ol>\n${notes}\n</ol></section>` : ""}
${frame(report.confidential).close}</body>
</html>
`;
}
