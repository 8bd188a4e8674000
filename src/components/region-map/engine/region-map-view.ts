/**
 * The Leaflet part of the map engine: draws the region, makes it work with a keyboard, a pointer
 * and touch, and reports what the visitor does. What needs no Leaflet lives next to it, in pure
 * modules: the keyboard order, the choice and place of names, keeping boxes clear of the
 * controls, the popup's content, the printed map, the styles.
 */
import * as L from './leaflet.js';
import { defaultBoundaries } from '../../../data/default-boundaries.js';
import { judgeBoundary } from '../../../data/plausible.js';
import type { Geometry, Position } from '../../../data/types.js';
import type { TileBasemap } from '../basemap.js';
import { leafletCss } from '../leaflet-css.generated.js';
import { clearShift, contains } from './clearance.js';
import { el } from './dom.js';
import { engineCss } from './engine.styles.js';
import { CooperativeGestures, type GestureHint } from './gestures.js';
import { placeLabels, type Label, type Rect } from './labels.js';
import { createPopupContent } from './popup.js';
import { printLayout, renderPrintView, type PrintArea } from './print.js';
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
/** The space popups and tooltips keep from the map's edge and its controls, in CSS pixels. */
const CLEARANCE = 8;
/** Below this width, in `em` of the map, a municipality's details go in the panel under the map. */
const PANEL_BELOW_EM = 30;
/** The widest a popup gets, in `em`. */
const POPUP_MAX_EM = 20;
/** How long a gesture hint stays, in milliseconds. */
const HINT_MS = 1500;
/** The zoom at which the printed map is projected: fine enough for a tenth of a pixel. */
const PRINT_ZOOM = 12;

/** The outlines drawn above all municipalities, bottom to top; each is `path.mre-mark-<kind>`. */
const MARKS = ['current', 'selected', 'hover', 'focus-halo', 'focus'] as const;
type Mark = (typeof MARKS)[number];

/** A municipality on the map. */
interface DrawnArea {
  area: MapArea;
  geometry: Geometry;
  polygon: L.Polygon;
  /** Its name on the map, in the names' pane; hidden from assistive technology (the shape is named). */
  label: HTMLDivElement;
  /** The text of the name, to replace it only when it changes. */
  labelText: string;
  /** The name's size as last measured; measured again after a resize or a new text. */
  labelSize?: { width: number; height: number };
  /** Where its name, tooltip and popup go. */
  point: L.LatLng;
}

let lastId = 0;

/** Boundaries already warned about, so that each is named once in the console, however often it is drawn. */
const warned = new WeakSet<Geometry>();

function reducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

function toLatLngs(geometry: Geometry): L.LatLngExpression[][] {
  const ring = (r: Position[]) => r.map(([lng, lat]) => [lat, lng] as L.LatLngTuple);
  const latLngs = geometry.type === 'Polygon' ? geometry.coordinates.map(ring) : geometry.coordinates.map((polygon) => polygon.map(ring));
  return latLngs as L.LatLngExpression[][];
}

/**
 * The area's own boundary, else the bundled one of its code; `undefined` when neither is a
 * (multi)polygon, or when its own lies mostly outside the region or has longitude and latitude
 * swapped (`judgeBoundary`, as the data check judges it; the console says so, once per boundary).
 */
function geometryOf(area: MapArea): Geometry | undefined {
  const geometry = area.boundary ?? defaultBoundaries[area.code];
  if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) return undefined;
  const verdict = area.boundary ? judgeBoundary(area.boundary).verdict : 'plausible';
  if (verdict !== 'plausible') {
    if (!warned.has(geometry)) {
      warned.add(geometry);
      const why = verdict === 'swapped' ? 'has longitude and latitude swapped (GeoJSON wants longitude first)' : 'lies outside the region';
      console.warn(`mre-widgets: the boundary of ${area.code} ${why}; the map leaves ${area.code} off.`);
    }
    return undefined;
  }
  return geometry;
}

/** Everything a popup shows, as one string: when it changes, the open popup gets new content. */
function popupKey(area: MapArea, closeLabel: string): string {
  return JSON.stringify([area.popup, closeLabel]);
}

/** `rect`, in viewport coordinates, in those of the box whose top left corner is at `origin`. */
function relative(rect: Rect, origin: { left: number; top: number }): Rect {
  return { left: rect.left - origin.left, top: rect.top - origin.top, right: rect.right - origin.left, bottom: rect.bottom - origin.top };
}

/**
 * The map of the region inside an element's shadow root. Created by `createRegionMap()`; the
 * element talks to it through {@link RegionMapController} only.
 *
 * It appends a `div.mre-leaflet` (`role="group"`, named by `MapState.label`, described by the
 * keyboard hint) to `host`, and Leaflet's CSS with its own to the host's shadow root. Each municipality is an
 * SVG `path.mre-area` with `role="button"`, `data-code` and one Tab stop among them all, in an
 * SVG that is a group named `MapState.areasLabel`; the SVG of the outlines is hidden from
 * assistive technology. The names are `div.mre-label`s in a pane of their own. A municipality's
 * details open in a popup on the map, or, on a narrow map, in `panel` (when given).
 */
export class RegionMapView implements RegionMapController {
  private readonly callbacks: MapCallbacks;
  private readonly id = ++lastId;
  private readonly host: HTMLElement;
  private readonly panel?: HTMLElement;
  private readonly container: HTMLDivElement;
  private readonly hint: HTMLSpanElement;
  /** The gesture hint as seen (over the map) and as heard (a status message). */
  private readonly gestureHint: HTMLDivElement;
  private readonly gestureStatus: HTMLSpanElement;
  private readonly map: L.Map;
  private readonly areaRenderer: L.SVG;
  private readonly marks: Record<Mark, L.Polygon>;
  private readonly labelPane: HTMLElement;
  private readonly tooltip: L.Tooltip;
  private readonly gestures: CooperativeGestures;
  private readonly observer: ResizeObserver;
  private readonly printQuery?: MediaQueryList;

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
  /** The municipality whose tooltip Escape dismissed: it stays hidden until the pointer leaves it. */
  private dismissed?: string;
  /** Whether the tooltip's own listeners are in place (its element exists once it was first shown). */
  private tooltipWired = false;
  private popup?: L.Popup;
  private popupBody?: HTMLElement;
  private popupCode?: string;
  /** Where the open details are: a popup on the map, or the panel under it. */
  private popupIn?: 'popup' | 'panel';
  /** The texts the open details show, to replace their content only when they change. */
  private popupText?: string;
  private tiles?: L.TileLayer;
  private tilesUrl?: string;
  private hintTimer?: ReturnType<typeof setTimeout>;
  private printView?: HTMLElement;

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
      // No glide after a drag for visitors who prefer reduced motion (read at every drag).
      this.map.options.inertia = !reducedMotion();
    },
    dragend: () => {
      this.glidePending = true;
    },
    move: () => {
      this.glidePending = false;
    },
    zoomend: () => {
      this.reportZoom();
    },
    moveend: () => {
      this.glidePending = false;
      this.placeNames();
    },
  };

  /**
   * @param host An element in a shadow root whose styles give it a size and give the map's
   *   container, `.mre-leaflet`, the same (`position: absolute; inset: 0` in a positioned host).
   * @param state What to draw.
   * @param callbacks What to tell the element; `onZoom` and `onDrawn` are called once before
   *   this returns.
   * @param panel Where a municipality's details go when the map is narrow (an element next to
   *   the map, in the same shadow root); without it they always open on the map.
   */
  constructor(host: HTMLElement, state: MapState, callbacks: MapCallbacks, panel?: HTMLElement) {
    this.state = state;
    this.callbacks = callbacks;
    this.host = host;
    this.panel = panel;
    // Leaflet's sheet and the engine's own, as one sheet after the element's styles.
    adoptStyles(host.getRootNode(), leafletCss + engineCss);

    this.container = el('div', 'mre-leaflet');
    this.container.setAttribute('role', 'group');
    this.hint = el('span');
    this.hint.hidden = true;
    this.hint.id = `mre-map-hint-${this.id}`;
    this.container.setAttribute('aria-describedby', this.hint.id);
    this.gestureHint = el('div', 'mre-gesture-hint');
    this.gestureHint.setAttribute('aria-hidden', 'true');
    this.gestureStatus = el('span', 'mre-gesture-status');
    this.gestureStatus.setAttribute('role', 'status');
    host.append(this.container);

    const reduced = reducedMotion();
    this.areaRenderer = L.svg({ padding: 0.5 });
    this.map = L.map(this.container, {
      attributionControl: false,
      zoomControl: false,
      keyboard: false,
      // The wheel scrolls the page; with Ctrl or ⌘ it zooms (see CooperativeGestures).
      scrollWheelZoom: false,
      trackResize: false,
      zoomSnap: 0.1,
      minZoom: MIN_ZOOM,
      maxZoom: VECTOR_MAX_ZOOM,
      zoomAnimation: !reduced,
      inertia: !reduced,
      // Without fading, popups and tooltips come and go at once: what the DOM says is what is seen.
      fadeAnimation: false,
      markerZoomAnimation: !reduced,
      renderer: this.areaRenderer,
    });
    this.container.append(this.hint, this.gestureHint, this.gestureStatus);
    this.map.createPane('mre-marks').style.zIndex = '450';
    // The names: above the outlines, below tooltips and popups; hidden while a zoom animates
    // (Leaflet's class), placed again when it ends.
    this.labelPane = this.map.createPane('mre-labels');
    this.labelPane.style.zIndex = '640';
    this.labelPane.classList.add('leaflet-zoom-hide');
    const markRenderer = L.svg({ padding: 0.5, pane: 'mre-marks' });
    // Pointer and keyboard focus each have an outline of their own: the pointer never takes the
    // focus outline away (WCAG 2.4.7). The focus ring has a halo under it, so that it stands out
    // whatever the colours around it.
    this.marks = Object.fromEntries(
      MARKS.map((kind) => [
        kind,
        L.polygon([], { pane: 'mre-marks', renderer: markRenderer, interactive: false, fill: false, className: `mre-mark mre-mark-${kind}` }),
      ]),
    ) as Record<Mark, L.Polygon>;
    this.tooltip = L.tooltip({ direction: 'top', offset: [0, -8], className: 'mre-tooltip', opacity: 1, interactive: true });
    this.tooltip.on('click', () => this.tooltipCode && this.activate(this.tooltipCode));
    this.gestures = new CooperativeGestures(this.map, this.container, (kind) => this.showGestureHint(kind));

    this.container.addEventListener('keydown', this.onKeyDown);
    this.container.addEventListener('focusin', this.onFocusIn);
    this.container.addEventListener('focusout', this.onFocusOut);
    this.panel?.addEventListener('keydown', this.onPanelKeyDown);
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
    this.printQuery = window.matchMedia?.('print');
    this.printQuery?.addEventListener?.('change', this.onPrintChange);
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
    this.callbacks.onDrawn([...this.drawn.keys()], this.aspectRatio());
  }

  /** The region's width divided by its height on the map (in any zoom: the projection keeps shapes). */
  private aspectRatio(): number {
    if (!this.bounds) return 1;
    const nw = this.map.project(this.bounds.getNorthWest(), 0);
    const se = this.map.project(this.bounds.getSouthEast(), 0);
    const ratio = (se.x - nw.x) / (se.y - nw.y);
    return Number.isFinite(ratio) && ratio > 0 ? ratio : 1;
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
    polygon.on('click', () => this.activate(area.code));
    polygon.on('mouseover', () => this.hover(area.code));
    polygon.on('mouseout', (event: L.LeafletMouseEvent) => this.unhover(area.code, event.originalEvent?.relatedTarget));
    polygon.addTo(this.map);
    const label = el('div', 'mre-label');
    label.setAttribute('aria-hidden', 'true');
    label.dataset.code = area.code;
    label.append(el('span', 'mre-label-text'));
    this.labelPane.append(label);
    return { area, geometry, polygon, label, labelText: '', point };
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
    // The SVG of the shapes is a named group of buttons; the one of the outlines is decoration
    // (Leaflet makes each when its first shape is added).
    const areasSvg = this.map.getPane('overlayPane')?.querySelector('svg');
    areasSvg?.setAttribute('role', 'group');
    areasSvg?.setAttribute('aria-label', this.state.areasLabel);
    this.map.getPane('mre-marks')?.querySelector('svg')?.setAttribute('aria-hidden', 'true');
    if (this.tooltipCode) this.showTooltip(this.tooltipCode);
    this.refreshPopup();
    this.placeNames();
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

  /** The name of a municipality on the map; its text is set only when it changes. */
  private labelArea(code: string, d: DrawnArea): void {
    if (d.labelText !== d.area.shortName) {
      d.labelText = d.area.shortName;
      d.label.firstElementChild!.textContent = d.labelText;
      d.labelSize = undefined;
    }
    d.label.classList.toggle('is-current', code === this.state.currentCode);
    d.label.classList.toggle('is-selected', code === this.state.selectedCode);
  }

  /**
   * The names to place before all others, each wherever it fits: the site's own municipality, the
   * selected one, and the most important of the rest (the largest, by population).
   */
  private mustName(labels: readonly { code: string; priority: number }[]): string[] {
    const largest = labels.reduce<{ code: string; priority: number } | undefined>((a, b) => (!a || b.priority > a.priority ? b : a), undefined);
    return [this.state.currentCode, this.state.selectedCode, largest?.code].filter((c): c is string => !!c);
  }

  /** The boxes over the map (the element's controls), in the map's own coordinates. */
  private obstructions(origin: DOMRect): Rect[] {
    return this.callbacks.obstructions().map((r) => relative(r, origin));
  }

  /**
   * Chooses the names to show and puts them in place, the most important first (see `mustName`
   * and `placeLabels`). Each name is measured once, after it is drawn, changes text, or the map
   * changes size; moving the map measures nothing. All reads come before all writes.
   */
  private placeNames(): void {
    if (!this.hasSize() || this.destroyed) return;
    const items = [...this.drawn.values()];
    // A hidden name (visibility: hidden) measures as a shown one.
    for (const d of items) d.labelSize ??= { width: d.label.offsetWidth, height: d.label.offsetHeight };
    const origin = this.container.getBoundingClientRect();
    const box = { left: 0, top: 0, right: origin.width, bottom: origin.height };
    const labels: Label[] = items.map((d) => {
      const anchor = this.map.latLngToContainerPoint(d.point);
      const priority = Number.isFinite(d.area.priority) ? d.area.priority : 0;
      return { code: d.area.code, anchor, width: d.labelSize!.width, height: d.labelSize!.height, priority };
    });
    const shown = placeLabels(labels, box, { first: this.mustName(labels), avoid: this.obstructions(origin) });
    for (const d of items) {
      const place = shown.get(d.area.code);
      d.label.classList.toggle('is-hidden', !place);
      if (place) L.DomUtil.setPosition(d.label, this.map.containerPointToLayerPoint([place.left, place.top]));
    }
    if (this.tooltipCode) this.clearTooltip();
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
    if (this.dismissed !== code) this.showTooltip(code);
  }

  /** The pointer left a municipality; onto its tooltip, it still hovers it (WCAG 1.4.13: hoverable). */
  private unhover(code: string, to?: EventTarget | null): void {
    if (this.hovered !== code) return;
    const tooltip = this.tooltip.getElement();
    if (this.tooltipCode === code && tooltip && to instanceof Node && tooltip.contains(to)) return;
    this.endHover(code);
  }

  private endHover(code: string): void {
    this.hovered = undefined;
    if (this.dismissed === code) this.dismissed = undefined;
    this.highlightFill(code);
    this.outline('hover', undefined);
    if (this.tooltipCode === code && code !== this.focused) this.hideTooltip();
  }

  private focusOn(code: string): void {
    const before = this.focused;
    this.focused = code;
    this.dismissed = undefined;
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
    const node = this.tooltip.getElement()!;
    // The shape's accessible name already says all of this.
    node.setAttribute('aria-hidden', 'true');
    if (!this.tooltipWired) {
      // Hoverable: the pointer on the tooltip hovers its municipality, and leaving it (but not
      // for the municipality itself) ends that. A click on it chooses the municipality.
      this.tooltipWired = true;
      node.addEventListener('mouseenter', () => {
        if (this.tooltipCode && this.hovered !== this.tooltipCode) this.hover(this.tooltipCode);
      });
      node.addEventListener('mouseleave', (event) => {
        const code = this.hovered;
        if (code && event.relatedTarget !== this.pathOf(code)) this.endHover(code);
      });
    }
    if (!this.tooltipCode) document.addEventListener('keydown', this.onDocumentKeyDown);
    this.tooltipCode = code;
    this.clearTooltip();
  }

  /** Moves the tooltip inside the map and off its controls, its arrow still pointing at its place. */
  private clearTooltip(): void {
    const node = this.tooltip.getElement();
    if (!node || !this.hasSize()) return;
    node.style.translate = '';
    const origin = this.container.getBoundingClientRect();
    const box = relative(node.getBoundingClientRect(), origin);
    const shift = clearShift(box, { left: 0, top: 0, right: origin.width, bottom: origin.height }, this.obstructions(origin), CLEARANCE / 2);
    if (!shift || (!shift.dx && !shift.dy)) return;
    node.style.translate = `${shift.dx}px ${shift.dy}px`;
    node.style.setProperty('--_mre-tip-shift', `${-shift.dx}px`);
  }

  private hideTooltip(): void {
    this.tooltip.remove();
    this.tooltipCode = undefined;
    document.removeEventListener('keydown', this.onDocumentKeyDown);
  }

  /**
   * Escape hides a tooltip wherever the focus is (WCAG 1.4.13: dismissable). In the map and its
   * panel, Escape does what it does there (close the details first).
   */
  private readonly onDocumentKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.tooltipCode) return;
    const path = event.composedPath();
    if (path.includes(this.container) || (this.panel && path.includes(this.panel))) return;
    this.dismissTooltip();
  };

  /** Hides the tooltip until the pointer leaves its municipality (the pointer still on it would bring it back). */
  private dismissTooltip(): void {
    this.dismissed = this.tooltipCode;
    this.hideTooltip();
  }

  /** Builds the details' content for `area`, and keeps it and its texts to refresh or focus it later. */
  private popupContent(area: MapArea): HTMLElement {
    this.popupBody = createPopupContent(area.popup, {
      closeLabel: this.state.closeLabel,
      titleId: `mre-map-popup-${this.id}`,
      onClose: () => this.closePopup(true),
    });
    this.popupText = popupKey(area, this.state.closeLabel);
    return this.popupBody;
  }

  /** Gives the open details new texts (a new language, new data), keeping their focus. */
  private refreshPopup(): void {
    const d = this.popupCode ? this.drawn.get(this.popupCode) : undefined;
    if (!d || popupKey(d.area, this.state.closeLabel) === this.popupText) return;
    // Only when the text changed: replacing it loses the focus, which is then put back.
    const hadFocus = !!this.popupBody?.contains(this.activeElement());
    if (this.popupIn === 'popup' && this.popup?.isOpen()) this.popup.setContent(this.popupContent(d.area));
    else if (this.popupIn === 'panel') this.panel?.replaceChildren(this.popupContent(d.area));
    else return;
    if (hadFocus) this.popupBody?.focus({ preventScroll: true });
  }

  private fontSize(): number {
    return parseFloat(getComputedStyle(this.container).fontSize) || 16;
  }

  /**
   * Opens a popup on the map and moves the map so that the popup lies inside it, clear of the
   * controls (animated unless the visitor prefers reduced motion). When it cannot fit, it is
   * closed again and this returns false; unless `anyway`, then it is moved in as far as it goes.
   */
  private openPopup(d: DrawnArea, anyway: boolean): boolean {
    const popup = L.popup({ closeButton: false, autoPan: false, className: 'mre-popup', maxWidth: POPUP_MAX_EM * this.fontSize() });
    this.popup = popup;
    popup.setLatLng(d.point).setContent(this.popupContent(d.area));
    const code = d.area.code;
    popup.on('remove', () => {
      if (this.popupCode !== code || this.popupIn !== 'popup') return;
      this.popupCode = undefined;
      this.popupIn = undefined;
      this.pathOf(code)?.setAttribute('aria-expanded', 'false');
    });
    this.popupCode = code;
    this.popupIn = 'popup';
    popup.openOn(this.map);
    const node = popup.getElement();
    if (!node || !this.hasSize()) return true;
    const origin = this.container.getBoundingClientRect();
    const box = relative(node.getBoundingClientRect(), origin);
    const view = { left: 0, top: 0, right: origin.width, bottom: origin.height };
    let shift = clearShift(box, view, this.obstructions(origin), CLEARANCE);
    if (!shift && !anyway) {
      this.popupIn = undefined;
      this.popupCode = undefined;
      this.map.closePopup(popup);
      return false;
    }
    shift ??= clearShift(box, view, [], CLEARANCE) ?? { dx: CLEARANCE - box.left, dy: CLEARANCE - box.top };
    if (shift.dx || shift.dy) this.map.panBy([-shift.dx, -shift.dy], { animate: !reducedMotion() });
    return true;
  }

  /** Shows the details in the panel under the map. */
  private openPanel(d: DrawnArea, panel: HTMLElement): void {
    panel.replaceChildren(this.popupContent(d.area));
    panel.hidden = false;
    this.popupCode = d.area.code;
    this.popupIn = 'panel';
  }

  /**
   * Opens the details of a municipality, focuses them, and reports the choice. On a narrow map,
   * or when a popup cannot fit clear of the controls, the details go in the panel under the map.
   */
  private activate(code: string): void {
    const d = this.drawn.get(code);
    if (!d || this.destroyed) return;
    this.active = code;
    this.closePopup(false);
    const narrow = this.container.clientWidth < PANEL_BELOW_EM * this.fontSize();
    if (!this.panel) this.openPopup(d, true);
    else if (narrow || !this.openPopup(d, false)) this.openPanel(d, this.panel);
    this.hideTooltip();
    this.decorate();
    // In the panel, the browser scrolls the page to the details if they are out of sight.
    this.popupBody?.focus({ preventScroll: this.popupIn === 'popup' });
    // Last: the page may remove the map in answer.
    this.callbacks.onSelect(code);
  }

  private closePopup(returnFocus: boolean): void {
    if (this.destroyed) return;
    const code = this.popupCode;
    const where = this.popupIn;
    this.popupCode = undefined;
    this.popupIn = undefined;
    if (where === 'popup' && this.popup) this.map.closePopup(this.popup);
    if (where === 'panel' && this.panel) {
      this.panel.replaceChildren();
      this.panel.hidden = true;
    }
    if (code) this.pathOf(code)?.setAttribute('aria-expanded', 'false');
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

  /**
   * Brings a municipality selected elsewhere on the page into view, if any of it is out of the
   * map: moved in (animated unless the visitor prefers reduced motion), or, when it is larger
   * than the map at this zoom, shown whole.
   */
  private bringIntoView(code: string): void {
    const d = this.drawn.get(code);
    if (!d || !this.hasSize()) return;
    // A zoom or pan on its way ends where it was heading, so that the move starts from there.
    this.endAnimations();
    const areaBounds = d.polygon.getBounds();
    const nw = this.map.latLngToContainerPoint(areaBounds.getNorthWest());
    const se = this.map.latLngToContainerPoint(areaBounds.getSouthEast());
    const box = { left: nw.x, top: nw.y, right: se.x, bottom: se.y };
    const size = this.map.getSize();
    const view = { left: 0, top: 0, right: size.x, bottom: size.y };
    if (contains(view, box)) return;
    const animate = !reducedMotion();
    const shift = clearShift(box, view, [], CLEARANCE);
    if (shift) this.map.panBy([-shift.dx, -shift.dy], { animate });
    else this.map.fitBounds(areaBounds, { padding: FIT_PADDING, maxZoom: this.map.getZoom(), animate });
  }

  // --- gestures -----------------------------------------------------------------------------

  /** Shows a gesture hint over the map for a moment, and says it (a status message). */
  private showGestureHint(kind: GestureHint): void {
    const text = kind === 'touch' ? this.state.touchHint : this.state.wheelHint;
    this.gestureHint.textContent = text;
    this.gestureHint.classList.add('is-shown');
    if (this.gestureStatus.textContent !== text) this.gestureStatus.textContent = text;
    clearTimeout(this.hintTimer);
    this.hintTimer = setTimeout(() => this.hideGestureHint(), HINT_MS);
  }

  private hideGestureHint(): void {
    clearTimeout(this.hintTimer);
    this.hintTimer = undefined;
    this.gestureHint.classList.remove('is-shown');
    this.gestureHint.textContent = '';
    this.gestureStatus.textContent = '';
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
        this.dismissTooltip();
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

  /** Escape in the panel closes it and returns to the municipality. */
  private readonly onPanelKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || this.popupIn !== 'panel') return;
    event.preventDefault();
    this.closePopup(true);
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

  // --- print --------------------------------------------------------------------------------

  /**
   * Before printing: the whole region, drawn anew as an SVG that takes the printed width (the
   * element's print styles show it instead of the map). The map on screen keeps its view.
   */
  private readonly onBeforePrint = (): void => {
    if (this.destroyed) return;
    this.printView?.remove();
    this.printView = undefined;
    const project = ([lng, lat]: Position) => this.map.project([lat, lng], PRINT_ZOOM);
    const areas: PrintArea[] = [...this.drawn.values()].map((d) => {
      const polygons = d.geometry.type === 'Polygon' ? [d.geometry.coordinates] : d.geometry.coordinates;
      const classes = [d.area.code === this.state.currentCode ? 'is-current' : '', d.area.code === this.state.selectedCode ? 'is-selected' : ''];
      const size = d.labelSize;
      return {
        code: d.area.code,
        rings: polygons.flat().map((ring) => ring.map(project)),
        classes: classes.filter(Boolean),
        label: size?.width
          ? { text: d.labelText, anchor: project([d.point.lng, d.point.lat]), width: size.width, height: size.height, priority: d.area.priority || 0 }
          : undefined,
      };
    });
    const layout = printLayout(areas, this.mustName(areas.map((a) => ({ code: a.code, priority: a.label?.priority ?? 0 }))));
    if (!layout) return;
    this.printView = renderPrintView(layout, { current: this.state.currentCode, selected: this.state.selectedCode });
    this.host.prepend(this.printView);
  };

  private readonly onAfterPrint = (): void => {
    this.printView?.remove();
    this.printView = undefined;
  };

  private readonly onPrintChange = (event: MediaQueryListEvent): void => {
    if (event.matches) this.onBeforePrint();
    else this.onAfterPrint();
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
    // While printing, the map on screen is hidden (or laid out for paper): it keeps its view.
    if (this.destroyed || this.printView) return;
    if (!this.hasSize()) {
      this.hadSize = false;
      return;
    }
    this.fitting = true;
    this.map.invalidateSize({ animate: false, pan: false });
    this.fitting = false;
    // The names may have another size now (the text may have grown with the map): measure again.
    for (const d of this.drawn.values()) d.labelSize = undefined;
    // Shown for the first time, or again after being hidden: fit. Otherwise keep the visitor's view.
    if (!this.hadSize || !this.userMoved) this.fitView();
    this.hadSize = true;
    this.placeNames();
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
    this.gestures.setEnabled(on);
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
   * pan (a popup's move into view, a glide) stops where it is, a zoom jumps to its end.
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
    // A municipality selected elsewhere (a list) is brought into view, and the details of another
    // one close; one chosen here is in view, with its details open.
    if (newSelection && newSelection !== this.popupCode) {
      this.closePopup(false);
      this.bringIntoView(newSelection);
    }
  }

  zoomIn(): void {
    if (this.destroyed) return;
    this.userMoved = true;
    this.map.zoomIn(undefined, { animate: !reducedMotion() });
  }

  zoomOut(): void {
    if (this.destroyed) return;
    this.userMoved = true;
    this.map.zoomOut(undefined, { animate: !reducedMotion() });
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
    this.panel?.removeEventListener('keydown', this.onPanelKeyDown);
    document.removeEventListener('keydown', this.onDocumentKeyDown);
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
    this.printQuery?.removeEventListener?.('change', this.onPrintChange);
    this.gestures.setEnabled(false);
    this.hideGestureHint();
    this.onAfterPrint();
    if (this.popupIn === 'panel' && this.panel) {
      this.panel.replaceChildren();
      this.panel.hidden = true;
    }
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
