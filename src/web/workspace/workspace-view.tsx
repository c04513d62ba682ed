/** An organisation's workspace: every assessable item for one country and cycle, with its state, filters and progress. */
import type { Organisation } from "../../domain/accounts/types";
import { type Assessment, type Cycle, STATUS_LABELS } from "../../domain/assessments/types";
import type { Country } from "../../domain/countries/types";
import type { FrameworkItem } from "../../domain/framework/types";
import { Select } from "../forms";
import { Page } from "../public/layout";
import type { Group } from "./load";
import { editorPath, evidenceFormPath, STATE_LABELS, workspacePath } from "./parts";

export const STATE_FILTERS: [string, string][] = [
  ["", "Any state"],
  ["not_assessed", "Not assessed"],
  ["draft", "Draft"],
  ["in_review", "In review"],
  ["published", "Published"],
];

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
  if (cycles.length === 0) return <p class="notice">No assessment cycle exists yet. A site administrator creates cycles.</p>;
  return (
    <form method="get" action={workspacePath(org.slug)} class="chooser">
      <Select
        name="country"
        label="Country"
        options={countries.map((c): [string, string] => [c.iso3, c.name])}
        value={country ?? org.countryIso3 ?? undefined}
      />
      <Select
        name="cycle"
        label="Cycle"
        options={cycles.map((c): [string, string] => [c.id, c.status === "closed" ? `${c.name} (closed)` : c.name])}
        value={cycle ?? [...cycles].reverse().find((c) => c.status === "open")?.id}
      />
      <button type="submit">Open the workspace</button>
    </form>
  );
}

export function ChooserView(props: ChooserProps) {
  const { origin, org } = props;
  return (
    <Page
      title={`Workspace: ${org.name}`}
      path={workspacePath(org.slug)}
      origin={origin}
      crumbs={[{ label: org.name, href: `/orgs/${org.slug}` }, { label: "Workspace" }]}
    >
      <p class="kicker">{org.name}</p>
      <h1>Workspace</h1>
      <p>Choose the country you assess and the cycle.</p>
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
  const pick = (items: FrameworkItem[]) =>
    [["", "All"], ...items.map((i): [string, string] => [i.id, i.title])] as [string, string][];
  const Item = ({ item }: { item: FrameworkItem }) => {
    const a = assessments.get(item.id);
    return (
      <li>
        <a href={editorPath(org.slug, country.iso3, cycle.id, item.id)}>{item.title}</a>{" "}
        <span class="tag">{a ? STATE_LABELS[a.reviewState] : "Not assessed"}</span>
        {a ? ` ${STATUS_LABELS[a.status]}` : null}
      </li>
    );
  };
  const Section = ({ title, groups }: { title: string; groups: Group[] }) =>
    groups.length ? (
      <>
        <h2>{title}</h2>
        {groups.map((g) => (
          <section>
            <h3>{g.heading.title}</h3>
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
      title={`Workspace: ${country.name}, ${cycle.name}`}
      path={path}
      origin={origin}
      crumbs={[{ label: org.name, href: `/orgs/${org.slug}` }, { label: "Workspace" }]}
    >
      <p class="kicker">{org.name}</p>
      <h1>
        {country.name}, {cycle.name}
      </h1>
      {cycle.status === "closed" ? <p class="notice">This cycle is closed: its assessments can be read, not changed.</p> : null}
      <p class="progress">
        <strong>{counts.assessed}</strong> of {counts.total} assessed · <strong>{counts.in_review}</strong> in review ·{" "}
        <strong>{counts.published}</strong> published
      </p>
      <progress max={counts.total} value={counts.assessed} aria-label="Items assessed">
        {counts.assessed} of {counts.total}
      </progress>
      {props.canEdit ? (
        <p>
          <a href={evidenceFormPath(org.slug, { country: country.iso3 })}>Add evidence for {country.name}</a>
        </p>
      ) : null}
      <details>
        <summary>Change country or cycle</summary>
        <Chooser {...props} country={country.iso3} cycle={cycle.id} />
      </details>
      <form method="get" action={workspacePath(org.slug)} class="filters" aria-label="Filter items">
        <input type="hidden" name="country" value={country.iso3} />
        <input type="hidden" name="cycle" value={cycle.id} />
        <Select name="strategy" label="Strategy" options={pick(filterChoices.strategies)} value={filters.strategy} />
        <Select name="instrument" label="Instrument" options={pick(filterChoices.instruments)} value={filters.instrument} />
        <Select
          name="factor"
          label="Obstacle or opportunity"
          hint="Items the crosswalk links to it"
          options={pick(filterChoices.factors)}
          value={filters.factor}
        />
        <Select name="state" label="Review state" options={STATE_FILTERS} value={filters.state} />
        <button type="submit">Filter</button> {filtered ? <a href={workspacePath(org.slug, base)}>Clear filters</a> : null}
      </form>
      <p class="muted">
        {shown} item{shown === 1 ? "" : "s"} shown
      </p>
      <Section title="Commitments" groups={props.commitments} />
      <Section title="Practical options" groups={props.options} />
    </Page>
  );
}
