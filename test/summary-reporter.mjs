// Prints one closing line with the totals, "N passed, N failed" (", N skipped" when any), so
// that CI logs say plainly how many tests ran.

function count(suite, totals) {
  if (!suite) return;
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite.suites ?? []) count(child, totals);
}

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      let broken = 0;
      for (const session of sessions) {
        count(session.testResults, totals);
        if (!session.passed && (session.errors?.length ?? 0) > 0) broken++;
      }
      const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
      // A test file that could not run at all counts as a failure. Printed after the default
      // reporter's own output.
      const line = `${totals.passed} passed, ${totals.failed + broken} failed${skipped}`;
      setTimeout(() => console.log(`\n${line}`), 0);
    },
  };
}
