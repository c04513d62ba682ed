/**
 * Someone saved while this person was editing. Nothing was overwritten: both
 * versions side by side, "Keep mine" re-posts theirs-version + my content, and
 * "Keep theirs" goes back to the editor.
 */
import type { Assessment, AssessmentContent } from "../../domain/assessments/types";
import { STATUS_LABELS } from "../../domain/assessments/types";
import type { Evidence } from "../../domain/evidence/types";
import type { FrameworkItem } from "../../domain/framework/types";
import { CsrfField } from "../forms";
import { Page } from "../public/layout";
import { CONFIDENCE_LABELS, TextArea, when } from "./parts";

interface Props {
  origin: string;
  csrf: string;
  path: string;
  item: FrameworkItem;
  theirs: Assessment;
  theirsBy: string;
  mine: AssessmentContent;
  factors: FrameworkItem[];
  /** Evidence this person may see: only these ids are shown and re-posted (a save keeps the rest). */
  evidence: Evidence[];
}

export function ConflictView({ origin, csrf, path, item, theirs, theirsBy, mine, factors, evidence }: Props) {
  const factorNames = (ids: string[]) => ids.map((id) => factors.find((f) => f.id === id)?.title ?? id).join("; ") || "None";
  const seen = new Map(evidence.map((e) => [e.id, e.title]));
  const evidenceNames = (ids: string[]) =>
    ids
      .filter((id) => seen.has(id))
      .map((id) => seen.get(id))
      .join("; ") || "None";
  const rows: [string, string, string][] = [
    ["Status", STATUS_LABELS[theirs.status], STATUS_LABELS[mine.status]],
    ["Confidence", CONFIDENCE_LABELS[theirs.confidence] ?? "", CONFIDENCE_LABELS[mine.confidence] ?? ""],
    ["Obstacles", factorNames(theirs.obstacles), factorNames(mine.obstacles)],
    ["Enablers", factorNames(theirs.enablers), factorNames(mine.enablers)],
    ["Evidence", evidenceNames(theirs.evidenceIds), evidenceNames(mine.evidenceIds)],
    ["Narrative", theirs.narrative || "(empty)", mine.narrative || "(empty)"],
  ];
  return (
    <Page
      title={`Conflict: ${item.title}`}
      path={path}
      origin={origin}
      crumbs={[{ label: item.title, href: path }, { label: "Conflict" }]}
    >
      <h1>Someone saved a newer version</h1>
      <p class="notice" role="alert">
        {theirsBy} saved version {theirs.version} on {when(theirs.updatedAt)} while you were editing. Nothing was overwritten.
        Compare both and choose what to keep.
      </p>
      <table class="versions">
        <thead>
          <tr>
            <th scope="col">
              <span class="visually-hidden">Field</span>
            </th>
            <th scope="col">Theirs: saved, version {theirs.version}</th>
            <th scope="col">Mine: not saved</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, t, m]) => (
            <tr class={t === m ? undefined : "differs"}>
              <th scope="row">
                {label}
                {t === m ? null : <small> (differs)</small>}
              </th>
              <td class="plain">{t}</td>
              <td class="plain">{m}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Keep mine</h2>
      <form method="post" action={path} id="keep-mine">
        <CsrfField token={csrf} />
        <input type="hidden" name="version" value={String(theirs.version)} />
        <input type="hidden" name="status" value={mine.status} />
        <input type="hidden" name="confidence" value={mine.confidence} />
        {mine.obstacles.map((id) => (
          <input type="hidden" name="obstacles" value={id} />
        ))}
        {mine.enablers.map((id) => (
          <input type="hidden" name="enablers" value={id} />
        ))}
        {mine.evidenceIds
          .filter((id) => seen.has(id))
          .map((id) => (
            <input type="hidden" name="evidence" value={id} />
          ))}
        <TextArea
          name="narrative"
          label="My narrative"
          hint="Saved over theirs with my status, confidence, factors and evidence. Copy in anything of theirs you want to keep first."
          value={mine.narrative}
          rows={10}
        />
        <button type="submit">Keep mine</button>
      </form>
      <h2>Keep theirs</h2>
      <p>
        <a href={path}>Keep theirs and go back to the editor</a> (your changes are not saved).
      </p>
    </Page>
  );
}
