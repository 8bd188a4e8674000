#!/usr/bin/env node
// The coverage gate: after a full test run in Chromium, every source file must reach its
// thresholds (percent). Figures come from the merged run of all test files
// (coverage/coverage-summary.json, written by web-test-runner), never from a single file's run.
// `npm test` applies it after a full run; run alone it checks the last report.
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';

/** What every file must reach. */
const floor = { lines: 95, statements: 95, branches: 85, functions: 80 };

/** Files that may stay below the floor, and why. Raise these, never lower them without a reason. */
const exceptions = {};

const summaryPath = 'coverage/coverage-summary.json';

/** Checks the last coverage report: `{ ok, lines }`, the lines to print. */
export function checkCoverage() {
  if (!existsSync(summaryPath)) return { ok: false, lines: [`${summaryPath} is missing: run the tests in Chromium first.`] };
  const summary = JSON.parse(readFileSync(summaryPath, 'utf8'));
  const failures = [];
  let files = 0;
  for (const [path, figures] of Object.entries(summary)) {
    if (path === 'total') continue;
    files++;
    const file = relative(process.cwd(), path).replaceAll('\\', '/');
    const wanted = { ...floor, ...exceptions[file] };
    for (const [metric, minimum] of Object.entries(wanted)) {
      const pct = figures[metric]?.pct;
      if (typeof pct === 'number' && pct < minimum) failures.push(`  ${file}: ${metric} ${pct} % < ${minimum} %`);
    }
  }
  const { total } = summary;
  const line =
    `Coverage of ${files} source files: lines ${total.lines.pct} %, branches ${total.branches.pct} %, ` +
    `functions ${total.functions.pct} % (every file at least ${floor.lines} % of lines, ${floor.branches} % of branches)`;
  return failures.length ? { ok: false, lines: [line, 'Coverage below the thresholds:', ...failures] } : { ok: true, lines: [line] };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { ok, lines } = checkCoverage();
  (ok ? console.log : console.error)(lines.join('\n'));
  process.exit(ok ? 0 : 1);
}
