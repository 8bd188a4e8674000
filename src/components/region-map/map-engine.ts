/**
 * Everything Leaflet: the lazily loaded part of `<mre-region-map>`. The element hands it a
 * container in its shadow root and a description of what to draw (texts already in the page's
 * language); the engine draws it, makes it work with a keyboard and reports what the visitor
 * does. It does not import Lit: it is its own chunk, loaded only when a map is on the page.
 */
import * as L from 'leaflet/dist/leaflet-src.esm.js';
import { defaultBoundaries } from '../../data/default-boundaries.js';
import type { Geometry, Position } from '../../data/types.js';
import type { TileBasemap } from './basemap.js';
import { el } from './engine/dom.js';
import { placeLabels, type Label } from './engine/labels.js';
import { createPopupContent } from './engine/popup.js';
import { isNavigationKey, move, readingOrder, type GeoPoint } from './engine/reading-order.js';
import { adoptStyles } from './engine/styles.js';
import type { MapArea, MapCallbacks, MapState, RegionMapController } from './engine/types.js';
import { leafletCss } from './leaflet-css.generated.js';

export type { AreaPopup, MapArea, MapCallbacks, MapState, RegionMapController } from './engine/types.js';

const REGION_CENTER: L.LatLngTuple = [51.42, 5.47];
const MIN_ZOOM = 7;
const VECTOR_MAX_ZOOM = 16;

function toLatLngs(geometry: Geometry): L.LatLngExpression[][] | L.LatLngExpression[][][] {
  const ring = (r: Position[]) => r.map(([lng, lat]) => [lat, lng] as L.LatLngTuple);
  return geometry.type === 'Polygon'
    ? geometry.coordinates.map(ring)
    : geometry.coordinates.map((polygon) => polygon.map(ring));
}

interface Drawn {
  area: MapArea;
  geometry: Geometry;
  polygon: L.Polygon;
  label: L.Tooltip;
  point: L.LatLng;
}

let uid = 0;

/**
 * Draws the region in `host` (an element in a shadow root) and returns its controller. Never
 * throws into the page for bad data: an area without a usable boundary is left off the map.
 */
export function createRegionMap(host: HTMLElement, initial: MapState, callbacks: MapCallbacks): RegionMapController {
  adoptStyles(host.getRootNode(), leafletCss);
  const id = ++uid;
  const container = el('div', 'mre-leaflet');
  container.setAttribute('role', 'group');
  const hint = el('span');
  hint.hidden = true;
  hint.id = `mre-map-hint-${id}`;
  container.setAttribute('aria-describedby', hint.id);
  host.append(container);

  const reducedMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  const map = L.map(container, {
    attributionControl: false,
    zoomControl: false,
    keyboard: false,
    scrollWheelZoom: false,
    trackResize: false,
    zoomSnap: 0.1,
    minZoom: MIN_ZOOM,
    maxZoom: VECTOR_MAX_ZOOM,
    zoomAnimation: !reducedMotion,
    // Without fading, popups and tooltips come and go at once: what the DOM says is what is seen.
    fadeAnimation: false,
    markerZoomAnimation: !reducedMotion,
    renderer: L.svg({ padding: 0.5 }),
  });
  container.append(hint);
  map.createPane('mre-marks').style.zIndex = '450';
  const outline = (kind: string) =>
    L.polygon([], { pane: 'mre-marks', interactive: false, fill: false, className: `mre-mark mre-mark-${kind}` });
  // Pointer and keyboard focus each have an outline of their own: the pointer never takes the
  // focus outline away (WCAG 2.4.7). The focus ring has a halo under it, so that it stands out
  // whatever the colours around it.
  const marks = {
    current: outline('current'),
    selected: outline('selected'),
    hover: outline('hover'),
    focusHalo: outline('focus-halo'),
    focus: outline('focus'),
  };
  /** The municipality under the pointer, and the one with keyboard focus. */
  let hovered: string | undefined;
  let focusedCode: string | undefined;

  let state = initial;
  let drawn = new Map<string, Drawn>();
  /** The keyboard order: rows from north to south. */
  let rows: GeoPoint[][] = [];
  let active: string | undefined;
  let tiles: L.TileLayer | undefined;
  let tilesUrl: string | undefined;
  let bounds: L.LatLngBounds | undefined;
  let userMoved = false;
  let fitting = false;
  /** Whether the map has been given a view (centre and zoom); Leaflet draws nothing before. */
  let hasView = false;
  let hadSize = false;
  let destroyed = false;
  const tooltip = L.tooltip({ direction: 'top', offset: [0, -8], className: 'mre-tooltip', opacity: 1 });
  let tooltipCode: string | undefined;
  let popupCode: string | undefined;
  let popup: L.Popup | undefined;
  let popupKey: string | undefined;

  const hasSize = () => container.clientWidth > 0 && container.clientHeight > 0;
  const pathOf = (code: string | undefined) =>
    code ? (drawn.get(code)?.polygon.getElement() as SVGPathElement | undefined) : undefined;

  // --- drawing ------------------------------------------------------------------------------

  function geometryOf(area: MapArea): Geometry | undefined {
    const geometry = area.boundary ?? defaultBoundaries[area.code];
    return geometry && (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') ? geometry : undefined;
  }

  function sameAreas(areas: MapArea[]): boolean {
    const usable = areas.filter((a) => geometryOf(a));
    return usable.length === drawn.size && usable.every((a) => drawn.get(a.code)?.geometry === geometryOf(a));
  }

  function draw(): void {
    for (const d of drawn.values()) {
      d.polygon.remove();
      d.label.remove();
    }
    drawn = new Map();
    hovered = undefined;
    focusedCode = undefined;
    Object.values(marks).forEach((m) => m.remove());
    for (const area of state.areas) {
      const geometry = geometryOf(area);
      if (!geometry || drawn.has(area.code)) continue;
      let polygon: L.Polygon;
      try {
        polygon = L.polygon(toLatLngs(geometry) as L.LatLngExpression[][], { className: 'mre-area', weight: 1.5 });
      } catch {
        continue;
      }
      const point = area.labelPoint
        ? L.latLng(area.labelPoint[1], area.labelPoint[0])
        : polygon.getBounds().getCenter();
      const label = L.tooltip({ permanent: true, direction: 'center', className: 'mre-label', interactive: false, opacity: 1 });
      label.setLatLng(point);
      const entry: Drawn = { area, geometry, polygon, label, point };
      polygon.on('click', () => activate(area.code));
      polygon.on('mouseover', () => hover(area.code));
      polygon.on('mouseout', () => unhover(area.code));
      polygon.addTo(map);
      label.addTo(map);
      drawn.set(area.code, entry);
    }
    rows = readingOrder([...drawn.values()].map((d) => ({ code: d.area.code, lng: d.point.lng, lat: d.point.lat })));
    const all = [...drawn.values()].map((d) => d.polygon.getBounds());
    bounds = all.length ? all.reduce((b, next) => b.extend(next), L.latLngBounds(all[0].getSouthWest(), all[0].getNorthEast())) : undefined;
  }

  /** Texts, names and marks: everything that changes without redrawing the shapes. */
  function decorate(): void {
    container.setAttribute('aria-label', state.label);
    hint.textContent = state.hint;
    if (!active || !drawn.has(active)) active = undefined;
    const preferred = [state.selectedCode, state.currentCode].find((c) => c && drawn.has(c));
    if (!active || (!container.contains((container.getRootNode() as ShadowRoot).activeElement) && preferred)) {
      active = preferred ?? rows[0]?.[0]?.code;
    }
    for (const [code, d] of drawn) {
      const path = pathOf(code);
      if (!path) continue;
      path.setAttribute('role', 'button');
      path.setAttribute('aria-label', d.area.label);
      path.setAttribute('aria-haspopup', 'dialog');
      path.setAttribute('aria-expanded', String(popupCode === code));
      path.setAttribute('tabindex', code === active ? '0' : '-1');
      path.dataset.code = code;
      path.classList.toggle('is-current', code === state.currentCode);
      path.classList.toggle('is-selected', code === state.selectedCode);
      const text = el('span', 'mre-label-text', d.area.shortName);
      if (code === state.currentCode) text.append(el('span', 'mre-label-mark', state.currentMark));
      d.label.setContent(text);
      const labelEl = d.label.getElement();
      labelEl?.setAttribute('aria-hidden', 'true');
      labelEl?.setAttribute('data-code', code);
      labelEl?.classList.toggle('is-current', code === state.currentCode);
    }
    mark(marks.current, state.currentCode);
    mark(marks.selected, state.selectedCode);
    if (tooltipCode) showTooltip(tooltipCode);
    if (popupCode && popup?.isOpen()) {
      const d = drawn.get(popupCode);
      const key = d && JSON.stringify([d.area.popup, state.closeLabel]);
      // Only when its text changed (a new language, new data): replacing it would lose focus.
      if (d && key !== popupKey) {
        const root = container.getRootNode() as ShadowRoot;
        const hadFocus = !!popup.getElement()?.contains(root.activeElement);
        popup.setContent(popupContent(d.area));
        popupKey = key;
        if (hadFocus) (popup.getElement()?.querySelector('.mre-popup-body') as HTMLElement | null)?.focus({ preventScroll: true });
      }
    }
    declutter();
  }

  /** Hides names that would overlap a more important one, so that the rest stay readable. */
  function declutter(): void {
    if (!hasSize()) return;
    const nodes = new Map<string, HTMLElement>();
    for (const [code, d] of drawn) {
      const node = d.label.getElement();
      if (!node) continue;
      node.classList.remove('is-hidden');
      nodes.set(code, node);
    }
    const labels: Label[] = [...nodes].map(([code, node]) => {
      const priority = drawn.get(code)!.area.priority;
      return { code, rect: node.getBoundingClientRect(), priority: Number.isFinite(priority) ? priority : 0 };
    });
    const shown = placeLabels(labels, container.getBoundingClientRect(), state.currentCode);
    for (const [code, node] of nodes) node.classList.toggle('is-hidden', !shown.has(code));
  }

  // --- highlight, tooltip, popup ------------------------------------------------------------

  /**
   * Draws the outline of a municipality on top of all the others, in a pane of its own. (Moving
   * the shape itself to the front would move a focused element in the DOM, and lose its focus.)
   * The outlines stack in a fixed order, focus on top: current, selected, hover, focus.
   */
  function mark(outline: L.Polygon, code: string | undefined): void {
    const d = code ? drawn.get(code) : undefined;
    if (!d) {
      outline.remove();
      return;
    }
    outline.setLatLngs(toLatLngs(d.geometry) as L.LatLngExpression[][]);
    if (map.hasLayer(outline)) return;
    outline.addTo(map);
    for (const m of Object.values(marks)) if (map.hasLayer(m)) m.bringToFront();
  }

  /** Fills a municipality in the highlight colour while it is under the pointer or focused. */
  function highlightFill(code: string): void {
    pathOf(code)?.classList.toggle('is-highlighted', code === hovered || code === focusedCode);
  }

  function hover(code: string): void {
    const before = hovered;
    hovered = code;
    if (before && before !== code) highlightFill(before);
    highlightFill(code);
    mark(marks.hover, code);
    showTooltip(code);
  }

  function unhover(code: string): void {
    if (hovered !== code) return;
    hovered = undefined;
    highlightFill(code);
    mark(marks.hover, undefined);
    if (tooltipCode === code && code !== focusedCode) hideTooltip();
  }

  function focusOn(code: string): void {
    const before = focusedCode;
    focusedCode = code;
    if (before && before !== code) highlightFill(before);
    highlightFill(code);
    mark(marks.focusHalo, code);
    mark(marks.focus, code);
    showTooltip(code);
  }

  function blur(code: string): void {
    if (focusedCode !== code) return;
    focusedCode = undefined;
    highlightFill(code);
    mark(marks.focusHalo, undefined);
    mark(marks.focus, undefined);
    if (tooltipCode === code && code !== hovered) hideTooltip();
  }

  function showTooltip(code: string): void {
    const d = drawn.get(code);
    if (!d) return;
    const content = el('span', 'mre-tooltip-text');
    d.area.tooltip.forEach((line, i) => content.append(el('span', i === 0 ? 'mre-tooltip-name' : 'mre-tooltip-line', line)));
    tooltip.setLatLng(d.point).setContent(content);
    if (!map.hasLayer(tooltip)) tooltip.addTo(map);
    // The shape's accessible name already says all of this.
    tooltip.getElement()?.setAttribute('aria-hidden', 'true');
    tooltipCode = code;
  }

  function hideTooltip(): void {
    tooltip.remove();
    tooltipCode = undefined;
  }

  function popupContent(area: MapArea): HTMLElement {
    return createPopupContent(area.popup, { closeLabel: state.closeLabel, titleId: `mre-map-popup-${id}`, onClose: () => closePopup(true) });
  }

  function activate(code: string): void {
    const d = drawn.get(code);
    if (!d) return;
    active = code;
    if (popup?.isOpen()) map.closePopup(popup);
    popup = L.popup({ closeButton: false, autoPanPadding: [16, 16], className: 'mre-popup', maxWidth: 320 });
    popup.setLatLng(d.point).setContent(popupContent(d.area));
    popupCode = code;
    popupKey = JSON.stringify([d.area.popup, state.closeLabel]);
    popup.on('remove', () => {
      if (popupCode === code) popupCode = undefined;
      pathOf(code)?.setAttribute('aria-expanded', 'false');
    });
    popup.openOn(map);
    hideTooltip();
    decorate();
    (popup.getElement()?.querySelector('.mre-popup-body') as HTMLElement | null)?.focus({ preventScroll: true });
    callbacks.onSelect(code);
  }

  function closePopup(returnFocus: boolean): void {
    const code = popupCode;
    if (popup) map.closePopup(popup);
    popupCode = undefined;
    if (returnFocus && code) focusArea(code);
  }

  function focusArea(code: string): void {
    const d = drawn.get(code);
    const path = pathOf(code);
    if (!d || !path) return;
    if (!map.getBounds().contains(d.point)) map.panTo(d.point, { animate: false });
    active = code;
    for (const [c] of drawn) pathOf(c)?.setAttribute('tabindex', c === code ? '0' : '-1');
    path.focus({ preventScroll: true });
  }

  // --- keyboard -----------------------------------------------------------------------------

  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.composedPath()[0] as Element;
    const code = target instanceof SVGElement ? (target as SVGElement).dataset.code : undefined;
    if (event.key === 'Escape') {
      if (popupCode) {
        event.preventDefault();
        closePopup(true);
      } else if (tooltipCode) {
        hideTooltip();
      }
      return;
    }
    if (!code) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      activate(code);
    } else if (isNavigationKey(event.key)) {
      event.preventDefault();
      const next = move(rows, code, event.key);
      if (next) focusArea(next);
    } else if (state.interactive && (event.key === '+' || event.key === '=')) {
      event.preventDefault();
      controller.zoomIn();
    } else if (state.interactive && (event.key === '-' || event.key === '_')) {
      event.preventDefault();
      controller.zoomOut();
    }
  };

  const onFocusIn = (event: FocusEvent) => {
    const code = (event.target as Element | null)?.getAttribute?.('data-code');
    if (code && drawn.has(code)) {
      active = code;
      focusOn(code);
    }
  };

  const onFocusOut = (event: FocusEvent) => {
    const code = (event.target as Element | null)?.getAttribute?.('data-code');
    if (code) blur(code);
  };

  container.addEventListener('keydown', onKeyDown);
  container.addEventListener('focusin', onFocusIn);
  container.addEventListener('focusout', onFocusOut);

  // --- view ---------------------------------------------------------------------------------

  function fit(): void {
    fitting = true;
    if (!hasSize()) {
      // Hidden: Leaflet needs a view to add layers; the fit follows when the map gets a size.
      if (!hasView) map.setView(REGION_CENTER, 10, { animate: false });
      hasView = true;
      fitting = false;
      return;
    }
    try {
      if (bounds) map.fitBounds(bounds, { padding: [12, 12], animate: false });
      else map.setView(REGION_CENTER, 10, { animate: false });
      hasView = true;
    } finally {
      fitting = false;
    }
    userMoved = false;
  }

  function reportZoom(): void {
    callbacks.onZoom(map.getZoom() < map.getMaxZoom(), map.getZoom() > map.getMinZoom());
  }

  function setInteractive(on: boolean): void {
    for (const handler of [map.dragging, map.touchZoom, map.doubleClickZoom, map.boxZoom]) {
      if (!handler) continue;
      if (on) handler.enable();
      else handler.disable();
    }
  }

  function setTiles(next: TileBasemap | undefined): void {
    if (next?.url === tilesUrl) return;
    tiles?.remove();
    tiles = undefined;
    tilesUrl = next?.url;
    container.classList.toggle('has-tiles', !!next);
    map.setMaxZoom(next?.maxZoom ?? VECTOR_MAX_ZOOM);
    if (!next) return;
    let reported = false;
    tiles = L.tileLayer(next.url, {
      maxZoom: next.maxZoom,
      referrerPolicy: next.referrerPolicy,
      detectRetina: false,
    } as L.TileLayerOptions);
    tiles.on('tileerror', () => {
      if (reported || destroyed) return;
      reported = true;
      callbacks.onTileError();
    });
    tiles.addTo(map);
    tiles.bringToBack();
  }

  map.on('zoomstart', () => {
    if (!fitting) userMoved = true;
  });
  map.on('dragstart', () => {
    userMoved = true;
  });
  map.on('zoomend', () => {
    reportZoom();
    declutter();
  });
  map.on('moveend', declutter);

  const observer = new ResizeObserver(() => {
    if (destroyed) return;
    if (!hasSize()) {
      hadSize = false;
      return;
    }
    fitting = true;
    map.invalidateSize({ animate: false, pan: false });
    fitting = false;
    // Shown for the first time, or again after being hidden: fit. Otherwise keep the visitor's view.
    if (!hadSize || !userMoved) fit();
    hadSize = true;
    declutter();
  });
  observer.observe(container);

  // --- first draw ---------------------------------------------------------------------------

  draw();
  fit();
  hadSize = hasSize();
  setTiles(state.tiles);
  setInteractive(state.interactive);
  decorate();
  reportZoom();

  const controller: RegionMapController = {
    update(next: MapState) {
      if (destroyed) return;
      const redraw = !sameAreas(next.areas);
      const newSelection = next.selectedCode !== state.selectedCode ? next.selectedCode : undefined;
      state = next;
      if (!redraw) for (const area of next.areas) if (drawn.has(area.code)) drawn.get(area.code)!.area = area;
      if (redraw) {
        closePopup(false);
        hideTooltip();
        draw();
        fit();
      }
      setTiles(next.tiles);
      setInteractive(next.interactive);
      decorate();
      // A municipality selected elsewhere (a list) that lies outside a zoomed-in view is brought in.
      const selected = newSelection && drawn.get(newSelection);
      if (selected && hasSize() && !map.getBounds().contains(selected.point)) map.panTo(selected.point, { animate: false });
    },
    zoomIn() {
      if (destroyed) return;
      userMoved = true;
      map.zoomIn();
    },
    zoomOut() {
      if (destroyed) return;
      userMoved = true;
      map.zoomOut();
    },
    fit() {
      if (!destroyed) fit();
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      observer.disconnect();
      container.removeEventListener('keydown', onKeyDown);
      container.removeEventListener('focusin', onFocusIn);
      container.removeEventListener('focusout', onFocusOut);
      try {
        map.remove();
      } catch (error) {
        console.warn('mre-widgets: the map could not be removed cleanly', error);
      }
      container.remove();
      drawn.clear();
      popup = undefined;
      tiles = undefined;
    },
  };
  return controller;
}
