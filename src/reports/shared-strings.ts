/**
 * The workbook's shared string table, used where it pays: values that repeat
 * (country codes, statuses, organisation names) are written once and referred
 * to by number, which makes the sheet XML, and so the time to compress it,
 * much smaller. A column whose values hardly repeat (ids, narratives, URLs)
 * stops being shared after a sample, and the table has a fixed cap, so memory
 * stays bounded however many rows are written.
 */
import { escapeXml } from "./xml";

const SAMPLE = 500;
const MAX_ENTRIES = 50_000;
const MAX_LENGTH = 200;

export class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly stats = new Map<string, { seen: number; added: number; off: boolean }>();

  /** The string's number in the table, or undefined when it is better written inline. */
  lookup(column: string, text: string): number | undefined {
    let s = this.stats.get(column);
    if (!s) {
      s = { seen: 0, added: 0, off: false };
      this.stats.set(column, s);
    }
    const found = this.index.get(text);
    if (!s.off) {
      s.seen++;
      if (found === undefined) s.added++;
      if (s.seen >= SAMPLE && s.added > s.seen / 2) s.off = true;
    }
    if (found !== undefined) return found;
    if (s.off || text.length > MAX_LENGTH || this.index.size >= MAX_ENTRIES) return undefined;
    const n = this.index.size;
    this.index.set(text, n);
    return n;
  }

  /** The <si> elements in number order, in pieces of about `size` strings. */
  *items(size = 5000): Iterable<string> {
    let xml = "";
    let n = 0;
    for (const text of this.index.keys()) {
      const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : "";
      xml += `<si><t${space}>${escapeXml(text)}</t></si>`;
      if (++n % size === 0) {
        yield xml;
        xml = "";
      }
    }
    if (xml) yield xml;
  }
}
