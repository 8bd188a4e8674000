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
 * `it` for a test of a facility that only some engines have. In those engines it is the test. In
 * the others a test of the same name runs instead that proves the facility is indeed missing
 * there (`elsewhere`), with the engine and the reason in its title: the summary shows what ran
 * where, and no test is skipped.
 *
 *     itIn(['chromium'], 'forced colours are emulated through the DevTools protocol', forcedColoursRefused)(
 *       'draws the map in system colours under forced colours', async () => { … });
 */
export function itIn(
  engines: Engine[],
  reason: string,
  elsewhere: () => Promise<void>,
): (title: string, fn: Mocha.AsyncFunc) => Mocha.Test {
  return (title, fn) =>
    engines.includes(engine) ? it(title, fn) : it(`${title}: not in ${engineName}, where ${reason} is missing (checked)`, elsewhere);
}

/** In an engine without the DevTools protocol, the test server refuses to emulate forced colours. */
export async function forcedColoursRefused(): Promise<void> {
  const { executeServerCommand } = await import('@web/test-runner-commands');
  const answer = await executeServerCommand<{ refused?: string }, { active: boolean }>('emulate-forced-colors', { active: true });
  if (!answer?.refused?.includes('DevTools protocol')) throw new Error(`forced colours were not refused: ${JSON.stringify(answer)}`);
}

/** In an engine without the DevTools protocol, the test server refuses `command` (with `payload`). */
async function refused(command: string, payload: unknown): Promise<void> {
  const { executeServerCommand } = await import('@web/test-runner-commands');
  const answer = await executeServerCommand<{ refused?: string }, unknown>(command, payload);
  if (!answer?.refused?.includes('DevTools protocol')) throw new Error(`${command} was not refused: ${JSON.stringify(answer)}`);
}

/** In an engine without the DevTools protocol, the test server refuses real touch input. */
export const touchRefused = () => refused('touch', { fingers: [[10, 10]], dy: 10 });

/** In an engine without the DevTools protocol, the test server refuses to lay the page out for print. */
export const printRefused = () => refused('emulate-print', { active: true });
