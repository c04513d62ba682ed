/** An organisation's report drafts, and the form that starts a new one. */
import type { Organisation } from "../../domain/accounts/types";
import type { Cycle } from "../../domain/assessments/types";
import type { Country } from "../../domain/countries/types";
import type { NewDraftInput } from "../../domain/reports/draft-service";
import { AUDIENCES, REPORT_LANGUAGES, REPORT_TEMPLATES, type ReportDraft } from "../../domain/reports/types";
import { CsrfField, ErrorSummary, Field, type Problems, Select } from "../forms";
import { Page } from "../public/layout";
import { Choices, when } from "../workspace/parts";
import { AUDIENCE_LABELS, draftPath, LANGUAGE_LABELS, newReportPath, number, reportsPath, TEMPLATE_LABELS } from "./parts";

interface ListProps {
  origin: string;
  org: Organisation;
  drafts: ReportDraft[];
  countries: Map<string, string>;
  cycles: Map<string, string>;
  canEdit: boolean;
}

export function DraftListView({ origin, org, drafts, countries, cycles, canEdit }: ListProps) {
  return (
    <Page
      title={`Reports: ${org.name}`}
      path={reportsPath(org.slug)}
      origin={origin}
      crumbs={[{ label: org.name, href: `/orgs/${org.slug}` }, { label: "Reports" }]}
    >
      <p class="kicker">{org.name}</p>
      <h1>Shadow reports</h1>
      <p>
        Drafts of reports built from your organisation's published assessments. Each save keeps a new version; only members of{" "}
        {org.name} see them.
      </p>
      {canEdit ? (
        <p>
          <a class="button" href={newReportPath(org.slug)}>
            Start a new report
          </a>
        </p>
      ) : null}
      {drafts.length === 0 ? (
        <p class="muted">No report drafts yet.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Report</th>
              <th scope="col">Country and cycle</th>
              <th scope="col">For</th>
              <th scope="col">Version</th>
              <th scope="col">Last saved</th>
            </tr>
          </thead>
          <tbody>
            {drafts.map((d) => (
              <tr>
                <td>
                  <a href={draftPath(org.slug, d.id)}>{d.title}</a>
                  <br />
                  <small>
                    {TEMPLATE_LABELS[d.template]} · {LANGUAGE_LABELS[d.lang]}
                  </small>
                </td>
                <td>
                  {countries.get(d.countryIso3) ?? d.countryIso3}, {cycles.get(d.cycleId) ?? d.cycleId}
                </td>
                <td>{d.audience === "internal" ? <span class="tag">Internal: confidential</span> : "Public"}</td>
                <td>{number(d.currentVersion)}</td>
                <td>{when(d.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Page>
  );
}

interface NewProps {
  origin: string;
  csrf: string;
  org: Organisation;
  countries: Country[];
  cycles: Cycle[];
  values: NewDraftInput;
  problems?: Problems;
}

export function NewDraftView({ origin, csrf, org, countries, cycles, values, problems }: NewProps) {
  const path = newReportPath(org.slug);
  return (
    <Page
      title={`New report: ${org.name}`}
      path={path}
      origin={origin}
      crumbs={[
        { label: org.name, href: `/orgs/${org.slug}` },
        { label: "Reports", href: reportsPath(org.slug) },
        { label: "New report" },
      ]}
    >
      <p class="kicker">{org.name}</p>
      <h1>Start a new report</h1>
      <p>
        The report is generated from the published assessments of one country in one cycle. You then rewrite its executive summary
        and recommendations; every save keeps a version.
      </p>
      <ErrorSummary problems={problems} />
      {cycles.length === 0 ? <p class="notice">No assessment cycle exists yet. A site administrator creates cycles.</p> : null}
      <form method="post" action={path}>
        <CsrfField token={csrf} />
        <Select
          name="country"
          label="Country"
          options={[["", "Choose a country"], ...countries.map((c): [string, string] => [c.iso3, c.name])]}
          value={values.country || (org.countryIso3 ?? "")}
          problems={problems}
        />
        <Select
          name="cycle"
          label="Assessment cycle"
          options={[["", "Choose a cycle"], ...cycles.map((c): [string, string] => [c.id, c.name])]}
          value={values.cycle || [...cycles].reverse().find((c) => c.status === "open")?.id}
          problems={problems}
        />
        <Choices
          type="radio"
          name="template"
          legend="Template"
          choices={REPORT_TEMPLATES.map((t) => ({ value: t, label: TEMPLATE_LABELS[t] }))}
          checked={[values.template || "general"]}
          hint="A UPR submission has numbered paragraphs and a word limit: 2,815 words for one organisation, 5,630 for a joint submission."
          problems={problems}
        />
        <Select
          name="lang"
          label="Language of the report"
          options={REPORT_LANGUAGES.map((l): [string, string] => [l, LANGUAGE_LABELS[l]])}
          value={values.lang || "en"}
          hint="Headings and generated sentences. Item titles and your assessments stay in the language they were written in."
          problems={problems}
        />
        <Choices
          type="radio"
          name="audience"
          legend="Who is the report for?"
          choices={AUDIENCES.map((a) => ({ value: a, label: AUDIENCE_LABELS[a] }))}
          checked={[values.audience || "public"]}
          problems={problems}
        />
        <Field
          name="coalition"
          label="Other organisations in a joint report (optional)"
          hint="Their short names, as in their addresses (/orgs/short-name), separated by commas. Their published assessments are included too."
          value={values.coalition}
          required={false}
          problems={problems}
        />
        <Field
          name="wordLimit"
          label="Word limit (optional)"
          hint="Leave empty for the template's limit (UPR) or none."
          value={values.wordLimit}
          required={false}
          inputmode="numeric"
          problems={problems}
        />
        <Field
          name="title"
          label="Title (optional)"
          hint="For your list of reports; the document's own title comes from the template."
          value={values.title}
          required={false}
          problems={problems}
        />
        <button type="submit">Create the draft</button>
      </form>
    </Page>
  );
}
