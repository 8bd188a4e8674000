import { css } from 'lit';

export const styles = css`
  :host {
    --_mre-agreement-timeline-line: var(--mre-agreement-timeline-line, var(--_mre-color-border));
    /* A few items, so the page moves little when the timeline arrives. */
    min-height: var(--mre-agreement-timeline-min-height, 20em);
  }
  .base {
    padding: var(--_mre-space);
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  /* The line (::after) and the dot (::before) lie inside the item's own box. */
  .item {
    position: relative;
    margin: 0;
    padding: 0 0 var(--_mre-space) calc(0.625em + var(--_mre-space) * 1.75);
  }
  .item::after {
    content: '';
    position: absolute;
    inset-block: 0;
    inset-inline-start: 0.5em;
    border-inline-start: 0.125em solid var(--_mre-agreement-timeline-line);
  }
  .item:last-child::after {
    border-inline-start-color: transparent;
  }
  .item::before {
    content: '';
    position: absolute;
    z-index: 1;
    inset-inline-start: 0.0625em;
    top: 0.25em;
    width: 1em;
    height: 1em;
    border-radius: 50%;
    background: var(--_mre-color-surface);
    border: 0.1875em solid var(--_mre-agreement-timeline-line);
  }
  .item.current::before {
    background: var(--_mre-color-primary);
    border-color: var(--_mre-color-primary);
  }
  /* In a long timeline an item out of view is not laid out or painted until it comes near, so
     that the page loads without long tasks; its text stays there for find-in-page and assistive
     technology. Its height is a guess until it is first shown. The item reaches a little into the
     padding at its end, so that the focus ring of a link there is not cut off. */
  .long > .item {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 11em;
    margin-inline-end: -0.5em;
    padding-inline-end: 0.5em;
  }
  .item > * {
    margin: 0 0 calc(var(--_mre-space) / 4);
  }
  .item.current > .title,
  .item.current > .date {
    background: var(--_mre-color-highlight);
    margin-inline-start: -0.25em;
    padding-inline: 0.25em;
    border-radius: var(--_mre-radius);
    width: fit-content;
  }
  .date {
    color: var(--_mre-color-muted);
    font-size: 0.9em;
  }
  .now {
    display: inline-block;
    margin-inline-start: 0.5em;
    padding: 0 0.5em;
    border-radius: var(--_mre-radius);
    color: var(--_mre-color-surface);
    background: var(--_mre-color-primary);
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
    color: var(--_mre-color-muted);
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
    gap: 0 var(--_mre-space);
    font-size: 0.9em;
  }
`;
