/**
 * A report draft: its current version with the word count against the limit,
 * the edit form (contributors and up), the downloads and the versions; and
 * the page of any one version. No script: the count is the server's, after
 * each save.
 */
import type { Organisation } from "../../domain/accounts/types";
import type { DraftTexts, ReportDraft, ReportDraftVersion } from "../../domain/reports/types";
import { CsrfField, ErrorSummary, Field, type Problems } from "../forms";
import { Page } from "../public/layout";
import { TextArea, when } from "../workspace/parts";
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
  { label: "Reports", href: reportsPath(d.org.slug) },
  last ? { label: d.draft.title, href: draftPath(d.org.slug, d.draft.id) } : { label: d.draft.title },
  ...(last ? [{ label: last }] : []),
];

export const EDITING_HINT =
  "Paragraphs are separated by an empty line. A line starting with “- ” is a list item; each becomes a paragraph of its own (numbered in a UPR submission). **Bold** and *italic* are kept.";

export function EditForm(props: {
  action: string;
  csrf: string;
  version: number;
  values: DraftTexts & { note: string };
  problems?: Problems;
  submit: string;
}) {
  const { values, problems } = props;
  return (
    <form method="post" action={props.action} id="edit">
      <CsrfField token={props.csrf} />
      <input type="hidden" name="version" value={String(props.version)} />
      <TextArea
        name="executiveSummary"
        label="Executive summary"
        hint={EDITING_HINT}
        value={values.executiveSummary}
        rows={12}
        problems={problems}
      />
      <TextArea name="recommendations" label="Recommendations" value={values.recommendations} rows={16} problems={problems} />
      <Field
        name="note"
        label="What changed (optional)"
        hint="Shown in the list of versions."
        value={values.note}
        required={false}
        problems={problems}
      />
      <button type="submit">{props.submit}</button>
    </form>
  );
}

function Texts({ texts }: { texts: DraftTexts }) {
  return (
    <>
      <h3>Executive summary</h3>
      <div class="plain narrative">{texts.executiveSummary}</div>
      <h3>Recommendations</h3>
      <div class="plain narrative">{texts.recommendations}</div>
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
      <p>
        Current version: {d.version.version}, saved on {when(d.version.savedAt)}.
      </p>
      <WordCount measure={d.measure} texts={d.version} error={d.measureError} />
      <Downloads org={d.org} draft={d.draft} n={d.version.version} measure={d.measure} />
      <section aria-labelledby="text-h">
        <h2 id="text-h">
          {d.canEdit ? "Edit the executive summary and recommendations" : "Executive summary and recommendations"}
        </h2>
        {d.canEdit ? (
          <>
            <ErrorSummary problems={problems} />
            <EditForm
              action={path}
              csrf={props.csrf}
              version={d.version.version}
              values={props.values ?? { ...d.version, note: "" }}
              problems={problems}
              submit={`Save as version ${d.version.version + 1}`}
            />
          </>
        ) : (
          <>
            <p class="muted">You can read this report; contributors, reviewers and admins can edit it.</p>
            <Texts texts={d.version} />
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
      title={`${d.draft.title}: version ${n}`}
      path={versionPath(d.org.slug, d.draft.id, n)}
      origin={origin}
      crumbs={crumbs(d, `Version ${n}`)}
    >
      <p class="kicker">{d.draft.title}</p>
      <h1>Version {n}</h1>
      <p>
        Saved by {d.names.get(d.version.savedBy) ?? "a former member"} on {when(d.version.savedAt)}
        {d.version.note ? `: ${d.version.note}` : "."}
      </p>
      {n === d.draft.currentVersion ? (
        <p>This is the current version.</p>
      ) : (
        <p class="notice">
          This is an earlier version.{" "}
          <a href={draftPath(d.org.slug, d.draft.id)}>The current version is {d.draft.currentVersion}</a>.
        </p>
      )}
      <WordCount measure={d.measure} texts={d.version} error={d.measureError} />
      <Downloads org={d.org} draft={d.draft} n={n} measure={d.measure} />
      <section aria-labelledby="text-h">
        <h2 id="text-h">Text of version {n}</h2>
        <Texts texts={d.version} />
      </section>
      <History org={d.org} draft={d.draft} versions={d.versions} names={d.names} shown={n} />
    </Page>
  );
}
