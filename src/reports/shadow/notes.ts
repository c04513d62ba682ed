/**
 * Footnotes citing evidence. The first citation of a record gives its sources
 * in full (title, publisher, date, locator/page, link); a later one points back
 * to it. Only evidence that `citable` accepts is ever cited (public records;
 * in an internal report also the organisation's own confidential ones, marked
 * as such): anything else, even if an assessment names it, yields no note.
 */
import type { Evidence } from "../../domain/evidence/types";
import type { Messages } from "./messages";
import type { Footnote, NoteRun } from "./model";

const isPublic = (e: Evidence) => e.visibility === "public";

export function noteBook(evidence: ReadonlyMap<string, Evidence>, m: Messages, citable: (e: Evidence) => boolean = isPublic) {
  const notes: Footnote[] = [];
  const first = new Map<string, number>();
  return {
    notes,
    cite(ids: readonly string[]): NoteRun[] {
      const runs: NoteRun[] = [];
      for (const id of ids) {
        const e = evidence.get(id);
        if (!e || !citable(e)) continue;
        const n = notes.length + 1;
        const earlier = first.get(id);
        if (earlier !== undefined) notes.push({ n, evidenceId: id, text: m.seeNote(e.title, earlier) });
        else {
          first.set(id, n);
          const note = describe(e);
          if (!isPublic(e)) note.text += ` [${m.confidentialEvidence}]`;
          notes.push({ n, evidenceId: id, ...note });
        }
        runs.push({ note: n });
      }
      return runs;
    },
  };
}

function describe(e: Evidence): { text: string; url?: string } {
  const sources = e.sources.map((s) => [s.title, s.publisher, s.date, s.locator].filter(Boolean).join(", "));
  const url = e.sources.find((s) => s.url)?.url;
  const parts = [e.title, ...sources.filter((s) => s !== e.title)];
  if (sources.length === 0 && e.date) parts.push(e.date);
  return { text: `${parts.join(". ")}.`.replace(/\.\.$/, "."), ...(url ? { url } : {}) };
}
