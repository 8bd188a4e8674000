import { MreMunicipalitySelectEvent, type MreMunicipalitySelectDetail } from '../events.js';

/** Told of every municipality selection on the page, from whichever element made it. */
export type SelectionListener = (detail: MreMunicipalitySelectDetail) => void;

const listeners = new Set<SelectionListener>();

function onSelect(event: Event): void {
  const detail = (event as MreMunicipalitySelectEvent).detail;
  if (!detail || typeof detail.code !== 'string') return;
  listeners.forEach((listener) => listener(detail));
}

/** Follows selections made anywhere on the page; this is how a map and a list stay in sync. */
export function followSelection(listener: SelectionListener): void {
  if (listeners.size === 0) document.addEventListener(MreMunicipalitySelectEvent.eventName, onSelect);
  listeners.add(listener);
}

export function unfollowSelection(listener: SelectionListener): void {
  listeners.delete(listener);
  if (listeners.size === 0) document.removeEventListener(MreMunicipalitySelectEvent.eventName, onSelect);
}

/** The maps on the page, shared by every copy of the library on it. */
const MAPS_KEY = Symbol.for('mre-widgets.maps-on-page');
/** Told on `document` when a map joins or leaves the page. Internal: not part of the API. */
const MAPS_CHANGE = 'mre-maps-change';

function maps(): Set<Element> {
  const g = globalThis as unknown as Record<symbol, Set<Element> | undefined>;
  return (g[MAPS_KEY] ??= new Set<Element>());
}

/**
 * The municipalities each map draws, once it has drawn them; shared by every copy of the library
 * on the page, as the maps are. A map that has not drawn yet is taken to draw them all.
 */
const DRAWN_KEY = Symbol.for('mre-widgets.drawn-on-map');

function drawnOn(): WeakMap<Element, ReadonlySet<string>> {
  const g = globalThis as unknown as Record<symbol, WeakMap<Element, ReadonlySet<string>> | undefined>;
  return (g[DRAWN_KEY] ??= new WeakMap());
}

/** A map joined the page: selections now have somewhere to show. */
export function mapConnected(map: Element): void {
  maps().add(map);
  document.dispatchEvent(new Event(MAPS_CHANGE));
}

export function mapDisconnected(map: Element): void {
  drawnOn().delete(map);
  if (maps().delete(map)) document.dispatchEvent(new Event(MAPS_CHANGE));
}

/** A map on the page drew these municipalities (and left off the others, for want of a usable boundary). */
export function mapDrew(map: Element, codes: Iterable<string>): void {
  drawnOn().set(map, new Set(codes));
  document.dispatchEvent(new Event(MAPS_CHANGE));
}

/** Whether a map on the page shows the municipality `code` (or may, having not drawn yet). */
export function onMap(code: string): boolean {
  for (const map of maps()) {
    const codes = drawnOn().get(map);
    if (!codes || codes.has(code)) return true;
  }
  return false;
}

/** Whether a map is on the page now. */
export function mapOnPage(): boolean {
  return maps().size > 0;
}

/** Calls `listener` whenever a map joins or leaves the page. */
export function followMaps(listener: () => void): void {
  document.addEventListener(MAPS_CHANGE, listener);
}

export function unfollowMaps(listener: () => void): void {
  document.removeEventListener(MAPS_CHANGE, listener);
}
