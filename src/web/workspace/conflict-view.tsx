/**
 * Someone saved while this person was editing. Nothing was overwritten: both
 * versions side by side, "Keep mine" re-posts theirs-version + my content, and
 * "Keep theirs" goes back to the editor.
 */
import type { Child } from "hono/jsx";
import type { Assessment, AssessmentContent } from "../../domain/assessments/types";
import type { Evidence } from "../../domain/evidence/types";
import type { FrameworkItem } from "../../domain/framework/types";
import { when } from "../account/when";
import { CsrfField } from "../forms";
import { confidenceChoiceLabel, statusLabel } from "../i18n/labels";
import { num, t } from "../i18n/t";
import { En, rich } from "../public/content";
import { Page } from "../public/layout";
import { ContentNote, TextArea } from "./parts";

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

/** A row: its label, and each side as shown plus a key to compare them by (what is stored, not how it reads). */
type Row = [label: string, theirs: [Child, string], mine: [Child, string]];

export function ConflictView({ origin, csrf, path, item, theirs, theirsBy, mine, factors, evidence }: Props) {
  const none = t("workspace.conflict.none");
  const separator = t("workspace.conflict.separator");
  // Factor titles are framework content (English); evidence titles are the records' own.
  const factorNames = (ids: string[]): [Child, string] => {
    const names = ids.map((id) => factors.find((f) => f.id === id)?.title ?? id).join("; ");
    return [names ? <En>{names}</En> : none, names];
  };
  const seen = new Map(evidence.map((e) => [e.id, e.title]));
  const evidenceNames = (ids: string[]): [Child, string] => {
    const names = ids
      .filter((id) => seen.has(id))
      .map((id) => seen.get(id))
      .join(separator);
    return [names || none, names];
  };
  const same = (value: string): [Child, string] => [value, value];
  const narrative = (text: string): [Child, string] => [text || t("workspace.conflict.empty"), text];
  const rows: Row[] = [
    [t("public.history.status"), same(statusLabel(theirs.status)), same(statusLabel(mine.status))],
    [
      t("public.assessment.confidence"),
      same(confidenceChoiceLabel(theirs.confidence)),
      same(confidenceChoiceLabel(mine.confidence)),
    ],
    [t("public.assessment.obstacles"), factorNames(theirs.obstacles), factorNames(mine.obstacles)],
    [t("public.assessment.enablers"), factorNames(theirs.enablers), factorNames(mine.enablers)],
    [t("public.kind.evidence.name"), evidenceNames(theirs.evidenceIds), evidenceNames(mine.evidenceIds)],
    [t("public.assessment.narrative"), narrative(theirs.narrative), narrative(mine.narrative)],
  ];
  const version = num(theirs.version);
  return (
    <Page
      title={t("workspace.conflict.title", { item: item.title })}
      path={path}
      origin={origin}
      crumbs={[{ label: item.title, href: path, content: true }, { label: t("workspace.conflict.crumb") }]}
    >
      <h1>{t("workspace.conflict.heading")}</h1>
      <ContentNote />
      <p class="notice" role="alert">
        {t("workspace.conflict.notice", { name: theirsBy, version, when: when(theirs.updatedAt) })}
      </p>
      <table class="versions">
        <thead>
          <tr>
            <th scope="col">
              <span class="visually-hidden">{t("workspace.conflict.field")}</span>
            </th>
            <th scope="col">{t("workspace.conflict.theirs", { version })}</th>
            <th scope="col">{t("workspace.conflict.mine")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, [theirsShown, theirsKey], [mineShown, mineKey]]) => (
            <tr class={theirsKey === mineKey ? undefined : "differs"}>
              <th scope="row">
                {label}
                {theirsKey === mineKey ? null : <small> {t("workspace.conflict.differs")}</small>}
              </th>
              <td class="plain">{theirsShown}</td>
              <td class="plain">{mineShown}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t("workspace.conflict.keepMine")}</h2>
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
          label={t("workspace.conflict.myNarrative")}
          hint={t("workspace.conflict.myNarrativeHint")}
          value={mine.narrative}
          rows={10}
        />
        <button type="submit">{t("workspace.conflict.keepMine")}</button>
      </form>
      <h2>{t("workspace.conflict.keepTheirs")}</h2>
      <p>{rich("workspace.conflict.keepTheirsText", { link: <a href={path}>{t("workspace.conflict.keepTheirsLink")}</a> })}</p>
    </Page>
  );
}
