import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Lang } from '../data/types.js';
import { strings, type Strings } from '../i18n/strings.js';
import { observeLang, resolveLang, unobserveLang } from './lang.js';

/**
 * The language an element shows: its own `lang`, else the nearest ancestor's, else Dutch.
 * Resolved once per update, before rendering; the element updates when a `lang` changes on it
 * or on any ancestor (the model is Shoelace's `LocalizeController`).
 */
export class LanguageController implements ReactiveController {
  /** The language of the current update: `nl` or `en`. */
  lang: Lang = 'nl';

  readonly #host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  /** The string table of {@link lang}. */
  get t(): Strings {
    return strings[this.lang];
  }

  hostConnected(): void {
    observeLang(this.#host, this.#host.getRootNode());
    // Moved, or back after a lang changed while it was away: no mutation says so, so look now.
    if (resolveLang(this.#host) !== this.lang) this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    unobserveLang(this.#host);
  }

  hostUpdate(): void {
    this.lang = resolveLang(this.#host);
  }
}
