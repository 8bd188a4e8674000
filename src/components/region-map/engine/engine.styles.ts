/**
 * The styles of what the map engine draws inside the element's shadow root: the municipalities,
 * their outlines and names, tooltips, popups and their content (also in the panel under a narrow
 * map), the gesture hint and the printed map. They come with the engine's chunk, adopted after
 * Leaflet's own sheet, so pages without a map do not load them. The element's styles set the
 * box of the map and the private tokens (`--_mre-*`) these use.
 *
 * Every rule starts with `.map` (or `.details`, the panel) so that it wins over Leaflet's rules
 * on specificity as well as order.
 */
/** Tagged like Lit's css`…`, so that the build minifies it as it does the element's styles; the engine imports no Lit. */
const css = (strings: TemplateStringsArray): string => strings.join('');

export const engineCss = css`
  .map .mre-leaflet {
    position: absolute;
    inset: 0;
    font: inherit;
    font-size: 1em;
    line-height: var(--_mre-line-height);
    color: var(--_mre-color-text);
    background: var(--_mre-map-background);
  }
  /* One finger and the plain wheel scroll the page (the engine leaves them to it); two fingers move the map. */
  .map .mre-leaflet.leaflet-container.leaflet-touch-drag,
  .map .mre-leaflet.leaflet-container.leaflet-touch-zoom {
    touch-action: pan-x pan-y;
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
    fill: var(--_mre-map-current);
    fill-opacity: 1;
  }
  .map .mre-area.is-selected {
    fill: var(--_mre-map-selected-fill);
    fill-opacity: 1;
  }
  .map .has-tiles .mre-area.is-current,
  .map .has-tiles .mre-area.is-selected {
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

  /*
   * Names on the map, placed by the engine (top left corner at the origin, moved into place).
   * Long names of several words take two lines; a word is never broken.
   */
  .map .mre-label {
    position: absolute;
    left: 0;
    top: 0;
    width: max-content;
    max-width: 7em;
    min-width: min-content;
    font-size: var(--mre-map-label-size, 0.8em);
    font-weight: bold;
    line-height: 1.2;
    text-align: center;
    white-space: normal;
    overflow-wrap: normal;
    hyphens: manual;
    pointer-events: none;
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
  /* A tooltip can be hovered (the pointer may move onto it) and clicked, as its municipality. */
  .map .mre-tooltip {
    /* Its own width (the pane it is in has none), up to 16em; then it wraps between words. */
    width: max-content;
    max-width: 16em;
    white-space: normal;
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
  /* Moved to keep clear of the edge and the buttons, the tooltip's arrow still points at its place. */
  .map .mre-tooltip::before {
    translate: var(--_mre-tip-shift, 0) 0;
  }

  /* The hint for one finger or the plain wheel: seen over the map, heard as a status message. */
  .map .mre-gesture-hint {
    position: absolute;
    inset: 0;
    z-index: 1000;
    display: flex;
    align-items: center;
    justify-content: center;
    padding: 1em;
    text-align: center;
    font-size: 1.1em;
    font-weight: bold;
    color: #fff;
    background: rgb(0 0 0 / 0.6);
    pointer-events: none;
    visibility: hidden;
  }
  .map .mre-gesture-hint.is-shown {
    visibility: visible;
  }
  .map .mre-gesture-status {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
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
  .map .mre-popup-body,
  .details .mre-popup-body {
    padding: 0.75em 1em;
  }
  .map .mre-popup-title,
  .details .mre-popup-title {
    margin: 0 1.75em 0.25em 0;
    font-weight: bold;
  }
  .map .mre-popup-line,
  .details .mre-popup-line {
    margin: 0.25em 0 0;
  }
  .map .leaflet-popup-content a {
    color: var(--_mre-color-primary);
  }
  .map .mre-popup-close,
  .details .mre-popup-close {
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
  .map .mre-popup-close:hover,
  .details .mre-popup-close:hover {
    background: var(--_mre-map-fill);
  }

  .map .mre-print svg {
    display: block;
    width: 100%;
    height: 100%;
  }
  .map .mre-print path {
    vector-effect: non-scaling-stroke;
  }
  .map .mre-print .mre-label {
    translate: -50% -50%;
  }

  /*
   * Forced colours (Windows High Contrast and the like). Chromium replaces the colours of text,
   * backgrounds and borders with the visitor's palette, but leaves SVG fill and stroke alone
   * (SVG gets forced-color-adjust: preserve-parent-color): without these rules the
   * municipalities would keep their own light colours on a possibly black canvas. So every colour
   * of the map is set here, from system colours only, which forced colours always respect. The
   * site's own municipality is filled in Highlight, the selection has the thickest outline, focus
   * is a Highlight ring on a Canvas halo.
   */
  @media (forced-colors: active) {
    .map .mre-leaflet {
      background: Canvas;
      color: CanvasText;
    }
    .map .mre-area,
    .map .mre-area.is-selected,
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
    .details .mre-popup-close {
      border: 1px solid ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
    .map .mre-popup-close:hover,
    .details .mre-popup-close:hover {
      border-color: Highlight;
      background: ButtonFace;
    }
    .map .mre-popup-close:focus-visible,
    .details .mre-popup-close:focus-visible {
      outline: 2px solid Highlight;
      outline-offset: 2px;
    }
  }
`;
