import { expect, fixture, html } from '@open-wc/testing';
import { afterEverythingScheduled, whenClass } from '../../../../test/scheduled.js';
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
  hint: 'Gebruik de pijltoetsen',
  closeLabel: 'Sluiten',
  currentMark: 'U bent hier',
  ...overrides,
});

interface Calls {
  select: string[];
  zoom: [boolean, boolean][];
  tileErrors: number;
}

function recorder(onSelect?: (code: string) => void): { calls: Calls; callbacks: MapCallbacks } {
  const calls: Calls = { select: [], zoom: [], tileErrors: 0 };
  return {
    calls,
    callbacks: {
      onSelect: (code) => {
        calls.select.push(code);
        onSelect?.(code);
      },
      onZoom: (canZoomIn, canZoomOut) => calls.zoom.push([canZoomIn, canZoomOut]),
      onTileError: () => calls.tileErrors++,
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
});
