/** Public scorecards: one country's, and countries compared by strategy. */
import type { Organisation } from "../../domain/accounts/types";
import type { Cycle } from "../../domain/assessments/types";
import { STATUS_LABELS } from "../../domain/assessments/types";
import type { Country, Region } from "../../domain/countries/types";
import type { FrameworkItem } from "../../domain/framework/types";
import type { Scorecard } from "../../domain/scoring/types";
import { Page } from "../public/layout";
import { countryPath, itemPath } from "../public/paths";
import { BarChart } from "./charts";

const pct = (v: number | null) => (v === null ? "not scored" : v.toFixed(1));
const cov = (v: number) => `${Math.round(v * 100)}%`;

function CycleLinks({ cycles, current, base }: { cycles: Cycle[]; current: Cycle; base: string }) {
  return (
    <nav aria-label="Cycle" class="filters">
      <p>
        Cycle:{" "}
        {cycles.map((c) => (
          <>
            <a
              href={`${base}${base.includes("?") ? "&" : "?"}cycle=${c.id}`}
              aria-current={c.id === current.id ? "true" : undefined}
            >
              {c.name}
            </a>{" "}
          </>
        ))}
      </p>
    </nav>
  );
}

interface ScorecardProps {
  origin: string;
  country: Country;
  cycles: Cycle[];
  cycle: Cycle;
  combined: Scorecard | undefined;
  byOrganisation: { organisation: Organisation; card: Scorecard }[];
  items: Map<string, FrameworkItem>;
}

export function ScorecardView({ origin, country, cycles, cycle, combined, byOrganisation, items }: ScorecardProps) {
  const path = `${countryPath(country.iso3)}/scorecard`;
  const title = (id: string) => items.get(id)?.title ?? id;
  const changed = combined?.items.filter((i) => i.trend === "improved" || i.trend === "worsened") ?? [];
  return (
    <Page
      title={`${country.name}: scorecard ${cycle.name}`}
      path={`${path}?cycle=${cycle.id}`}
      origin={origin}
      json={`/api/v1/countries/${country.iso3}/scorecard?cycle=${cycle.id}`}
      crumbs={[
        { label: "Countries", href: "/countries" },
        { label: country.name, href: countryPath(country.iso3) },
        { label: "Scorecard" },
      ]}
    >
      <h1>
        {country.name}: scorecard, {cycle.name}
      </h1>
      {cycle.isDemo ? (
        <p class="notice" role="status">
          Demonstration data: not a real assessment.
        </p>
      ) : null}
      <CycleLinks cycles={cycles} current={cycle} base={path} />
      {!combined ? (
        <p class="lead">No published assessment of {country.name} in this cycle yet.</p>
      ) : (
        <>
          <p class="lead">
            Score <strong>{pct(combined.score)}</strong> of 100 · coverage {cov(combined.coverage)} ({combined.scoredCount} of{" "}
            {combined.itemCount} items scored) · methodology {combined.methodologyVersion}.{" "}
            <a href="/methodology">How scores are made</a>
          </p>
          {cycles.some((c) => c.order < cycle.order) ? (
            <p>
              Since the previous cycle: {combined.trendCounts.improved} improved, {combined.trendCounts.unchanged} unchanged,{" "}
              {combined.trendCounts.worsened} worsened, {combined.trendCounts.new} new.
              {combined.flags.regressed.length ? ` ${combined.flags.regressed.length} item(s) regressed.` : ""}
              {combined.flags.disputed.length ? ` Organisations disagree on ${combined.flags.disputed.length} item(s).` : ""}
            </p>
          ) : combined.flags.disputed.length ? (
            <p>Organisations disagree on {combined.flags.disputed.length} item(s).</p>
          ) : null}
          <h2>By strategy</h2>
          <BarChart
            id="strategies"
            title={`Scores by strategy, ${country.name}, ${cycle.name}`}
            description="Score out of 100 for each of the ten government strategies; the table below gives the same figures with coverage."
            bars={combined.strategies.map((s) => ({ label: title(s.id), value: s.score }))}
          />
          <AggregateTable rows={combined.strategies} title={title} caption="Scores by strategy" />
          <h2>By instrument</h2>
          <BarChart
            id="instruments"
            title={`Scores by instrument, ${country.name}, ${cycle.name}`}
            description="Score out of 100 for the commitments of each instrument; the table below gives the same figures with coverage."
            bars={combined.instruments.filter((i) => i.itemCount > 0).map((s) => ({ label: title(s.id), value: s.score }))}
          />
          <AggregateTable rows={combined.instruments} title={title} caption="Scores by instrument" />
          <h2>Obstacles and opportunities</h2>
          <BarChart
            id="factors"
            title={`Scores of the items linked to each factor, ${country.name}, ${cycle.name}`}
            description="For each of the eight factors, the score of the items linked to it; the table below also gives how often assessors named it as an obstacle."
            bars={combined.factors.map((f) => ({ label: title(f.id), value: f.score }))}
          />
          <table>
            <caption class="visually-hidden">Factor lens</caption>
            <thead>
              <tr>
                <th scope="col">Factor</th>
                <th scope="col">Score of linked items</th>
                <th scope="col">Named as an obstacle</th>
              </tr>
            </thead>
            <tbody>
              {combined.factors.map((f) => (
                <tr>
                  <td>{title(f.id)}</td>
                  <td>{pct(f.score)}</td>
                  <td>{f.obstacleCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {changed.length ? (
            <>
              <h2>What changed since the previous cycle</h2>
              <ul class="items">
                {changed.map((i) => (
                  <li>
                    {items.get(i.itemId) ? <a href={itemPath(items.get(i.itemId)!)}>{title(i.itemId)}</a> : i.itemId}: {i.trend},
                    now {STATUS_LABELS[i.status]}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <h2>Assessing organisations</h2>
          <ul class="items">
            {byOrganisation.map(({ organisation, card }) => (
              <li>
                {organisation.name} ({organisation.type === "government_body" ? "government" : "civil society and others"}): score{" "}
                {pct(card.score)}, coverage {cov(card.coverage)}
              </li>
            ))}
          </ul>
        </>
      )}
    </Page>
  );
}

function AggregateTable({
  rows,
  title,
  caption,
}: {
  rows: Scorecard["strategies"];
  title: (id: string) => string;
  caption: string;
}) {
  return (
    <table>
      <caption class="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Item</th>
          <th scope="col">Score</th>
          <th scope="col">Coverage</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr>
            <td>{title(r.id)}</td>
            <td>{pct(r.score)}</td>
            <td>
              {cov(r.coverage)} ({r.scoredCount}/{r.itemCount})
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

interface CompareProps {
  origin: string;
  cycles: Cycle[];
  cycle: Cycle;
  regions: Region[];
  region: string | undefined;
  strategies: FrameworkItem[];
  rows: { country: Country; card: Scorecard }[];
  sort: string;
}

/** A 5-step scale; the number is always written in the cell too. */
const band = (v: number | null) => (v === null ? "band-none" : `band-${Math.min(4, Math.floor(v / 20))}`);

export function CompareView({ origin, cycles, cycle, regions, region, strategies, rows, sort }: CompareProps) {
  const base = `/compare?cycle=${cycle.id}${region ? `&region=${region}` : ""}`;
  return (
    <Page title={`Compare countries, ${cycle.name}`} path={base} origin={origin} crumbs={[{ label: "Compare" }]}>
      <h1>Compare countries, {cycle.name}</h1>
      <CycleLinks cycles={cycles} current={cycle} base={`/compare${region ? `?region=${region}` : ""}`} />
      <nav aria-label="Region" class="filters">
        <p>
          Region: <a href={`/compare?cycle=${cycle.id}`}>All</a>{" "}
          {regions
            .filter((r) => !r.parentCode)
            .map((r) => (
              <>
                <a href={`/compare?cycle=${cycle.id}&region=${r.code}`} aria-current={r.code === region ? "true" : undefined}>
                  {r.name}
                </a>{" "}
              </>
            ))}
        </p>
      </nav>
      {rows.length === 0 ? (
        <p>No published assessment in this cycle{region ? " and region" : ""} yet.</p>
      ) : (
        <div class="scroll">
          <table class="compare">
            <caption>Scores out of 100 by strategy; darker is higher. Sort by a column with its link.</caption>
            <thead>
              <tr>
                <th scope="col">
                  <a href={`${base}&sort=name`}>Country</a>
                </th>
                <th scope="col">
                  <a href={`${base}&sort=score`}>Score</a>
                </th>
                {strategies.map((s) => (
                  <th scope="col">
                    <a href={`${base}&sort=${s.id}`} title={s.title}>
                      S{s.order}
                    </a>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map(({ country, card }) => (
                <tr>
                  <th scope="row">
                    <a href={`${countryPath(country.iso3)}/scorecard?cycle=${cycle.id}`}>{country.name}</a>
                  </th>
                  <td class={band(card.score)}>{pct(card.score)}</td>
                  {strategies.map((s) => {
                    const v = card.strategies.find((x) => x.id === s.id)?.score ?? null;
                    return <td class={band(v)}>{v === null ? "–" : v.toFixed(0)}</td>;
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p class="muted">
        Sorted by {sort === "name" ? "country" : sort === "score" ? "score" : `strategy ${sort}`}. S1 to S10 are the strategies of
        the framework.
      </p>
    </Page>
  );
}
