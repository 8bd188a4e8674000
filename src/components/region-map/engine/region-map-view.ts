/**
 * The Leaflet part of the map engine: draws the region, makes it work with a keyboard and a
 * pointer, and reports what the visitor does. What needs no Leaflet lives next to it, in pure
 * modules: the keyboard order, the choice of names to show, the popup's content, the styles.
 */
import * as L from 'leaflet/dist/leaflet-src.esm.js';
import { defaultBoundaries } from '../../../data/default-boundaries.js';
import type { Geometry, Position } from '../../../data/types.js';
import type { TileBasemap } from '../basemap.js';
import { leafletCss } from '../leaflet-css.generated.js';
import { el } from './dom.js';
import { placeLabels, type Label } from './labels.js';
import { createPopupContent } from './popup.js';
import { isNavigationKey, move, readingOrder, type GeoPoint } from './reading-order.js';
import { adoptStyles } from './styles.js';
import type { MapArea, MapCallbacks, MapState, RegionMapController } from './types.js';
import { endZoomAnimation } from './zoom-animation.js';

/** Where the map looks until it has a size to fit the region to: `[lat, lng]` and a zoom level. */
const REGION_CENTER: L.LatLngTuple = [51.42, 5.47];
const REGION_ZOOM = 10;
const MIN_ZOOM = 7;
/** How far one may zoom in without a background map; with one, its own maximum counts. */
const VECTOR_MAX_ZOOM = 16;
/** The space around the region when it is fitted, in CSS pixels. */
const FIT_PADDING: L.PointTuple = [12, 12];

/** The outlines drawn above all municipalities, bottom to top; each is `path.mre-mark-<kind>`. */
const MARKS = ['current', 'selected', 'hover', 'focus-halo', 'focus'] as const;
type Mark = (typeof MARKS)[number];

/** A municipality on the map. */
interface DrawnArea {
  area: MapArea;
  geometry: Geometry;
  polygon: L.Polygon;
  /** Its name, a permanent tooltip. */
  label: L.Tooltip;
  /** Where its name, tooltip and popup go. */
  point: L.LatLng;
}

let lastId = 0;

function toLatLngs(geometry: Geometry): L.LatLngExpression[][] {
  const ring = (r: Position[]) => r.map(([lng, lat]) => [lat, lng] as L.LatLngTuple);
  const latLngs = geometry.type === 'Polygon' ? geometry.coordinates.map(ring) : geometry.coordinates.map((polygon) => polygon.map(ring));
  return latLngs as L.LatLngExpression[][];
}

/** The area's own boundary, else the bundled one of its code; `undefined` when neither is a (multi)polygon. */
function geometryOf(area: MapArea): Geometry | undefined {
  const geometry = area.boundary ?? defaultBoundaries[area.code];
  return geometry && (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') ? geometry : undefined;
}

/** Everything a popup shows, as one string: when it changes, the open popup gets new content. */
function popupKey(area: MapArea, closeLabel: string): string {
  return JSON.stringify([area.popup, closeLabel]);
}

/**
 * The map of the region inside an element's shadow root. Created by `createRegionMap()`; the
 * element talks to it through {@link RegionMapController} only.
 *
 * It appends a `div.mre-leaflet` (`role="group"`, named by `MapState.label`, described by the
 * keyboard hint) to `host`, and Leaflet's CSS to the host's shadow root. Each municipality is an
 * SVG `path.mre-area` with `role="button"`, `data-code` and one Tab stop among them all.
 */
export class RegionMapView implements RegionMapController {
  private readonly callbacks: MapCallbacks;
  private readonly id = ++lastId;
  private readonly container: HTMLDivElement;
  private readonly hint: HTMLSpanElement;
  private readonly map: L.Map;
  private readonly marks: Record<Mark, L.Polygon>;
  private readonly tooltip: L.Tooltip;
  private readonly observer: ResizeObserver;

  private state: MapState;
  private drawn = new Map<string, DrawnArea>();
  /** The keyboard order: rows from north to south. */
  private rows: GeoPoint[][] = [];
  /** Around every drawn municipality; `undefined` when none is drawn. */
  private bounds?: L.LatLngBounds;
  /** The municipality with the Tab stop. */
  private active?: string;
  /** The municipality under the pointer, and the one with keyboard focus. */
  private hovered?: string;
  private focused?: string;
  private tooltipCode?: string;
  private popup?: L.Popup;
  private popupBody?: HTMLElement;
  private popupCode?: string;
  /** The texts the open popup shows, to replace its content only when they change. */
  private popupText?: string;
  private tiles?: L.TileLayer;
  private tilesUrl?: string;

  /** Whether the map has been given a view (centre and zoom); Leaflet draws nothing before. */
  private hasView = false;
  /** Whether the visitor zoomed or panned since the last fit; a resize then keeps their view. */
  private userMoved = false;
  /** Set while the view itself changes the view, so that it does not count as the visitor's. */
  private fitting = false;
  private hadSize = false;
  /** Set from the end of a drag until Leaflet's glide after it (inertia) starts, or is not needed. */
  private glidePending = false;
  private destroyed = false;

  /** Listeners on the Leaflet map, added in the constructor and removed by `destroy()`. */
  private readonly mapEvents: L.LeafletEventHandlerFnMap = {
    zoomstart: () => {
      if (!this.fitting) this.userMoved = true;
    },
    dragstart: () => {
      this.userMoved = true;
    },
    dragend: () => {
      this.glidePending = true;
    },
    move: () => {
      this.glidePending = false;
    },
    zoomend: () => {
      this.reportZoom();
      this.declutter();
    },
    moveend: () => {
      this.glidePending = false;
      this.declutter();
    },
  };

  /**
   * @param host An element in a shadow root whose styles give it a size and give the map's
   *   container, `.mre-leaflet`, the same (`position: absolute; inset: 0` in a positioned host).
   * @param state What to draw.
   * @param callbacks What to tell the element; `onZoom` is called once before this returns.
   */
  constructor(host: HTMLElement, state: MapState, callbacks: MapCallbacks) {
    this.state = state;
    this.callbacks = callbacks;
    adoptStyles(host.getRootNode(), leafletCss);

    this.container = el('div', 'mre-leaflet');
    this.container.setAttribute('role', 'group');
    this.hint = el('span');
    this.hint.hidden = true;
    this.hint.id = `mre-map-hint-${this.id}`;
    this.container.setAttribute('aria-describedby', this.hint.id);
    host.append(this.container);

    const reducedMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    this.map = L.map(this.container, {
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
    this.container.append(this.hint);
    this.map.createPane('mre-marks').style.zIndex = '450';
    // Pointer and keyboard focus each have an outline of their own: the pointer never takes the
    // focus outline away (WCAG 2.4.7). The focus ring has a halo under it, so that it stands out
    // whatever the colours around it.
    this.marks = Object.fromEntries(
      MARKS.map((kind) => [
        kind,
        L.polygon([], { pane: 'mre-marks', interactive: false, fill: false, className: `mre-mark mre-mark-${kind}` }),
      ]),
    ) as Record<Mark, L.Polygon>;
    this.tooltip = L.tooltip({ direction: 'top', offset: [0, -8], className: 'mre-tooltip', opacity: 1 });

    this.container.addEventListener('keydown', this.onKeyDown);
    this.container.addEventListener('focusin', this.onFocusIn);
    this.container.addEventListener('focusout', this.onFocusOut);
    this.map.on(this.mapEvents);
    this.observer = new ResizeObserver(() => this.onResize());
    this.observer.observe(this.container);

    this.draw();
    this.fitView();
    this.hadSize = this.hasSize();
    this.setTiles(state.tiles);
    this.setInteractive(state.interactive);
    this.decorate();
    this.reportZoom();
  }

  // --- drawing ------------------------------------------------------------------------------

  private hasSize(): boolean {
    return this.container.clientWidth > 0 && this.container.clientHeight > 0;
  }

  private pathOf(code: string | undefined): SVGPathElement | undefined {
    return code ? (this.drawn.get(code)?.polygon.getElement() as SVGPathElement | undefined) : undefined;
  }

  /** Whether `areas` have the same codes and boundaries as those drawn: then nothing is redrawn. */
  private sameAreas(areas: MapArea[]): boolean {
    const usable = areas.filter((a) => geometryOf(a));
    return usable.length === this.drawn.size && usable.every((a) => this.drawn.get(a.code)?.geometry === geometryOf(a));
  }

  private draw(): void {
    for (const d of this.drawn.values()) {
      d.polygon.remove();
      d.label.remove();
    }
    this.drawn = new Map();
    this.hovered = undefined;
    this.focused = undefined;
    for (const mark of Object.values(this.marks)) mark.remove();
    for (const area of this.state.areas) {
      if (this.drawn.has(area.code)) continue;
      const d = this.drawArea(area);
      if (d) this.drawn.set(area.code, d);
    }
    const items = [...this.drawn.values()];
    this.rows = readingOrder(items.map((d) => ({ code: d.area.code, lng: d.point.lng, lat: d.point.lat })));
    // A new bounds object: extend() changes the one it is called on, and a polygon's are its own.
    this.bounds = items.reduce<L.LatLngBounds | undefined>((b, d) => {
      const next = d.polygon.getBounds();
      return b ? b.extend(next) : L.latLngBounds(next.getSouthWest(), next.getNorthEast());
    }, undefined);
  }

  /** Draws one municipality; `undefined` (and nothing drawn) when its boundary is unusable. */
  private drawArea(area: MapArea): DrawnArea | undefined {
    const geometry = geometryOf(area);
    if (!geometry) return undefined;
    let polygon: L.Polygon;
    let point: L.LatLng;
    try {
      polygon = L.polygon(toLatLngs(geometry), { className: 'mre-area', weight: 1.5 });
      const bounds = polygon.getBounds();
      if (!bounds.isValid()) return undefined;
      const [lng, lat] = area.labelPoint ?? [NaN, NaN];
      point = Number.isFinite(lat) && Number.isFinite(lng) ? L.latLng(lat, lng) : bounds.getCenter();
    } catch {
      return undefined;
    }
    const label = L.tooltip({ permanent: true, direction: 'center', className: 'mre-label', interactive: false, opacity: 1 });
    label.setLatLng(point);
    polygon.on('click', () => this.activate(area.code));
    polygon.on('mouseover', () => this.hover(area.code));
    polygon.on('mouseout', () => this.unhover(area.code));
    polygon.addTo(this.map);
    label.addTo(this.map);
    return { area, geometry, polygon, label, point };
  }

  /** Texts, names and marks: everything that changes without redrawing the shapes. */
  private decorate(): void {
    this.container.setAttribute('aria-label', this.state.label);
    this.hint.textContent = this.state.hint;
    if (this.active && !this.drawn.has(this.active)) this.active = undefined;
    const preferred = [this.state.selectedCode, this.state.currentCode].find((c) => c && this.drawn.has(c));
    if (!this.active || (!this.container.contains(this.activeElement()) && preferred)) {
      this.active = preferred ?? this.rows[0]?.[0]?.code;
    }
    for (const [code, d] of this.drawn) {
      this.describeArea(code, d);
      this.labelArea(code, d);
    }
    this.outline('current', this.state.currentCode);
    this.outline('selected', this.state.selectedCode);
    if (this.tooltipCode) this.showTooltip(this.tooltipCode);
    this.refreshPopup();
    this.declutter();
  }

  /** The accessible name, role, state and Tab stop of a municipality's shape. */
  private describeArea(code: string, d: DrawnArea): void {
    const path = this.pathOf(code);
    if (!path) return;
    path.setAttribute('role', 'button');
    path.setAttribute('aria-label', d.area.label);
    path.setAttribute('aria-haspopup', 'dialog');
    path.setAttribute('aria-expanded', String(this.popupCode === code));
    path.setAttribute('tabindex', code === this.active ? '0' : '-1');
    path.dataset.code = code;
    path.classList.toggle('is-current', code === this.state.currentCode);
    path.classList.toggle('is-selected', code === this.state.selectedCode);
  }

  /** The name of a municipality on the map; hidden from assistive technology (the shape is named). */
  private labelArea(code: string, d: DrawnArea): void {
    const isCurrent = code === this.state.currentCode;
    const text = el('span', 'mre-label-text', d.area.shortName);
    if (isCurrent) text.append(el('span', 'mre-label-mark', this.state.currentMark));
    d.label.setContent(text);
    const node = d.label.getElement();
    node?.setAttribute('aria-hidden', 'true');
    node?.setAttribute('data-code', code);
    node?.classList.toggle('is-current', isCurrent);
  }

  /** Hides names that would overlap a more important one, so that the rest stay readable. */
  private declutter(): void {
    if (!this.hasSize()) return;
    const nodes = new Map<string, HTMLElement>();
    for (const [code, d] of this.drawn) {
      const node = d.label.getElement();
      if (!node) continue;
      node.classList.remove('is-hidden');
      nodes.set(code, node);
    }
    const labels: Label[] = [...nodes].map(([code, node]) => {
      const priority = this.drawn.get(code)!.area.priority;
      return { code, rect: node.getBoundingClientRect(), priority: Number.isFinite(priority) ? priority : 0 };
    });
    const shown = placeLabels(labels, this.container.getBoundingClientRect(), this.state.currentCode);
    for (const [code, node] of nodes) node.classList.toggle('is-hidden', !shown.has(code));
  }

  // --- highlight, tooltip, popup ------------------------------------------------------------

  /**
   * Draws the outline of a municipality on top of all the others, in a pane of its own. (Moving
   * the shape itself to the front would move a focused element in the DOM, and lose its focus.)
   * The outlines stack in a fixed order, focus on top: current, selected, hover, focus.
   */
  private outline(kind: Mark, code: string | undefined): void {
    const mark = this.marks[kind];
    const d = code ? this.drawn.get(code) : undefined;
    if (!d) {
      mark.remove();
      return;
    }
    mark.setLatLngs(toLatLngs(d.geometry));
    if (this.map.hasLayer(mark)) return;
    mark.addTo(this.map);
    for (const m of MARKS.map((k) => this.marks[k])) if (this.map.hasLayer(m)) m.bringToFront();
  }

  /** Fills a municipality in the highlight colour while it is under the pointer or focused. */
  private highlightFill(code: string): void {
    this.pathOf(code)?.classList.toggle('is-highlighted', code === this.hovered || code === this.focused);
  }

  private hover(code: string): void {
    const before = this.hovered;
    this.hovered = code;
    if (before && before !== code) this.highlightFill(before);
    this.highlightFill(code);
    this.outline('hover', code);
    this.showTooltip(code);
  }

  private unhover(code: string): void {
    if (this.hovered !== code) return;
    this.hovered = undefined;
    this.highlightFill(code);
    this.outline('hover', undefined);
    if (this.tooltipCode === code && code !== this.focused) this.hideTooltip();
  }

  private focusOn(code: string): void {
    const before = this.focused;
    this.focused = code;
    if (before && before !== code) this.highlightFill(before);
    this.highlightFill(code);
    this.outline('focus-halo', code);
    this.outline('focus', code);
    this.showTooltip(code);
  }

  private blur(code: string): void {
    if (this.focused !== code) return;
    this.focused = undefined;
    this.highlightFill(code);
    this.outline('focus-halo', undefined);
    this.outline('focus', undefined);
    if (this.tooltipCode === code && code !== this.hovered) this.hideTooltip();
  }

  private showTooltip(code: string): void {
    const d = this.drawn.get(code);
    if (!d) return;
    const content = el('span', 'mre-tooltip-text');
    d.area.tooltip.forEach((line, i) => content.append(el('span', i === 0 ? 'mre-tooltip-name' : 'mre-tooltip-line', line)));
    this.tooltip.setLatLng(d.point).setContent(content);
    if (!this.map.hasLayer(this.tooltip)) this.tooltip.addTo(this.map);
    // The shape's accessible name already says all of this.
    this.tooltip.getElement()?.setAttribute('aria-hidden', 'true');
    this.tooltipCode = code;
  }

  private hideTooltip(): void {
    this.tooltip.remove();
    this.tooltipCode = undefined;
  }

  /** Builds the popup's content for `area`, and keeps it and its texts to refresh or focus it later. */
  private popupContent(area: MapArea): HTMLElement {
    this.popupBody = createPopupContent(area.popup, {
      closeLabel: this.state.closeLabel,
      titleId: `mre-map-popup-${this.id}`,
      onClose: () => this.closePopup(true),
    });
    this.popupText = popupKey(area, this.state.closeLabel);
    return this.popupBody;
  }

  /** Gives the open popup new texts (a new language, new data), keeping its focus. */
  private refreshPopup(): void {
    const d = this.popupCode ? this.drawn.get(this.popupCode) : undefined;
    if (!d || !this.popup?.isOpen() || popupKey(d.area, this.state.closeLabel) === this.popupText) return;
    // Only when its text changed: replacing it loses the focus, which is then put back.
    const hadFocus = !!this.popupBody?.contains(this.activeElement());
    this.popup.setContent(this.popupContent(d.area));
    if (hadFocus) this.popupBody?.focus({ preventScroll: true });
  }

  /** Opens the popup of a municipality, focuses it, and reports the choice. */
  private activate(code: string): void {
    const d = this.drawn.get(code);
    if (!d || this.destroyed) return;
    this.active = code;
    if (this.popup?.isOpen()) this.map.closePopup(this.popup);
    const popup = L.popup({ closeButton: false, autoPanPadding: [16, 16], className: 'mre-popup', maxWidth: 320 });
    this.popup = popup;
    popup.setLatLng(d.point).setContent(this.popupContent(d.area));
    this.popupCode = code;
    popup.on('remove', () => {
      if (this.popupCode === code) this.popupCode = undefined;
      this.pathOf(code)?.setAttribute('aria-expanded', 'false');
    });
    popup.openOn(this.map);
    this.hideTooltip();
    this.decorate();
    this.popupBody?.focus({ preventScroll: true });
    // Last: the page may remove the map in answer.
    this.callbacks.onSelect(code);
  }

  private closePopup(returnFocus: boolean): void {
    if (this.destroyed) return;
    const code = this.popupCode;
    if (this.popup) this.map.closePopup(this.popup);
    this.popupCode = undefined;
    if (returnFocus && code) this.focusArea(code);
  }

  private focusArea(code: string): void {
    const d = this.drawn.get(code);
    const path = this.pathOf(code);
    if (!d || !path) return;
    if (!this.map.getBounds().contains(d.point)) this.map.panTo(d.point, { animate: false });
    this.active = code;
    for (const c of this.drawn.keys()) this.pathOf(c)?.setAttribute('tabindex', c === code ? '0' : '-1');
    path.focus({ preventScroll: true });
  }

  private activeElement(): Element | null {
    return (this.container.getRootNode() as Document | ShadowRoot).activeElement;
  }

  // --- keyboard -----------------------------------------------------------------------------

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    const target = event.composedPath()[0];
    const code = target instanceof SVGElement ? target.dataset.code : undefined;
    const { key } = event;
    if (key === 'Escape') {
      if (this.popupCode) {
        event.preventDefault();
        this.closePopup(true);
      } else if (this.tooltipCode) {
        this.hideTooltip();
      }
      return;
    }
    if (!code) return;
    if (key === 'Enter' || key === ' ') {
      event.preventDefault();
      this.activate(code);
    } else if (isNavigationKey(key)) {
      event.preventDefault();
      const next = move(this.rows, code, key);
      if (next) this.focusArea(next);
    } else if (this.state.interactive && (key === '+' || key === '=')) {
      event.preventDefault();
      this.zoomIn();
    } else if (this.state.interactive && (key === '-' || key === '_')) {
      event.preventDefault();
      this.zoomOut();
    }
  };

  private readonly onFocusIn = (event: FocusEvent): void => {
    const code = (event.target as Element | null)?.getAttribute?.('data-code');
    if (code && this.drawn.has(code)) {
      this.active = code;
      this.focusOn(code);
    }
  };

  private readonly onFocusOut = (event: FocusEvent): void => {
    const code = (event.target as Element | null)?.getAttribute?.('data-code');
    if (code) this.blur(code);
  };

  // --- view ---------------------------------------------------------------------------------

  /** Fits the region to the map; without a size, gives the map a first view to fit later. */
  private fitView(): void {
    this.fitting = true;
    try {
      if (!this.hasSize()) {
        // Hidden: Leaflet needs a view to add layers; the fit follows when the map gets a size.
        if (!this.hasView) this.map.setView(REGION_CENTER, REGION_ZOOM, { animate: false });
        this.hasView = true;
        return;
      }
      if (this.bounds) this.map.fitBounds(this.bounds, { padding: FIT_PADDING, animate: false });
      else this.map.setView(REGION_CENTER, REGION_ZOOM, { animate: false });
      this.hasView = true;
    } finally {
      this.fitting = false;
    }
    this.userMoved = false;
  }

  private onResize(): void {
    if (this.destroyed) return;
    if (!this.hasSize()) {
      this.hadSize = false;
      return;
    }
    this.fitting = true;
    this.map.invalidateSize({ animate: false, pan: false });
    this.fitting = false;
    // Shown for the first time, or again after being hidden: fit. Otherwise keep the visitor's view.
    if (!this.hadSize || !this.userMoved) this.fitView();
    this.hadSize = true;
    this.declutter();
  }

  private reportZoom(): void {
    const zoom = this.map.getZoom();
    this.callbacks.onZoom(zoom < this.map.getMaxZoom(), zoom > this.map.getMinZoom());
  }

  private setInteractive(on: boolean): void {
    for (const handler of [this.map.dragging, this.map.touchZoom, this.map.doubleClickZoom, this.map.boxZoom]) {
      if (!handler) continue;
      if (on) handler.enable();
      else handler.disable();
    }
  }

  private setTiles(next: TileBasemap | undefined): void {
    if (next?.url === this.tilesUrl) return;
    this.tiles?.off('tileerror').remove();
    this.tiles = undefined;
    this.tilesUrl = next?.url;
    this.container.classList.toggle('has-tiles', !!next);
    this.map.setMaxZoom(next?.maxZoom ?? VECTOR_MAX_ZOOM);
    if (!next) return;
    const tiles = L.tileLayer(next.url, {
      maxZoom: next.maxZoom,
      referrerPolicy: next.referrerPolicy,
      detectRetina: false,
    } as L.TileLayerOptions);
    // Once per layer: a failing server fails for every tile.
    tiles.once('tileerror', () => this.callbacks.onTileError());
    tiles.addTo(this.map);
    tiles.bringToBack();
    this.tiles = tiles;
  }

  // --- teardown -----------------------------------------------------------------------------

  /**
   * Ends what Leaflet animates, so that none of its frames or timers runs on a removed map: a
   * pan (a popup's auto-pan, a glide) stops where it is, a zoom jumps to its end.
   */
  private endAnimations(): void {
    this.map.stop();
    endZoomAnimation(this.map);
  }

  /** Removes the Leaflet map, its animations ended; any event it fires after reaches no listener. */
  private removeMap(): void {
    this.endAnimations();
    try {
      this.map.remove();
    } catch (error) {
      console.warn('mre-widgets: the map could not be removed cleanly', error);
    }
    this.map.off();
  }

  // --- RegionMapController ------------------------------------------------------------------

  update(next: MapState): void {
    if (this.destroyed) return;
    const redraw = !this.sameAreas(next.areas);
    const newSelection = next.selectedCode !== this.state.selectedCode ? next.selectedCode : undefined;
    this.state = next;
    if (!redraw) for (const area of next.areas) if (this.drawn.has(area.code)) this.drawn.get(area.code)!.area = area;
    if (redraw) {
      this.closePopup(false);
      this.hideTooltip();
      this.draw();
      this.fitView();
    }
    this.setTiles(next.tiles);
    this.setInteractive(next.interactive);
    this.decorate();
    // A municipality selected elsewhere (a list) that lies outside a zoomed-in view is brought in.
    const selected = newSelection && this.drawn.get(newSelection);
    if (selected && this.hasSize() && !this.map.getBounds().contains(selected.point)) this.map.panTo(selected.point, { animate: false });
  }

  zoomIn(): void {
    if (this.destroyed) return;
    this.userMoved = true;
    this.map.zoomIn();
  }

  zoomOut(): void {
    if (this.destroyed) return;
    this.userMoved = true;
    this.map.zoomOut();
  }

  fit(): void {
    if (!this.destroyed) this.fitView();
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.observer.disconnect();
    this.container.removeEventListener('keydown', this.onKeyDown);
    this.container.removeEventListener('focusin', this.onFocusIn);
    this.container.removeEventListener('focusout', this.onFocusOut);
    const glidePending = this.glidePending;
    this.map.off(this.mapEvents);
    this.popup?.off('remove');
    this.tiles?.off('tileerror');
    if (glidePending) {
      // A drag that has just ended may have asked Leaflet for one more frame, in which it starts
      // gliding (Map.Drag inertia); that frame cannot be cancelled, and would pan a removed map.
      // So the map, detached and deaf already, is removed in the next frame, after Leaflet's.
      this.container.remove();
      L.Util.requestAnimFrame(() => this.removeMap());
    } else {
      this.removeMap();
      this.container.remove();
    }
    this.drawn.clear();
    this.rows = [];
    this.popup = undefined;
    this.popupBody = undefined;
    this.tiles = undefined;
  }
}
