/**
 * Cooperative gestures, as Google Maps (`gestureHandling: 'cooperative'`) and MapLibre
 * (`cooperativeGestures`) have them: one finger and the plain scroll wheel scroll the page, as
 * everywhere else on it; two fingers pan and zoom the map, and so does the wheel with Ctrl (⌘ on
 * a Mac). A one-finger drag or a plain wheel over the map shows a hint that says so.
 *
 * Taps, clicks, the mouse and the keyboard work as before. The container's `touch-action` must
 * allow the page to pan (`pan-x pan-y`, in the element's styles), or the browser will not scroll.
 *
 * Leaflet listens to touch events where the browser has them and to pointer events elsewhere
 * (Firefox on a desktop); this listens to the same.
 */
import * as L from './leaflet.js';

/** Which hint to show: for a one-finger drag, or for the wheel without Ctrl or ⌘. */
export type GestureHint = 'touch' | 'wheel';

/** How far one finger moves on the map before the hint shows, in CSS pixels. */
const SLOP = 10;
/** Wheel distance per zoom level with Ctrl or ⌘, in CSS pixels. */
const WHEEL_PX_PER_LEVEL = 100;

export class CooperativeGestures {
  private readonly map: L.Map;
  private readonly container: HTMLElement;
  private readonly onHint: (kind: GestureHint) => void;
  /** Where the one finger on the map went down, while it is the only one. */
  private start?: { x: number; y: number };
  private hinted = false;
  /** Touch pointers down on the map, where Leaflet follows pointer events. */
  private readonly pointers = new Set<number>();
  /** Wheel distance with Ctrl or ⌘ not yet turned into zoom. */
  private wheel = 0;
  private enabled = false;
  private readonly pointerMode: boolean;

  /**
   * @param map The map whose dragging one finger must not start, and which Ctrl + wheel zooms.
   * @param container The map's container, where the gestures begin.
   * @param onHint Called when a hint is due.
   * @param pointerMode Whether to follow pointer events rather than touch events; by default,
   *   what Leaflet follows in this browser.
   */
  constructor(map: L.Map, container: HTMLElement, onHint: (kind: GestureHint) => void, pointerMode = !(L.Browser as { touchNative?: boolean }).touchNative && L.Browser.pointer) {
    this.map = map;
    this.container = container;
    this.onHint = onHint;
    this.pointerMode = pointerMode;
  }

  /** Whether the map may be moved at all: when not, every gesture is the page's. */
  setEnabled(on: boolean): void {
    if (on === this.enabled) return;
    this.enabled = on;
    const capture = { capture: true };
    const passive = { capture: true, passive: true };
    const listener = (fn: (event: never) => void) => fn as unknown as EventListener;
    const listeners: [string, EventListener, AddEventListenerOptions][] = this.pointerMode
      ? [
          ['pointerdown', listener(this.onPointerDown), capture],
          ['pointermove', listener(this.onPointerMove), capture],
        ]
      : [
          ['touchstart', listener(this.onTouchStart), passive],
          ['touchmove', listener(this.onTouchMove), passive],
          ['touchend', listener(this.onTouchEnd), capture],
          ['touchcancel', listener(this.onTouchEnd), capture],
        ];
    listeners.push(['wheel', listener(this.onWheel), { passive: false }]);
    for (const [type, listener, options] of listeners) {
      if (on) this.container.addEventListener(type, listener, options);
      else this.container.removeEventListener(type, listener, options);
    }
    if (!on) this.release();
  }

  /** Ends what a gesture started: dragging is the mouse's again, and the document is let go. */
  private release(): void {
    this.start = undefined;
    this.pointers.clear();
    document.removeEventListener('pointerup', this.onPointerUp, true);
    document.removeEventListener('pointercancel', this.onPointerUp, true);
    if (this.enabled) this.map.dragging?.enable();
  }

  /**
   * One finger: the page's. Leaflet's dragging is switched off before Leaflet sees the touch
   * (this listens in the capture phase; a listener removed during an event is not called for it),
   * so the finger scrolls the page. A second finger goes to Leaflet's pinch, which pans and zooms.
   */
  private begin(count: number, x: number, y: number): void {
    if (count === 1) {
      this.map.dragging?.disable();
      this.start = { x, y };
      this.hinted = false;
    } else {
      this.start = undefined;
    }
  }

  private moved(count: number, x: number, y: number): void {
    if (!this.start || count !== 1 || this.hinted) return;
    if (Math.hypot(x - this.start.x, y - this.start.y) < SLOP) return;
    this.hinted = true;
    this.onHint('touch');
  }

  private readonly onTouchStart = (event: TouchEvent): void => {
    const touch = event.touches[0];
    if (touch) this.begin(event.touches.length, touch.clientX, touch.clientY);
  };

  private readonly onTouchMove = (event: TouchEvent): void => {
    const touch = event.touches[0];
    if (touch) this.moved(event.touches.length, touch.clientX, touch.clientY);
  };

  private readonly onTouchEnd = (event: TouchEvent): void => {
    if (event.touches.length === 0) this.release();
  };

  private readonly onPointerDown = (event: PointerEvent): void => {
    if (event.pointerType === 'mouse') return;
    if (!this.pointers.size) {
      document.addEventListener('pointerup', this.onPointerUp, true);
      document.addEventListener('pointercancel', this.onPointerUp, true);
    }
    this.pointers.add(event.pointerId);
    this.begin(this.pointers.size, event.clientX, event.clientY);
  };

  private readonly onPointerMove = (event: PointerEvent): void => {
    if (this.pointers.has(event.pointerId)) this.moved(this.pointers.size, event.clientX, event.clientY);
  };

  private readonly onPointerUp = (event: PointerEvent): void => {
    this.pointers.delete(event.pointerId);
    if (!this.pointers.size) this.release();
  };

  /** The plain wheel scrolls the page (and shows the hint); with Ctrl or ⌘ it zooms around the pointer. */
  private readonly onWheel = (event: WheelEvent): void => {
    if (!event.ctrlKey && !event.metaKey) {
      this.wheel = 0;
      this.onHint('wheel');
      return;
    }
    // Ctrl + wheel is also how a trackpad pinch arrives; without this the page would zoom.
    event.preventDefault();
    const unit = event.deltaMode === 1 ? 20 : event.deltaMode === 2 ? 60 : 1;
    this.wheel += event.deltaY * unit;
    const levels = Math.trunc((-this.wheel / WHEEL_PX_PER_LEVEL) * 10) / 10;
    if (!levels) return;
    this.wheel += levels * WHEEL_PX_PER_LEVEL;
    const map = this.map;
    const zoom = Math.min(map.getMaxZoom(), Math.max(map.getMinZoom(), map.getZoom() + levels));
    if (zoom !== map.getZoom()) map.setZoomAround(map.mouseEventToContainerPoint(event), zoom, { animate: false });
  };
}
