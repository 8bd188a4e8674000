import { css } from 'lit';

/**
 * The design tokens and the shared base of every element. Tokens are global CSS custom
 * properties with accessible defaults; a host page sets them on any ancestor:
 *
 * - `--mre-color-primary` links, buttons and accents (default `#00529c`, 7.6:1 on white)
 * - `--mre-color-text` body text (default `#1b1b1b`)
 * - `--mre-color-muted` secondary text (default `#4d4d4d`, 8.4:1 on white)
 * - `--mre-color-surface` background (default `#ffffff`)
 * - `--mre-color-border` lines and outlines (default `#767676`, 4.5:1 on white)
 * - `--mre-color-highlight` background of the current municipality (default `#fff1b8`)
 * - `--mre-color-focus` keyboard focus ring (default `#1b1b1b`)
 * - `--mre-color-warning` border of notices (default `#9a5b00`)
 * - `--mre-color-notice` background of notices (default `#fff8e6`)
 * - `--mre-font-family` (default: inherited from the page)
 * - `--mre-font-size` (default `1em`: the page's size)
 * - `--mre-line-height` (default `1.5`)
 * - `--mre-radius` corner radius (default `0.25em`)
 * - `--mre-space` the basic spacing unit (default `1em`)
 *
 * The base sets its own colours, line height and spacing so that inherited host styles
 * (a coloured text, `line-height: 3`, letter-spacing) cannot make a widget unreadable.
 */
export const baseStyles = css`
  /* Each token's default, once: the rules below use these private properties. */
  :host {
    --_mre-color-primary: var(--mre-color-primary, #00529c);
    --_mre-color-text: var(--mre-color-text, #1b1b1b);
    --_mre-color-muted: var(--mre-color-muted, #4d4d4d);
    --_mre-color-surface: var(--mre-color-surface, #ffffff);
    --_mre-color-border: var(--mre-color-border, #767676);
    --_mre-color-highlight: var(--mre-color-highlight, #fff1b8);
    --_mre-color-focus: var(--mre-color-focus, #1b1b1b);
    --_mre-color-warning: var(--mre-color-warning, #9a5b00);
    --_mre-color-notice: var(--mre-color-notice, #fff8e6);
    --_mre-line-height: var(--mre-line-height, 1.5);
    --_mre-radius: var(--mre-radius, 0.25em);
    --_mre-space: var(--mre-space, 1em);
    display: block;
    box-sizing: border-box;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .base {
    font-family: var(--mre-font-family, inherit);
    font-size: var(--mre-font-size, 1em);
    font-style: normal;
    font-weight: normal;
    line-height: var(--_mre-line-height);
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    /* Long words (Dutch compounds, long names in data) break instead of widening the page. */
    overflow-wrap: anywhere;
    hyphens: auto;
    color: var(--_mre-color-text);
    background: var(--_mre-color-surface);
    border-radius: var(--_mre-radius);
  }
  /* Text from the data stands apart from the widget's own words, whatever its direction. */
  a,
  bdi,
  .name {
    unicode-bidi: isolate;
  }
  a {
    color: var(--_mre-color-primary);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 0.15em;
  }
  a:focus-visible,
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  [tabindex]:focus-visible {
    outline: 0.2em solid var(--_mre-color-focus);
    outline-offset: 0.15em;
  }
  .notice {
    margin: 0 0 calc(var(--_mre-space) / 2);
    padding: calc(var(--_mre-space) / 2) var(--_mre-space);
    border-inline-start: 0.3em solid var(--_mre-color-warning);
    background: var(--_mre-color-notice);
    color: var(--_mre-color-text);
  }
  .notice-label {
    font-weight: bold;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;
