// npm test: everything. Type-check, unit tests, then the production build in
// a real Chromium. Ends with one line "N passed, N failed" that CI reads.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureDependencies } from './ensure-deps.mjs';

ensureDependencies();

let passed = 0;
let failed = 0;
const failures = [];

function run(label, args) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(process.execPath, args, { stdio: 'inherit' });
  return result.status === 0;
}

if (run('Type-check (tsc)', ['node_modules/typescript/bin/tsc', '--noEmit', '-p', 'tsconfig.json'])) passed++;
else {
  failed++;
  failures.push('type-check');
}

const report = 'test-results/vitest.json';
mkdirSync('test-results', { recursive: true });
rmSync(report, { force: true });
const vitestOk = run('Unit and browser tests (vitest)', [
  'node_modules/vitest/vitest.mjs',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
]);
if (existsSync(report)) {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed += json.numPassedTests;
  failed += json.numFailedTests;
  // A suite that failed to load (or a crashed global setup) has no tests to count.
  const brokenSuites = json.testResults.filter((r) => r.status === 'failed' && r.assertionResults.length === 0).length;
  failed += brokenSuites;
  if (!vitestOk && json.numFailedTests === 0 && brokenSuites === 0) failed++;
  if (json.numTotalTests === 0) {
    failed++;
    failures.push('vitest ran no test');
  }
} else {
  failed++;
  failures.push('vitest did not finish');
}

if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
