#!/usr/bin/env node
// `npm test`: typecheck, lint, unit + integration (vitest), then e2e (vitest + Playwright in
// Debian's Chromium). Every runner's counts are summed into the last line, in the plain form
// CI reads: `tests: N passed, N failed`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'csm-test-report-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
const only = process.argv.slice(2);

function run(label, command, args) {
  console.log(`\n── ${label}: ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  return result.status === 0;
}

/** A step that is not a test runner counts as one check that passed or failed. */
function check(label, command, args) {
  const ok = run(label, command, args);
  totals[ok ? 'passed' : 'failed'] += 1;
  console.log(`${label}: ${ok ? 'passed' : 'FAILED'}`);
}

function vitest(label, args) {
  const out = path.join(reportDir, `${label}.json`);
  const ok = run(label, 'npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  if (!fs.existsSync(out)) {
    // The runner died before reporting (a crash, a syntax error): count that as a failure.
    totals.failed += 1;
    console.log(`${label}: no report written (runner failed to start)`);
    return;
  }
  const report = JSON.parse(fs.readFileSync(out, 'utf8'));
  const failedSuites = (report.testResults ?? []).filter((s) => s.status === 'failed' && (s.assertionResults ?? []).length === 0).length;
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests + failedSuites;
  totals.skipped += report.numPendingTests + (report.numTodoTests ?? 0);
  console.log(`${label}: ${report.numPassedTests} passed, ${report.numFailedTests + failedSuites} failed`);
  if (!ok && report.numFailedTests + failedSuites === 0) totals.failed += 1;
}

const want = (name) => only.length === 0 || only.includes(name);
if (want('typecheck')) check('typecheck', 'npx', ['tsc', '-p', '.']);
if (want('lint')) check('lint', 'npx', ['eslint', '--max-warnings', '0', '.']);
if (want('unit')) vitest('unit+integration', []);
if (want('e2e')) {
  if (run('build renderer', 'npx', ['vite', 'build', '--logLevel', 'warn'])) vitest('e2e', ['--config', 'tests/e2e/vitest.config.ts']);
  else totals.failed += 1;
}

fs.rmSync(reportDir, { recursive: true, force: true });
const skipped = totals.skipped > 0 ? `, ${totals.skipped} skipped` : '';
console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exitCode = totals.failed > 0 ? 1 : 0;
