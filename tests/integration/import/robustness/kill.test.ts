import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../../electron/backend/db/workspace';
import { bundleCli } from '../../../helpers/cliBundle';
import { importFiles } from '../../../helpers/importFiles';
import { seededRandom, writeSalesforceExport, type ExportFiles } from '../../../helpers/salesforceExport';
import { fixedClock, makeTempDir } from '../../../helpers/tempDir';
import { blankTimestampsSince, integrityCheck, readWorkspaceContent, type WorkspaceContent } from '../../../helpers/workspaceContent';
import { runKillableImport, type ChildRun, type KillPlan } from './killableImport';

/**
 * `csm import` killed with SIGKILL at random moments: the workspace always opens, passes
 * SQLite's integrity check, and holds either the whole import (every row, both batch rows:
 * exactly what the import alone leaves) or none of it (exactly what it held before). What the
 * command does after the import (rescoring health) may be there or not.
 */
const KILLS = 10;
const SEED = Number(process.env.CSM_KILL_SEED ?? 20261123);
/** Sized so one import takes about this long on this machine (measured first, in process). */
const TARGET_IMPORT_SECONDS = 2;
const ACCOUNTS = { min: 500, max: 40_000 };
const CONTACTS_PER_ACCOUNT = 2;
/** The earlier batch the workspace already holds; the big import updates these records. */
const EARLIER = { accounts: 300, contacts: 300 };
const EARLIER_CLOCK = fixedClock('2020-01-01T00:00:00.000Z');

const temp = makeTempDir('csm-kill-');
afterAll(() => temp.cleanup());

let basePath: string;
let big: ExportFiles;
let before: WorkspaceContent;
let after: WorkspaceContent;
let importOnly: WorkspaceContent;
let reference: ChildRun;
let accounts: number;
let bundledCli: string;
// Runs take their timestamps from the wall clock; anything stamped after this is "now".
const testStart = new Date(Date.now() - 1000);
const contentOf = (file: string) => readWorkspaceContent(file, { normaliseText: blankTimestampsSince(testStart) });

function copyOfBase(name: string): string {
  const file = path.join(temp.dir, name);
  fs.copyFileSync(basePath, file);
  return file;
}

function exportIn(name: string, accountCount: number, seed: number, contacts = accountCount * CONTACTS_PER_ACCOUNT): ExportFiles {
  const dir = path.join(temp.dir, name);
  fs.mkdirSync(dir);
  return writeSalesforceExport(dir, { accounts: accountCount, contacts, seed });
}

const filesOf = (files: ExportFiles): string[] => [files.account, files.contact!];

/** Rows per second of an in-process import of this workspace's kind of export. */
async function measureRate(): Promise<number> {
  const sample = exportIn('calibration', ACCOUNTS.min, 3);
  const file = copyOfBase('calibration.csm');
  const start = performance.now();
  await importFiles(file, filesOf(sample), { clock: fixedClock() });
  return (ACCOUNTS.min * (1 + CONTACTS_PER_ACCOUNT)) / ((performance.now() - start) / 1000);
}

beforeAll(async () => {
  basePath = path.join(temp.dir, 'base.csm');
  const earlier = exportIn('earlier', EARLIER.accounts, 1, EARLIER.contacts);
  const first = await importFiles(basePath, filesOf(earlier), { clock: EARLIER_CLOCK, create: true });
  expect(first.tables.map((t) => t.new)).toEqual([EARLIER.accounts, EARLIER.contacts]);
  expect(fs.existsSync(`${basePath}-wal`), 'the base workspace was closed cleanly').toBe(false);
  before = contentOf(basePath);

  const rate = await measureRate();
  accounts = Math.round(Math.min(ACCOUNTS.max, Math.max(ACCOUNTS.min, (rate * TARGET_IMPORT_SECONDS) / (1 + CONTACTS_PER_ACCOUNT))));
  big = exportIn('big', accounts, 2);

  // The uninterrupted run is bin/csm.js itself; the killed ones run the same command bundled,
  // which starts in a fraction of the time. Both must leave exactly the same workspace.
  bundledCli = await bundleCli(temp.dir);
  reference = await runKillableImport(copyOfBase('reference.csm'), filesOf(big), { kind: 'none' });
  expect(reference.code, reference.stderr).toBe(0);
  const summaries = (JSON.parse(reference.stdout) as { imports: { new: number; updated: number; invalid: number }[] }).imports;
  expect(summaries).toMatchObject([
    { new: accounts - EARLIER.accounts, updated: EARLIER.accounts, invalid: 0 },
    { new: accounts * CONTACTS_PER_ACCOUNT - EARLIER.contacts, updated: EARLIER.contacts, invalid: 0 },
  ]);
  after = contentOf(path.join(temp.dir, 'reference.csm'));
  expect(after.counts['accounts']).toBe(accounts);
  expect(after.counts['import_batches']).toBe((before.counts['import_batches'] ?? 0) + 2);
  // The import alone (the engine's run, without what the command does once it has committed).
  const importOnlyPath = copyOfBase('import-only.csm');
  await importFiles(importOnlyPath, filesOf(big), { clock: () => new Date() });
  importOnly = contentOf(importOnlyPath);
  expect(importOnly.counts['import_batches']).toBe(after.counts['import_batches']);
  console.log(
    `kill test: ${rate.toFixed(0)} rows/s in process, so ${accounts} accounts + ${accounts * CONTACTS_PER_ACCOUNT} contacts ` +
      `(${(big.bytes / 1e6).toFixed(1)} MB); uninterrupted: workspace open after ${reference.walAppearedAfterMs?.toFixed(0)} ms, ` +
      `exit after ${reference.exitedAfterMs.toFixed(0)} ms, WAL up to ${(reference.maxWalBytes / 1e6).toFixed(1)} MB`,
  );
}, 180_000);

describe('csm import killed with SIGKILL', () => {
  it(`leaves all of the run or none of it, ${KILLS} times at random moments (seed ${SEED})`, { timeout: 240_000 }, async () => {
    const random = seededRandom(SEED);
    const importMs = reference.exitedAfterMs - (reference.walAppearedAfterMs ?? 0);
    const outcomes: string[] = [];
    for (let i = 0; i < KILLS; i++) {
      // Kills at a random time (mostly before anything reaches the disk), at a random point of
      // the writing (by WAL size), and once the WAL holds the whole run (during the checkpoint).
      const walShare = i % 5 === 4 ? 1 : random();
      const plan: KillPlan =
        i % 5 === 0 || i % 5 === 2
          ? { kind: 'after', ms: random() * importMs * 1.05 }
          : { kind: 'walBytes', bytes: Math.max(1, Math.floor(walShare * reference.maxWalBytes)) };
      const file = copyOfBase(`killed-${i}.csm`);
      const run = await runKillableImport(file, filesOf(big), plan, bundledCli);
      if (!run.killed) expect(run.code, run.stderr).toBe(0);

      expect(integrityCheck(file), `kill ${i}`).toBe('ok');
      const content = contentOf(file);
      const state = { [before.digest]: 'none', [importOnly.digest]: 'import only', [after.digest]: 'all' }[content.digest] ?? 'partial';
      expect(state, `kill ${i} (${plan.kind}) left part of the run: rows per table ${JSON.stringify(content.counts)}`).not.toBe('partial');
      const workspace = await openWorkspace(file, { ifMissing: 'fail', clock: fixedClock() });
      await workspace.close();

      const walMb = run.walBytesAtKill === null ? '-' : (run.walBytesAtKill / 1e6).toFixed(2);
      outcomes.push(`${run.killed ? `killed (${plan.kind}, WAL ${walMb} MB)` : 'finished'} -> ${state}`);
      for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
    }
    console.log(`kill test outcomes:\n  ${outcomes.join('\n  ')}`);
  });
});
