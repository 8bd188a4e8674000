import type { ReactiveControllerHost } from 'lit';
import type { SettlingController } from '../../internal/mre-element.js';
import { loadMapEngine, MAP_ENGINE_CHUNK } from './load-engine.js';
import type * as MapEngineModule from './map-engine.js';
import type { MapState, RegionMapController } from './map-engine.js';
import { inheritedEnumerableKeys } from './page-check.js';

type MapEngine = typeof MapEngineModule;

/** Where the map engine is: on its way, drawing, or not to be had (the list stands in). */
export type EngineStatus = 'loading' | 'ready' | 'failed';

export interface MapEngineOptions {
  /** The element in the shadow root that the map is drawn in, once rendered. */
  container(): HTMLElement | null | undefined;
  /** The element under the map that shows a municipality's details when the map is narrow. */
  panel(): HTMLElement | null | undefined;
  /** The boxes over the map (its controls), in viewport coordinates. */
  obstructions(): readonly DOMRectReadOnly[];
  /**
   * The values the map's state is built from. The state is built and handed to the engine only
   * when one of them is no longer the same (`===`) as at the last hand-over.
   */
  inputs(): readonly unknown[];
  /** What the engine is to show now. */
  state(): MapState;
  /** The visitor chose a municipality on the map. */
  onSelect(code: string): void;
  /** The municipalities were drawn: which ones, and the shape of the region they make. */
  onDrawn(codes: string[], aspectRatio: number): void;
}

/**
 * Loads the map engine when the element is first rendered (the chunk with Leaflet comes only to
 * pages with a map), creates the map, hands it the element's state when that changed, and
 * removes it when the element leaves the page; it is built again when the element comes back.
 * `updateComplete` waits until the map is drawn or has failed.
 */
export class MapEngineController implements SettlingController {
  status: EngineStatus = 'loading';
  /** Whether the map can zoom further in and out, for the zoom buttons. */
  canZoomIn = true;
  canZoomOut = true;
  /** Whether the background map's server failed to deliver a tile. */
  tilesFailed = false;

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: MapEngineOptions;
  #map?: RegionMapController;
  #starting?: Promise<void>;
  /** Increases on every start and stop, so that a late engine load knows it is no longer wanted. */
  #generation = 0;
  #inputs?: readonly unknown[];

  constructor(host: ReactiveControllerHost & HTMLElement, options: MapEngineOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    // Back on the page after being removed: the map is built again after the next render.
    if (this.status === 'failed') {
      this.status = 'loading';
      this.#host.requestUpdate();
    }
  }

  hostUpdated(): void {
    if (this.#map) this.#push();
    else if (!this.#starting && this.status === 'loading' && this.#host.isConnected) this.#starting = this.#start();
  }

  hostDisconnected(): void {
    this.#generation++;
    this.#starting = undefined;
    this.#map?.destroy();
    this.#map = undefined;
    this.#inputs = undefined;
    if (this.status === 'ready') this.status = 'loading';
  }

  settled(): Promise<unknown> {
    return this.#starting ?? Promise.resolve();
  }

  zoomIn(): void {
    this.#map?.zoomIn();
  }

  zoomOut(): void {
    this.#map?.zoomOut();
  }

  /** Shows the whole region again. */
  fit(): void {
    this.#map?.fit();
  }

  async #start(): Promise<void> {
    const generation = ++this.#generation;
    const wanted = () => generation === this.#generation && this.#host.isConnected;
    let engine: MapEngine;
    try {
      engine = await loadMapEngine();
    } catch (error) {
      if (wanted()) {
        this.#fail(
          `the map engine (the file ${MAP_ENGINE_CHUNK} in the folder of the script) could not be loaded. If this ` +
            `site combines, moves or inlines scripts, use mre-widgets.standalone.js instead, or say where the ` +
            `folder is: <meta name="mre-widgets-base" content="https://…/mre-widgets/">.`,
          error,
        );
      }
      return;
    }
    try {
      const container = this.#options.container();
      if (!wanted() || !container) return;
      const extra = inheritedEnumerableKeys();
      if (extra.length) {
        throw new Error(
          `this page adds enumerable properties to Object.prototype (${extra.join(', ')}); Leaflet, which draws ` +
            `the map, cannot work on such a page. Define them with Object.defineProperty(…, { enumerable: false }).`,
        );
      }
      this.#inputs = this.#options.inputs();
      this.#map = engine.createRegionMap(container, this.#options.state(), {
        onSelect: (code) => this.#options.onSelect(code),
        onDrawn: (codes, aspectRatio) => this.#options.onDrawn(codes, aspectRatio),
        obstructions: () => this.#options.obstructions(),
        onTileError: () => {
          this.tilesFailed = true;
          this.#host.requestUpdate();
        },
        onZoom: (canZoomIn, canZoomOut) => {
          if (canZoomIn === this.canZoomIn && canZoomOut === this.canZoomOut) return;
          this.canZoomIn = canZoomIn;
          this.canZoomOut = canZoomOut;
          this.#host.requestUpdate();
        },
      }, this.#options.panel() ?? undefined);
      this.status = 'ready';
    } catch (error) {
      if (wanted()) this.#fail('the map could not be drawn: ' + (error as Error).message, error);
    } finally {
      if (generation === this.#generation) this.#starting = undefined;
      this.#host.requestUpdate();
    }
  }

  /** The map cannot be shown: the list stands in, and the console says why. */
  #fail(why: string, error: unknown): void {
    this.#map?.destroy();
    this.#map = undefined;
    this.status = 'failed';
    this.#starting = undefined;
    this.#host.requestUpdate();
    console.warn(`mre-widgets: the municipalities are shown as a list, because ${why}`, error);
  }

  /** Hands the engine the element's state, if anything it is built from changed. */
  #push(): void {
    const inputs = this.#options.inputs();
    const before = this.#inputs;
    if (before && inputs.length === before.length && inputs.every((value, i) => value === before[i])) return;
    this.#inputs = inputs;
    this.#map?.update(this.#options.state());
  }
}
