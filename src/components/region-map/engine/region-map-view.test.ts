import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import * as L from './leaflet.js';
import sinon from 'sinon';
import { afterEverythingScheduled, whenClass } from '../../../../test/scheduled.js';
import { defaultRegion } from '../../../data/default-region.js';
import type { Geometry } from '../../../data/types.js';
import { RegionMapView } from './region-map-view.js';
import type { MapArea, MapCallbacks, MapState } from './types.js';

/** A square of `size` degrees with its south-west corner at `lng`, `lat`. */
const square = (lng: number, lat: number, size = 0.1): Geometry => ({
  type: 'Polygon',
  coordinates: [[[lng, lat], [lng + size, lat], [lng + size, lat + size], [lng, lat + size], [lng, lat]]],
});

function area(code: string, boundary: Geometry, labelPoint?: [number, number]): MapArea {
  return {
    code,
    label: `Gemeente ${code}`,
    shortName: code,
    tooltip: [code],
    popup: { title: code, lines: ['Regel een', 'Regel twee', 'Regel drie'], link: { href: 'https://example.org/', text: `Website van ${code}` } },
    boundary,
    labelPoint,
    priority: 1,
  };
}

/** Four squares, two by two. North-west's popup opens at its north edge, above the map's top. */
const state = (overrides: Partial<MapState> = {}): MapState => ({
  areas: [area('NW', square(5.3, 51.5), [5.35, 51.6]), area('NE', square(5.4, 51.5)), area('SW', square(5.3, 51.4)), area('SE', square(5.4, 51.4))],
  interactive: true,
  label: 'Kaart',
  areasLabel: 'Gemeenten',
  hint: 'Gebruik de pijltoetsen',
  touchHint: 'Gebruik twee vingers',
  wheelHint: 'Gebruik Ctrl en scrol',
  closeLabel: 'Sluiten',
  ...overrides,
});

interface Calls {
  select: string[];
  zoom: [boolean, boolean][];
  tileErrors: number;
  drawn: [string[], number][];
}

function recorder(onSelect?: (code: string) => void, obstructions: DOMRect[] = []): { calls: Calls; callbacks: MapCallbacks } {
  const calls: Calls = { select: [], zoom: [], tileErrors: 0, drawn: [] };
  return {
    calls,
    callbacks: {
      onSelect: (code) => {
        calls.select.push(code);
        onSelect?.(code);
      },
      onZoom: (canZoomIn, canZoomOut) => calls.zoom.push([canZoomIn, canZoomOut]),
      onTileError: () => calls.tileErrors++,
      onDrawn: (codes, ratio) => calls.drawn.push([codes, ratio]),
      obstructions: () => obstructions,
    },
  };
}

/** An element of the given size in a shadow root, styled as the element styles it, for a map to fill. */
async function mapHost(width = 480, height = 320): Promise<HTMLElement> {
  const outer = await fixture<HTMLDivElement>(html`<div></div>`);
  const root = outer.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = `.map { position: relative; width: ${width}px; height: ${height}px } .mre-leaflet { position: absolute; inset: 0 }`;
  const host = document.createElement('div');
  host.className = 'map';
  root.append(style, host);
  return host;
}

const paneOf = (host: HTMLElement) => host.querySelector<HTMLElement>('.leaflet-map-pane')!;
const pathOf = (host: HTMLElement, code: string) => host.querySelector<SVGPathElement>(`path.mre-area[data-code="${code}"]`)!;

/** Presses the mouse in the middle of `host` and moves it right by `steps` pixels, one event each, on distinct milliseconds. */
function dragBy(host: HTMLElement, steps: number[]): void {
  const box = host.getBoundingClientRect();
  const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
  const container = host.querySelector('.mre-leaflet')!;
  const mouse = (type: string, dx: number) =>
    new MouseEvent(type, { bubbles: true, cancelable: true, composed: true, button: 0, clientX: x + dx, clientY: y });
  container.dispatchEvent(mouse('mousedown', 0));
  for (const dx of steps) {
    // Leaflet measures the speed of a drag between its last moves; they need distinct times.
    const now = Date.now();
    while (Date.now() === now) {
      // the clock has not moved on yet
    }
    container.dispatchEvent(mouse('mousemove', dx));
  }
}

/** Releases the mouse button, wherever the pointer is. */
function release(): void {
  document.body.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, cancelable: true, button: 0 }));
}

describe('RegionMapView', () => {
  afterEach(() => {
    // A failed drag test must not leave the page looking dragged.
    document.body.classList.remove('leaflet-dragging');
  });

  it('draws each area as a named shape, one of them a Tab stop, in a group named by the state', async () => {
    const host = await mapHost();
    const { calls, callbacks } = recorder();
    const view = new RegionMapView(host, state(), callbacks);
    try {
      const group = host.querySelector('.mre-leaflet')!;
      expect(group.getAttribute('role')).to.equal('group');
      expect(group.getAttribute('aria-label')).to.equal('Kaart');
      expect((host.getRootNode() as ShadowRoot).getElementById(group.getAttribute('aria-describedby')!)!.textContent).to.equal('Gebruik de pijltoetsen');
      const paths = [...host.querySelectorAll('path.mre-area')];
      expect(paths.map((p) => p.getAttribute('aria-label'))).to.deep.equal(['Gemeente NW', 'Gemeente NE', 'Gemeente SW', 'Gemeente SE']);
      // Reading order starts in the north-west.
      expect(paths.filter((p) => p.getAttribute('tabindex') === '0').map((p) => p.getAttribute('data-code'))).to.deep.equal(['NW']);
      expect(calls.zoom.length).to.be.at.least(1);
    } finally {
      view.destroy();
    }
  });

  it('leaves off an area without a usable boundary, and puts a name without a label point in the middle', async () => {
    const host = await mapHost();
    const broken: MapArea[] = [
      area('NOPE', { type: 'Polygon', coordinates: [] }),
      area('BAD', { type: 'Polygon', coordinates: [[[Number.NaN, 51.5], [5.5, 51.5], [5.5, 51.6], [Number.NaN, 51.5]]] }),
      area('ODD', square(5.3, 51.5), [Number.NaN, 51.5]),
    ];
    const view = new RegionMapView(host, state({ areas: broken }), recorder().callbacks);
    try {
      expect([...host.querySelectorAll('path.mre-area')].map((p) => p.getAttribute('data-code'))).to.deep.equal(['ODD']);
      const [shape, name] = [pathOf(host, 'ODD').getBoundingClientRect(), host.querySelector('.mre-label')!.getBoundingClientRect()];
      expect(name.left + name.width / 2).to.be.closeTo(shape.left + shape.width / 2, 2);
      expect(name.top + name.height / 2).to.be.closeTo(shape.top + shape.height / 2, 2);
    } finally {
      view.destroy();
    }
  });

  it('is gone after destroy(): no container, no callbacks, and its methods do nothing', async () => {
    const host = await mapHost();
    const { calls, callbacks } = recorder();
    const view = new RegionMapView(host, state(), callbacks);
    const container = host.querySelector<HTMLElement>('.mre-leaflet')!;
    view.destroy();
    expect(host.children).to.have.length(0);
    const before = { ...calls, zoom: [...calls.zoom] };
    view.update(state({ selectedCode: 'SE' }));
    view.zoomIn();
    view.zoomOut();
    view.fit();
    view.destroy();
    // The removed container, on the page again and resized, and a key pressed in it, do nothing.
    host.append(container);
    container.style.cssText = 'width: 200px; height: 100px';
    const html = container.outerHTML;
    container.dispatchEvent(new KeyboardEvent('keydown', { key: '+', bubbles: true }));
    await new Promise<void>((resolve) => {
      const probe = new ResizeObserver(() => {
        probe.disconnect();
        resolve();
      });
      probe.observe(container);
    });
    expect(container.outerHTML).to.equal(html);
    expect(calls).to.deep.equal(before);
  });

  describe('removed in the middle of motion, leaves nothing running', () => {
    it('during a zoom animation', async () => {
      const host = await mapHost();
      const { calls, callbacks } = recorder();
      const view = new RegionMapView(host, state(), callbacks);
      const zoomCalls = calls.zoom.length;
      const errors = await afterEverythingScheduled(async () => {
        const zooming = whenClass(paneOf(host), 'leaflet-zoom-anim');
        view.zoomIn();
        await zooming;
        view.destroy();
      });
      expect(errors).to.deep.equal([]);
      expect(host.children).to.have.length(0);
      // The zoom was ended by the removal: nobody was told about it.
      expect(calls.zoom).to.have.length(zoomCalls);
    });

    it('after a zoom was asked for, before its first animation frame', async () => {
      const host = await mapHost();
      const view = new RegionMapView(host, state(), recorder().callbacks);
      const pane = paneOf(host);
      const errors = await afterEverythingScheduled(() => {
        view.zoomIn();
        view.destroy();
      });
      expect(errors).to.deep.equal([]);
      expect(pane.classList.contains('leaflet-zoom-anim')).to.be.false;
    });

    it('while a popup opens and pans the map, from the select callback', async () => {
      const host = await mapHost();
      let panning: boolean | undefined;
      const { calls, callbacks } = recorder(() => {
        // The page removes the map in answer to the choice, as a page may.
        panning = paneOf(host).classList.contains('leaflet-pan-anim');
        view.destroy();
      });
      const view = new RegionMapView(host, state(), callbacks);
      const errors = await afterEverythingScheduled(() => {
        pathOf(host, 'NW').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      });
      expect(calls.select).to.deep.equal(['NW']);
      expect(panning, 'the popup was panning the map into view').to.be.true;
      expect(errors).to.deep.equal([]);
      expect(host.children).to.have.length(0);
    });

    it('during a drag, the mouse button still down', async () => {
      const host = await mapHost();
      const view = new RegionMapView(host, state(), recorder().callbacks);
      const errors = await afterEverythingScheduled(() => {
        dragBy(host, [10, 20]);
        expect(document.body.classList.contains('leaflet-dragging')).to.be.true;
        view.destroy();
        document.body.dispatchEvent(new MouseEvent('mousemove', { bubbles: true, clientX: 5, clientY: 5 }));
        release();
      });
      expect(errors).to.deep.equal([]);
      expect(document.body.classList.contains('leaflet-dragging')).to.be.false;
    });

    it('right after a drag that glides on, before the glide starts', async () => {
      // The same drag on a map that stays: it glides on after the mouse is released.
      const control = await mapHost();
      const staying = new RegionMapView(control, state(), recorder().callbacks);
      try {
        const gliding = whenClass(paneOf(control), 'leaflet-pan-anim');
        dragBy(control, [10, 20]);
        release();
        await gliding;
      } finally {
        staying.destroy();
      }

      const host = await mapHost();
      const view = new RegionMapView(host, state(), recorder().callbacks);
      const errors = await afterEverythingScheduled(() => {
        dragBy(host, [10, 20]);
        release();
        view.destroy();
      });
      expect(errors).to.deep.equal([]);
      expect(host.children).to.have.length(0);
    });

    it('while it glides after a drag', async () => {
      const host = await mapHost();
      const view = new RegionMapView(host, state(), recorder().callbacks);
      const errors = await afterEverythingScheduled(async () => {
        const gliding = whenClass(paneOf(host), 'leaflet-pan-anim');
        dragBy(host, [10, 20]);
        release();
        await gliding;
        view.destroy();
      });
      expect(errors).to.deep.equal([]);
    });
  });

  it('reports the areas it draws and the shape they make, and leaves off a boundary far from the region, with one warning', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      const host = await mapHost();
      const { calls, callbacks } = recorder();
      // NE with longitude and latitude swapped: 51.4° east, 5.5° north.
      const swapped: Geometry = { type: 'Polygon', coordinates: [[[51.5, 5.4], [51.5, 5.5], [51.6, 5.5], [51.6, 5.4], [51.5, 5.4]]] };
      const areas = state().areas.map((a) => (a.code === 'NE' ? { ...a, boundary: swapped } : a));
      const view = new RegionMapView(host, state({ areas }), callbacks);
      try {
        expect(calls.drawn).to.have.length(1);
        const [codes, ratio] = calls.drawn[0];
        expect(codes).to.deep.equal(['NW', 'SW', 'SE']);
        // 0.2° by 0.2° around 51.5° north: narrower than tall on the map, by the cosine of the latitude.
        expect(ratio).to.be.closeTo(Math.cos((51.5 * Math.PI) / 180), 0.01);
        expect(host.querySelector('path.mre-area[data-code="NE"]')).to.equal(null);
        // The same boundary again (a new language, new data with it): no second warning.
        view.update(state({ areas: areas.map((a) => ({ ...a, label: `${a.label}!` })), label: 'Map' }));
        const warnings = warn.getCalls().filter((c) => String(c.args[0]).includes('NE'));
        expect(warnings).to.have.length(1);
        expect(String(warnings[0].args[0])).to.equal('mre-widgets: the boundary of NE has longitude and latitude swapped (GeoJSON wants longitude first); the map leaves NE off.');
      } finally {
        view.destroy();
      }
    } finally {
      warn.restore();
    }
  });

  it('chooses the same names whatever the order of the areas: by importance', async () => {
    const areas: MapArea[] = defaultRegion.municipalities.map((m) => ({
      ...area(m.code, undefined as unknown as Geometry, m.label_point as [number, number]),
      boundary: undefined,
      shortName: m.short_name ?? m.name,
      priority: m.population ?? 0,
    }));
    const names = async (ordered: MapArea[]) => {
      const host = await mapHost(360, 253);
      const view = new RegionMapView(host, state({ areas: ordered, currentCode: 'GM0753' }), recorder().callbacks);
      try {
        return [...host.querySelectorAll<HTMLElement>('.mre-label:not(.is-hidden)')].map((l) => l.dataset.code).sort();
      } finally {
        view.destroy();
      }
    };
    const forwards = await names(areas);
    expect(forwards).to.include.members(['GM0753', 'GM0772']);
    expect(forwards.length).to.be.within(8, 20);
    expect(await names([...areas].reverse())).to.deep.equal(forwards);
  });

  describe('gestures', () => {
    /** Leaflet follows touch events where the browser has them, and pointer events elsewhere. */
    const touchEvents = (L.Browser as { touchNative?: boolean }).touchNative;

    /** Puts `points` (fingers, by number) down, moves them, and lifts them, as the browser would tell it. */
    function fingers(target: Element) {
      const events: Event[] = [];
      const send = (type: 'start' | 'move' | 'end', points: [number, number][]) => {
        if (!touchEvents) {
          const name = { start: 'pointerdown', move: 'pointermove', end: 'pointerup' }[type];
          points.forEach(([x, y], id) => {
            const event = new PointerEvent(name, { pointerId: 11 + id, pointerType: 'touch', isPrimary: id === 0, clientX: x, clientY: y, bubbles: true, cancelable: true, composed: true });
            events.push(event);
            target.dispatchEvent(event);
          });
          return;
        }
        const touches = type === 'end' ? [] : points.map(([x, y], id) => ({ identifier: 11 + id, target, clientX: x, clientY: y, pageX: x, pageY: y, screenX: x, screenY: y }));
        const name = `touch${type}`;
        let event: Event;
        try {
          const list = touches.map((t) => new Touch(t));
          event = new TouchEvent(name, { touches: list, targetTouches: list, changedTouches: list, bubbles: true, cancelable: true, composed: true });
        } catch {
          // WebKit has touch events but no constructor for them: the same properties on an Event.
          event = new Event(name, { bubbles: true, cancelable: true, composed: true });
          for (const key of ['touches', 'targetTouches', 'changedTouches']) Object.defineProperty(event, key, { value: touches });
        }
        events.push(event);
        target.dispatchEvent(event);
      };
      return { send, events };
    }

    const shapeBox = (host: HTMLElement) => pathOf(host, 'SE').getBoundingClientRect();

    it('leaves one finger to the page, with a hint seen and said; two fingers pan the map', async () => {
      const host = await mapHost();
      const view = new RegionMapView(host, state(), recorder().callbacks);
      try {
        const target = pathOf(host, 'SE');
        const before = shapeBox(host);
        const box = host.getBoundingClientRect();
        const [x, y] = [box.left + box.width / 2 + 40, box.top + box.height / 2 + 40];
        const one = fingers(target);
        one.send('start', [[x, y]]);
        for (let i = 1; i <= 5; i++) one.send('move', [[x, y - i * 10]]);
        one.send('end', [[x, y - 50]]);
        for (let i = 0; i < 5; i++) await nextFrame();
        expect(shapeBox(host).top, 'the map stays').to.equal(before.top);
        expect(one.events.filter((e) => e.defaultPrevented).map((e) => e.type), 'the page may scroll').to.deep.equal([]);
        expect(host.querySelector('[role="status"]')!.textContent).to.equal('Gebruik twee vingers');
        expect(host.querySelector('.mre-gesture-hint')!.textContent).to.equal('Gebruik twee vingers');
        expect(host.querySelector('.mre-gesture-hint')!.classList.contains('is-shown')).to.be.true;

        const two = fingers(target);
        const start: [number, number][] = [[x - 30, y], [x + 30, y]];
        two.send('start', start);
        for (let i = 1; i <= 5; i++) {
          two.send('move', start.map(([a, b]) => [a + i * 8, b + i * 6]));
          await nextFrame();
        }
        two.send('end', start.map(([a, b]) => [a + 40, b + 30]));
        await waitUntil(() => Math.abs(shapeBox(host).left - before.left - 40) < 3, 'panned by the two fingers', { timeout: 3000 });
        expect(shapeBox(host).top - before.top).to.be.closeTo(30, 3);
      } finally {
        view.destroy();
      }
    });

    it('keeps dragging with the mouse, and leaves every gesture to the page when the map may not move', async () => {
      const host = await mapHost();
      const view = new RegionMapView(host, state(), recorder().callbacks);
      try {
        const before = shapeBox(host);
        dragBy(host, [10, 30, 60]);
        release();
        await waitUntil(() => shapeBox(host).left - before.left >= 60, 'dragged with the mouse');
        view.update(state({ interactive: false }));
        // The glide after the drag (it starts in the next frame) ends with a fit.
        await nextFrame();
        await nextFrame();
        view.fit();
        const target = pathOf(host, 'SE');
        const two = fingers(target);
        const box = host.getBoundingClientRect();
        const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
        const moved = shapeBox(host);
        two.send('start', [[x, y], [x + 50, y]]);
        for (let i = 1; i <= 4; i++) two.send('move', [[x + i * 10, y], [x + 50 + i * 10, y]]);
        two.send('end', [[x + 40, y], [x + 90, y]]);
        for (let i = 0; i < 5; i++) await nextFrame();
        expect(shapeBox(host).left).to.equal(moved.left);
        expect(two.events.some((e) => e.defaultPrevented)).to.be.false;
        expect(host.querySelector('[role="status"]')!.textContent).to.equal('');
      } finally {
        view.destroy();
      }
    });
  });

  it('does not animate a zoom, a pan or a glide once the visitor prefers reduced motion', async () => {
    const host = await mapHost();
    const view = new RegionMapView(host, state(), recorder().callbacks);
    const original = window.matchMedia.bind(window);
    const stub = sinon.stub(window, 'matchMedia').callsFake((query: string) =>
      query.includes('prefers-reduced-motion') ? ({ matches: true, media: query, addEventListener() {}, removeEventListener() {} } as unknown as MediaQueryList) : original(query),
    );
    const pane = paneOf(host);
    const seen = new Set<string>();
    const observer = new MutationObserver(() => pane.classList.forEach((c) => seen.add(c)));
    observer.observe(pane, { attributes: true, attributeFilter: ['class'] });
    try {
      const box = host.getBoundingClientRect();
      const width = pathOf(host, 'SE').getBBox().width;
      view.zoomIn();
      view.zoomIn();
      // At once: four times as wide before the next frame.
      expect(pathOf(host, 'SE').getBBox().width).to.be.closeTo(width * 4, 5);
      // SE, selected elsewhere, is half out of the zoomed-in view: brought in whole, at once.
      const inView = () => {
        const se = pathOf(host, 'SE').getBoundingClientRect();
        return se.left >= box.left && se.right <= box.right && se.top >= box.top && se.bottom <= box.bottom;
      };
      expect(inView()).to.be.false;
      view.update(state({ selectedCode: 'SE' }));
      expect(inView()).to.be.true;
      // A drag ends where it is let go: no glide after it.
      dragBy(host, [10, 30, 60]);
      release();
      const released = pathOf(host, 'SE').getBoundingClientRect().left;
      for (let i = 0; i < 10; i++) await nextFrame();
      expect(pathOf(host, 'SE').getBoundingClientRect().left).to.equal(released);
      expect([...seen].filter((c) => c.includes('anim'))).to.deep.equal([]);
      expect(host.querySelector('.mre-leaflet')!.classList.contains('leaflet-zoom-anim')).to.be.false;
    } finally {
      observer.disconnect();
      stub.restore();
      view.destroy();
    }
  });
});
