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

/** What the table has seen of one column: whether its values repeat enough to share. */
export interface ColumnStats {
  seen: number;
  added: number;
  off: boolean;
}

export class SharedStrings {
  private readonly index = new Map<string, number>();

  /** A column's statistics; the writer keeps one per column, so a cell costs no lookup of its column. */
  column(): ColumnStats {
    return { seen: 0, added: 0, off: false };
  }

  /** The string's number in the table, or undefined when it is better written inline. */
  lookup(s: ColumnStats, text: string): number | undefined {
    // Long text is never shared, and a column found not to repeat is written inline without hashing its
    // values (a narrative or URL per row): that was the bulk of the lookups.
    if (s.off || text.length > MAX_LENGTH) return undefined;
    const found = this.index.get(text);
    s.seen++;
    if (found === undefined) s.added++;
    if (s.seen >= SAMPLE && s.added > s.seen / 2) s.off = true;
    if (found !== undefined) return found;
    if (this.index.size >= MAX_ENTRIES) return undefined;
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
