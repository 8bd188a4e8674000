import type { Lang } from '../data/types.js';

/** A publisher's name: one for every language, or one per language where they differ. */
type Name = string | Record<Lang, string>;

interface Publisher {
  /** The host without `www.`; its subdomains match too (`nl.wikipedia.org`). */
  host: string;
  /** Only addresses whose path matches, for hosts that publish several series. */
  path?: RegExp;
  name: Name;
}

/**
 * Known publishers of the sources, most specific first. Official names stay Dutch in English
 * text where they are proper names (Staatscourant, Lokale regelgeving).
 */
const publishers: readonly Publisher[] = [
  // officielebekendmakingen.nl: the series is the start of the document id, `/stcrt-2015-9620.html`.
  { host: 'officielebekendmakingen.nl', path: /^\/stcrt-/, name: 'Staatscourant' },
  { host: 'officielebekendmakingen.nl', path: /^\/stb-/, name: 'Staatsblad' },
  { host: 'officielebekendmakingen.nl', path: /^\/kst-/, name: 'Kamerstukken' },
  { host: 'officielebekendmakingen.nl', path: /^\/gmb-/, name: 'Gemeenteblad' },
  { host: 'officielebekendmakingen.nl', path: /^\/prb-/, name: 'Provinciaal blad' },
  { host: 'officielebekendmakingen.nl', path: /^\/wsb-/, name: 'Waterschapsblad' },
  { host: 'officielebekendmakingen.nl', path: /^\/bgr-/, name: 'Blad gemeenschappelijke regeling' },
  { host: 'officielebekendmakingen.nl', name: 'Officiële bekendmakingen' },
  { host: 'lokaleregelgeving.overheid.nl', name: 'Lokale regelgeving (overheid.nl)' },
  { host: 'kennisopenbaarbestuur.nl', name: 'Kennisbank Openbaar Bestuur' },
  { host: 'cbs.nl', name: { nl: 'CBS', en: 'Statistics Netherlands (CBS)' } },
  { host: 'brabant.nl', name: { nl: 'Provincie Noord-Brabant', en: 'Province of North Brabant' } },
  { host: 'metropoolregioeindhoven.nl', name: 'metropoolregioeindhoven.nl' },
  { host: 'wikipedia.org', name: 'Wikipedia' },
  { host: 'omroepbrabant.nl', name: 'Omroep Brabant' },
  { host: 'innovationorigins.com', name: 'Innovation Origins' },
];

const municipalityName: Record<Lang, (name: string) => string> = {
  nl: (name) => `Gemeente ${name}`,
  en: (name) => `Municipality of ${name}`,
};

/** A municipality whose own website can be recognised in a source. */
export interface MunicipalSite {
  name: string;
  short_name?: string;
  website?: string;
}

/** The host of a URL in lower case, without `www.`. Throws for what is not a URL. */
function bareHost(url: string | URL): string {
  return (typeof url === 'string' ? new URL(url) : url).hostname.replace(/^www\./, '');
}

function within(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/**
 * How a source link reads: the name of its publisher or site in the given language. A known
 * publisher by its name ("Staatscourant", "CBS"); a page on a municipality's own website as
 * that municipality ("Gemeente Best"), when exactly one of `municipalities` has the host as its
 * site root; a `mailto:` link by its address; anything else by its host without `www.`.
 */
export function publisherName(url: string, lang: Lang, municipalities: readonly MunicipalSite[] = []): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  if (parsed.protocol === 'mailto:') {
    try {
      return decodeURIComponent(parsed.pathname) || url;
    } catch {
      return parsed.pathname;
    }
  }
  const host = bareHost(parsed);
  if (!host) return url;
  const known = publishers.find((p) => within(host, p.host) && (!p.path || p.path.test(parsed.pathname)));
  if (known) return typeof known.name === 'string' ? known.name : known.name[lang];
  const owners = municipalities.filter((m) => siteRoot(m.website) === host);
  if (owners.length === 1) return municipalityName[lang](owners[0].short_name ?? owners[0].name);
  return host;
}

/** The site roots found so far, by website: a timeline names its sources against every municipality. */
const siteRoots = new Map<string, string | undefined>();

/** The bare host of a website given as a site root (`https://www.best.nl`), else `undefined`. */
function siteRoot(website: string | undefined): string | undefined {
  if (!website) return undefined;
  if (!siteRoots.has(website)) {
    let root: string | undefined;
    try {
      const url = new URL(website);
      root = url.pathname === '/' && !url.search ? bareHost(url) : undefined;
    } catch {
      // Not a URL: no site root.
    }
    siteRoots.set(website, root);
  }
  return siteRoots.get(website);
}
