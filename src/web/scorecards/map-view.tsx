/** The world map of country scores: SVG, every state a link, a legend in words, a table as its text alternative. */
import type { Cycle } from "../../domain/assessments/types";
import type { Country } from "../../domain/countries/types";
import { Page } from "../public/layout";
import { countryPath } from "../public/paths";
import { MAP_HEIGHT, MAP_WIDTH, type MapShape } from "./world-map";

const BANDS = ["0 to 19", "20 to 39", "40 to 59", "60 to 79", "80 to 100"];
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
  const scored = countries.filter((c) => scores.get(c.iso3) !== undefined && scores.get(c.iso3) !== null);
  const href = (iso3: string) => (cycle ? `${countryPath(iso3)}/scorecard?cycle=${cycle.id}` : countryPath(iso3));
  return (
    <Page
      title={cycle ? `World map of scores, ${cycle.name}` : "World map of scores"}
      path={cycle ? `/map?cycle=${cycle.id}` : "/map"}
      origin={origin}
      crumbs={[{ label: "Map" }]}
    >
      <h1>World map of scores{cycle ? `, ${cycle.name}` : ""}</h1>
      {cycles.length > 1 ? (
        <p>
          Cycle:{" "}
          {cycles.map((c) => (
            <>
              <a href={`/map?cycle=${c.id}`} aria-current={c.id === cycle?.id ? "true" : undefined}>
                {c.name}
              </a>{" "}
            </>
          ))}
        </p>
      ) : null}
      <svg class="map" viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`} role="img" aria-labelledby="map-t map-d" width="100%">
        <title id="map-t">Country scores{cycle ? ` in ${cycle.name}` : ""}</title>
        <desc id="map-d">
          {scored.length} countries have a published score; the table below the map lists them. Grey countries have none yet.
          Small states are drawn as dots.
        </desc>
        {countries.map((c) => {
          const s = shapes.get(c.iso3);
          if (!s) return null;
          const score = scores.get(c.iso3);
          const label = `${c.name}: ${score === undefined || score === null ? "no score yet" : score.toFixed(1)}`;
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
        {BANDS.map((b, i) => (
          <li>
            <span class={`swatch band-${i}`} /> {b}
          </li>
        ))}
        <li>
          <span class="swatch unscored" /> no score yet
        </li>
      </ul>
      <h2>Countries with a score</h2>
      {scored.length === 0 ? (
        <p>No country has a published score{cycle ? " in this cycle" : ""} yet.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Country</th>
              <th scope="col">Score</th>
            </tr>
          </thead>
          <tbody>
            {scored.map((c) => (
              <tr>
                <td>
                  <a href={href(c.iso3)}>{c.name}</a>
                </td>
                <td>{(scores.get(c.iso3) as number).toFixed(1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        <a href={cycle ? `/compare?cycle=${cycle.id}` : "/compare"}>Compare countries strategy by strategy</a>
      </p>
    </Page>
  );
}
