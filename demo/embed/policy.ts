import { resolveBasemap } from '../../src/components/region-map/basemap.js';
import { FRAME_WIDGETS } from '../../src/frame/widgets.js';
import { isFrameRoute, namedBasemap, type ElementPlan, type Route } from './model.js';

/** The named background maps (`pdok`, `osm`; not `none`), as the map element offers them. */
const NAMED_BASEMAPS = FRAME_WIDGETS['region-map'].kinds.basemap.choices.filter((name) => name !== 'none');

/** The one Trusted Types policy the widgets create (Lit's). */
export const TRUSTED_TYPES_POLICY = 'lit-html';

export interface Policy {
  /** What the site's Content-Security-Policy must allow, by directive: the sources to add. */
  directives: [directive: string, sources: string[]][];
  /** The Trusted Types policies to allow; none for the iframes (frame-resize.js creates none). */
  trustedTypes: string[];
  /** A whole policy for a page with nothing else on it (`'self'` is the site). */
  header: string;
  /** What each named background map would add to `img-src`, when the snippet has a map without one. */
  withBasemap?: Record<string, string[]>;
}

/** The origin of a tile URL template; `{s}` in the host name is any subdomain. */
export function tileOrigin(template: string): string | undefined {
  const match = template.trim().match(/^(https?):\/\/([^/?#]+)/i);
  if (!match) return undefined;
  return `${match[1].toLowerCase()}://${match[2].toLowerCase().replace('{s}', '*')}`;
}

/** What a background map needs from `img-src`: its tiles, and `data:` for the empty tile Leaflet puts in a tile's place. */
function basemapSources(basemap: string | true | undefined): string[] {
  if (typeof basemap !== 'string' || !basemap || basemap === 'none') return [];
  // A named map's tiles come from where the map element loads them (its attribution is not needed here).
  const template = namedBasemap(basemap) ? resolveBasemap(basemap, undefined, undefined, { pdokAttribution: '', osmAttribution: '' }).tiles?.url : basemap;
  const origin = template && tileOrigin(template);
  return origin ? [origin, 'data:'] : [];
}

const attribute = (plan: ElementPlan | undefined, name: string) => plan?.attributes.find(([n]) => n === name)?.[1];

/**
 * The policy a snippet needs. `scriptSrc` is what its script tags need (the folder's origin and
 * the import map's hash), `styleHash` the hash of its CSS when pasted into a `<style>` element.
 * The iframes bring their own policy (frame.html's): the site only allows the frames, and
 * frame-resize.js where it is used.
 */
export function policyFor({
  route,
  plans,
  folderOrigin,
  scriptSrc,
  styleHash,
}: {
  route: Route;
  plans: readonly ElementPlan[];
  folderOrigin: string;
  scriptSrc: string;
  styleHash?: string;
}): Policy {
  const directives: Policy['directives'] = [];
  const add = (name: string, sources: string[]) => {
    if (sources.length) directives.push([name, sources]);
  };
  const map = plans.find((p) => p.tag === 'mre-region-map');
  const frames = isFrameRoute(route);
  if (plans.length) {
    if (!frames || route === 'iframe-resize') add('script-src', scriptSrc.split(' ').filter(Boolean));
    add('style-src', styleHash ? [styleHash] : []);
    if (!frames) {
      add('img-src', basemapSources(attribute(map, 'basemap')));
      const src = plans.map((p) => attribute(p, 'src')).find((v) => typeof v === 'string');
      let origin: string | undefined;
      try {
        origin = typeof src === 'string' ? new URL(src).origin : undefined;
      } catch {
        origin = undefined;
      }
      add('connect-src', origin && origin !== 'null' ? [origin] : []);
    } else {
      add('frame-src', [folderOrigin]);
    }
  }
  const trustedTypes = frames || !plans.length ? [] : [TRUSTED_TYPES_POLICY];
  const listed = new Map(directives);
  const with_ = (name: string, base: string[]) => [...base, ...(listed.get(name) ?? [])].join(' ');
  const header = [
    `default-src 'self'`,
    `script-src ${with_('script-src', ["'self'"])}`,
    `style-src ${with_('style-src', ["'self'"])}`,
    `img-src ${with_('img-src', ["'self'"])}`,
    `connect-src ${with_('connect-src', ["'self'"])}`,
    ...(listed.has('frame-src') ? [`frame-src ${with_('frame-src', [])}`] : []),
    `object-src 'none'`,
    `base-uri 'self'`,
    `require-trusted-types-for 'script'`,
    `trusted-types ${trustedTypes.length ? trustedTypes.join(' ') : "'none'"}`,
  ].join('; ');
  const withBasemap =
    map && !frames && !listed.has('img-src') ? Object.fromEntries(NAMED_BASEMAPS.map((name) => [name, basemapSources(name)])) : undefined;
  return { directives, trustedTypes, header, ...(withBasemap ? { withBasemap } : {}) };
}
