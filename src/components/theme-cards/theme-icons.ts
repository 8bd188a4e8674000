import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';

/**
 * Decorative line icons, one per theme, drawn in `currentColor` on a 24 × 24 grid. They repeat
 * the heading next to them, so the cards hide them from assistive technology.
 */
const paths: Record<string, SVGTemplateResult> = {
  // A rising bar chart.
  economie: svg`<path d="M3 21h18"/><path d="M6 17v-4"/><path d="M11 17V9"/><path d="M16 17v-6"/><path d="M5 9l5-4 4 3 6-5"/><path d="M17 3h3v3"/>`,
  // A bus on a road.
  mobiliteit: svg`<rect x="5" y="3" width="14" height="14" rx="2"/><path d="M5 11h14"/><path d="M9 7h6"/><circle cx="8.5" cy="14" r="1"/><circle cx="15.5" cy="14" r="1"/><path d="M7 17v3"/><path d="M17 17v3"/><path d="M2 21h20"/>`,
  // A tree on a field.
  'transitie-landelijk-gebied': svg`<path d="M12 21v-7"/><path d="M12 3c-3 0-5 2.5-5 5.5S9.5 14 12 14s5-2.5 5-5.5S15 3 12 3z"/><path d="M2 21h20"/><path d="M4 18h4"/><path d="M16 18h4"/>`,
  // A wind turbine beside a lightning bolt.
  energietransitie: svg`<path d="M8 21V11"/><circle cx="8" cy="9" r="1.5"/><path d="M8 7.5V3"/><path d="M6.7 9.8l-3.9 2.3"/><path d="M9.3 9.8l3.9 2.3"/><path d="M5 21h6"/><path d="M18 3l-3 6h4l-3 6"/>`,
};

/** Any other theme: a neutral circle with three dots. */
const neutral = svg`<circle cx="12" cy="12" r="8"/><circle cx="8.5" cy="12" r="0.75"/><circle cx="12" cy="12" r="0.75"/><circle cx="15.5" cy="12" r="0.75"/>`;

/** The icon of a theme, or the neutral icon for an id this library does not know. */
export function themeIcon(id: string): TemplateResult {
  return html`<svg class="icon" part="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"
    fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round"
    data-icon=${id in paths ? id : 'neutral'}>${paths[id] ?? neutral}</svg>`;
}
