// Prints, after the default reporter, how many tests passed in the engine of this run (and which
// were skipped, by name, so a test that only some engines can run is never dropped quietly),
// then one closing line with the totals, "N passed, N failed" (", N skipped" when any), so that
// CI logs say plainly how many tests ran.
//
// Under `npm test` (scripts/test-browsers.mjs) each engine runs on its own; the reporter then
// writes its counts to MRE_SUMMARY_FILE and the script prints the closing line for all engines.
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';

export const ENGINE_NAMES = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' };

function collect(suite, path, file, result) {
  if (!suite) return;
  for (const test of suite.tests ?? []) {
    const name = `${file}: ${[...path, test.name].join(' › ')}`;
    if (test.skipped) result.skippedTests.push(name);
    else if (test.passed) result.passed++;
    else result.failedTests.push(name);
  }
  for (const child of suite.suites ?? []) collect(child, [...path, child.name], file, result);
}

/** Counts of one engine's run: passed, failed and skipped tests, and files that could not run. */
export function countSessions(engine, sessions) {
  const result = { engine, passed: 0, failedTests: [], skippedTests: [], brokenFiles: [] };
  for (const session of sessions) {
    const file = relative(process.cwd(), session.testFile);
    collect(session.testResults, [], file, result);
    // A test file that could not run at all counts as a failure.
    if (!session.passed && (session.errors?.length ?? 0) > 0) result.brokenFiles.push(file);
  }
  return result;
}

const failedCount = (r) => r.failedTests.length + r.brokenFiles.length + (r.finished === false ? 1 : 0);

/** "Firefox: 247 passed, 6 failed, 1 skipped" (and the wall time when known). */
export function engineLine(r) {
  const skipped = r.skippedTests.length ? `, ${r.skippedTests.length} skipped` : '';
  const time = r.seconds != null ? ` in ${Math.round(r.seconds)} s` : '';
  const version = r.version ? ` (${r.version})` : '';
  // A run that ended without its counts, or failed in a way no test shows, counts as one failure.
  const status = r.finished === false ? `, run failed${r.reason ? `: ${r.reason}` : ''}` : '';
  return `${ENGINE_NAMES[r.engine] ?? r.engine}${version}: ${r.passed} passed, ${failedCount(r)} failed${skipped}${status}${time}`;
}

/** The closing line over all engines: "N passed, N failed" (", N skipped" when any). */
export function totalLine(results) {
  const sum = (f) => results.reduce((n, r) => n + f(r), 0);
  const skipped = sum((r) => r.skippedTests.length);
  return `${sum((r) => r.passed)} passed, ${sum(failedCount)} failed${skipped ? `, ${skipped} skipped` : ''}`;
}

/** The lines naming what was skipped and what failed in one engine, indented under it. */
export function detailLines(r) {
  const name = ENGINE_NAMES[r.engine] ?? r.engine;
  return [
    ...r.skippedTests.map((t) => `  skipped in ${name}: ${t}`),
    ...r.failedTests.map((t) => `  failed in ${name}: ${t}`),
    ...r.brokenFiles.map((f) => `  could not run in ${name}: ${f}`),
  ];
}

export function summaryReporter({ engine = 'chromium' } = {}) {
  return {
    onTestRunFinished({ sessions }) {
      const result = countSessions(engine, sessions);
      const file = process.env.MRE_SUMMARY_FILE;
      if (file) writeFileSync(file, JSON.stringify(result));
      // Under `npm test` the script recaps the details of every engine at the end; on its own (a
      // bare `web-test-runner`) this run's total is the closing line.
      const lines = file ? [engineLine(result)] : [...detailLines(result), engineLine(result), '', totalLine([result])];
      // Printed after the default reporter's own output.
      setTimeout(() => console.log(`\n${lines.join('\n')}`), 0);
    },
  };
}
