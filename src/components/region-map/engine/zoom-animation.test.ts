import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import * as L from './leaflet.js';
import { leafletCss } from '../leaflet-css.generated.js';
import { endZoomAnimation } from './zoom-animation.js';

/** A Leaflet map with zoom animation, 400 by 300 pixels, with Leaflet's CSS, showing a square. */
async function leafletMap(): Promise<L.Map> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const root = wrapper.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = leafletCss;
  const container = document.createElement('div');
  container.style.cssText = 'width: 400px; height: 300px';
  root.append(style, container);
  const map = L.map(container, { zoomAnimation: true, fadeAnimation: false, renderer: L.svg() }).setView([51.45, 5.45], 10, { animate: false });
  L.polygon([[51.4, 5.4], [51.5, 5.4], [51.5, 5.5], [51.4, 5.5]]).addTo(map);
  return map;
}

/** Resolves with the zoom a zoom animation is heading for, as soon as it has started. */
function zoomAnimationStart(map: L.Map): Promise<number> {
  return new Promise((resolve) => map.once('zoomanim', (event) => resolve((event as L.ZoomAnimEvent).zoom)));
}

describe('endZoomAnimation', () => {
  it('ends a running zoom animation at once, at the zoom it was heading for', async () => {
    const map = await leafletMap();
    try {
      const pane = map.getPane('mapPane')!;
      const started = zoomAnimationStart(map);
      map.setZoom(12);
      const target = await started;
      expect(target).to.equal(12);
      expect(pane.classList.contains('leaflet-zoom-anim'), 'animating').to.be.true;
      const events: string[] = [];
      map.on('zoomend moveend', (event) => events.push(event.type));

      endZoomAnimation(map);

      expect(events).to.deep.equal(['zoomend', 'moveend']);
      expect(map.getZoom()).to.equal(12);
      expect(pane.classList.contains('leaflet-zoom-anim'), 'animating').to.be.false;
      // The transition and the timer that would have ended it find nothing left to do.
      await waitUntil(() => events.length > 2 || map.getPane('mapPane')!.style.transform !== '', 'the pane settled');
      expect(events).to.deep.equal(['zoomend', 'moveend']);
    } finally {
      map.remove();
    }
  });

  it('lets the map be removed mid-zoom without an error from the timer that would have ended the zoom', async () => {
    const map = await leafletMap();
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    const timers: Promise<void>[] = [];
    const setTimeoutBefore = window.setTimeout;
    try {
      const started = zoomAnimationStart(map);
      map.setZoom(12);
      // Leaflet sets its fallback timer right after the animation starts: watch for it.
      window.setTimeout = ((handler: () => void, timeout?: number) => {
        let done!: () => void;
        timers.push(new Promise<void>((resolve) => (done = resolve)));
        return setTimeoutBefore(() => {
          try {
            handler();
          } finally {
            done();
          }
        }, timeout);
      }) as typeof setTimeout;
      await started;
      window.setTimeout = setTimeoutBefore;
      expect(timers, "Leaflet's zoom timer").to.have.length(1);
      endZoomAnimation(map);
      map.remove();
      await Promise.all(timers);
      await nextFrame();
      expect(errors).to.deep.equal([]);
    } finally {
      window.setTimeout = setTimeoutBefore;
      window.removeEventListener('error', onError);
    }
  });

  it('does nothing when no zoom animation runs', async () => {
    const map = await leafletMap();
    try {
      const events: string[] = [];
      map.on('zoom zoomend moveend', (event) => events.push(event.type));
      endZoomAnimation(map);
      expect(events).to.deep.equal([]);
      expect(map.getZoom()).to.equal(10);
    } finally {
      map.remove();
    }
  });

  it('does nothing on a map that has no view yet, or has been removed', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 200px; height: 100px"></div>`);
    const map = L.map(wrapper);
    expect(() => endZoomAnimation(map)).not.to.throw();
    map.setView([51.45, 5.45], 10).remove();
    expect(() => endZoomAnimation(map)).not.to.throw();
  });
});
