/** Public scorecards: one country's, and countries compared by strategy. */
import type { Organisation } from "../../domain/accounts/types";
import type { Cycle } from "../../domain/assessments/types";
import type { Country } from "../../domain/countries/types";
import type { FrameworkItem } from "../../domain/framework/types";
import type { Scorecard } from "../../domain/scoring/types";
import { countryName } from "../i18n/country-name";
import { num, t } from "../i18n/t";
import { Page } from "../public/layout";
import { countryPath, itemPath } from "../public/paths";
import { BarChart } from "./charts";
import { englishContent, NotTranslatedNote, percent, rich, scoreText } from "./localise";

export function CycleLinks({ cycles, current, base }: { cycles: Cycle[]; current: Cycle | undefined; base: string }) {
  return (
    <nav aria-label={t("scorecards.cycleNav")} class="filters">
      <p>
        {t("scorecards.cycleLabel")}{" "}
        {cycles.map((c) => (
          <>
            <a
              href={`${base}${base.includes("?") ? "&" : "?"}cycle=${c.id}`}
              aria-current={c.id === current?.id ? "true" : undefined}
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
  const name = countryName(country);
  const names = { country: name, cycle: cycle.name };
  const title = (id: string) => items.get(id)?.title ?? id;
  const changed = combined?.items.filter((i) => i.trend === "improved" || i.trend === "worsened") ?? [];
  return (
    <Page
      title={t("scorecards.title", names)}
      path={`${path}?cycle=${cycle.id}`}
      origin={origin}
      json={`/api/v1/countries/${country.iso3}/scorecard?cycle=${cycle.id}`}
      crumbs={[
        { label: t("scorecards.crumbCountries"), href: "/countries" },
        { label: name, href: countryPath(country.iso3) },
        { label: t("scorecards.crumbScorecard") },
      ]}
    >
      <h1>{t("scorecards.heading", names)}</h1>
      {cycle.isDemo ? (
        <p class="notice" role="status">
          {t("scorecards.demo")}
        </p>
      ) : null}
      <CycleLinks cycles={cycles} current={cycle} base={path} />
      {!combined ? (
        <p class="lead">{t("scorecards.noAssessment", { country: name })}</p>
      ) : (
        <>
          <NotTranslatedNote />
          <p class="lead">
            {rich(
              "scorecards.lead",
              {
                coverage: percent(combined.coverage),
                scored: num(combined.scoredCount),
                total: combined.itemCount,
                version: combined.methodologyVersion,
              },
              { score: <strong>{scoreText(combined.score)}</strong> },
            )}{" "}
            <a href="/methodology">{t("scorecards.howScoresAreMade")}</a>
          </p>
          <Changes cycles={cycles} cycle={cycle} card={combined} />
          <h2>{t("scorecards.byStrategy")}</h2>
          <BarChart
            id="strategies"
            title={t("scorecards.chart.strategies.title", names)}
            description={t("scorecards.chart.strategies.description")}
            bars={combined.strategies.map((s) => ({ label: title(s.id), value: s.score }))}
          />
          <AggregateTable rows={combined.strategies} title={title} caption={t("scorecards.caption.strategies")} />
          <h2>{t("scorecards.byInstrument")}</h2>
          <BarChart
            id="instruments"
            title={t("scorecards.chart.instruments.title", names)}
            description={t("scorecards.chart.instruments.description")}
            bars={combined.instruments.filter((i) => i.itemCount > 0).map((s) => ({ label: title(s.id), value: s.score }))}
          />
          <AggregateTable rows={combined.instruments} title={title} caption={t("scorecards.caption.instruments")} />
          <h2>{t("scorecards.factorsHeading")}</h2>
          <BarChart
            id="factors"
            title={t("scorecards.chart.factors.title", names)}
            description={t("scorecards.chart.factors.description")}
            bars={combined.factors.map((f) => ({ label: title(f.id), value: f.score }))}
          />
          <table>
            <caption class="visually-hidden">{t("scorecards.caption.factors")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("scorecards.column.factor")}</th>
                <th scope="col">{t("scorecards.column.linkedScore")}</th>
                <th scope="col">{t("scorecards.column.obstacle")}</th>
              </tr>
            </thead>
            <tbody>
              {combined.factors.map((f) => (
                <tr>
                  <td {...englishContent()}>{title(f.id)}</td>
                  <td>{scoreText(f.score)}</td>
                  <td>{num(f.obstacleCount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {changed.length ? (
            <>
              <h2>{t("scorecards.changedHeading")}</h2>
              <ul class="items">
                {changed.map((i) => {
                  const item = items.get(i.itemId);
                  const label = item ? (
                    <a href={itemPath(item)} {...englishContent()}>
                      {title(i.itemId)}
                    </a>
                  ) : (
                    i.itemId
                  );
                  return (
                    <li>
                      {rich(
                        "scorecards.changedItem",
                        { trend: i.trend, status: t(`public.status.${i.status}`) },
                        { item: label },
                      )}
                    </li>
                  );
                })}
              </ul>
            </>
          ) : null}
          <h2>{t("scorecards.organisationsHeading")}</h2>
          <ul class="items">
            {byOrganisation.map(({ organisation, card }) => (
              <li>
                {t("scorecards.organisationLine", {
                  name: organisation.name,
                  type: organisation.type === "government_body" ? "government" : "other",
                  score: scoreText(card.score),
                  coverage: percent(card.coverage),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </Page>
  );
}

/** Trends since the previous cycle, regressions and disagreements between organisations. */
function Changes({ cycles, cycle, card }: { cycles: Cycle[]; cycle: Cycle; card: Scorecard }) {
  const disputed = card.flags.disputed.length;
  const disagree = disputed ? t("scorecards.disputed", { count: disputed }) : "";
  if (!cycles.some((c) => c.order < cycle.order)) return disputed ? <p>{disagree}</p> : null;
  const regressed = card.flags.regressed.length;
  return (
    <p>
      {t("scorecards.trends", { ...card.trendCounts })}
      {regressed ? ` ${t("scorecards.regressed", { count: regressed })}` : ""}
      {disputed ? ` ${disagree}` : ""}
    </p>
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
          <th scope="col">{t("scorecards.column.item")}</th>
          <th scope="col">{t("scorecards.column.score")}</th>
          <th scope="col">{t("scorecards.column.coverage")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr>
            <td {...englishContent()}>{title(r.id)}</td>
            <td>{scoreText(r.score)}</td>
            <td>
              {percent(r.coverage)} ({num(r.scoredCount)}/{num(r.itemCount)})
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
