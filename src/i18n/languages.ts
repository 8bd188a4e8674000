import { defaultRegion } from '../data/default-region.js';
import type { Lang, Region } from '../data/types.js';
import { getBasePath } from '../internal/base-path.js';
import type * as English from './english.js';
import { nl, type Strings } from './strings.js';

/** The English texts, relative to the library's folder (see `setBasePath`). */
export const ENGLISH_CHUNK = 'chunks/mre-en.js';

let english: typeof English | undefined;
let pending: Promise<void> | undefined;
let unavailable = false;

/**
 * The one way to the English texts: from the folder the page named (`setBasePath`,
 * `<meta name="mre-widgets-base">`), else from next to this module. The production build
 * rewrites the second branch to load the chunk from next to the script.
 */
function loadEnglish(): Promise<typeof English> {
  const base = getBasePath();
  if (base) return import(/* @vite-ignore */ new URL(ENGLISH_CHUNK, base).href) as Promise<typeof English>;
  return import('./english.js');
}

/**
 * Whether an element can be shown in `lang` now: Dutch always; English once its texts have
 * arrived, or once they could not be loaded (the element is then shown in Dutch).
 */
export function languageReady(lang: Lang): boolean {
  return lang === 'nl' || english !== undefined || unavailable;
}

/**
 * Loads the texts of `lang` (once per page; Dutch needs nothing). Never rejects: when the English
 * texts cannot be loaded (a missing chunk, a Content-Security-Policy that refuses it), the console
 * says why once and the elements are shown in Dutch.
 */
export function loadLanguage(lang: Lang): Promise<void> {
  if (languageReady(lang)) return Promise.resolve();
  return (pending ??= loadEnglish().then(
    (module) => {
      english = module;
    },
    (error: unknown) => {
      unavailable = true;
      console.warn(
        `mre-widgets: the widgets are shown in Dutch, because the English texts (the file ${ENGLISH_CHUNK} in the ` +
          `folder of the script) could not be loaded. If this site combines, moves or inlines scripts, use ` +
          `mre-widgets.standalone.js instead, or say where the folder is: ` +
          `<meta name="mre-widgets-base" content="https://…/mre-widgets/">. ${String(error)}`,
      );
    },
  ));
}

/** The language an element asking for `lang` is shown in now: Dutch until English has arrived. */
export function shownLang(lang: Lang): Lang {
  return lang === 'en' && english ? 'en' : 'nl';
}

/** The elements' texts in the language {@link shownLang} gives for `lang`. */
export function stringsFor(lang: Lang): Strings {
  return shownLang(lang) === 'en' ? english!.strings : nl;
}

/**
 * The built-in dataset with the texts of `lang` when they are there: with the English texts once
 * they have arrived, else `defaultRegion` (Dutch only).
 */
export function bundledRegion(lang: Lang): Region {
  return lang === 'en' && english ? english.region : defaultRegion;
}
