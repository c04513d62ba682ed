/** Pages for forms of abuse and legislative approaches: the item and the evidence about it. */
import type { Catalogue } from "../../../domain/framework/catalogue";
import { t } from "../../i18n/t";
import { Citation, EvidenceGroups } from "../components";
import { en, NotTranslatedNote } from "../content";
import { kindName, kindPlural, kindSingular } from "../labels";
import { Page } from "../layout";
import { apiPath, itemPath, kindPath } from "../paths";

export function WithEvidenceView({ origin, data }: { origin: string; data: Awaited<ReturnType<Catalogue["withEvidence"]>> }) {
  const { item, evidence } = data;
  const path = itemPath(item);
  return (
    <Page
      title={t("public.item.pageTitle", { title: item.title, kind: kindSingular(item.kind) })}
      path={path}
      origin={origin}
      json={apiPath(path)}
      crumbs={[
        { label: kindPlural(item.kind), href: kindPath(item.kind) },
        { label: item.title, content: true },
      ]}
    >
      <p class="kicker">{kindName(item.kind)}</p>
      <h1 {...en()}>{item.title}</h1>
      <NotTranslatedNote />
      <p class="lead" {...en()}>
        {item.summary}
      </p>
      <Citation citation={item.citation} />
      <h2>{t("public.evidence.heading")}</h2>
      <EvidenceGroups groups={evidence} />
    </Page>
  );
}
