/**
 * A report draft: its current version with the word count against the limit,
 * the edit form (contributors and up), the downloads and the versions; and
 * the page of any one version. The count is the server's, after each save;
 * under the editor, enhance.js (optional) updates it as the person types.
 */

import type { Organisation } from "../../domain/accounts/types";
import type { DraftTexts, ReportDraft, ReportDraftVersion } from "../../domain/reports/types";
import { when } from "../account/when";
import { CsrfField, ErrorSummary, Field, type Problems } from "../forms";
import { directionOf } from "../i18n/content";
import { t } from "../i18n/t";
import { Page } from "../public/layout";
import { TextArea } from "../workspace/parts";
import { Downloads, DraftFacts, History, type Measure, WordCount } from "./draft-parts";
import { draftPath, reportsPath, versionPath } from "./parts";

export interface DraftPageData {
  org: Organisation;
  draft: ReportDraft;
  version: ReportDraftVersion;
  versions: ReportDraftVersion[];
  names: Map<string, string>;
  country: string;
  cycle: string;
  coalition: string[];
  measure: Measure | null;
  /** Why there is no count (e.g. the publications are gone). */
  measureError?: string;
  canEdit: boolean;
}

const crumbs = (d: DraftPageData, last?: string) => [
  { label: d.org.name, href: `/orgs/${d.org.slug}` },
  { label: t("reports.crumb"), href: reportsPath(d.org.slug) },
  last ? { label: d.draft.title, href: draftPath(d.org.slug, d.draft.id) } : { label: d.draft.title },
  ...(last ? [{ label: last }] : []),
];

export function EditForm(props: {
  action: string;
  csrf: string;
  version: number;
  values: DraftTexts & { note: string };
  problems?: Problems;
  submit: string;
  /** The report's language: the texts are written in it. */
  lang: string;
}) {
  const { values, problems, lang } = props;
  return (
    <form method="post" action={props.action} id="edit">
      <CsrfField token={props.csrf} />
      <input type="hidden" name="version" value={String(props.version)} />
      <TextArea
        name="executiveSummary"
        label={t("reports.executiveSummary")}
        hint={t("reports.editingHint")}
        value={values.executiveSummary}
        rows={12}
        problems={problems}
        lang={lang}
      />
      <TextArea
        name="recommendations"
        label={t("reports.recommendations")}
        value={values.recommendations}
        rows={16}
        problems={problems}
        lang={lang}
      />
      <Field
        name="note"
        label={t("reports.note")}
        hint={t("reports.noteHint")}
        value={values.note}
        required={false}
        problems={problems}
      />
      <button type="submit">{props.submit}</button>
    </form>
  );
}

/** A version's texts, marked with the report's language. */
export function Texts({ texts, lang }: { texts: DraftTexts; lang: string }) {
  const attrs = { lang, dir: directionOf(lang) };
  return (
    <>
      <h3>{t("reports.executiveSummary")}</h3>
      <div class="plain narrative" {...attrs}>
        {texts.executiveSummary}
      </div>
      <h3>{t("reports.recommendations")}</h3>
      <div class="plain narrative" {...attrs}>
        {texts.recommendations}
      </div>
    </>
  );
}

export function DraftView(props: {
  origin: string;
  csrf: string;
  data: DraftPageData;
  notice?: string;
  values?: DraftTexts & { note: string };
  problems?: Problems;
}) {
  const { data: d, notice, problems } = props;
  const path = draftPath(d.org.slug, d.draft.id);
  return (
    <Page title={d.draft.title} path={path} origin={props.origin} crumbs={crumbs(d)}>
      <p class="kicker">{d.org.name}</p>
      <h1>{d.draft.title}</h1>
      {notice ? (
        <p class="notice" role="status">
          {notice}
        </p>
      ) : null}
      <DraftFacts draft={d.draft} country={d.country} cycle={d.cycle} coalition={d.coalition} />
      <p>{t("reports.draft.current", { n: d.version.version, when: when(d.version.savedAt) })}</p>
      <WordCount measure={d.measure} texts={d.version} error={d.measureError} live={d.canEdit} />
      <Downloads org={d.org} draft={d.draft} n={d.version.version} measure={d.measure} />
      <section aria-labelledby="text-h">
        <h2 id="text-h">{d.canEdit ? t("reports.draft.editHeading") : t("reports.draft.textsHeading")}</h2>
        {d.canEdit ? (
          <>
            <ErrorSummary problems={problems} />
            <EditForm
              action={path}
              csrf={props.csrf}
              version={d.version.version}
              lang={d.draft.lang}
              values={props.values ?? { ...d.version, note: "" }}
              problems={problems}
              submit={t("reports.draft.saveAs", { n: d.version.version + 1 })}
            />
          </>
        ) : (
          <>
            <p class="muted">{t("reports.draft.readOnly")}</p>
            <Texts texts={d.version} lang={d.draft.lang} />
          </>
        )}
      </section>
      <History org={d.org} draft={d.draft} versions={d.versions} names={d.names} shown={d.version.version} />
    </Page>
  );
}

export function VersionView({ origin, data: d }: { origin: string; data: DraftPageData }) {
  const n = d.version.version;
  return (
    <Page
      title={t("reports.versionPage.title", { title: d.draft.title, n })}
      path={versionPath(d.org.slug, d.draft.id, n)}
      origin={origin}
      crumbs={crumbs(d, t("reports.version", { n }))}
    >
      <p class="kicker">{d.draft.title}</p>
      <h1>{t("reports.version", { n })}</h1>
      <p>
        {t(d.version.note ? "reports.versionPage.savedWithNote" : "reports.versionPage.saved", {
          name: d.names.get(d.version.savedBy) ?? t("reports.formerMember"),
          when: when(d.version.savedAt),
          note: d.version.note,
        })}
      </p>
      {n === d.draft.currentVersion ? (
        <p>{t("reports.versionPage.isCurrent")}</p>
      ) : (
        <p class="notice">
          {t("reports.versionPage.isEarlier")}{" "}
          <a href={draftPath(d.org.slug, d.draft.id)}>{t("reports.versionPage.currentIs", { n: d.draft.currentVersion })}</a>
          {t("reports.fullStop")}
        </p>
      )}
      <WordCount measure={d.measure} texts={d.version} error={d.measureError} />
      <Downloads org={d.org} draft={d.draft} n={n} measure={d.measure} />
      <section aria-labelledby="text-h">
        <h2 id="text-h">{t("reports.versionPage.text", { n })}</h2>
        <Texts texts={d.version} lang={d.draft.lang} />
      </section>
      <History org={d.org} draft={d.draft} versions={d.versions} names={d.names} shown={n} />
    </Page>
  );
}
