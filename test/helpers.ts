import { fixtureSync, oneEvent, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { MreErrorEvent } from '../src/events.js';

/**
 * Renders `template` and waits for its first render only, not for the data from `src` that
 * `updateComplete` would wait for: to see what a visitor sees while a file is on its way.
 */
export async function firstRender<T extends HTMLElement>(template: TemplateResult): Promise<T> {
  const el = fixtureSync<T>(template);
  await waitUntil(() => el.shadowRoot?.querySelector('.base'), 'the element did not render');
  return el;
}

/**
 * The text of a node as a person sees it: white space folded, without the invisible marks that
 * isolate data inside sentences (U+2068, U+2069).
 */
export function shownText(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ').trim();
}

/**
 * The text a person sees in an element's shadow root, with white space folded and without the
 * invisible marks that isolate data inside sentences (U+2068, U+2069).
 */
export function visibleText(el: Element): string {
  return shownText(el.shadowRoot ?? el);
}

/** Resolves with the next `mre-error` event fired at `el`. */
export function nextError(el: HTMLElement): Promise<MreErrorEvent> {
  return oneEvent(el, 'mre-error') as Promise<MreErrorEvent>;
}

/** A URL no other test uses, so the page-wide cache does not answer it. */
let counter = 0;
export function fresh(path: string): string {
  counter++;
  return `${path}${path.includes('?') ? '&' : '?'}t=${Date.now()}-${counter}`;
}

/** Records the URL of every fetch the page makes until `restore()`; the fetches still go out. */
export function watchFetches(): { urls: string[]; restore: () => void } {
  const original = window.fetch;
  const urls: string[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    urls.push(input instanceof Request ? input.url : String(input));
    return original(input, init);
  };
  return { urls, restore: () => (window.fetch = original) };
}
