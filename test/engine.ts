// Which browser engine a test file runs in, for the few facilities that exist in only one of them.
// The test page knows it before the first `describe` (web-test-runner.config.mjs writes it into
// the page); executeServerCommand('engine-name') answers the same from the test server.

export type Engine = 'chromium' | 'firefox' | 'webkit';

const names: Record<Engine, string> = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' };

function current(): Engine {
  const value = (globalThis as { mreTestEngine?: string }).mreTestEngine;
  if (value === 'chromium' || value === 'firefox' || value === 'webkit') return value;
  throw new Error('The test page does not say its engine; run the tests with web-test-runner.config.mjs (npm test).');
}

/** The engine of this run: `chromium`, `firefox` or `webkit`. */
export const engine: Engine = current();

/** The engine's everyday name: Chromium, Firefox, WebKit. */
export const engineName: string = names[engine];

/**
 * `describe` for tests of a facility that only some engines have. In the others the suite is still
 * declared, but skipped, with the engine and the reason in its title, so the test summary lists
 * each of its tests as skipped there instead of leaving them out quietly.
 *
 *     // Forced colours are switched on through the DevTools protocol: Chromium only.
 *     describeIn(['chromium'], 'forced colours are emulated through the DevTools protocol')('under forced colours', () => { … });
 */
export function describeIn(engines: Engine[], reason: string): (title: string, fn: (this: Mocha.Suite) => void) => Mocha.Suite | void {
  return (title, fn) => (engines.includes(engine) ? describe(title, fn) : describe.skip(`${title} (not in ${engineName}: ${reason})`, fn));
}

/** `it` for one test of a facility that only some engines have; elsewhere skipped, with the reason in its title. */
export function itIn(engines: Engine[], reason: string): (title: string, fn: Mocha.AsyncFunc) => Mocha.Test {
  return (title, fn) => (engines.includes(engine) ? it(title, fn) : it.skip(`${title} (not in ${engineName}: ${reason})`, fn));
}
