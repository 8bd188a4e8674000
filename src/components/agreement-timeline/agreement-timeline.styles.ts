import { css } from 'lit';

export const styles = css`
  :host {
    /* A few items, so the page moves little when the timeline arrives. */
    min-height: var(--mre-agreement-timeline-min-height, 20em);
  }
  .base {
    padding: var(--mre-space, 1em);
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .item {
    position: relative;
    margin: 0;
    padding: 0 0 var(--mre-space, 1em) calc(var(--mre-space, 1em) * 1.75);
    border-inline-start: 0.125em solid var(--mre-agreement-timeline-line, var(--mre-color-border, #767676));
    margin-inline-start: 0.5em;
  }
  .item:last-child {
    border-inline-start-color: transparent;
  }
  .item::before {
    content: '';
    position: absolute;
    inset-inline-start: -0.5625em;
    top: 0.25em;
    width: 1em;
    height: 1em;
    border-radius: 50%;
    background: var(--mre-color-surface, #ffffff);
    border: 0.1875em solid var(--mre-agreement-timeline-line, var(--mre-color-border, #767676));
  }
  .item.current::before {
    background: var(--mre-color-primary, #00529c);
    border-color: var(--mre-color-primary, #00529c);
  }
  .item > * {
    margin: 0 0 calc(var(--mre-space, 1em) / 4);
  }
  .item.current > .title,
  .item.current > .date {
    background: var(--mre-color-highlight, #fff1b8);
    margin-inline-start: -0.25em;
    padding-inline: 0.25em;
    border-radius: var(--mre-radius, 0.25em);
    width: fit-content;
  }
  .date {
    color: var(--mre-color-muted, #4d4d4d);
    font-size: 0.9em;
  }
  .now {
    display: inline-block;
    margin-inline-start: 0.5em;
    padding: 0 0.5em;
    border-radius: var(--mre-radius, 0.25em);
    color: var(--mre-color-surface, #ffffff);
    background: var(--mre-color-primary, #00529c);
    font-weight: bold;
  }
  .title {
    font-weight: bold;
    font-size: 1.1em;
    line-height: 1.3;
  }
  .themes,
  .milestones {
    font-size: 0.9em;
    color: var(--mre-color-muted, #4d4d4d);
  }
  .label {
    font-weight: bold;
  }
  .milestones .label {
    margin: 0;
  }
  .milestones ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .sources {
    list-style: none;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--mre-space, 1em);
    font-size: 0.9em;
  }
`;
