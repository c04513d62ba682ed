/** The assessment editor: the item, the form, the review actions, comments and the published history. */
import { raw } from "hono/html";
import type { Organisation } from "../../domain/accounts/types";
import type { ContentInput } from "../../domain/assessments/assessment-service";
import {
  type Assessment,
  CONFIDENCES,
  type Cycle,
  type Publication,
  type Reply,
  type ReviewComment,
  STATUS_LABELS,
  STATUSES,
} from "../../domain/assessments/types";
import type { Country } from "../../domain/countries/types";
import type { Evidence } from "../../domain/evidence/types";
import type { FrameworkItem } from "../../domain/framework/types";
import { CsrfField, ErrorSummary, type Problems, Select } from "../forms";
import { renderMarkdown } from "../markdown";
import { EVIDENCE_TYPE_LABELS } from "../public/components";
import { Page } from "../public/layout";
import { itemPath } from "../public/paths";
import {
  type Choice,
  Choices,
  CONFIDENCE_LABELS,
  editorPath,
  evidenceFormPath,
  STATE_LABELS,
  TextArea,
  when,
  workspacePath,
} from "./parts";
import { Review } from "./review-view";

export interface EditorData {
  org: Organisation;
  item: FrameworkItem;
  parent: FrameworkItem | undefined;
  country: Country;
  cycle: Cycle;
  assessment: Assessment | undefined;
  factors: FrameworkItem[];
  /** Evidence this person may link (public, and the organisation's own that their role shows). */
  evidence: Evidence[];
  /** Linked records this person may not see: not shown, kept on save. */
  unseen: string[];
  comments: ReviewComment[];
  publications: Publication[];
  /** The assessed government's replies: the assessing organisation sees them here. */
  replies: { reply: Reply; organisation: string }[];
  names: Map<string, string>;
  canEdit: boolean;
  canReview: boolean;
}

export interface EditorState {
  /** What the form shows when it differs from the stored assessment (a refused save). */
  values?: ContentInput;
  problems?: Problems;
  notice?: string;
  /** Something went wrong that is not a field's fault (a closed cycle, a stale review action). */
  warning?: string;
}

const VISIBILITY_HINTS: Record<string, string> = {
  organisation: "Your organisation only.",
  restricted: "Restricted: your organisation's reviewers and admins only.",
};

export const evidenceChoice = (e: Evidence): Choice => ({
  value: e.id,
  label: `${e.title} (${[EVIDENCE_TYPE_LABELS[e.type] ?? e.type, e.date].filter(Boolean).join(", ")})`,
  hint: VISIBILITY_HINTS[e.visibility],
});

export function EditorView({
  origin,
  csrf,
  data,
  state = {},
}: {
  origin: string;
  csrf: string;
  data: EditorData;
  state?: EditorState;
}) {
  const { org, item, country, cycle, assessment: a, names } = data;
  const path = editorPath(org.slug, country.iso3, cycle.id, item.id);
  const closed = cycle.status === "closed";
  const readOnly = closed || !data.canEdit;
  const v: ContentInput = state.values ?? {
    status: a?.status ?? "",
    narrative: a?.narrative ?? "",
    confidence: a?.confidence ?? "",
    obstacles: a?.obstacles ?? [],
    enablers: a?.enablers ?? [],
    evidenceIds: a?.evidenceIds ?? [],
  };
  const factorChoices = data.factors.map((f) => ({ value: f.id, label: f.title }));
  const workspace = workspacePath(org.slug, { country: country.iso3, cycle: cycle.id });
  return (
    <Page
      title={`${item.title}: ${country.name}, ${cycle.name}`}
      path={path}
      origin={origin}
      crumbs={[{ label: org.name, href: `/orgs/${org.slug}` }, { label: "Workspace", href: workspace }, { label: item.title }]}
    >
      <p class="kicker">
        {org.name} · {country.name} · {cycle.name}
        {data.parent ? ` · ${data.parent.title}` : ""}
      </p>
      <h1>{item.title}</h1>
      <p>{item.summary}</p>
      <p>
        <a href={itemPath(item)}>About this {item.kind === "option" ? "practical option" : "commitment"}</a>
      </p>
      {state.notice ? (
        <p class="notice" role="status">
          {state.notice}
        </p>
      ) : null}
      {state.warning ? (
        <p class="notice warning" role="alert">
          {state.warning}
        </p>
      ) : closed ? (
        <p class="notice">The cycle "{cycle.name}" is closed: its assessments can be read, not changed.</p>
      ) : !data.canEdit ? (
        <p class="notice">You can read this assessment. Contributors, reviewers and admins of {org.name} edit it.</p>
      ) : null}
      <ErrorSummary problems={state.problems} />
      <p class="muted">
        {a
          ? `${STATE_LABELS[a.reviewState]} · version ${a.version} · saved by ${names.get(a.editedBy) ?? "someone"} on ${when(a.updatedAt)}`
          : "Not assessed yet."}
      </p>
      <h2>Assessment</h2>
      <form method="post" action={path} novalidate>
        <CsrfField token={csrf} />
        <input type="hidden" name="version" value={String(a?.version ?? 0)} />
        <fieldset class="plain" disabled={readOnly}>
          <legend class="visually-hidden">Assessment of {item.title}</legend>
          <Select
            name="status"
            label="Implementation status"
            options={[["", "Choose a status"], ...STATUSES.map((s): [string, string] => [s, STATUS_LABELS[s]])]}
            value={v.status}
            problems={state.problems}
          />
          <TextArea
            name="narrative"
            label="Narrative"
            hint="What the government did, with dates and sources. Markdown works: **bold**, *italic*, lists with -, [link text](https://…)."
            value={v.narrative}
            problems={state.problems}
            rows={10}
          />
          <Choices
            type="radio"
            name="confidence"
            legend="How confident are you?"
            choices={CONFIDENCES.map((c) => ({ value: c, label: CONFIDENCE_LABELS[c] ?? c }))}
            checked={[v.confidence]}
            problems={state.problems}
          />
          <Choices
            type="checkbox"
            name="obstacles"
            legend="Obstacles"
            hint="What holds implementation back."
            choices={factorChoices}
            checked={v.obstacles}
            problems={state.problems}
          />
          <Choices
            type="checkbox"
            name="enablers"
            legend="Enablers"
            hint="What helps. A factor named as an obstacle counts as an obstacle only."
            choices={factorChoices}
            checked={v.enablers}
          />
          {data.evidence.length ? (
            <Choices
              type="checkbox"
              name="evidence"
              legend="Evidence"
              hint={`Public evidence for ${country.name} and your organisation's own records that you may see.`}
              choices={data.evidence.map(evidenceChoice)}
              checked={v.evidenceIds}
              problems={state.problems}
            />
          ) : (
            <p class="muted" id="evidence">
              No evidence for {country.name} yet.
            </p>
          )}
          {data.unseen.length ? (
            <p class="hint">
              {data.unseen.length === 1 ? "One more linked record is" : `${data.unseen.length} more linked records are`} not shown
              to you; saving keeps {data.unseen.length === 1 ? "it" : "them"}.
            </p>
          ) : null}
          {readOnly ? null : (
            <p>
              <a href={evidenceFormPath(org.slug, { country: country.iso3, item: item.id, return: path })}>Add evidence</a>
            </p>
          )}
          {readOnly ? null : <button type="submit">Save draft</button>}
        </fieldset>
      </form>
      {a?.narrative ? (
        <details>
          <summary>Narrative as it will read</summary>
          <div class="narrative">{raw(renderMarkdown(a.narrative))}</div>
        </details>
      ) : null}
      {a ? <Review path={path} csrf={csrf} data={data} a={a} closed={closed} state={state} /> : null}
    </Page>
  );
}
