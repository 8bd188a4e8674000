#!/usr/bin/env node
// `npm test`: the browser tests in every engine, Chromium, Firefox and WebKit, one after the other,
// each in its own web-test-runner run (web-test-runner.config.mjs with MRE_ENGINE set):
// - one engine at a time, one page at a time: on two cores, three browsers at once would slow the
//   frame-timed map tests into failures, and a page must be in front to get animation frames;
// - a run per engine: a browser that hangs or crashes costs only its own results, WebKit's Xvfb
//   and WebKitWebDriver live only as long as its run, and coverage (Chromium's) is written once.
//
// MRE_ENGINES=chromium,firefox limits the engines on purpose; an engine that is asked for (all
// three by default) and not installed fails the run, naming the command that installs it.
// Arguments go to web-test-runner (`npm test -- --files src/data/data.test.ts`); with --watch,
// one engine (Chromium unless MRE_ENGINES names another) runs until stopped.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { detailLines, engineLine, totalLine } from '../test/summary-reporter.mjs';
import { checkCoverage } from './check-coverage.mjs';
import { ENGINE_NAMES, engineVersion, locate, missingMessage, selectedEngines } from './find-browsers.mjs';
import { startWebKit } from './webkit-driver.mjs';

// The web-test-runner command (its package exports no package.json to read the bin from).
const wtrBin = join(dirname(createRequire(import.meta.url).resolve('@web/test-runner')), 'bin.js');

const args = process.argv.slice(2);
const watch = args.includes('--watch');

let engines;
try {
  ({ engines } = selectedEngines(watch && !process.env.MRE_ENGINES ? 'chromium' : process.env.MRE_ENGINES));
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
if (watch && engines.length > 1) {
  console.error(`Watch one engine at a time: MRE_ENGINES=${engines[0]} npm run test:watch`);
  process.exit(1);
}

const located = engines.map(locate);
const missing = located.filter((l) => l.missing.length);
if (missing.length) {
  console.error(missingMessage(missing));
  process.exit(1);
}

// Stopping: web-test-runner gets a SIGINT (a second one when Ctrl-C reached it already does no
// harm) and closes its browser; the WebKit services are stopped before this script exits.
let interrupted;
let child;
let services;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = signal;
    child?.kill('SIGINT');
    // Give web-test-runner time to close its browser, then end it.
    setTimeout(() => child?.kill('SIGKILL'), 15_000).unref();
    if (!child) services?.stop();
  });
}

const scratch = mkdtempSync(join(tmpdir(), 'mre-test-'));
// Marks every process a test run starts (they inherit it), so that what a run that crashed left
// behind (a browser Puppeteer started in a process group of its own) can be found and ended.
const runMark = ['MRE_TEST_RUN', scratch];

/** Ends the processes a test run left behind, found by the mark in their environment (Linux). */
function endLeftovers() {
  let ended = 0;
  let pids = [];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name) && Number(name) !== process.pid);
  } catch {
    return 0;
  }
  for (const pid of pids) {
    try {
      if (!readFileSync(`/proc/${pid}/environ`, 'latin1').split('\0').includes(runMark.join('='))) continue;
      process.kill(Number(pid), 'SIGKILL');
      ended++;
    } catch {
      // gone, or not ours to read
    }
  }
  return ended;
}

function runTests(engine, env) {
  return new Promise((resolve) => {
    child = spawn(process.execPath, [wtrBin, ...args], {
      stdio: 'inherit',
      env: { ...process.env, ...env, MRE_ENGINE: engine, [runMark[0]]: runMark[1] },
    });
    child.once('error', (error) => resolve({ code: 1, reason: error.message }));
    child.once('exit', (code, signal) => resolve({ code: code ?? 1, reason: signal ? `stopped by ${signal}` : undefined }));
  }).finally(() => {
    child = undefined;
    const ended = endLeftovers();
    if (ended) console.error(`Ended ${ended} process(es) that the ${ENGINE_NAMES[engine]} run left behind.`);
  });
}

const results = [];
try {
  for (const { engine, paths } of located) {
    if (interrupted) break;
    const version = engineVersion(engine, paths);
    console.log(`\n== ${ENGINE_NAMES[engine]}${version ? ` (${version})` : ''}`);
    const started = Date.now();
    const summaryFile = join(scratch, `${engine}.json`);
    const env = { MRE_SUMMARY_FILE: summaryFile };
    let outcome;
    try {
      if (engine === 'webkit') {
        services = await startWebKit(paths);
        env.MRE_WEBKIT_DRIVER_PORT = String(services.port);
      }
      if (!interrupted) outcome = await runTests(engine, env);
    } catch (error) {
      outcome = { code: 1, reason: error.message };
      console.error(error.message);
    } finally {
      await services?.stop();
      services = undefined;
    }
    let result;
    try {
      result = JSON.parse(readFileSync(summaryFile, 'utf8'));
    } catch {
      // The run ended before its reporter wrote the counts.
      result = { engine, passed: 0, failedTests: [], skippedTests: [], brokenFiles: [], finished: false, reason: interrupted ? `stopped by ${interrupted}` : outcome?.reason ?? `exit code ${outcome?.code}` };
    }
    if (outcome?.code && result.finished !== false && !result.failedTests.length && !result.brokenFiles.length) {
      // web-test-runner failed for a reason its reporter could not count (a timeout, a crash).
      result.finished = false;
      result.reason = outcome.reason ?? `web-test-runner exited with ${outcome.code}, see its output above`;
    }
    results.push({ ...result, version, seconds: (Date.now() - started) / 1000 });
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

if (interrupted) {
  console.error(`\nStopped (${interrupted}).`);
  process.exit(interrupted === 'SIGINT' ? 130 : 143);
}

// The coverage gate, after a full run (no file chosen) in Chromium, where coverage is measured.
const fullChromiumRun = !watch && args.length === 0 && results.some((r) => r.engine === 'chromium' && r.finished !== false);
const coverage = fullChromiumRun ? checkCoverage() : { ok: true, lines: [] };

if (!watch) {
  console.log(
    ['', '== Summary', ...results.flatMap(detailLines), ...results.map(engineLine), ...coverage.lines, '', totalLine(results)].join('\n'),
  );
}
const failed = !coverage.ok || results.some((r) => r.finished === false || r.failedTests.length || r.brokenFiles.length);
process.exit(failed ? 1 : 0);
