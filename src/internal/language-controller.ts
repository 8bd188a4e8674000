import type { ReactiveControllerHost } from 'lit';
import type { Lang } from '../data/types.js';
import { loadLanguage, shownLang, stringsFor } from '../i18n/languages.js';
import type { Strings } from '../i18n/strings.js';
import { observeLang, resolveLang, unobserveLang } from './lang.js';
import type { SettlingController } from './mre-element.js';

/**
 * The language an element shows: its own `lang`, else the nearest ancestor's, else Dutch.
 * Resolved once per update, before rendering; the element updates when a `lang` changes on it
 * or on any ancestor (the model is Shoelace's `LocalizeController`). English texts are loaded the
 * first time they are needed (see `MreElement.shouldUpdate`); `updateComplete` waits for them.
 */
export class LanguageController implements SettlingController {
  /** The language of the current update: `nl` or `en` (Dutch when English could not be loaded). */
  lang: Lang = 'nl';

  /** The language the element's `lang` (or an ancestor's) asked for at the last update. */
  #asked: Lang = 'nl';

  readonly #host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  /** The string table of {@link lang}. */
  get t(): Strings {
    return stringsFor(this.lang);
  }

  hostConnected(): void {
    observeLang(this.#host, this.#host.getRootNode());
    // Moved, or back after a lang changed while it was away: no mutation says so, so look now.
    if (resolveLang(this.#host) !== this.#asked) this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    unobserveLang(this.#host);
  }

  hostUpdate(): void {
    this.#asked = resolveLang(this.#host);
    this.lang = shownLang(this.#asked);
  }

  /** Resolves once the texts of the language the element asks for now are there (or failed). */
  settled(): Promise<unknown> {
    return loadLanguage(resolveLang(this.#host));
  }
}
