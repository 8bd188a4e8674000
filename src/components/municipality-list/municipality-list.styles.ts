import { css } from 'lit';

export const styles = css`
  :host {
    /* About a screenful of names, so the page moves little when the list arrives. */
    min-height: var(--mre-municipality-list-min-height, 12em);
  }
  .base {
    padding: var(--_mre-space);
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_mre-space) / 2) var(--_mre-space);
    align-items: end;
    margin-block-end: calc(var(--_mre-space) / 2);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    flex: 1 1 12em;
    max-width: 22em;
  }
  /* The sort menu starts from the width of its longest choice, so no choice is cut off. */
  .field.sort {
    flex: 1 1 auto;
  }
  label {
    font-weight: bold;
  }
  input,
  select {
    font: inherit;
    letter-spacing: normal;
    color: var(--_mre-color-text);
    background: var(--_mre-color-surface);
    border: 0.0625em solid var(--_mre-color-border);
    border-radius: var(--_mre-radius);
    padding: 0.375em 0.5em;
    min-height: 2.5em;
    width: 100%;
  }
  .population-date {
    margin: 0 0 calc(var(--_mre-space) / 2);
    color: var(--_mre-color-muted);
  }
  .status {
    margin: 0 0 calc(var(--_mre-space) / 2);
  }
  .status:empty {
    margin: 0;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    columns: var(--mre-municipality-list-column-width, 16em) auto;
    column-gap: calc(var(--_mre-space) * 2);
  }
  .compact ul {
    columns: var(--mre-municipality-list-column-width, 12em) auto;
  }
  li {
    break-inside: avoid;
    padding: calc(var(--_mre-space) / 4) calc(var(--_mre-space) / 2);
    margin-inline: calc(var(--_mre-space) / -2);
    border-radius: var(--_mre-radius);
  }
  .full li {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: calc(var(--_mre-space) / 2);
    padding-block: calc(var(--_mre-space) / 2);
  }
  li[hidden] {
    display: none;
  }
  /* In a long list a row out of view is not laid out or painted until it comes near, so that
     the list and a search that shows many rows again stay quick; its text stays there for
     find-in-page and assistive technology. Its height is a guess (a name and a population, each
     on one line) until it is first shown. A short list keeps every row, so that no row moves to
     another column when the guess was off. */
  .long > li {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 2.85em;
  }
  .compact .long > li {
    contain-intrinsic-block-size: auto 1.5em;
  }
  .name-line {
    flex: 1 0 100%;
  }
  li.current {
    background: var(--_mre-color-highlight);
  }
  li.selected {
    outline: 0.15em solid var(--_mre-color-primary);
    outline-offset: -0.15em;
  }
  .here,
  .selected-label {
    font-weight: bold;
  }
  .population {
    color: var(--_mre-color-muted);
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
    color: var(--_mre-color-primary);
    background: var(--_mre-color-surface);
    border: 0.0625em solid currentColor;
    border-radius: var(--_mre-radius);
    cursor: pointer;
  }
  button:hover {
    background: var(--_mre-color-highlight);
  }
  li.selected button {
    color: var(--_mre-color-surface);
    background: var(--_mre-color-primary);
    border-color: var(--_mre-color-primary);
  }
`;
