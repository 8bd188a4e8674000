import { oneEvent } from '@open-wc/testing';
import type { MreErrorEvent } from '../src/events.js';

/** Waits until an element with `src` has finished loading (or failing) and rendered. */
export async function settled(el: HTMLElement & { updateComplete: Promise<boolean> }): Promise<void> {
  const task = (el as unknown as { _data: { taskComplete: Promise<unknown> } })._data;
  await task.taskComplete.catch(() => undefined);
  await el.updateComplete;
}

/** The text a person sees in an element's shadow root, with white space folded. */
export function visibleText(el: Element): string {
  const root = el.shadowRoot ?? el;
  return (root.textContent ?? '').replace(/\s+/g, ' ').trim();
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
