import { css } from 'lit';

export const styles = css`
  :host {
    /* About a screenful of names, so the page moves little when the list arrives. */
    min-height: var(--mre-municipality-list-min-height, 12em);
  }
  .base {
    padding: var(--mre-space, 1em);
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--mre-space, 1em) / 2) var(--mre-space, 1em);
    align-items: end;
    margin-block-end: calc(var(--mre-space, 1em) / 2);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    flex: 1 1 12em;
    max-width: 22em;
  }
  label {
    font-weight: bold;
  }
  input,
  select {
    font: inherit;
    letter-spacing: normal;
    color: var(--mre-color-text, #1b1b1b);
    background: var(--mre-color-surface, #ffffff);
    border: 0.0625em solid var(--mre-color-border, #767676);
    border-radius: var(--mre-radius, 0.25em);
    padding: 0.375em 0.5em;
    min-height: 2.5em;
    width: 100%;
  }
  .status {
    margin: 0 0 calc(var(--mre-space, 1em) / 2);
  }
  .status:empty {
    margin: 0;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    columns: var(--mre-municipality-list-column-width, 16em) auto;
    column-gap: calc(var(--mre-space, 1em) * 2);
  }
  .compact ul {
    columns: var(--mre-municipality-list-column-width, 12em) auto;
  }
  li {
    break-inside: avoid;
    padding: calc(var(--mre-space, 1em) / 4) calc(var(--mre-space, 1em) / 2);
    margin-inline: calc(var(--mre-space, 1em) / -2);
    border-radius: var(--mre-radius, 0.25em);
  }
  .full li {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: calc(var(--mre-space, 1em) / 2);
    padding-block: calc(var(--mre-space, 1em) / 2);
  }
  .name-line {
    flex: 1 0 100%;
  }
  li.current {
    background: var(--mre-color-highlight, #fff1b8);
  }
  li.selected {
    outline: 0.15em solid var(--mre-color-primary, #00529c);
    outline-offset: -0.15em;
  }
  .here,
  .selected-label {
    font-weight: bold;
  }
  .population {
    color: var(--mre-color-muted, #4d4d4d);
    font-size: 0.9em;
  }
  button {
    font: inherit;
    font-size: 0.9em;
    letter-spacing: normal;
    line-height: 1.2;
    margin-inline-start: auto;
    padding: 0.25em 0.625em;
    min-height: 1.75em;
    color: var(--mre-color-primary, #00529c);
    background: var(--mre-color-surface, #ffffff);
    border: 0.0625em solid currentColor;
    border-radius: var(--mre-radius, 0.25em);
    cursor: pointer;
  }
  button:hover {
    background: var(--mre-color-highlight, #fff1b8);
  }
  li.selected button {
    color: var(--mre-color-surface, #ffffff);
    background: var(--mre-color-primary, #00529c);
    border-color: var(--mre-color-primary, #00529c);
  }
`;
