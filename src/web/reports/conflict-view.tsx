/**
 * Someone saved a newer version of the draft while this person was editing.
 * Nothing was overwritten and nothing of theirs is lost: their version is
 * shown, and this person's text comes back in the form, to merge and save on
 * top of the newer version.
 */
import type { Organisation } from "../../domain/accounts/types";
import type { DraftTexts, ReportDraft, ReportDraftVersion } from "../../domain/reports/types";
import { when } from "../account/when";
import { t } from "../i18n/t";
import { Page } from "../public/layout";
import { EditForm, Texts } from "./draft-view";
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
      title={t("reports.conflict.title", { title: draft.title })}
      path={path}
      origin={origin}
      crumbs={[
        { label: org.name, href: `/orgs/${org.slug}` },
        { label: t("reports.crumb"), href: reportsPath(org.slug) },
        { label: draft.title, href: path },
        { label: t("reports.conflict.crumb") },
      ]}
    >
      <h1>{t("reports.conflict.heading")}</h1>
      <p class="notice warning" role="alert">
        {t("reports.conflict.notice", { name: theirsBy, n: theirs.version, when: when(theirs.savedAt) })}
      </p>
      <h2>{t("reports.conflict.theirs", { n: theirs.version })}</h2>
      <Texts texts={theirs} lang={draft.lang} />
      <h2>{t("reports.conflict.yours")}</h2>
      <EditForm
        action={path}
        csrf={csrf}
        version={theirs.version}
        values={mine}
        lang={draft.lang}
        submit={t("reports.conflict.saveMine", { n: theirs.version + 1 })}
      />
      <p>
        <a href={path}>{t("reports.conflict.keepTheirs")}</a> {t("reports.conflict.keepTheirsAfter")}
      </p>
    </Page>
  );
}
