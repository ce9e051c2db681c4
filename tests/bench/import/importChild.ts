import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { openWorkspace } from '../../../electron/backend/db/workspace';
import { runImport, tablesFromFiles } from '../../../electron/backend/import/run';
import { bareImport } from './bareImport';

/**
 * One side of the import bench, alone in its process so its peak memory is its own:
 *   node bin/tsx-run.js tests/bench/import/importChild.ts workbench|baseline DB FILE...
 * Times the import from the files to the committed transaction (opening a fresh database before
 * and closing it after are left out on both sides) and prints one JSON line: ChildReport.
 */
export interface ChildReport {
  side: 'workbench' | 'baseline';
  ms: number;
  /** CPU time (user + system) of the whole process over the same span: less swayed by a busy machine than ms, though not immune. */
  cpuMs: number;
  /** Rows that landed (workbench: new + updated + unchanged + conflicts). */
  rows: number;
  invalid: number;
  /** Resident memory once the code is loaded, and the process's high-water mark (MB). */
  rssBeforeMb: number;
  peakRssMb: number;
  /** The largest V8 heap seen (sampled while the import awaits its reads): the rest of the peak is native (SQLite's cache, buffers). */
  peakHeapMb: number;
}

const [side, dbPath, ...files] = process.argv.slice(2);
if ((side !== 'workbench' && side !== 'baseline') || !dbPath || files.length === 0) {
  console.error('usage: importChild.ts workbench|baseline DB FILE...');
  process.exit(2);
}
const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;
const clock = () => new Date('2026-11-23T09:00:00.000Z');
const rssBeforeMb = mb(process.memoryUsage().rss);
let peakHeap = 0;
const sampler = setInterval(() => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapTotal)), 100);
let ms: number;
let cpuStart: NodeJS.CpuUsage;
let cpu: NodeJS.CpuUsage;
let rows = 0;
let invalid = 0;

if (side === 'workbench') {
  const workspace = await openWorkspace(dbPath, { ifMissing: 'create', clock });
  cpuStart = process.cpuUsage();
  const start = performance.now();
  const tables = await tablesFromFiles(files, {});
  const result = await runImport(workspace, tables, { full: false, dryRun: false, clock });
  ms = performance.now() - start;
  cpu = process.cpuUsage(cpuStart);
  await workspace.close();
  for (const table of result.tables) {
    rows += table.new + table.updated + table.unchanged + table.conflicts;
    invalid += table.invalid;
  }
} else {
  const sqlite = new Database(dbPath);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  cpuStart = process.cpuUsage();
  const start = performance.now();
  rows = await bareImport(sqlite, files);
  ms = performance.now() - start;
  cpu = process.cpuUsage(cpuStart);
  sqlite.close();
}

clearInterval(sampler);
// ru_maxrss is in kilobytes on Linux.
const cpuMs = Math.round((cpu.user + cpu.system) / 1000);
const report: ChildReport = { side, ms, cpuMs, rows, invalid, rssBeforeMb, peakRssMb: mb(process.resourceUsage().maxRSS * 1024), peakHeapMb: mb(peakHeap) };
console.log(JSON.stringify(report));
