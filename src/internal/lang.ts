import type { Lang } from '../data/types.js';

/** `en`, `en-GB`, `EN-us` → `en`; everything else is shown in Dutch. */
export function normalizeLang(value: string | null | undefined): Lang {
  return /^en(-|$)/i.test(value?.trim() ?? '') ? 'en' : 'nl';
}

/**
 * The language of an element: its own `lang`, else the nearest ancestor's (crossing shadow
 * roots), else Dutch.
 */
export function resolveLang(element: Element): Lang {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      const value = node.getAttribute('lang');
      if (value) return normalizeLang(value);
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return 'nl';
}

/** Something that re-renders when a `lang` attribute changes on it or above it. */
export interface LangListener {
  requestUpdate(): void;
}

const listeners = new Set<LangListener>();
let observer: MutationObserver | undefined;
const options: MutationObserverInit = { attributes: true, attributeFilter: ['lang'], subtree: true };

/**
 * Calls `requestUpdate()` on the listener whenever a `lang` attribute in the document changes,
 * and in `root` when the listener lives in a shadow root.
 */
export function observeLang(listener: LangListener, root?: Node): void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((l) => l.requestUpdate()));
    observer.observe(document.documentElement, options);
  }
  if (root instanceof ShadowRoot) observer.observe(root, options);
}

export function unobserveLang(listener: LangListener): void {
  listeners.delete(listener);
  if (listeners.size === 0) {
    observer?.disconnect();
    observer = undefined;
  }
}
