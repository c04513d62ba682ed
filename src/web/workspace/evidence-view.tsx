/** The form to record evidence: what it is, who may see it, its sources, and what it bears on. */
import type { Organisation } from "../../domain/accounts/types";
import type { Country } from "../../domain/countries/types";
import type { EvidenceInput } from "../../domain/evidence/evidence-service";
import { EVIDENCE_TYPES } from "../../domain/evidence/types";
import type { FrameworkItem } from "../../domain/framework/types";
import { CsrfField, ErrorSummary, Field, type Problems, Select } from "../forms";
import { EVIDENCE_TYPE_LABELS } from "../public/components";
import { Page } from "../public/layout";
import { SOURCE_SLOTS } from "./input";
import type { Group } from "./load";
import { Choices, evidenceFormPath, TextArea } from "./parts";
import { type SuggestState, SuggestStep } from "./suggest-view";

const VISIBILITY_CHOICES = [
  { value: "public", label: "Public", hint: "Anyone can read it on Blueprint, in the API and in downloads." },
  { value: "organisation", label: "Organisation", hint: "Only people in your organisation." },
  { value: "restricted", label: "Restricted", hint: "Reviewers and admins of your organisation only, e.g. to protect a source." },
];

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
  const groups: { legend: string; items: FrameworkItem[] }[] = [
    ...props.commitments.map((g) => ({ legend: `Commitments: ${g.heading.title}`, items: g.items })),
    ...props.options.map((g) => ({ legend: `Options: ${g.heading.title}`, items: g.items })),
    { legend: "Obstacles and opportunities", items: props.factors },
  ];
  const linksError = problems?.links;
  return (
    <Page
      title="Add evidence"
      path={path}
      origin={origin}
      crumbs={[{ label: org.name, href: `/orgs/${org.slug}` }, { label: "Add evidence" }]}
    >
      <p class="kicker">{org.name}</p>
      <h1>Add evidence</h1>
      <ErrorSummary problems={problems} />
      <form method="post" action={evidenceFormPath(org.slug)} novalidate>
        <CsrfField token={csrf} />
        {/* Enter in a field presses the form's first button (hidden or not): make it Save, not "Suggest links". */}
        <button type="submit" hidden>
          Save evidence
        </button>
        {props.returnTo ? <input type="hidden" name="return" value={props.returnTo} /> : null}
        <Select
          name="type"
          label="Kind of evidence"
          options={[["", "Choose"], ...EVIDENCE_TYPES.map((t): [string, string] => [t, EVIDENCE_TYPE_LABELS[t] ?? t])]}
          value={v.type}
          problems={problems}
        />
        <Field
          name="title"
          label="Title"
          hint="e.g. Computer Misuse and Cybercrimes Act 2018"
          value={v.title}
          problems={problems}
        />
        <TextArea
          name="summary"
          label="Summary"
          hint="What it does, in a few sentences."
          value={v.summary}
          rows={4}
          problems={problems}
        />
        <Select
          name="countryIso3"
          label="Country"
          options={[["", "Choose"], ...props.countries.map((c): [string, string] => [c.iso3, c.name])]}
          value={v.countryIso3}
          problems={problems}
        />
        <Field name="date" label="Date" hint="2024, 2024-05 or 2024-05-31" value={v.date} problems={problems} required={false} />
        <Choices
          type="radio"
          name="visibility"
          legend="Who may see it"
          choices={VISIBILITY_CHOICES}
          checked={[v.visibility]}
          problems={problems}
        />
        {Array.from({ length: SOURCE_SLOTS }, (_, i) => {
          const s = v.sources[i] ?? {};
          const f = (k: string) => `sources.${i}.${k}`;
          return (
            <fieldset class="field source">
              <legend>{i === 0 ? "Source" : `Another source (optional)`}</legend>
              <Field name={f("title")} label="Title" value={s.title} problems={problems} required={i === 0} />
              <Field name={f("publisher")} label="Publisher" value={s.publisher} problems={problems} required={false} />
              <Field
                name={f("url")}
                label="Web address"
                type="url"
                hint="Starting with https://"
                value={s.url}
                problems={problems}
                required={false}
              />
              <Field
                name={f("date")}
                label="Date"
                hint="2024, 2024-05 or 2024-05-31"
                value={s.date}
                problems={problems}
                required={false}
              />
              <Field name={f("locator")} label="Page or paragraph" value={s.locator} problems={problems} required={false} />
              <TextArea
                name={f("quotation")}
                label="Short quotation"
                hint="Up to 500 characters."
                value={s.quotation}
                rows={3}
                problems={problems}
              />
            </fieldset>
          );
        })}
        <SuggestStep action={props.suggestAction} state={props.suggest} problems={problems} />
        <fieldset class={linksError ? "field field-error" : "field"} aria-describedby="links-hint">
          <legend>What it bears on</legend>
          <p class="hint" id="links-hint">
            Choose at least one commitment, option or factor. Open a group to see its items.
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
                choices={g.items.map((i) => ({ value: i.id, label: i.title }))}
                checked={v.links}
              />
            </details>
          ))}
        </fieldset>
        <button type="submit">Save evidence</button>
      </form>
    </Page>
  );
}
