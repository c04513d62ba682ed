/** Countries compared strategy by strategy, as one table with a five-step colour scale. */
import type { Cycle } from "../../domain/assessments/types";
import type { Country, Region } from "../../domain/countries/types";
import type { FrameworkItem } from "../../domain/framework/types";
import type { Scorecard } from "../../domain/scoring/types";
import { countryName, regionName } from "../i18n/country-name";
import { num, t } from "../i18n/t";
import { Page } from "../public/layout";
import { countryPath } from "../public/paths";
import { NotTranslatedNote, scoreText } from "./localise";
import { CycleLinks } from "./views";

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
  const title = t("scorecards.compare.title", { cycle: cycle.name });
  return (
    <Page title={title} path={base} origin={origin} crumbs={[{ label: t("scorecards.compare.crumb") }]}>
      <h1>{title}</h1>
      <CycleLinks cycles={cycles} current={cycle} base={`/compare${region ? `?region=${region}` : ""}`} />
      <nav aria-label={t("scorecards.compare.regionNav")} class="filters">
        <p>
          {t("scorecards.compare.regionLabel")} <a href={`/compare?cycle=${cycle.id}`}>{t("scorecards.compare.allRegions")}</a>{" "}
          {regions
            .filter((r) => !r.parentCode)
            .map((r) => (
              <>
                <a href={`/compare?cycle=${cycle.id}&region=${r.code}`} aria-current={r.code === region ? "true" : undefined}>
                  {regionName(r)}
                </a>{" "}
              </>
            ))}
        </p>
      </nav>
      {rows.length === 0 ? (
        <p>{t(region ? "scorecards.compare.emptyRegion" : "scorecards.compare.empty")}</p>
      ) : (
        <>
          <NotTranslatedNote />
          <div class="scroll">
            <table class="compare">
              <caption>{t("scorecards.compare.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">
                    <a href={`${base}&sort=name`}>{t("scorecards.column.country")}</a>
                  </th>
                  <th scope="col">
                    <a href={`${base}&sort=score`}>{t("scorecards.column.score")}</a>
                  </th>
                  {strategies.map((s) => (
                    <th scope="col">
                      {/* The title is the strategy's, from the (English) pack; the note above says so. */}
                      <a href={`${base}&sort=${s.id}`} title={s.title}>
                        {t("scorecards.compare.strategyColumn", { order: s.order })}
                      </a>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map(({ country, card }) => (
                  <tr>
                    <th scope="row">
                      <a href={`${countryPath(country.iso3)}/scorecard?cycle=${cycle.id}`}>{countryName(country)}</a>
                    </th>
                    <td class={band(card.score)}>{scoreText(card.score)}</td>
                    {strategies.map((s) => {
                      const v = card.strategies.find((x) => x.id === s.id)?.score ?? null;
                      return <td class={band(v)}>{v === null ? "–" : num(Math.round(v))}</td>;
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <p class="muted">
        {t("scorecards.compare.sortedBy", { sort: sort === "name" || sort === "score" ? sort : "strategy", strategy: sort })}{" "}
        {t("scorecards.compare.strategiesNote", { last: strategies.at(-1)?.order ?? strategies.length })}
      </p>
    </Page>
  );
}

/** The comparison page before any assessment cycle exists. */
export function CompareNoCycleView({ origin }: { origin: string }) {
  const title = t("scorecards.compare.titleNoCycle");
  return (
    <Page title={title} path="/compare" origin={origin} crumbs={[{ label: t("scorecards.compare.crumb") }]}>
      <h1>{title}</h1>
      <p class="lead">{t("scorecards.compare.noCycle")}</p>
    </Page>
  );
}
