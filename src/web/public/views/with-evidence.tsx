/** Pages for forms of abuse and legislative approaches: the item and the evidence about it. */
import type { Catalogue } from "../../../domain/framework/catalogue";
import { KIND_LABELS } from "../../../domain/framework/catalogue";
import { Citation, EvidenceGroups } from "../components";
import { Page } from "../layout";
import { apiPath, itemPath, kindPath } from "../paths";

export function WithEvidenceView({ origin, data }: { origin: string; data: Awaited<ReturnType<Catalogue["withEvidence"]>> }) {
  const { item, evidence } = data;
  const label = KIND_LABELS[item.kind];
  const path = itemPath(item);
  return (
    <Page
      title={`${item.title}: ${label.singular}`}
      path={path}
      origin={origin}
      json={apiPath(path)}
      crumbs={[{ label: label.plural, href: kindPath(item.kind) }, { label: item.title }]}
    >
      <p class="kicker">{label.singular[0]?.toUpperCase() + label.singular.slice(1)}</p>
      <h1>{item.title}</h1>
      <p class="lead">{item.summary}</p>
      <Citation citation={item.citation} />
      <h2>Evidence</h2>
      <EvidenceGroups groups={evidence} />
    </Page>
  );
}
