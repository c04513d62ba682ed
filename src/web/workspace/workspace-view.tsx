/**
 * An organisation's workspace: every assessable item for one country and
 * cycle, with its state, filters and progress. Item and heading titles are
 * framework content (English), marked so on pages in other languages.
 */
import type { Organisation } from "../../domain/accounts/types";
import { type Assessment, type Cycle, REVIEW_STATES, type ReviewState } from "../../domain/assessments/types";
import type { Country } from "../../domain/countries/types";
import type { FrameworkItem } from "../../domain/framework/types";
import { Select } from "../forms";
import { byCountryName, countryName } from "../i18n/country-name";
import { kindPlural, reviewStateLabel, statusLabel } from "../i18n/labels";
import { num, t } from "../i18n/t";
import { en, rich } from "../public/content";
import { Page } from "../public/layout";
import type { Group } from "./load";
import { ContentNote, editorPath, evidenceFormPath, ItemSelect, workspacePath } from "./parts";

/** What the "Review state" filter offers: not assessed yet, or one of the review states. */
export const STATE_FILTERS = ["not_assessed", ...REVIEW_STATES] as const;
const stateFilterLabel = (state: (typeof STATE_FILTERS)[number]) =>
  state === "not_assessed" ? t("workspace.notAssessed") : reviewStateLabel(state as ReviewState);

export interface Filters {
  strategy?: string;
  instrument?: string;
  factor?: string;
  state?: string;
}

interface ChooserProps {
  origin: string;
  org: Organisation;
  countries: Country[];
  cycles: Cycle[];
  country?: string;
  cycle?: string;
}

function Chooser({ org, countries, cycles, country, cycle }: Omit<ChooserProps, "origin">) {
  if (cycles.length === 0) return <p class="notice">{t("workspace.noCycles")}</p>;
  return (
    <form method="get" action={workspacePath(org.slug)} class="chooser">
      <Select
        name="country"
        label={t("public.kind.country.name")}
        options={[...countries].sort(byCountryName()).map((c): [string, string] => [c.iso3, countryName(c)])}
        value={country ?? org.countryIso3 ?? undefined}
      />
      <Select
        name="cycle"
        label={t("workspace.cycle")}
        options={cycles.map((c): [string, string] => [
          c.id,
          c.status === "closed" ? t("workspace.cycleClosedName", { cycle: c.name }) : c.name,
        ])}
        value={cycle ?? [...cycles].reverse().find((c) => c.status === "open")?.id}
      />
      <button type="submit">{t("workspace.openWorkspace")}</button>
    </form>
  );
}

export function ChooserView(props: ChooserProps) {
  const { origin, org } = props;
  return (
    <Page
      title={t("workspace.titleOf", { name: org.name })}
      path={workspacePath(org.slug)}
      origin={origin}
      crumbs={[{ label: org.name, href: `/orgs/${org.slug}` }, { label: t("workspace.workspace") }]}
    >
      <p class="kicker">{org.name}</p>
      <h1>{t("workspace.workspace")}</h1>
      <p>{t("workspace.chooseIntro")}</p>
      <Chooser {...props} />
    </Page>
  );
}

interface WorkspaceProps extends ChooserProps {
  countryRecord: Country;
  cycleRecord: Cycle;
  commitments: Group[];
  options: Group[];
  assessments: Map<string, Assessment>;
  filters: Filters;
  filterChoices: { strategies: FrameworkItem[]; instruments: FrameworkItem[]; factors: FrameworkItem[] };
  counts: { total: number; assessed: number; in_review: number; published: number };
  canEdit: boolean;
}

export function WorkspaceView(props: WorkspaceProps) {
  const { origin, org, countryRecord: country, cycleRecord: cycle, filters, filterChoices, counts, assessments } = props;
  const base = { country: country.iso3, cycle: cycle.id };
  const path = workspacePath(org.slug, { ...base, ...filters });
  const shown = [...props.commitments, ...props.options].reduce((n, g) => n + g.items.length, 0);
  const filtered = Object.values(filters).some(Boolean);
  const lang = en();
  const all: [string, string] = ["", t("workspace.all")];
  const place = t("workspace.countryCycle", { country: countryName(country), cycle: cycle.name });
  const Item = ({ item }: { item: FrameworkItem }) => {
    const a = assessments.get(item.id);
    return (
      <li>
        <a href={editorPath(org.slug, country.iso3, cycle.id, item.id)} {...lang}>
          {item.title}
        </a>{" "}
        <span class="tag">{a ? reviewStateLabel(a.reviewState) : t("workspace.notAssessed")}</span>
        {a ? ` ${statusLabel(a.status)}` : null}
      </li>
    );
  };
  const Section = ({ title, groups }: { title: string; groups: Group[] }) =>
    groups.length ? (
      <>
        <h2>{title}</h2>
        {groups.map((g) => (
          <section>
            <h3 {...lang}>{g.heading.title}</h3>
            <ul class="items">
              {g.items.map((i) => (
                <Item item={i} />
              ))}
            </ul>
          </section>
        ))}
      </>
    ) : null;
  return (
    <Page
      title={t("workspace.titleOf", { name: place })}
      path={path}
      origin={origin}
      crumbs={[{ label: org.name, href: `/orgs/${org.slug}` }, { label: t("workspace.workspace") }]}
    >
      <p class="kicker">{org.name}</p>
      <h1>{place}</h1>
      <ContentNote />
      {cycle.status === "closed" ? <p class="notice">{t("workspace.cycleClosed")}</p> : null}
      <p class="progress">
        {rich(
          "workspace.progress",
          {
            assessed: <strong>{num(counts.assessed)}</strong>,
            inReview: <strong>{num(counts.in_review)}</strong>,
            published: <strong>{num(counts.published)}</strong>,
          },
          { total: num(counts.total) },
        )}
      </p>
      <progress max={counts.total} value={counts.assessed} aria-label={t("workspace.itemsAssessed")}>
        {t("workspace.progressOf", { assessed: num(counts.assessed), total: num(counts.total) })}
      </progress>
      {props.canEdit ? (
        <p>
          <a href={evidenceFormPath(org.slug, { country: country.iso3 })}>
            {t("workspace.addEvidenceFor", { country: countryName(country) })}
          </a>{" "}
          ·{" "}
          <a href={`/orgs/${encodeURIComponent(org.slug)}/import?cycle=${encodeURIComponent(cycle.id)}`}>
            {t("workspace.importLink")}
          </a>
        </p>
      ) : null}
      <details>
        <summary>{t("workspace.changeCountryOrCycle")}</summary>
        <Chooser {...props} country={country.iso3} cycle={cycle.id} />
      </details>
      <form method="get" action={workspacePath(org.slug)} class="filters" aria-label={t("workspace.filterItems")}>
        <input type="hidden" name="country" value={country.iso3} />
        <input type="hidden" name="cycle" value={cycle.id} />
        <ItemSelect
          name="strategy"
          label={t("public.kind.strategy.name")}
          first={all}
          items={filterChoices.strategies}
          value={filters.strategy}
        />
        <ItemSelect
          name="instrument"
          label={t("public.kind.instrument.name")}
          first={all}
          items={filterChoices.instruments}
          value={filters.instrument}
        />
        <ItemSelect
          name="factor"
          label={t("workspace.factorFilter")}
          hint={t("workspace.factorFilterHint")}
          first={all}
          items={filterChoices.factors}
          value={filters.factor}
        />
        <Select
          name="state"
          label={t("workspace.reviewStateFilter")}
          options={[["", t("workspace.anyState")], ...STATE_FILTERS.map((s): [string, string] => [s, stateFilterLabel(s)])]}
          value={filters.state}
        />
        <button type="submit">{t("workspace.filter")}</button>{" "}
        {filtered ? <a href={workspacePath(org.slug, base)}>{t("workspace.clearFilters")}</a> : null}
      </form>
      <p class="muted">{t("workspace.itemsShown", { count: shown })}</p>
      <Section title={kindPlural("commitment")} groups={props.commitments} />
      <Section title={kindPlural("option")} groups={props.options} />
    </Page>
  );
}
