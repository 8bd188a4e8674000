import { css } from 'lit';

/*
 * Leaflet's own sheet is adopted after these, so every rule that overrides Leaflet starts with
 * `.map` to win on specificity, whatever the order.
 */
export const styles = css`
  :host {
    --_mre-map-background: var(--mre-map-background, #eef3f7);
    --_mre-map-fill: var(--mre-map-fill, #d5e3f0);
    --_mre-map-outline: var(--mre-map-outline, #00529c);
  }
  .frame {
    position: relative;
  }
  .frame[hidden] {
    display: none;
  }
  .map {
    position: relative;
    /* Leaflet's panes use z-indexes up to 1000: keep them inside the map. */
    isolation: isolate;
    height: var(--mre-map-height, 28em);
    min-height: 8em;
    background: var(--_mre-map-background);
    border: 1px solid var(--_mre-color-border);
    border-radius: var(--_mre-radius);
    overflow: hidden;
  }
  .map .mre-leaflet {
    position: absolute;
    inset: 0;
    font: inherit;
    font-size: 1em;
    line-height: var(--_mre-line-height);
    color: var(--_mre-color-text);
    background: var(--_mre-map-background);
  }

  /* The municipalities. CSS beats the presentation attributes Leaflet writes. */
  .map .mre-area {
    fill: var(--_mre-map-fill);
    fill-opacity: 1;
    stroke: var(--_mre-map-outline);
    stroke-width: 1.5px;
    stroke-linejoin: round;
    cursor: pointer;
    outline: none;
  }
  .map .has-tiles .mre-area {
    fill-opacity: 0.35;
  }
  .map .mre-area.is-current {
    fill: var(--mre-map-current, #ffd24d);
    fill-opacity: 1;
  }
  .map .has-tiles .mre-area.is-current {
    fill-opacity: 0.6;
  }
  .map .mre-area.is-highlighted,
  .map .mre-area:hover {
    fill: var(--mre-map-highlight, #8fb9e3);
    fill-opacity: 1;
  }
  .map .mre-area:focus-visible {
    outline: none;
  }
  /* Outlines drawn above every municipality: the site's own, the selection, pointer and focus. */
  .map .mre-mark {
    fill: none;
    stroke-linejoin: round;
    pointer-events: none;
  }
  .map .mre-mark-current {
    stroke: var(--_mre-map-outline);
    stroke-width: 2.5px;
  }
  .map .mre-mark-selected {
    stroke: var(--mre-map-selected, var(--_mre-color-primary));
    stroke-width: 4px;
  }
  .map .mre-mark-hover {
    stroke: var(--_mre-color-focus);
    stroke-width: 2px;
  }
  /* Keyboard focus: a thick ring on a light halo, visible on any fill and next to any outline. */
  .map .mre-mark-focus-halo {
    stroke: var(--_mre-color-surface);
    stroke-width: 8px;
  }
  .map .mre-mark-focus {
    stroke: var(--_mre-color-focus);
    stroke-width: 4px;
  }

  /* Names on the map. */
  .map .mre-label {
    padding: 0;
    border: 0;
    background: none;
    box-shadow: none;
    font-size: var(--mre-map-label-size, 0.8em);
    font-weight: bold;
    line-height: 1.2;
    text-align: center;
    color: var(--mre-map-label-color, var(--_mre-color-text));
    text-shadow:
      0 0 2px #fff,
      0 0 2px #fff,
      0 0 3px #fff,
      0 0 4px #fff;
  }
  .map .mre-label.is-hidden {
    visibility: hidden;
  }
  .map .mre-label-mark {
    display: block;
    font-weight: normal;
  }
  .map .mre-tooltip {
    padding: 0.25em 0.5em;
    font-size: 0.9em;
    line-height: 1.3;
    color: var(--_mre-color-text);
    border-color: var(--_mre-color-border);
  }
  .map .mre-tooltip-name,
  .map .mre-tooltip-line {
    display: block;
  }
  .map .mre-tooltip-name {
    font-weight: bold;
  }

  /* The popup of a municipality. */
  .map .leaflet-popup-content-wrapper {
    border-radius: var(--_mre-radius);
    color: var(--_mre-color-text);
  }
  .map .leaflet-popup-content {
    margin: 0;
    font-size: 1em;
    line-height: 1.4;
  }
  .map .mre-popup-body {
    padding: 0.75em 1em;
  }
  .map .mre-popup-title {
    margin: 0 1.75em 0.25em 0;
    font-weight: bold;
  }
  .map .mre-popup-line {
    margin: 0.25em 0 0;
  }
  .map .leaflet-popup-content a {
    color: var(--_mre-color-primary);
  }
  .map .mre-popup-close {
    position: absolute;
    top: 0.25em;
    inset-inline-end: 0.25em;
    width: 1.75em;
    height: 1.75em;
    padding: 0;
    border: 0;
    border-radius: var(--_mre-radius);
    background: transparent;
    color: var(--_mre-color-text);
    font: inherit;
    font-size: 1.2em;
    line-height: 1;
    cursor: pointer;
  }
  .map .mre-popup-close:hover {
    background: var(--_mre-map-fill);
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

  /*
   * Forced colours (Windows High Contrast and the like). Chromium replaces the colours of text,
   * backgrounds and borders with the visitor's palette, but leaves SVG fill and stroke alone
   * (SVG gets forced-color-adjust: preserve-parent-color): without these rules the
   * municipalities would keep their own light colours on a possibly black canvas. So every colour
   * of the map is set here, from system colours only, which forced colours always respect. The site's own municipality is filled in
   * Highlight, the selection has the thickest outline, focus is a Highlight ring on a Canvas halo.
   */
  @media (forced-colors: active) {
    .map {
      border-color: CanvasText;
    }
    .map .mre-leaflet {
      background: Canvas;
      color: CanvasText;
    }
    .map .mre-area,
    .map .mre-area.is-highlighted,
    .map .mre-area:hover {
      fill: Canvas;
      stroke: CanvasText;
    }
    .map .mre-area.is-current {
      fill: Highlight;
    }
    .map .mre-mark-current {
      stroke: CanvasText;
    }
    .map .mre-mark-selected {
      stroke: CanvasText;
      stroke-width: 5px;
    }
    .map .mre-mark-hover {
      stroke: Highlight;
    }
    .map .mre-mark-focus-halo {
      stroke: Canvas;
    }
    .map .mre-mark-focus {
      stroke: Highlight;
    }
    .map .mre-label {
      color: CanvasText;
      text-shadow: none;
    }
    /*
     * Its name sits on the Highlight fill: in the colours that go with it. Without
     * forced-color-adjust: none, Chromium paints a Canvas backplate behind the text, and
     * HighlightText on Canvas can be invisible (black on black).
     */
    .map .mre-label.is-current {
      forced-color-adjust: none;
      padding: 0 0.2em;
      color: HighlightText;
      background: Highlight;
    }
    .map .mre-tooltip,
    .map .leaflet-popup-content-wrapper,
    .map .leaflet-popup-tip {
      border: 1px solid CanvasText;
      color: CanvasText;
      background: Canvas;
    }
    .map .leaflet-popup-content a {
      color: LinkText;
    }
    .map .mre-popup-close,
    .controls button {
      border: 1px solid ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
    .map .mre-popup-close:hover,
    .controls button:hover {
      border-color: Highlight;
      background: ButtonFace;
    }
    .map .mre-popup-close:focus-visible,
    .controls button:focus-visible {
      outline: 2px solid Highlight;
      outline-offset: 2px;
    }
    .controls button[aria-disabled='true'] {
      border-color: GrayText;
      color: GrayText;
      opacity: 1;
    }
  }
`;
