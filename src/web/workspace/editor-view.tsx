/**
 * The assessment editor: the item, the form, the review actions, comments and
 * the published history. The item's and factors' titles and the item's summary
 * are framework content (English), marked so on pages in other languages.
 */
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
  STATUSES,
} from "../../domain/assessments/types";
import type { Country } from "../../domain/countries/types";
import type { Evidence } from "../../domain/evidence/types";
import type { FrameworkItem } from "../../domain/framework/types";
import { when } from "../account/when";
import { CsrfField, ErrorSummary, type Problems, Select } from "../forms";
import { countryName } from "../i18n/country-name";
import { confidenceChoiceLabel, evidenceTypeLabel, reviewStateLabel, statusLabel } from "../i18n/labels";
import { num, t } from "../i18n/t";
import { renderMarkdown } from "../markdown";
import { En, en, rich } from "../public/content";
import { Page } from "../public/layout";
import { itemPath } from "../public/paths";
import { LanguageOfTextField } from "../translate/language-field";
import { type Choice, Choices, ContentNote, editorPath, evidenceDate, evidenceFormPath, TextArea, workspacePath } from "./parts";
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

/** A record to link: its title (in its own language; the pack's are English), kind and date, and who may see it. */
export const evidenceChoice = (e: Evidence): Choice => ({
  value: e.id,
  label: rich("workspace.editor.evidenceChoice", {
    title: <En when={Boolean(e.packId)}>{e.title}</En>,
    details: [evidenceTypeLabel(e.type), e.date ? evidenceDate(e.date) : ""].filter(Boolean).join(t("public.listSeparator")),
  }),
  hint: e.visibility === "public" ? undefined : t(`workspace.editor.onlyFor.${e.visibility}`),
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
  const lang = en();
  const factorChoices = data.factors.map((f) => ({ value: f.id, label: <En>{f.title}</En> }));
  const workspace = workspacePath(org.slug, { country: country.iso3, cycle: cycle.id });
  const place = countryName(country);
  return (
    <Page
      title={t("workspace.editor.title", { item: item.title, country: place, cycle: cycle.name })}
      path={path}
      origin={origin}
      crumbs={[
        { label: org.name, href: `/orgs/${org.slug}` },
        { label: t("workspace.workspace"), href: workspace },
        { label: item.title, content: true },
      ]}
    >
      <p class="kicker">
        {org.name} · {place} · {cycle.name}
        {data.parent ? (
          <>
            {" · "}
            <En>{data.parent.title}</En>
          </>
        ) : (
          ""
        )}
      </p>
      <h1 {...lang}>{item.title}</h1>
      <ContentNote />
      <p {...lang}>{item.summary}</p>
      <p>
        <a href={itemPath(item)}>
          {t(item.kind === "option" ? "workspace.editor.aboutOption" : "workspace.editor.aboutCommitment")}
        </a>
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
        <p class="notice">{t("workspace.editor.cycleClosed", { cycle: cycle.name })}</p>
      ) : !data.canEdit ? (
        <p class="notice">{t("workspace.editor.readOnly", { organisation: org.name })}</p>
      ) : null}
      <ErrorSummary problems={state.problems} />
      <p class="muted">
        {a
          ? t("workspace.editor.savedBy", {
              state: reviewStateLabel(a.reviewState),
              version: num(a.version),
              name: names.get(a.editedBy) ?? t("workspace.someone"),
              when: when(a.updatedAt),
            })
          : t("workspace.editor.notAssessedYet")}
      </p>
      <h2>{t("workspace.editor.assessment")}</h2>
      <form method="post" action={path} novalidate>
        <CsrfField token={csrf} />
        <input type="hidden" name="version" value={String(a?.version ?? 0)} />
        <fieldset class="plain" disabled={readOnly}>
          <legend class="visually-hidden">{rich("workspace.editor.assessmentOf", { item: <En>{item.title}</En> })}</legend>
          <Select
            name="status"
            label={t("workspace.editor.status")}
            options={[["", t("workspace.editor.chooseStatus")], ...STATUSES.map((s): [string, string] => [s, statusLabel(s)])]}
            value={v.status}
            problems={state.problems}
          />
          <TextArea
            name="narrative"
            label={t("public.assessment.narrative")}
            hint={t("workspace.editor.narrativeHint")}
            value={v.narrative}
            problems={state.problems}
            rows={10}
          />
          {/* The language is recorded once, when the assessment is created; translations are made at /translate. */}
          {a ? null : <LanguageOfTextField value={v.language} problems={state.problems} />}
          <Choices
            type="radio"
            name="confidence"
            legend={t("workspace.editor.howConfident")}
            choices={CONFIDENCES.map((c) => ({ value: c, label: confidenceChoiceLabel(c) }))}
            checked={[v.confidence]}
            problems={state.problems}
          />
          <Choices
            type="checkbox"
            name="obstacles"
            legend={t("public.assessment.obstacles")}
            hint={t("workspace.editor.obstaclesHint")}
            choices={factorChoices}
            checked={v.obstacles}
            problems={state.problems}
          />
          <Choices
            type="checkbox"
            name="enablers"
            legend={t("public.assessment.enablers")}
            hint={t("workspace.editor.enablersHint")}
            choices={factorChoices}
            checked={v.enablers}
          />
          {data.evidence.length ? (
            <Choices
              type="checkbox"
              name="evidence"
              legend={t("public.kind.evidence.name")}
              hint={t("workspace.editor.evidenceHint", { country: place })}
              choices={data.evidence.map(evidenceChoice)}
              checked={v.evidenceIds}
              problems={state.problems}
            />
          ) : (
            <p class="muted" id="evidence">
              {t("workspace.editor.noEvidence", { country: place })}
            </p>
          )}
          {data.unseen.length ? <p class="hint">{t("workspace.editor.unseen", { count: data.unseen.length })}</p> : null}
          {readOnly ? null : (
            <p>
              <a href={evidenceFormPath(org.slug, { country: country.iso3, item: item.id, return: path })}>
                {t("workspace.addEvidence")}
              </a>
            </p>
          )}
          {readOnly ? null : <button type="submit">{t("workspace.editor.saveDraft")}</button>}
        </fieldset>
      </form>
      {a?.narrative ? (
        <details>
          <summary>{t("workspace.editor.narrativePreview")}</summary>
          <div class="narrative">{raw(renderMarkdown(a.narrative))}</div>
        </details>
      ) : null}
      {a ? <Review path={path} csrf={csrf} data={data} a={a} closed={closed} state={state} /> : null}
    </Page>
  );
}
