/**
 * The content of a municipality's popup, as DOM. No Leaflet: the engine puts what this builds
 * into a Leaflet popup.
 */
import { el } from './dom.js';
import type { AreaPopup } from './types.js';

/** What a popup needs besides its content. */
export interface PopupOptions {
  /** The accessible name of the close button, such as "Sluiten". */
  closeLabel: string;
  /** The id of the title, which names the dialog; unique in the popup's shadow root. */
  titleId: string;
  /** Called when the close button is pressed. */
  onClose: () => void;
}

/**
 * Builds the body of a popup: a dialog named by its title, to be focused (`tabindex="-1"`), with
 *
 * - a close button (`button.mre-popup-close`, `type="button"`), showing "×" and named
 *   `closeLabel`;
 * - the title (`p.mre-popup-title`, with `id` `titleId`);
 * - a paragraph per line (`p.mre-popup-line`), empty lines included;
 * - the link, if `popup.link` has an `href`, in a paragraph of its own (`a.mre-popup-link`,
 *   pointing at that `href` as given; without text it shows the `href`).
 *
 * Every text is set as text: markup in the data shows as the characters it is made of, and
 * nothing but `popup.link` becomes a link.
 *
 * @returns The dialog, `div.mre-popup-body`, not yet in the document.
 */
export function createPopupContent(popup: AreaPopup, options: PopupOptions): HTMLElement {
  const body = el('div', 'mre-popup-body');
  body.setAttribute('role', 'dialog');
  body.setAttribute('aria-labelledby', options.titleId);
  body.tabIndex = -1;
  const close = el('button', 'mre-popup-close', '×');
  close.type = 'button';
  close.setAttribute('aria-label', options.closeLabel);
  close.addEventListener('click', () => options.onClose());
  const title = el('p', 'mre-popup-title', popup.title);
  title.id = options.titleId;
  body.append(close, title);
  for (const line of popup.lines) body.append(el('p', 'mre-popup-line', line));
  if (popup.link?.href) {
    const paragraph = el('p', 'mre-popup-line');
    const link = el('a', 'mre-popup-link', popup.link.text || popup.link.href);
    link.href = popup.link.href;
    paragraph.append(link);
    body.append(paragraph);
  }
  return body;
}
