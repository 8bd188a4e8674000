// Waiting for what the page has scheduled: Leaflet's animations and timers, and the errors they
// would throw. Used by the tests that take a map away in the middle of something.
import { nextFrame, waitUntil } from '@open-wc/testing';

/** Resolves as soon as `node` has the class `name`: the moment an animation of Leaflet starts. */
export function whenClass(node: Element, name: string): Promise<void> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!node.classList.contains(name)) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(node, { attributes: true, attributeFilter: ['class'] });
  });
}

/**
 * Records the timers the page sets while it watches (Leaflet sets its own through the global
 * `setTimeout`), so that a test can wait until every one of them has run or been cleared.
 */
function watchTimers() {
  const [set, clear] = [window.setTimeout, window.clearTimeout];
  const pending = new Set<number>();
  window.setTimeout = ((handler: TimerHandler, timeout?: number, ...args: unknown[]) => {
    if (typeof handler !== 'function') return set(handler, timeout, ...args);
    const id = set(() => {
      pending.delete(id);
      handler(...args);
    }, timeout);
    pending.add(id);
    return id;
  }) as typeof setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) pending.delete(id);
    clear(id);
  }) as typeof clearTimeout;
  return {
    get pending() {
      return pending.size;
    },
    stop() {
      window.setTimeout = set;
      window.clearTimeout = clear;
    },
  };
}

/** Errors thrown into the page while it watches, uncaught or as unhandled rejections. */
function watchErrors() {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/**
 * Runs `act` (which ends by destroying a view) while watching timers and errors, then waits
 * until every timer set meanwhile has run and two animation frames have passed: whatever
 * Leaflet had scheduled has had its turn. Returns the errors seen.
 */
export async function afterEverythingScheduled(act: () => Promise<void> | void): Promise<string[]> {
  const errors = watchErrors();
  const timers = watchTimers();
  try {
    await act();
  } finally {
    timers.stop();
  }
  try {
    await waitUntil(() => timers.pending === 0, 'every timer set before the map was removed has run', { timeout: 5000 });
    await nextFrame();
    await nextFrame();
  } finally {
    errors.stop();
  }
  return errors.errors;
}
