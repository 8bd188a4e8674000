import { MreMunicipalitySelectEvent, type MreMunicipalitySelectDetail } from '../events.js';

/** Told of every municipality selection on the page, from whichever element made it. */
export type SelectionListener = (detail: MreMunicipalitySelectDetail, source: EventTarget | undefined) => void;

const listeners = new Set<SelectionListener>();

function onSelect(event: Event): void {
  const detail = (event as MreMunicipalitySelectEvent).detail;
  if (!detail || typeof detail.code !== 'string') return;
  const source = event.composedPath()[0];
  listeners.forEach((listener) => listener(detail, source));
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
