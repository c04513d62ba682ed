/**
 * The form to record evidence: what it is, who may see it, its sources, and
 * what it bears on. The items to link are framework content (English), marked
 * so on pages in other languages.
 */
import type { Child } from "hono/jsx";
import type { Organisation } from "../../domain/accounts/types";
import type { Country } from "../../domain/countries/types";
import type { EvidenceInput } from "../../domain/evidence/evidence-service";
import { EVIDENCE_TYPES, VISIBILITIES } from "../../domain/evidence/types";
import type { FrameworkItem } from "../../domain/framework/types";
import { CsrfField, ErrorSummary, Field, type Problems, Select } from "../forms";
import { byCountryName, countryName } from "../i18n/country-name";
import { evidenceTypeLabel, kindPlural, visibilityHint, visibilityLabel } from "../i18n/labels";
import { num, t } from "../i18n/t";
import { En, rich } from "../public/content";
import { Page } from "../public/layout";
import { LanguageOfTextField } from "../translate/language-field";
import { SOURCE_SLOTS } from "./input";
import type { Group } from "./load";
import { Choices, ContentNote, evidenceFormPath, TextArea } from "./parts";
import { type SuggestState, SuggestStep } from "./suggest-view";

interface Props {
  origin: string;
  csrf: string;
  org: Organisation;
  countries: Country[];
  commitments: Group[];
  options: Group[];
  factors: FrameworkItem[];
  values: EvidenceInput;
  returnTo?: string;
  problems?: Problems;
  /** The "Suggest links" step: where its button posts, and its text and suggestions after it ran. */
  suggestAction: string;
  suggest?: SuggestState;
}

export function EvidenceFormView(props: Props) {
  const { origin, csrf, org, values: v, problems } = props;
  const path = evidenceFormPath(org.slug, { country: v.countryIso3 || undefined });
  const groups: { legend: Child; items: FrameworkItem[] }[] = [
    ...props.commitments.map((g) => ({
      legend: rich("workspace.evidence.commitmentsOf", { instrument: <En>{g.heading.title}</En> }),
      items: g.items,
    })),
    ...props.options.map((g) => ({
      legend: rich("workspace.evidence.optionsOf", { strategy: <En>{g.heading.title}</En> }),
      items: g.items,
    })),
    { legend: kindPlural("factor"), items: props.factors },
  ];
  const linksError = problems?.links;
  const choose = t("workspace.evidence.choose");
  const dateHint = t("workspace.evidence.dateHint");
  return (
    <Page
      title={t("workspace.addEvidence")}
      path={path}
      origin={origin}
      crumbs={[{ label: org.name, href: `/orgs/${org.slug}` }, { label: t("workspace.addEvidence") }]}
    >
      <p class="kicker">{org.name}</p>
      <h1>{t("workspace.addEvidence")}</h1>
      <ContentNote />
      <ErrorSummary problems={problems} />
      <form method="post" action={evidenceFormPath(org.slug)} novalidate>
        <CsrfField token={csrf} />
        {/* Enter in a field presses the form's first button (hidden or not): make it Save, not "Suggest links". */}
        <button type="submit" hidden>
          {t("workspace.evidence.save")}
        </button>
        {props.returnTo ? <input type="hidden" name="return" value={props.returnTo} /> : null}
        <Select
          name="type"
          label={t("workspace.evidence.kind")}
          options={[["", choose], ...EVIDENCE_TYPES.map((type): [string, string] => [type, evidenceTypeLabel(type)])]}
          value={v.type}
          problems={problems}
        />
        <Field
          name="title"
          label={t("workspace.evidence.title")}
          hint={t("workspace.evidence.titleHint")}
          value={v.title}
          problems={problems}
        />
        <TextArea
          name="summary"
          label={t("workspace.evidence.summary")}
          hint={t("workspace.evidence.summaryHint")}
          value={v.summary}
          rows={4}
          problems={problems}
        />
        <LanguageOfTextField value={v.language} problems={problems} />
        <Select
          name="countryIso3"
          label={t("public.kind.country.name")}
          options={[
            ["", choose],
            ...[...props.countries].sort(byCountryName()).map((c): [string, string] => [c.iso3, countryName(c)]),
          ]}
          value={v.countryIso3}
          problems={problems}
        />
        <Field
          name="date"
          label={t("workspace.evidence.date")}
          hint={dateHint}
          value={v.date}
          problems={problems}
          required={false}
        />
        <Choices
          type="radio"
          name="visibility"
          legend={t("workspace.evidence.whoMaySee")}
          choices={VISIBILITIES.map((value) => ({ value, label: visibilityLabel(value), hint: visibilityHint(value) }))}
          checked={[v.visibility]}
          problems={problems}
        />
        {Array.from({ length: SOURCE_SLOTS }, (_, i) => {
          const s = v.sources[i] ?? {};
          const f = (k: string) => `sources.${i}.${k}`;
          return (
            <fieldset class="field source">
              <legend>{t(i === 0 ? "workspace.evidence.source" : "workspace.evidence.anotherSource")}</legend>
              <Field
                name={f("title")}
                label={t("workspace.evidence.title")}
                value={s.title}
                problems={problems}
                required={i === 0}
              />
              <Field
                name={f("publisher")}
                label={t("workspace.evidence.publisher")}
                value={s.publisher}
                problems={problems}
                required={false}
              />
              <Field
                name={f("url")}
                label={t("workspace.evidence.url")}
                type="url"
                hint={t("workspace.evidence.urlHint")}
                value={s.url}
                problems={problems}
                required={false}
              />
              <Field
                name={f("date")}
                label={t("workspace.evidence.date")}
                hint={dateHint}
                value={s.date}
                problems={problems}
                required={false}
              />
              <Field
                name={f("locator")}
                label={t("workspace.evidence.locator")}
                value={s.locator}
                problems={problems}
                required={false}
              />
              <TextArea
                name={f("quotation")}
                label={t("workspace.evidence.quotation")}
                hint={t("workspace.evidence.quotationHint", { max: num(500) })}
                value={s.quotation}
                rows={3}
                problems={problems}
              />
            </fieldset>
          );
        })}
        <SuggestStep action={props.suggestAction} state={props.suggest} problems={problems} />
        <fieldset class={linksError ? "field field-error" : "field"} aria-describedby="links-hint">
          <legend>{t("public.evidence.bearsOn")}</legend>
          <p class="hint" id="links-hint">
            {t("workspace.evidence.linksHint")}
          </p>
          {linksError ? <p class="error">{linksError}</p> : null}
          {groups.map((g, n) => (
            <details open={g.items.some((i) => v.links.includes(i.id)) || (n === 0 && Boolean(linksError))}>
              <summary>{g.legend}</summary>
              <Choices
                type="checkbox"
                name="links"
                id={n === 0 ? "links" : `links-g${n}`}
                legend={g.legend}
                choices={g.items.map((i) => ({ value: i.id, label: <En>{i.title}</En> }))}
                checked={v.links}
              />
            </details>
          ))}
        </fieldset>
        <button type="submit">{t("workspace.evidence.save")}</button>
      </form>
    </Page>
  );
}
