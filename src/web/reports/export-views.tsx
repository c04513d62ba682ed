/** Before a download: the word-limit warning that asks to confirm; and why a file cannot be made right now. */
import type { Organisation } from "../../domain/accounts/types";
import type { ReportDraft } from "../../domain/reports/types";
import type { ReportFormat } from "../../reports/shadow";
import { t } from "../i18n/t";
import { Page } from "../public/layout";
import { type Measure, overLimit } from "./draft-parts";
import { downloadPath, draftPath, formatLabel, reportsPath } from "./parts";

interface Props {
  origin: string;
  org: Organisation;
  draft: ReportDraft;
  n: number;
  format: ReportFormat;
}

const crumbs = ({ org, draft }: Props, last: string) => [
  { label: org.name, href: `/orgs/${org.slug}` },
  { label: t("reports.crumb"), href: reportsPath(org.slug) },
  { label: draft.title, href: draftPath(org.slug, draft.id) },
  { label: last },
];

export function ExportWarningView(props: Props & { measure: Measure }) {
  const { org, draft, n, format, measure } = props;
  return (
    <Page
      title={t("reports.export.title", { title: draft.title })}
      path={downloadPath(org.slug, draft.id, n, format)}
      origin={props.origin}
      crumbs={crumbs(props, t("reports.export.crumb"))}
    >
      <h1>{t("reports.export.heading")}</h1>
      <p class="notice warning" role="alert">
        {overLimit(measure)}
      </p>
      <p>{t("reports.export.mayRefuse")}</p>
      <p>
        <a class="button" href={downloadPath(org.slug, draft.id, n, format, true)}>
          {t("reports.export.anyway", { n, format: formatLabel(format) })}
        </a>
      </p>
      <p>
        <a href={`${draftPath(org.slug, draft.id)}#edit`}>{t("reports.export.back")}</a>
      </p>
    </Page>
  );
}

export function UnavailableView(props: Props & { title: string; message: string }) {
  const { org, draft, n, format } = props;
  return (
    <Page
      title={props.title}
      path={downloadPath(org.slug, draft.id, n, format)}
      origin={props.origin}
      crumbs={crumbs(props, props.title)}
    >
      <h1>{props.title}</h1>
      <p class="notice warning">{props.message}</p>
      <p>
        <a href={draftPath(org.slug, draft.id)}>{t("reports.unavailable.back")}</a>
        {t("reports.unavailable.backAfter")}
      </p>
    </Page>
  );
}
