/**
 * What the accessibility suites check on a page: axe-core with the WCAG 2.0,
 * 2.1 and 2.2 A and AA rules, horizontal scrolling at 320 CSS pixels (WCAG
 * 1.4.10 reflow) and at 200% zoom (1.4.4), and the visible focus indicator of
 * the focused element (2.4.7, 2.4.11). Findings are plain strings, so that a
 * failing test lists every page, rule and element at once.
 *
 * Scripts run in the page are strings: tsx names functions with a helper that
 * does not exist in the page.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** The desktop viewport axe runs at. */
export const DESKTOP = { width: 1280, height: 800 };
/**
 * Reflow: 320 CSS pixels wide (WCAG 1.4.10). Zoom: Chromium's 200% page zoom
 * in a 1280×800 window lays the page out in a 640×400 CSS-pixel viewport
 * (devicePixelRatio 2, which changes only how sharply it is drawn), and media
 * queries see 640 px. A 640×400 viewport is therefore the same layout.
 * deviceScaleFactor 2 at 1280 px would be a sharper screen, not a zoom, and
 * CSS `zoom` leaves media queries at 1280 px, which real zoom does not.
 */
export const NARROW = { width: 320, height: 640 };
export const ZOOMED = { width: 640, height: 400 };

/**
 * axe over the whole page; each violation as "page: rule [impact] targets — help (URL)".
 * Legacy mode runs axe in one call in the top frame: half the time of the
 * frame-by-frame mode, and Blueprint's pages have no frames.
 */
export async function axeFindings(page: Page, label: string, exclude: string[] = []): Promise<string[]> {
  let builder = new AxeBuilder({ page })
    .withTags(WCAG_TAGS)
    .options({ resultTypes: ["violations"] })
    .setLegacyMode(true);
  for (const selector of exclude) builder = builder.exclude(selector);
  const { violations } = await builder.analyze();
  return violations.map((v) => {
    const targets = v.nodes
      .slice(0, 5)
      .map((n) => n.target.join(" "))
      .join(" | ");
    const more = v.nodes.length > 5 ? ` (+${v.nodes.length - 5} more)` : "";
    return `${label}: ${v.id} [${v.impact ?? "?"}] ${targets}${more} — ${v.help} (${v.helpUrl})`;
  });
}

interface Overflow {
  scrollWidth: number;
  clientWidth: number;
  /** Elements that stick out of the viewport and are not inside a scrolling box of their own. */
  culprits: string[];
}

const OVERFLOW_SCRIPT = `(() => {
  const root = document.scrollingElement;
  const width = root.clientWidth;
  const culprits = [];
  for (const el of document.body.querySelectorAll("*")) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || (r.right <= width + 1 && r.left >= -1)) continue;
    let contained = false;
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      const o = getComputedStyle(p).overflowX;
      if (o === "auto" || o === "scroll" || o === "hidden" || o === "clip") { contained = true; break; }
    }
    if (contained) continue;
    const name = el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") + (el.classList.length ? "." + [...el.classList].join(".") : "");
    culprits.push(name + " [" + Math.round(r.left) + ".." + Math.round(r.right) + "]");
    if (culprits.length >= 4) break;
  }
  if (!culprits.length)
    // Nothing sticks out as a box: then content spills out of one (list markers, long text).
    for (const el of document.body.querySelectorAll("*")) {
      if (el.clientWidth === 0 || el.scrollWidth <= el.clientWidth + 1 || getComputedStyle(el).overflowX !== "visible") continue;
      if ([...el.children].some((c) => c.scrollWidth > c.clientWidth + 1 && c.clientWidth > 0)) continue;
      culprits.push("content of " + el.tagName.toLowerCase() + (el.classList.length ? "." + [...el.classList].join(".") : "") + " (" + el.scrollWidth + " > " + el.clientWidth + ")");
      if (culprits.length >= 4) break;
    }
  return { scrollWidth: root.scrollWidth, clientWidth: width, culprits };
})()`;

/** Whether the page scrolls sideways at this viewport size; a finding if it does. */
export async function overflowFinding(
  page: Page,
  label: string,
  viewport: { width: number; height: number },
  what: string,
): Promise<string | undefined> {
  await page.setViewportSize(viewport);
  const o = (await page.evaluate(OVERFLOW_SCRIPT)) as Overflow;
  if (o.scrollWidth <= o.clientWidth) return undefined;
  return `${label}: scrolls horizontally ${what} (scrollWidth ${o.scrollWidth} > clientWidth ${o.clientWidth}); sticking out: ${o.culprits.join(", ") || "?"}`;
}

/** The reflow and zoom findings of the page as loaded, leaving it at the desktop size again. */
export async function reflowFindings(page: Page, label: string): Promise<string[]> {
  const found = [
    await overflowFinding(page, label, NARROW, "at 320 px wide"),
    await overflowFinding(page, label, ZOOMED, "at 200% zoom (640×400 CSS px)"),
  ];
  await page.setViewportSize(DESKTOP);
  return found.filter((f): f is string => f !== undefined);
}

export interface Focused {
  /** tag#id.class "text", for messages. */
  describe: string;
  tag: string;
  text: string;
  name: string | null;
  href: string | null;
  /** The type attribute (submit, checkbox…) and, for form controls, value, checked and the form's path. */
  type: string | null;
  value: string | null;
  checked: boolean;
  formAction: string | null;
  inMain: boolean;
  /** :focus-visible applies, and its outline (style not none, at least 2 px) or box-shadow shows. */
  indicated: boolean;
  /** At least partly inside the viewport (not scrolled away or hidden under something off-screen). */
  onScreen: boolean;
  outline: string;
  boxShadow: string;
}

const FOCUS_SCRIPT = `(() => {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return null;
  const s = getComputedStyle(el);
  const r = el.getBoundingClientRect();
  const outlined = s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2;
  const shadowed = s.boxShadow !== "none" && s.boxShadow !== "";
  const text = (el.textContent || el.getAttribute("aria-label") || el.value || "").replace(/\\s+/g, " ").trim().slice(0, 60);
  const name = el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") + (el.className && typeof el.className === "string" ? "." + el.className.trim().split(/\\s+/).join(".") : "");
  return {
    describe: name + (text ? ' "' + text + '"' : ""),
    tag: el.tagName.toLowerCase(),
    text,
    name: el.getAttribute("name"),
    href: el.getAttribute("href"),
    type: el.getAttribute("type"),
    value: "value" in el ? String(el.value) : null,
    checked: el.checked === true,
    formAction: el.form ? new URL(el.form.action).pathname : null,
    inMain: !!el.closest("main"),
    indicated: el.matches(":focus-visible") && (outlined || shadowed),
    onScreen: r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth,
    outline: s.outlineStyle + " " + s.outlineWidth + " " + s.outlineColor,
    boxShadow: s.boxShadow,
  };
})()`;

/** The focused element, or null when focus is on the page itself. */
export async function focused(page: Page): Promise<Focused | null> {
  return (await page.evaluate(FOCUS_SCRIPT)) as Focused | null;
}
