import { css } from 'lit';

export const styles = css`
  :host {
    --_mre-theme-cards-accent: var(--mre-theme-cards-accent, var(--_mre-color-primary));
    /* Roughly one row of cards, so the page moves little when the cards arrive. */
    min-height: var(--mre-theme-cards-min-height, 10em);
  }
  .base {
    container: mre-theme-cards / inline-size;
    background: transparent;
  }
  .cards {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_mre-space);
  }
  @container mre-theme-cards (min-width: 30em) {
    .grid .cards:not([data-count='1']) {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  @container mre-theme-cards (min-width: 56em) {
    .grid .cards[data-count='3'] {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
    .grid .cards[data-count='4'] {
      grid-template-columns: repeat(4, minmax(0, 1fr));
    }
  }
  .card {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_mre-space) / 2);
    padding: var(--_mre-space);
    background: var(--_mre-color-surface);
    border: 0.0625em solid var(--_mre-color-border);
    border-top: 0.25em solid var(--_mre-theme-cards-accent);
    border-radius: var(--_mre-radius);
  }
  .icon {
    flex: none;
    width: var(--mre-theme-cards-icon-size, var(--_icon-size, 2.5em));
    height: var(--mre-theme-cards-icon-size, var(--_icon-size, 2.5em));
    color: var(--_mre-theme-cards-accent);
  }
  .heading {
    margin: 0;
    font-size: 1.25em;
    font-weight: bold;
    line-height: 1.3;
    color: var(--_mre-color-text);
  }
  .summary {
    margin: 0;
  }
  .more {
    margin: auto 0 0;
  }

  /* One column, icon beside the text, for narrow sidebars. */
  .list .cards {
    gap: 0;
  }
  .list .card {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    column-gap: calc(var(--_mre-space) * 0.75);
    row-gap: calc(var(--_mre-space) / 4);
    align-items: start;
    padding: calc(var(--_mre-space) * 0.75) 0;
    border: 0;
    border-bottom: 0.0625em solid var(--_mre-color-border);
    border-radius: 0;
    background: transparent;
  }
  .list .icon {
    grid-row: span 3;
    --_icon-size: 1.75em;
  }
  .list .heading {
    font-size: 1.1em;
  }
  .list .summary,
  .list .more {
    grid-column: 2;
  }
`;
