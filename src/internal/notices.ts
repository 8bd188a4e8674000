import { html, type TemplateResult } from 'lit';
import { findMunicipality } from '../data/lookup.js';
import type { Municipality, Region } from '../data/types.js';
import type { Strings } from '../i18n/strings.js';

/**
 * The live region with an element's notices (`role="status"`). It is always in the DOM, so that
 * a notice that appears later is announced.
 */
export function renderNotices(t: Strings, notices: readonly string[]): TemplateResult {
  return html`<div class="notices" part="notices" role="status">${notices.map(
    (text) => html`<p class="notice" part="notice"><span class="notice-label">${t.noticeLabel}:</span> ${text}</p>`,
  )}</div>`;
}

/**
 * The site's own municipality named by a `municipality` attribute, and the notice for a value
 * that names none (not given while a file from `src` may still bring it).
 */
export function ownMunicipality(
  t: Strings,
  region: Region,
  value: string | undefined,
  loading: boolean,
): { current?: Municipality; notices: string[] } {
  const current = findMunicipality(region, value);
  const wanted = value?.trim();
  return { current, notices: wanted && !current && !loading ? [t.unknownMunicipality(wanted)] : [] };
}
