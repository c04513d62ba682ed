/** Pages for forms of abuse and legislative approaches: the item and the evidence about it. */
import type { Catalogue } from "../../../domain/framework/catalogue";
import { t } from "../../i18n/t";
import { Citation, EvidenceGroups, titleOf } from "../components";
import { langOf, NotTranslatedNote, OutdatedNote, type PageTranslations, shown, untranslated } from "../content";
import { kindName, kindPlural, kindSingular } from "../labels";
import { Page } from "../layout";
import { apiPath, itemPath, kindPath } from "../paths";

interface Props {
  origin: string;
  data: Awaited<ReturnType<Catalogue["withEvidence"]>>;
  tr?: PageTranslations;
}

export function WithEvidenceView({ origin, data, tr }: Props) {
  const { item, evidence } = data;
  const path = itemPath(item);
  const title = titleOf(tr, item);
  const summary = shown(tr, item, "summary", item.summary);
  return (
    <Page
      title={t("public.item.pageTitle", { title: title.text, kind: kindSingular(item.kind) })}
      path={path}
      origin={origin}
      json={apiPath(path)}
      crumbs={[
        { label: kindPlural(item.kind), href: kindPath(item.kind) },
        { label: title.text, content: langOf(title) },
      ]}
    >
      <p class="kicker">{kindName(item.kind)}</p>
      <h1 {...langOf(title)}>{title.text}</h1>
      <OutdatedNote value={title} />
      <NotTranslatedNote when={untranslated([title, summary])} />
      <p class="lead" {...langOf(summary)}>
        {summary.text}
        <OutdatedNote value={summary} />
      </p>
      <Citation citation={item.citation} />
      <h2>{t("public.evidence.heading")}</h2>
      <EvidenceGroups groups={evidence} />
    </Page>
  );
}
