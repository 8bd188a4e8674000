import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { ENGINES } from './scripts/find-browsers.mjs';
import { launcherFor } from './test/launchers.mjs';
import { testServerPlugins } from './test/server-plugins.mjs';
import { summaryReporter } from './test/summary-reporter.mjs';

// One engine per run: `npm test` (scripts/test-browsers.mjs) runs this config once for each engine
// in MRE_ENGINES and sets MRE_ENGINE; a bare `web-test-runner` runs Chromium.
const engine = process.env.MRE_ENGINE || 'chromium';
if (!ENGINES.includes(engine)) throw new Error(`MRE_ENGINE is ${engine}; it is one of ${ENGINES.join(', ')}.`);

// @web/dev-server listens on every interface when told "localhost" or "127.0.0.1"; any other
// loopback address keeps the test server on this machine only.
const hostname = process.env.MRE_TEST_HOST ?? '127.0.0.2';

export default {
  files: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: true,
  hostname,
  // One page at a time: browsers hold back animation frames in pages that are not in front, and
  // the map and the fixtures wait for frames.
  concurrency: 1,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 10_000 } },
  // The engine, known to a test file before its first `describe` (see test/engine.ts).
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><head></head><body>` +
    `<script>globalThis.mreTestEngine = ${JSON.stringify(engine)};</script>` +
    `<script type="module" src="${testFramework}"></script></body></html>`,
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), ...testServerPlugins({ engine })],
  browsers: [launcherFor(engine)],
  reporters: [defaultReporter(), summaryReporter({ engine })],
  // Coverage comes from V8 through the DevTools protocol: Chromium only.
  coverage: engine === 'chromium',
  coverageConfig: {
    report: true,
    reportDir: 'coverage',
    reporters: ['lcov', 'json-summary'],
    include: ['src/**/*.ts'],
    exclude: ['src/**/*.test.ts', 'src/data/*.generated.js'],
  },
};
