/**
 * Someone saved a newer version of the draft while this person was editing.
 * Nothing was overwritten and nothing of theirs is lost: their version is
 * shown, and this person's text comes back in the form, to merge and save on
 * top of the newer version.
 */
import type { Organisation } from "../../domain/accounts/types";
import type { DraftTexts, ReportDraft, ReportDraftVersion } from "../../domain/reports/types";
import { Page } from "../public/layout";
import { when } from "../workspace/parts";
import { EditForm } from "./draft-view";
import { draftPath, reportsPath } from "./parts";

interface Props {
  origin: string;
  csrf: string;
  org: Organisation;
  draft: ReportDraft;
  theirs: ReportDraftVersion;
  theirsBy: string;
  mine: DraftTexts & { note: string };
}

export function DraftConflictView({ origin, csrf, org, draft, theirs, theirsBy, mine }: Props) {
  const path = draftPath(org.slug, draft.id);
  return (
    <Page
      title={`Not saved: ${draft.title}`}
      path={path}
      origin={origin}
      crumbs={[
        { label: org.name, href: `/orgs/${org.slug}` },
        { label: "Reports", href: reportsPath(org.slug) },
        { label: draft.title, href: path },
        { label: "Not saved" },
      ]}
    >
      <h1>Someone saved a newer version</h1>
      <p class="notice warning" role="alert">
        {theirsBy} saved version {theirs.version} on {when(theirs.savedAt)} while you were editing. Your text was not saved and
        nothing was overwritten. Compare the two, copy in what you want to keep of theirs, then save yours on top of version{" "}
        {theirs.version}.
      </p>
      <h2>Theirs: version {theirs.version}, saved</h2>
      <h3>Executive summary</h3>
      <div class="plain narrative">{theirs.executiveSummary}</div>
      <h3>Recommendations</h3>
      <div class="plain narrative">{theirs.recommendations}</div>
      <h2>Yours: not saved</h2>
      <EditForm
        action={path}
        csrf={csrf}
        version={theirs.version}
        values={mine}
        submit={`Save mine as version ${theirs.version + 1}`}
      />
      <p>
        <a href={path}>Keep theirs and go back to the draft</a> (your text above is then lost).
      </p>
    </Page>
  );
}
