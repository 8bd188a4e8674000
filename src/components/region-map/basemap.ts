import type { Strings } from '../../i18n/strings.js';

/** The PDOK BRT-Achtergrondkaart variants the map offers. */
export const PDOK_VARIANTS = ['standaard', 'grijs', 'pastel'] as const;
export type PdokVariant = (typeof PDOK_VARIANTS)[number];

/** A tile layer to draw under the boundaries. */
export interface TileBasemap {
  /** A Leaflet URL template: `{z}`, `{x}`, `{y}` and optionally `{s}`, `{r}`. */
  url: string;
  /** The attribution the tile provider requires, as plain text. */
  attribution: string;
  /** Where the attribution links to, if anywhere. */
  attributionUrl?: string;
  maxZoom: number;
  /** The Referer policy of tile requests; PDOK needs none, OSM asks for one. */
  referrerPolicy: ReferrerPolicy;
}

export type BasemapProblem = 'basemap' | 'basemap-variant' | 'basemap-attribution';

/** What the `basemap` attributes ask for: no tiles, a tile layer, and what was wrong with them. */
export interface BasemapChoice {
  tiles?: TileBasemap;
  /** Attributes whose value cannot be used; the map falls back without them. */
  problems: BasemapProblem[];
}

const PDOK_URL = 'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/{variant}/EPSG:3857/{z}/{x}/{y}.png';
const OSM_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

/**
 * Whether `value` can be used as a tile URL template: an `https:` URL (or `http:` on this
 * machine, for development) with `{z}`, `{x}` and `{y}` and no other placeholder than `{s}` and
 * `{r}`. Leaflet throws on any placeholder it cannot fill, so those are refused here.
 */
export function isTileTemplate(value: string): boolean {
  if (!/\{z\}/.test(value) || !/\{x\}/.test(value) || !/\{y\}/.test(value)) return false;
  const placeholders = value.match(/\{[^}]*\}/g) ?? [];
  if (placeholders.some((p) => !['{z}', '{x}', '{y}', '{s}', '{r}'].includes(p))) return false;
  if (/[{}]/.test(value.replace(/\{[zxysr]\}/g, ''))) return false;
  let url: URL;
  try {
    url = new URL(value.replace(/\{s\}/g, 'a').replace(/\{r\}/g, '').replace(/\{[zxy]\}/g, '0'));
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.test(url.hostname));
}

/**
 * Reads the `basemap`, `basemap-variant` and `basemap-attribution` attributes; `t` gives the
 * attributions of the known background maps in the element's language. Without a usable
 * `basemap` the map draws vectors only and asks no other server for anything.
 */
export function resolveBasemap(
  basemap: string | undefined,
  variant: string | undefined,
  attribution: string | undefined,
  t: Pick<Strings, 'pdokAttribution' | 'osmAttribution'>,
): BasemapChoice {
  const value = basemap?.trim() ?? '';
  const key = value.toLowerCase();
  const problems: BasemapProblem[] = [];
  if (key === '' || key === 'none') return { problems };
  if (key === 'pdok') {
    let chosen: PdokVariant = 'standaard';
    const wanted = variant?.trim().toLowerCase();
    if (wanted) {
      if ((PDOK_VARIANTS as readonly string[]).includes(wanted)) chosen = wanted as PdokVariant;
      else problems.push('basemap-variant');
    }
    return {
      tiles: {
        url: PDOK_URL.replace('{variant}', chosen),
        attribution: t.pdokAttribution,
        attributionUrl: 'https://www.kadaster.nl/',
        maxZoom: 19,
        referrerPolicy: 'no-referrer',
      },
      problems,
    };
  }
  if (key === 'osm') {
    return {
      tiles: {
        url: OSM_URL,
        attribution: t.osmAttribution,
        attributionUrl: 'https://www.openstreetmap.org/copyright',
        maxZoom: 19,
        // The OpenStreetMap tile policy asks for a Referer; the browser's default sends the origin only.
        referrerPolicy: 'strict-origin-when-cross-origin',
      },
      problems,
    };
  }
  if (!isTileTemplate(value)) return { problems: ['basemap'] };
  const text = attribution?.trim();
  // A tile server without its attribution is not shown: its licence almost certainly needs one.
  if (!text) return { problems: ['basemap-attribution'] };
  return {
    tiles: { url: value, attribution: text, maxZoom: 19, referrerPolicy: 'strict-origin-when-cross-origin' },
    problems,
  };
}
