import { html, type TemplateResult } from 'lit';
import { findMunicipality } from '../data/lookup.js';
import type { Municipality, Region } from '../data/types.js';
import type { Strings } from '../i18n/strings.js';

/**
 * A notice for the visitor: its text, announced by screen readers when it appears; or shown
 * without being announced (`quiet`), when another element on the page announces the same one.
 */
export type Notice = string | { text: string; quiet: true };

/**
 * An element's notices. The announced ones are in a live region (`role="status"`) that is always
 * in the DOM, so that a notice that appears later is read out; the quiet ones follow it.
 */
export function renderNotices(t: Strings, notices: readonly Notice[]): TemplateResult {
  const notice = (text: string) =>
    html`<p class="notice" part="notice"><span class="notice-label">${t.noticeLabel}:</span> ${text}</p>`;
  const announced = notices.filter((n): n is string => typeof n === 'string');
  const quiet = notices.filter((n): n is Exclude<Notice, string> => typeof n !== 'string');
  return html`<div class="notices" part="notices"><div role="status">${announced.map(notice)}</div>${quiet.map((n) =>
    notice(n.text),
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
