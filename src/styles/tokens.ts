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
  :host {
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
    line-height: var(--mre-line-height, 1.5);
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    color: var(--mre-color-text, #1b1b1b);
    background: var(--mre-color-surface, #ffffff);
    border-radius: var(--mre-radius, 0.25em);
  }
  a {
    color: var(--mre-color-primary, #00529c);
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
    outline: 0.2em solid var(--mre-color-focus, #1b1b1b);
    outline-offset: 0.15em;
  }
  .notices:empty {
    margin: 0;
  }
  .notice {
    margin: 0 0 calc(var(--mre-space, 1em) / 2);
    padding: calc(var(--mre-space, 1em) / 2) var(--mre-space, 1em);
    border-inline-start: 0.3em solid var(--mre-color-warning, #9a5b00);
    background: var(--mre-color-notice, #fff8e6);
    color: var(--mre-color-text, #1b1b1b);
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
