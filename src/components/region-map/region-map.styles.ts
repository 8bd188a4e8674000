import { css, unsafeCSS } from 'lit';

/*
 * The element's own parts: the box of the map, its buttons, the panel, the legend, the list. What
 * the engine draws inside the map is styled by the engine's chunk (engine/engine.styles.ts), with
 * the private tokens set here.
 */

/**
 * The bundled region's width divided by its height on the map (Web Mercator): the map's shape
 * before the engine has drawn, and for the bundled data after. The engine reports the shape of
 * other data (`--_mre-map-aspect` on the map). A test checks it against the bundled boundaries.
 */
export const REGION_ASPECT_RATIO = 1.422;

export const styles = css`
  :host {
    --_mre-map-background: var(--mre-map-background, #eef3f7);
    --_mre-map-fill: var(--mre-map-fill, #d5e3f0);
    --_mre-map-outline: var(--mre-map-outline, #00529c);
    --_mre-map-current: var(--mre-map-current, #ffd24d);
    --_mre-map-selected-fill: var(--mre-map-selected-fill, #6aa7e0);
    --_mre-map-min-height: var(--mre-map-min-height, 5em);
    --_mre-map-max-height: var(--mre-map-max-height, 28em);
  }
  .frame {
    position: relative;
  }
  .frame[hidden] {
    display: none;
  }
  /*
   * The height follows the region's shape at the width the map gets (the region fills it), within
   * a least and a most height; a fixed height (--mre-map-height, or the height attribute, which
   * sets it here) wins. The width is set, so that a fixed height cannot narrow the map through
   * the aspect ratio.
   */
  .map {
    position: relative;
    /* Leaflet's panes use z-indexes up to 1000: keep them inside the map. */
    isolation: isolate;
    width: 100%;
    aspect-ratio: var(--_mre-map-aspect, ${unsafeCSS(REGION_ASPECT_RATIO)});
    height: var(--mre-map-height, auto);
    min-height: var(--mre-map-height, var(--_mre-map-min-height));
    max-height: var(--mre-map-height, var(--_mre-map-max-height));
    background: var(--_mre-map-background);
    border: 1px solid var(--_mre-color-border);
    border-radius: var(--_mre-radius);
    overflow: hidden;
  }
  /* The details of a municipality under a narrow map, instead of a popup on it. */
  .details {
    position: relative;
    margin-top: 0.5em;
    border: 1px solid var(--_mre-color-border);
    border-radius: var(--_mre-radius);
    background: var(--_mre-color-surface);
  }
  .details[hidden] {
    display: none;
  }

  /* Zoom buttons. */
  .controls {
    position: absolute;
    top: 0.5em;
    inset-inline-start: 0.5em;
    z-index: 1;
    display: flex;
    flex-direction: column;
    gap: 0.25em;
  }
  .controls button {
    display: grid;
    place-items: center;
    width: 2.25em;
    height: 2.25em;
    padding: 0;
    border: 1px solid var(--_mre-color-border);
    border-radius: var(--_mre-radius);
    background: var(--_mre-color-surface);
    color: var(--_mre-color-text);
    font: inherit;
    font-size: 1.1em;
    font-weight: bold;
    line-height: 1;
    cursor: pointer;
  }
  .controls button:hover {
    background: var(--_mre-map-fill);
  }
  .controls button[aria-disabled='true'] {
    color: var(--_mre-color-muted);
    cursor: not-allowed;
    opacity: 0.6;
  }
  /* On a narrow map (a phone) the buttons go under it, in a row: nothing covers the map. */
  .base {
    container: mre-region-map / inline-size;
  }
  /*
   * Until the engine has drawn, the buttons hold their place unseen (not focusable, not in the
   * accessibility tree): on a narrow map, where they lie under it, the page does not move when
   * they appear.
   */
  .controls.pending {
    visibility: hidden;
  }
  @container mre-region-map (width < 30em) {
    .controls {
      position: static;
      flex-direction: row;
      margin-top: 0.5em;
    }
  }

  /* The legend: which colour is the site's own municipality, which the selected one. */
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    margin: 0.35em 0 0;
  }
  .legend[hidden] {
    display: none;
  }
  .swatch {
    display: inline-block;
    width: 1em;
    height: 1em;
    margin-inline-end: 0.4em;
    vertical-align: -0.15em;
    border: 2px solid var(--_mre-map-outline);
    print-color-adjust: exact;
  }
  .swatch.current {
    background: var(--_mre-map-current);
  }
  .swatch.selected {
    background: var(--_mre-map-selected-fill);
    border-color: var(--mre-map-selected, var(--_mre-color-primary));
  }

  /* The printed map: the whole region at the paper's width (the engine builds it before printing). */
  .map .mre-print {
    display: none;
  }
  @media print {
    .controls,
    .map .mre-gesture-hint {
      display: none;
    }
    .map {
      height: auto;
      min-height: 0;
      max-height: none;
      aspect-ratio: var(--_mre-map-aspect, ${unsafeCSS(REGION_ASPECT_RATIO)});
      break-inside: avoid;
    }
    .map .mre-print {
      display: block;
      position: absolute;
      inset: 0;
    }
    .map .mre-print + .mre-leaflet {
      display: none;
    }
  }

  .attribution {
    margin: 0.25em 0 0;
    font-size: 0.8em;
    color: var(--_mre-color-muted);
  }
  .alternative {
    margin-top: calc(var(--_mre-space) / 2);
  }
  .alternative summary {
    cursor: pointer;
    color: var(--_mre-color-primary);
  }
  .alternative ul {
    margin: calc(var(--_mre-space) / 2) 0 0;
    padding: 0;
    list-style: none;
    columns: 16em auto;
    column-gap: calc(var(--_mre-space) * 2);
  }
  .alternative li {
    break-inside: avoid;
    padding: calc(var(--_mre-space) / 4) 0;
  }
  .alternative li.current .here {
    font-weight: bold;
  }
  .alternative .population {
    display: block;
    color: var(--_mre-color-muted);
    font-size: 0.9em;
  }

  /* Forced colours: the map's own rules are in the engine's styles (engine/engine.styles.ts). */
  @media (forced-colors: active) {
    .map {
      border-color: CanvasText;
    }
    .controls button {
      border: 1px solid ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
    .controls button:hover {
      border-color: Highlight;
      background: ButtonFace;
    }
    .controls button:focus-visible {
      outline: 2px solid Highlight;
      outline-offset: 2px;
    }
    .controls button[aria-disabled='true'] {
      border-color: GrayText;
      color: GrayText;
      opacity: 1;
    }
    .swatch {
      forced-color-adjust: none;
      border-color: CanvasText;
      background: Canvas;
    }
    .swatch.current {
      background: Highlight;
    }
    .swatch.selected {
      border-width: 0.25em;
    }
    .details {
      border-color: CanvasText;
    }
  }
`;
