/** Before a download: the word-limit warning that asks to confirm; and why a file cannot be made right now. */
import type { Organisation } from "../../domain/accounts/types";
import type { ReportDraft } from "../../domain/reports/types";
import type { ReportFormat } from "../../reports/shadow";
import { Page } from "../public/layout";
import { type Measure, overLimit } from "./draft-parts";
import { downloadPath, draftPath, FORMAT_LABELS, reportsPath } from "./parts";

interface Props {
  origin: string;
  org: Organisation;
  draft: ReportDraft;
  n: number;
  format: ReportFormat;
}

const crumbs = ({ org, draft }: Props, last: string) => [
  { label: org.name, href: `/orgs/${org.slug}` },
  { label: "Reports", href: reportsPath(org.slug) },
  { label: draft.title, href: draftPath(org.slug, draft.id) },
  { label: last },
];

export function ExportWarningView(props: Props & { measure: Measure }) {
  const { org, draft, n, format, measure } = props;
  return (
    <Page
      title={`Over the word limit: ${draft.title}`}
      path={downloadPath(org.slug, draft.id, n, format)}
      origin={props.origin}
      crumbs={crumbs(props, "Over the word limit")}
    >
      <h1>This report is over its word limit</h1>
      <p class="notice warning" role="alert">
        {overLimit(measure)}
      </p>
      <p>UN secretariats may refuse a submission over the limit. You can still download it, to work on it elsewhere.</p>
      <p>
        <a class="button" href={downloadPath(org.slug, draft.id, n, format, true)}>
          Download version {n} anyway: {FORMAT_LABELS[format]}
        </a>
      </p>
      <p>
        <a href={`${draftPath(org.slug, draft.id)}#edit`}>Back to the draft to shorten it</a>
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
        <a href={draftPath(org.slug, draft.id)}>Back to the draft</a>, where the other formats are.
      </p>
    </Page>
  );
}
