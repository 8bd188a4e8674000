#!/usr/bin/env node
// Builds the project's default dataset from the sourced files in data/sources/.
//   node scripts/import-data.mjs          write src/data/default/*.json (content, boundaries, extent)
//   node scripts/import-data.mjs --check  fail when the committed files are out of date
// Nothing is invented here: fields are renamed and regrouped; see data/sources/SOURCES.md.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';

const root = new URL('../', import.meta.url);
const read = async (p) => JSON.parse(await readFile(new URL(p, root), 'utf8'));

const municipalities = await read('data/sources/mre-municipalities.json');
const content = await read('data/sources/mre-content.json');
const geo = await read('data/sources/mre-municipalities.geojson');

const referenceDate = municipalities.reference.population.reference_date;

const region = {
  $schema: './region.schema.json',
  // The format (MAJOR.MINOR), as SCHEMA_VERSION in src/data/load.ts says; see region.schema.json.
  schemaVersion: '1.0',
  reference_date: referenceDate,
  region: {
    name: municipalities.region.name,
    short_name: municipalities.region.short_name,
  },
  attribution: {
    // The attribution line suggested in SOURCES.md, and its English rendering.
    nl: 'Gemeentegrenzen: Kadaster / Centraal Bureau voor de Statistiek (CBS), bewerkt. Bevolking en oppervlakte: CBS, Kerncijfers wijken en buurten 2024.',
    en: 'Municipal boundaries: Kadaster / Statistics Netherlands (CBS), edited. Population and area: CBS, Kerncijfers wijken en buurten 2024.',
  },
  population_reference_date: referenceDate,
  municipalities: municipalities.municipalities.map((m) => ({
    code: m.code,
    name: m.name,
    short_name: m.short_name,
    slug: m.slug,
    population: m.population,
    land_area_km2: m.land_area_km2,
    water_area_km2: m.water_area_km2,
    website: m.website,
    seat: m.seat,
    label_point: [m.label_point.lon, m.label_point.lat],
  })),
  themes: content.themes
    .slice()
    .sort((a, b) => a.order - b.order)
    .map((t) => ({
      id: t.id,
      title: t.title,
      summary: t.summary,
      period: t.period,
      // The "read more" link is the theme's own page. Without one the card shows no link:
      // a source of the text is not a page about the theme.
      ...(t.more_url ? { url: t.more_url } : {}),
      source_urls: t.source_urls,
    })),
  timeline: content.timeline.map((t) => {
    const item = {
      id: t.id,
      start: t.start,
      ...(t.end ? { end: t.end } : {}),
      date_precision: t.date_precision,
      title: t.title,
      summary: t.summary,
      theme_ids: t.theme_ids,
      source_urls: t.source_urls,
    };
    if (t.milestones) {
      item.milestones = t.milestones.map((ms) => ({ date: ms.date, title: { nl: ms.nl, en: ms.en } }));
    }
    return item;
  }),
};

// Boundaries to 5 decimals (about 1.1 m by 0.7 m here): well inside the accuracy of the source,
// which is generalised to a median segment of 138 m (SOURCES.md), and a quarter fewer bytes for
// every page with a map. Points that rounding makes equal to the one before are dropped.
const DECIMALS = 1e5;
const ring = (points) => {
  const rounded = points.map(([lon, lat]) => [Math.round(lon * DECIMALS) / DECIMALS, Math.round(lat * DECIMALS) / DECIMALS]);
  const kept = rounded.filter((p, i) => i === 0 || p[0] !== rounded[i - 1][0] || p[1] !== rounded[i - 1][1]);
  if (kept.length < 4) throw new Error('rounding left a ring with fewer than 4 points');
  return kept;
};
const rounded = (geometry) =>
  geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: geometry.coordinates.map(ring) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map((polygon) => polygon.map(ring)) };

const boundaries = {};
for (const f of geo.features) {
  boundaries[f.properties.code] = rounded(f.geometry);
}
const missing = region.municipalities.filter((m) => !boundaries[m.code]).map((m) => m.code);
if (missing.length) throw new Error(`No boundary for ${missing.join(', ')}`);

// The smallest box around every bundled boundary, [west, south, east, north] in degrees: what
// src/data/plausible.ts holds a boundary in a data file against.
const extent = [Infinity, Infinity, -Infinity, -Infinity];
for (const geometry of Object.values(boundaries)) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const [lon, lat] of polygons.flat(2)) {
    extent[0] = Math.min(extent[0], lon);
    extent[1] = Math.min(extent[1], lat);
    extent[2] = Math.max(extent[2], lon);
    extent[3] = Math.max(extent[3], lat);
  }
}

// The built-in content in Dutch only, for the scripts: English pages load the whole content (with
// the English texts) from a chunk of its own (src/i18n/english.ts), so Dutch pages do not carry it.
const dutchOnly = (value) =>
  Array.isArray(value)
    ? value.map(dutchOnly)
    : value && typeof value === 'object'
      ? typeof value.nl === 'string'
        ? { nl: value.nl }
        : Object.fromEntries(Object.entries(value).map(([key, item]) => [key, dutchOnly(item)]))
      : value;

const outputs = {
  'src/data/default/region-content.json': region,
  'src/data/default/region-content-nl.json': dutchOnly(region),
  'src/data/default/region-boundaries.json': boundaries,
  'src/data/default/region-extent.json': extent,
};

const check = process.argv.includes('--check');
let stale = 0;
await mkdir(new URL('src/data/default/', root), { recursive: true });
for (const [path, value] of Object.entries(outputs)) {
  const url = new URL(path, root);
  if (check) {
    const current = JSON.parse(await readFile(url, 'utf8').catch(() => 'null'));
    if (!isDeepStrictEqual(current, value)) {
      console.error(`${path} is out of date: run node scripts/import-data.mjs`);
      stale++;
    }
  } else {
    await writeFile(url, JSON.stringify(value, null, path.includes('boundaries') ? 0 : 2) + '\n');
    console.log(`wrote ${fileURLToPath(url)}`);
  }
}
process.exit(stale ? 1 : 0);
