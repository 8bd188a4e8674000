#!/usr/bin/env node
// The coverage gate: after a full test run in Chromium, every source file must reach its
// thresholds (percent). Figures come from the merged run of all test files
// (coverage/coverage-summary.json, written by web-test-runner), never from a single file's run.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';

/** What every file must reach. */
const floor = { lines: 95, statements: 95, branches: 85, functions: 80 };

/** Files that may stay below the floor, and why. Raise these, never lower them without a reason. */
const exceptions = {};

const summaryPath = 'coverage/coverage-summary.json';
if (!existsSync(summaryPath)) {
  console.error(`${summaryPath} is missing: run the tests in Chromium first (npm test).`);
  process.exit(1);
}
const ageMinutes = (Date.now() - statSync(summaryPath).mtimeMs) / 60_000;
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
    if (typeof pct === 'number' && pct < minimum) failures.push(`${file}: ${metric} ${pct} % < ${minimum} %`);
  }
}

const total = summary.total;
console.log(
  `coverage of ${files} files${ageMinutes > 60 ? ` (report ${Math.round(ageMinutes)} min old)` : ''}: ` +
    `lines ${total.lines.pct} %, branches ${total.branches.pct} %, functions ${total.functions.pct} %`,
);
if (failures.length) {
  console.error(`coverage below the thresholds:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
