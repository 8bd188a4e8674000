// Synthetic datasets for the benchmark: more municipalities than the region has, made by tiling
// shrunken copies of the 21 real boundaries inside the region's own box, with made-up codes (GM9000–GM9999) and names
// ("Synthetisch 001"). They exist only to measure how the widgets grow with the size of the
// data: they are generated at benchmark time into bench/generated/ (git-ignored), are never
// committed and never shown to visitors.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const readJson = (path) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));

/** The bundled data the copies are made from: content (without boundaries) and boundaries by code. */
export function realRegion() {
  return {
    content: readJson('src/data/default/region-content.json'),
    boundaries: readJson('src/data/default/region-boundaries.json'),
  };
}

const round = (value) => Math.round(value * 1e6) / 1e6;

/** Every [lng, lat] of a Polygon or MultiPolygon. */
function positions(geometry) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.flat(2);
}

/** The box around the given geometries: `{ west, east, south, north }`. */
export function bbox(geometries) {
  const box = { west: Infinity, east: -Infinity, south: Infinity, north: -Infinity };
  for (const geometry of geometries) {
    for (const [lng, lat] of positions(geometry)) {
      box.west = Math.min(box.west, lng);
      box.east = Math.max(box.east, lng);
      box.south = Math.min(box.south, lat);
      box.north = Math.max(box.north, lat);
    }
  }
  return box;
}

/** A copy of a geometry with every position `[lng, lat]` moved by `place` (degrees to degrees). */
export function placeGeometry(geometry, place) {
  const ring = (r) => r.map(([lng, lat, ...rest]) => [...place([lng, lat]).map(round), ...rest]);
  return {
    type: geometry.type,
    coordinates:
      geometry.type === 'Polygon' ? geometry.coordinates.map(ring) : geometry.coordinates.map((polygon) => polygon.map(ring)),
  };
}

/** "001" … "999", then "1000": the number of a synthetic item in its name. */
export const number = (i) => String(i).padStart(3, '0');

/**
 * `count` synthetic municipalities: municipality `i` (from 1) is a copy of real municipality
 * `(i - 1) % 21`, in tile `floor((i - 1) / 21)` of a grid of copies of the region laid side by
 * side (west to east, then rows to the south), so that no two overlap. The grid is shrunk to the
 * region's own box (with 5 % between copies), because the map leaves off boundaries far outside
 * the region; every copy keeps all its positions. Code `GM9000 + i - 1`,
 * name `Synthetisch 001`, slug `synthetisch-001`; population, areas and website path copied.
 * `withBoundaries: false` leaves out boundaries and label points (a list needs none).
 */
export function syntheticMunicipalities(count, { withBoundaries = true, real = realRegion() } = {}) {
  if (!Number.isInteger(count) || count < 1 || count > 1000) throw new RangeError(`count must be 1…1000, not ${count}`);
  const source = real.content.municipalities;
  const box = bbox(source.map((m) => real.boundaries[m.code]));
  const tiles = Math.ceil(count / source.length);
  const columns = Math.ceil(Math.sqrt(tiles));
  const scale = 1 / (columns * 1.05);
  const width = (box.east - box.west) * 1.05 * scale;
  const height = (box.north - box.south) * 1.05 * scale;
  return Array.from({ length: count }, (_, index) => {
    const original = source[index % source.length];
    const tile = Math.floor(index / source.length);
    const west = box.west + (tile % columns) * width;
    const north = box.north - Math.floor(tile / columns) * height;
    const place = ([lng, lat]) => [west + (lng - box.west) * scale, north - (box.north - lat) * scale];
    const n = number(index + 1);
    const m = {
      code: `GM${9000 + index}`,
      name: `Synthetisch ${n}`,
      slug: `synthetisch-${n}`,
      population: original.population,
      land_area_km2: original.land_area_km2,
      water_area_km2: original.water_area_km2,
      website: `https://example.org/synthetisch-${n}`,
    };
    if (withBoundaries) {
      m.label_point = place(original.label_point).map(round);
      m.boundary = placeGeometry(real.boundaries[original.code], place);
    }
    return m;
  });
}

/**
 * `count` synthetic timeline items: item `i` (from 1) is real item `(i - 1) % 13` with id
 * `synthetisch-001` and title "Synthetisch 001" / "Synthetic 001"; dates, summary, themes,
 * milestones and sources are the real item's.
 */
export function syntheticTimeline(count, { real = realRegion() } = {}) {
  const source = real.content.timeline;
  return Array.from({ length: count }, (_, index) => {
    const n = number(index + 1);
    return { ...source[index % source.length], id: `synthetisch-${n}`, title: { nl: `Synthetisch ${n}`, en: `Synthetic ${n}` } };
  });
}

/** A file shaped like region.json with only the given lists (the widgets take the rest from the bundled data). */
export function regionFile(lists) {
  return { version: 1, reference_date: '2024-01-01', population_reference_date: '2024-01-01', ...lists };
}

/** The boundaries as a GeoJSON FeatureCollection, for the plain Leaflet page. */
export function geoJson(municipalities, boundaries = {}) {
  return {
    type: 'FeatureCollection',
    features: municipalities.map((m) => ({
      type: 'Feature',
      properties: { code: m.code, name: m.name },
      geometry: m.boundary ?? boundaries[m.code],
    })),
  };
}

/** The sizes the benchmark measures: map areas, list items, timeline items. */
export const SIZES = { map: [21, 100, 342], list: 1000, timeline: 500 };

/**
 * Writes every file the benchmark pages fetch into `dir` and returns their names:
 * `region-21.geojson` (the real boundaries), `region-<n>.json` and `region-<n>.geojson` for the
 * synthetic map sizes, `list-<n>.json` and `timeline-<n>.json`.
 */
export function writeSyntheticData(dir, sizes = SIZES) {
  mkdirSync(dir, { recursive: true });
  const real = realRegion();
  const written = [];
  const write = (name, value) => {
    writeFileSync(join(dir, name), JSON.stringify(value));
    written.push(name);
  };
  write('README.txt', 'Synthetic data for npm run bench, generated by scripts/bench/synthetic.mjs. Not real municipalities; never commit or publish.\n');
  for (const n of sizes.map) {
    if (n === real.content.municipalities.length) {
      write(`region-${n}.geojson`, geoJson(real.content.municipalities, real.boundaries));
      continue;
    }
    const municipalities = syntheticMunicipalities(n, { real });
    write(`region-${n}.json`, regionFile({ municipalities }));
    write(`region-${n}.geojson`, geoJson(municipalities));
  }
  write(`list-${sizes.list}.json`, regionFile({ municipalities: syntheticMunicipalities(sizes.list, { withBoundaries: false, real }) }));
  write(`timeline-${sizes.timeline}.json`, regionFile({ timeline: syntheticTimeline(sizes.timeline, { real }) }));
  return written;
}
