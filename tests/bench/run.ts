import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { openWorkspace } from '../../electron/backend/db/workspace';
import { generateBook } from '../../electron/backend/demo';
import { formatRows, type BenchRow } from './measure';
import { benchPortfolioInBrowser } from './portfolioBrowser';
import { benchWorkspaceLoad } from './workspaceLoad';

/**
 * `npm run bench [-- --accounts N] [--record]`: every figure next to a baseline measured in
 * the same run. Nothing here fails on a slow machine; it reports.
 */
const { values } = parseArgs({
  options: {
    accounts: { type: 'string', default: '100000' },
    record: { type: 'boolean', default: false },
    'skip-browser': { type: 'boolean', default: false },
  },
});
const accounts = Number(values.accounts);
if (!Number.isInteger(accounts) || accounts < 1) throw new Error(`--accounts must be a positive whole number, not ${values.accounts}`);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'csm-bench-'));
const dbPath = path.join(dir, 'book.csm');
const now = new Date('2026-11-23T00:00:00Z');

console.log(`Generating a book of ${accounts.toLocaleString('en-US')} accounts…`);
const genStart = performance.now();
const workspace = await openWorkspace(dbPath, { ifMissing: 'create', clock: () => now });
const book = generateBook(workspace.sqlite, { accounts, now });
await workspace.close();
console.log(`  generated in ${((performance.now() - genStart) / 1000).toFixed(1)} s:`, JSON.stringify(book.counts));

const rows: BenchRow[] = [];
rows.push(await benchWorkspaceLoad(dbPath));
if (!values['skip-browser']) rows.push(...(await benchPortfolioInBrowser(dbPath)));

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
const report = [
  `### ${new Date().toISOString().slice(0, 10)} · ${accounts.toLocaleString('en-US')} accounts`,
  '',
  `Machine: ${machine}`,
  '',
  formatRows(rows),
  '',
].join('\n');
console.log(`\n${report}`);
if (values.record) {
  fs.appendFileSync(path.join(path.dirname(new URL(import.meta.url).pathname), 'RESULTS.md'), `\n${report}`);
  console.log('Recorded in tests/bench/RESULTS.md');
}
fs.rmSync(dir, { recursive: true, force: true });
