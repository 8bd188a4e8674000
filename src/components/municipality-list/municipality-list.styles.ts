import { css } from 'lit';

export const styles = css`
  .base {
    padding: var(--mre-space, 1em);
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    columns: var(--mre-municipality-list-column-width, 14em) auto;
    column-gap: calc(var(--mre-space, 1em) * 2);
  }
  li {
    break-inside: avoid;
    padding: calc(var(--mre-space, 1em) / 4) calc(var(--mre-space, 1em) / 2);
    margin-inline: calc(var(--mre-space, 1em) / -2);
    border-radius: var(--mre-radius, 0.25em);
  }
  li.current {
    background: var(--mre-color-highlight, #fff1b8);
  }
  li.selected {
    outline: 0.15em solid var(--mre-color-primary, #00529c);
    outline-offset: -0.15em;
  }
  .here {
    font-weight: bold;
  }
`;
