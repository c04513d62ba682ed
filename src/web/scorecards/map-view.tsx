/** The world map of country scores: SVG, every state a link, a legend in words, a table as its text alternative. */
import type { Cycle } from "../../domain/assessments/types";
import type { Country } from "../../domain/countries/types";
import { byCountryName, countryName } from "../i18n/country-name";
import { num, t } from "../i18n/t";
import { Page } from "../public/layout";
import { countryPath } from "../public/paths";
import { oneDecimal } from "./localise";
import { CycleLinks } from "./views";
import { MAP_HEIGHT, MAP_WIDTH, type MapShape } from "./world-map";

const BANDS: [number, number][] = [
  [0, 19],
  [20, 39],
  [40, 59],
  [60, 79],
  [80, 100],
];
const band = (v: number | null | undefined) =>
  v === null || v === undefined ? "unscored" : `band-${Math.min(4, Math.floor(v / 20))}`;

interface Props {
  origin: string;
  cycles: Cycle[];
  cycle: Cycle | undefined;
  countries: Country[];
  shapes: Map<string, MapShape>;
  scores: Map<string, number | null>;
}

export function MapView({ origin, cycles, cycle, countries, shapes, scores }: Props) {
  const scoreOf = (c: Country) => scores.get(c.iso3) ?? null;
  const scored = countries.filter((c) => scoreOf(c) !== null).sort(byCountryName());
  const href = (iso3: string) => (cycle ? `${countryPath(iso3)}/scorecard?cycle=${cycle.id}` : countryPath(iso3));
  const title = cycle ? t("scorecards.map.title", { cycle: cycle.name }) : t("scorecards.map.titleNoCycle");
  return (
    <Page
      title={title}
      path={cycle ? `/map?cycle=${cycle.id}` : "/map"}
      origin={origin}
      crumbs={[{ label: t("scorecards.map.crumb") }]}
    >
      <h1>{title}</h1>
      {cycles.length > 1 ? <CycleLinks cycles={cycles} current={cycle} base="/map" /> : null}
      {/* biome-ignore lint/a11y/useSemanticElements: an SVG map cannot be a fieldset; role=group (not img) lets it hold its country links */}
      <svg class="map" viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`} role="group" aria-labelledby="map-t map-d" width="100%">
        <title id="map-t">
          {cycle ? t("scorecards.map.svgTitle", { cycle: cycle.name }) : t("scorecards.map.svgTitleNoCycle")}
        </title>
        <desc id="map-d">{t("scorecards.map.svgDescription", { count: scored.length })}</desc>
        {countries.map((c) => {
          const s = shapes.get(c.iso3);
          if (!s) return null;
          const score = scoreOf(c);
          const label = t("scorecards.map.countryScore", {
            country: countryName(c),
            score: score === null ? t("scorecards.map.noScoreYet") : oneDecimal(score),
          });
          return (
            <a href={href(c.iso3)}>
              {s.d ? (
                <path class={band(score)} d={s.d}>
                  <title>{label}</title>
                </path>
              ) : (
                <circle class={band(score)} cx={s.dot![0]} cy={s.dot![1]} r="3">
                  <title>{label}</title>
                </circle>
              )}
            </a>
          );
        })}
      </svg>
      <ul class="legend">
        {BANDS.map(([from, to], i) => (
          <li>
            <span class={`swatch band-${i}`} /> {t("scorecards.map.band", { from: num(from), to: num(to) })}
          </li>
        ))}
        <li>
          <span class="swatch unscored" /> {t("scorecards.map.noScoreYet")}
        </li>
      </ul>
      <h2>{t("scorecards.map.scoredHeading")}</h2>
      {scored.length === 0 ? (
        <p>{t(cycle ? "scorecards.map.noneScored" : "scorecards.map.noneScoredNoCycle")}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t("scorecards.column.country")}</th>
              <th scope="col">{t("scorecards.column.score")}</th>
            </tr>
          </thead>
          <tbody>
            {scored.map((c) => (
              <tr>
                <td>
                  <a href={href(c.iso3)}>{countryName(c)}</a>
                </td>
                <td>{oneDecimal(scoreOf(c) as number)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        <a href={cycle ? `/compare?cycle=${cycle.id}` : "/compare"}>{t("scorecards.map.compareLink")}</a>
      </p>
    </Page>
  );
}
