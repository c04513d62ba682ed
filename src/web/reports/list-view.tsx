/** An organisation's report drafts, and the form that starts a new one. */
import type { Organisation } from "../../domain/accounts/types";
import type { Cycle } from "../../domain/assessments/types";
import type { Country } from "../../domain/countries/types";
import type { NewDraftInput } from "../../domain/reports/draft-service";
import { AUDIENCES, REPORT_LANGUAGES, REPORT_TEMPLATES, type ReportDraft } from "../../domain/reports/types";
import { when } from "../account/when";
import { CsrfField, ErrorSummary, Field, type Problems, Select } from "../forms";
import { countryName } from "../i18n/country-name";
import { t } from "../i18n/t";
import { Page } from "../public/layout";
import { Choices } from "../workspace/parts";
import { audienceLabel, draftPath, languageLabel, newReportPath, number, reportsPath, templateLabel } from "./parts";

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
      title={t("reports.list.title", { name: org.name })}
      path={reportsPath(org.slug)}
      origin={origin}
      crumbs={[{ label: org.name, href: `/orgs/${org.slug}` }, { label: t("reports.crumb") }]}
    >
      <p class="kicker">{org.name}</p>
      <h1>{t("reports.list.heading")}</h1>
      <p>{t("reports.list.intro", { name: org.name })}</p>
      {canEdit ? (
        <p>
          <a class="button" href={newReportPath(org.slug)}>
            {t("reports.list.start")}
          </a>
        </p>
      ) : null}
      {drafts.length === 0 ? (
        <p class="muted">{t("reports.list.none")}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t("reports.list.report")}</th>
              <th scope="col">{t("reports.list.countryAndCycle")}</th>
              <th scope="col">{t("reports.facts.for")}</th>
              <th scope="col">{t("reports.list.version")}</th>
              <th scope="col">{t("reports.list.lastSaved")}</th>
            </tr>
          </thead>
          <tbody>
            {drafts.map((d) => (
              <tr>
                <td>
                  <a href={draftPath(org.slug, d.id)}>{d.title}</a>
                  <br />
                  <small>
                    {templateLabel(d.template)} · {languageLabel(d.lang)}
                  </small>
                </td>
                <td>
                  {t("reports.list.countryCycle", {
                    country: countries.get(d.countryIso3) ?? d.countryIso3,
                    cycle: cycles.get(d.cycleId) ?? d.cycleId,
                  })}
                </td>
                <td>
                  {d.audience === "internal" ? <span class="tag">{t("reports.list.internal")}</span> : t("reports.list.public")}
                </td>
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
      title={t("reports.new.title", { name: org.name })}
      path={path}
      origin={origin}
      crumbs={[
        { label: org.name, href: `/orgs/${org.slug}` },
        { label: t("reports.crumb"), href: reportsPath(org.slug) },
        { label: t("reports.new.crumb") },
      ]}
    >
      <p class="kicker">{org.name}</p>
      <h1>{t("reports.new.heading")}</h1>
      <p>{t("reports.new.intro")}</p>
      <ErrorSummary problems={problems} />
      {cycles.length === 0 ? <p class="notice">{t("reports.new.noCycle")}</p> : null}
      <form method="post" action={path}>
        <CsrfField token={csrf} />
        <Select
          name="country"
          label={t("reports.facts.country")}
          options={[["", t("reports.new.chooseCountry")], ...countries.map((c): [string, string] => [c.iso3, countryName(c)])]}
          value={values.country || (org.countryIso3 ?? "")}
          problems={problems}
        />
        <Select
          name="cycle"
          label={t("reports.new.cycle")}
          options={[["", t("reports.new.chooseCycle")], ...cycles.map((c): [string, string] => [c.id, c.name])]}
          value={values.cycle || [...cycles].reverse().find((c) => c.status === "open")?.id}
          problems={problems}
        />
        <Choices
          type="radio"
          name="template"
          legend={t("reports.facts.template")}
          choices={REPORT_TEMPLATES.map((template) => ({ value: template, label: templateLabel(template) }))}
          checked={[values.template || "general"]}
          hint={t("reports.new.templateHint", { single: 2815, joint: 5630 })}
          problems={problems}
        />
        <Select
          name="lang"
          label={t("reports.new.language")}
          options={REPORT_LANGUAGES.map((l): [string, string] => [l, languageLabel(l)])}
          value={values.lang || "en"}
          hint={t("reports.new.languageHint")}
          problems={problems}
        />
        <Choices
          type="radio"
          name="audience"
          legend={t("reports.new.audience")}
          choices={AUDIENCES.map((a) => ({ value: a, label: audienceLabel(a) }))}
          checked={[values.audience || "public"]}
          problems={problems}
        />
        <Field
          name="coalition"
          label={t("reports.new.coalition")}
          hint={t("reports.new.coalitionHint")}
          value={values.coalition}
          required={false}
          problems={problems}
        />
        <Field
          name="wordLimit"
          label={t("reports.new.wordLimit")}
          hint={t("reports.new.wordLimitHint")}
          value={values.wordLimit}
          required={false}
          inputmode="numeric"
          problems={problems}
        />
        <Field
          name="title"
          label={t("reports.new.titleLabel")}
          hint={t("reports.new.titleHint")}
          value={values.title}
          required={false}
          problems={problems}
        />
        <button type="submit">{t("reports.new.submit")}</button>
      </form>
    </Page>
  );
}
