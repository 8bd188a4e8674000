import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromeArgs, findChrome } from './scripts/find-browsers.mjs';
import { testServerPlugins } from './test/server-plugins.mjs';
import { summaryReporter } from './test/summary-reporter.mjs';

// @web/dev-server listens on every interface when told "localhost" or "127.0.0.1"; any other
// loopback address keeps the test server on this machine only.
const hostname = process.env.MRE_TEST_HOST ?? '127.0.0.2';

export default {
  files: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: true,
  hostname,
  // One page at a time: Chromium holds back animation frames in pages that are not in front,
  // and the map and the fixtures wait for frames.
  concurrency: 1,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 10_000 } },
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2021' }), ...testServerPlugins],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findChrome(),
        headless: true,
        args: chromeArgs(),
      },
    }),
  ],
  reporters: [defaultReporter(), summaryReporter()],
  coverage: true,
  coverageConfig: {
    report: true,
    reportDir: 'coverage',
    include: ['src/**/*.ts'],
    exclude: ['src/**/*.test.ts', 'src/data/validators.generated.js'],
  },
};
