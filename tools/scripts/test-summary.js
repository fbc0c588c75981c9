// Sums up Jest JSON reports and the browser tests' Playwright JSON report into the one closing line CI reads:
// `tests: N passed, N failed[, N skipped]`.
// Skipped tests are listed above it with their names, which say why they were skipped.
const { existsSync, readFileSync } = require('node:fs');

let passed = 0;
let failed = 0;
let skipped = 0;
const skippedNames = [];
const missing = [];

for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    missing.push(file);
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  if (report.stats && report.suites) {
    addPlaywright(report);
    continue;
  }
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
  // A suite that fails to load (syntax error, failing hook) has no failed test but must still count.
  failed += report.testResults.filter(
    (suite) => suite.status === 'failed' && suite.assertionResults.length === 0,
  ).length;
  for (const suite of report.testResults) {
    for (const test of suite.assertionResults) {
      if (test.status === 'pending' || test.status === 'todo') skippedNames.push(test.fullName);
    }
  }
}

/** Playwright's report: expected (passed), unexpected (failed), flaky (passed on retry), skipped; setup errors fail. */
function addPlaywright(report) {
  passed += report.stats.expected + report.stats.flaky;
  failed += report.stats.unexpected + (report.errors ?? []).length;
  skipped += report.stats.skipped;
}

for (const file of missing) console.log(`no test report at ${file}: that run did not finish`);
for (const name of skippedNames) console.log(`skipped: ${name}`);
failed += missing.length;
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
