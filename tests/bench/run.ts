import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { openWorkspace } from '../../electron/backend/db/workspace';
import { generateBook } from '../../electron/backend/demo';
import { writeMeta } from '../../electron/backend/db/repos/meta';
import { BOOK_SCORED_ON } from '../../electron/backend/health/recompute';
import { benchHealth } from './health/healthBench';
import { benchImport } from './import/importBench';
import { formatRows, type BenchRow } from './measure';
import { benchPortfolioInBrowser } from './portfolioBrowser';
import { benchWorkspaceLoad } from './workspaceLoad';

/**
 * `npm run bench [-- --accounts N] [--record]`: every figure next to a baseline measured in
 * the same run. Nothing here fails on a slow machine; it reports.
 * Import: `--import-accounts N` (default 100000), `--import-1m` (adds a 1,000,000-row file),
 * `--import-profile` (hotspots of the workbench side), `--import-only`, `--skip-import`.
 * Health: `--health-accounts N` (default 100000, 50 usage rows each), `--health-only`, `--skip-health`.
 */
const { values } = parseArgs({
  options: {
    accounts: { type: 'string', default: '100000' },
    record: { type: 'boolean', default: false },
    'skip-browser': { type: 'boolean', default: false },
    'import-accounts': { type: 'string', default: '100000' },
    'import-1m': { type: 'boolean', default: false },
    'import-profile': { type: 'boolean', default: false },
    'import-only': { type: 'boolean', default: false },
    'skip-import': { type: 'boolean', default: false },
    'health-accounts': { type: 'string', default: '100000' },
    'health-only': { type: 'boolean', default: false },
    'skip-health': { type: 'boolean', default: false },
  },
});
const positive = (name: string, value: string | undefined): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive whole number, not ${value}`);
  return n;
};
const accounts = positive('accounts', values.accounts);
const importAccounts = positive('import-accounts', values['import-accounts']);
const healthAccounts = positive('health-accounts', values['health-accounts']);
const healthOnly = values['health-only'];

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'csm-bench-'));
const dbPath = path.join(dir, 'book.csm');
const now = new Date('2026-11-23T00:00:00Z');

const rows: BenchRow[] = [];
const notes: string[] = [];
if (!values['import-only'] && !healthOnly) {
  console.log(`Generating a book of ${accounts.toLocaleString('en-US')} accounts…`);
  const genStart = performance.now();
  const workspace = await openWorkspace(dbPath, { ifMissing: 'create', clock: () => now });
  const book = generateBook(workspace.sqlite, { accounts, now });
  // Counted as scored today: opening a stale book rescores it in the background (the health
  // bench measures that cost), which would otherwise run inside these load timings.
  writeMeta(workspace.sqlite, BOOK_SCORED_ON, new Date().toISOString().slice(0, 10));
  await workspace.close();
  console.log(`  generated in ${((performance.now() - genStart) / 1000).toFixed(1)} s:`, JSON.stringify(book.counts));
  rows.push(await benchWorkspaceLoad(dbPath));
  if (!values['skip-browser']) rows.push(...(await benchPortfolioInBrowser(dbPath)));
}
if (!values['import-only'] && !values['skip-health']) {
  const health = await benchHealth({ accounts: healthAccounts, usagePerAccount: 50, repeats: 3, samples: 200 });
  rows.push(...health.rows);
  notes.push(...health.notes);
}
if (!values['skip-import'] && !healthOnly) {
  const imported = await benchImport({
    accounts: importAccounts,
    million: values['import-1m'],
    profile: values['import-profile'],
    timeLimitMs: 30 * 60_000,
  });
  rows.push(...imported.rows);
  notes.push(...imported.notes);
}

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
const report = [
  `### ${new Date().toISOString().slice(0, 10)} · ${
    values['import-only'] ? `import of ${importAccounts.toLocaleString('en-US')} accounts`
    : healthOnly ? `health of ${healthAccounts.toLocaleString('en-US')} accounts`
    : `${accounts.toLocaleString('en-US')} accounts`}`,
  '',
  `Machine: ${machine}`,
  '',
  formatRows(rows),
  '',
  ...notes.flatMap((note) => [note.includes('\n') ? `\`\`\`\n${note}\n\`\`\`` : `- ${note}`, '']),
].join('\n');
console.log(`\n${report}`);
if (values.record) {
  fs.appendFileSync(path.join(path.dirname(new URL(import.meta.url).pathname), 'RESULTS.md'), `\n${report}`);
  console.log('Recorded in tests/bench/RESULTS.md');
}
fs.rmSync(dir, { recursive: true, force: true });
