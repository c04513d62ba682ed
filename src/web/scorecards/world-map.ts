/**
 * The world as SVG paths, projected once at start (Equal Earth, 1:110m shapes
 * from world-atlas, coordinates rounded to whole pixels to keep pages light).
 * States too small for that scale get a dot at their centre, so that every UN
 * member state is visible and clickable.
 */
import { createRequire } from "node:module";
import { geoEqualEarth, geoPath } from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { Country } from "../../domain/countries/types";

const require = createRequire(import.meta.url);

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 470;

export interface MapShape {
  iso3: string;
  /** SVG path data, or null when the state is drawn as a dot. */
  d: string | null;
  dot: [number, number] | null;
}

let cached: Map<string, MapShape> | undefined;

export function worldShapes(countries: readonly Country[]): Map<string, MapShape> {
  if (cached) return cached;
  const topology = require("world-atlas/countries-110m.json") as Topology<{ countries: GeometryCollection }>;
  const world = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  const projection = geoEqualEarth().fitSize([MAP_WIDTH, MAP_HEIGHT], world);
  const path = geoPath(projection).digits(0);
  const byNumeric = new Map<string, Feature<Geometry, { name: string }>>(world.features.map((f) => [String(f.id), f]));
  const latlng = new Map(
    (require("world-countries") as { cca3: string; latlng: [number, number] }[]).map((c) => [c.cca3, c.latlng] as const),
  );
  const shapes = new Map<string, MapShape>();
  for (const c of countries) {
    const f = byNumeric.get(c.m49);
    const d = f ? path(f) : null;
    if (d && path.area(f!) > 4) shapes.set(c.iso3, { iso3: c.iso3, d, dot: null });
    else {
      const ll = latlng.get(c.iso3);
      const p = ll ? projection([ll[1], ll[0]]) : null;
      if (p) shapes.set(c.iso3, { iso3: c.iso3, d: null, dot: [Math.round(p[0]), Math.round(p[1])] });
    }
  }
  cached = shapes;
  return shapes;
}
