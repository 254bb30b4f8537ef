// Adds up the JSON reports of Vitest (unit tests, the Firefox smoke suite) and Playwright (e2e) into
// the plain line CI reads: "N passed, N failed". Usage: ci-count.mjs REPORT... STATUS.
// A step that failed before any test ran (install, typecheck, lint, build) counts as one failure.
import { existsSync, readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const status = args.pop();
let passed = 0;
let failed = 0;
let skipped = 0;

for (const path of args.filter((p) => existsSync(p))) {
  const report = JSON.parse(readFileSync(path, 'utf8'));
  if (report.stats) {
    // Playwright
    passed += report.stats.expected ?? 0;
    failed += (report.stats.unexpected ?? 0) + (report.stats.flaky ?? 0);
    skipped += report.stats.skipped ?? 0;
  } else {
    // Vitest
    passed += report.numPassedTests ?? 0;
    failed += report.numFailedTests ?? 0;
    skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  }
}
if (Number(status) !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : ''));
