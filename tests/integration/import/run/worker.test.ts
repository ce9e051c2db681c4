import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../../electron/backend/db/workspace';
import { CHUNK_RECORDS, tablesFromFiles, type ImportProgress } from '../../../../electron/backend/import/run';
import { READER_THREAD_MIN_BYTES } from '../../../../electron/backend/import/read/thread/readerThread';
import { runImportInWorker } from '../../../../electron/backend/import/worker';
import { buildElectron } from '../../../../scripts/build-electron.mjs';
import { REPO_ROOT } from '../../cli/run';
import { writeSalesforceExport } from '../../../helpers/salesforceExport';
import { fixedClock, makeTempDir } from '../../../helpers/tempDir';
import { readWorkspaceContent } from '../../../helpers/workspaceContent';

describe('runImportInWorker: the run in its own thread and connection', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

  async function setup(accounts: number): Promise<{ dbPath: string; files: string[] }> {
    const { dir, cleanup } = makeTempDir();
    cleanups.push(cleanup);
    const exportDir = path.join(dir, 'export');
    fs.mkdirSync(exportDir);
    const written = writeSalesforceExport(exportDir, { accounts, contacts: 200, seed: 3 });
    const dbPath = path.join(dir, 'ws.csm');
    const ws = await openWorkspace(dbPath, { ifMissing: 'create', clock: fixedClock() });
    await ws.close();
    return { dbPath, files: [written.account, written.contact!] };
  }

  it('imports, reports progress across the thread, and the caller sees the committed rows', async () => {
    const { dbPath, files } = await setup(300);
    const seen: ImportProgress[] = [];
    const result = await runImportInWorker(dbPath, await tablesFromFiles(files, {}), {
      full: false,
      dryRun: false,
      clock: fixedClock(),
      onProgress: (progress) => seen.push(progress),
    });
    expect(result.tables.map((table) => [table.object, table.new])).toEqual([
      ['accounts', 300],
      ['contacts', 200],
    ]);
    expect(seen.at(-1)?.fraction).toBe(1);
    expect(readWorkspaceContent(dbPath).counts).toMatchObject({ accounts: 300, contacts: 200, import_batches: 2 });
  });

  it('a cancel sent while the worker reads rolls the run back: the file holds nothing of it', async () => {
    const { dbPath, files } = await setup(CHUNK_RECORDS * 3);
    const before = readWorkspaceContent(dbPath);
    const controller = new AbortController();
    const result = await runImportInWorker(dbPath, await tablesFromFiles(files, {}), {
      full: false,
      dryRun: false,
      clock: fixedClock(),
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    expect(result.cancelled).toBe(true);
    expect(readWorkspaceContent(dbPath)).toEqual(before);
  });

  it('a file that fails in the worker comes back as the same readable error', async () => {
    const { dbPath, files } = await setup(10);
    const tables = await tablesFromFiles(files, {});
    fs.writeFileSync(files[0]!, '');
    await expect(runImportInWorker(dbPath, tables, { full: false, dryRun: false, clock: fixedClock() })).rejects.toMatchObject({
      code: 'BAD_INPUT',
      message: expect.stringMatching(/Account\.csv.*empty/) as string,
    });
  });

  it('the bundled import worker parses a large table in the bundled reader thread beside it', async () => {
    const { dir, cleanup } = makeTempDir();
    cleanups.push(cleanup);
    const bundles = path.join(dir, 'dist-electron');
    await buildElectron({ outDir: bundles });
    // The bundles keep better-sqlite3 external: take the repository's (built for Node).
    fs.symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    const written = writeSalesforceExport(path.join(dir), { accounts: 17_000, seed: 4 });
    expect(fs.statSync(written.account).size).toBeGreaterThan(READER_THREAD_MIN_BYTES);
    const options = { full: false, dryRun: false, clock: fixedClock(), workerPath: path.join(bundles, 'importWorker.cjs') };

    const withoutReader = path.join(dir, 'without-reader.csm');
    await (await openWorkspace(withoutReader, { ifMissing: 'create', clock: fixedClock() })).close();
    const before = readWorkspaceContent(withoutReader);
    fs.renameSync(path.join(bundles, 'csvReaderWorker.cjs'), path.join(bundles, 'csvReaderWorker.cjs.away'));
    // Proof that the reader thread is what reads it: without its script the run fails, and leaves nothing.
    await expect(runImportInWorker(withoutReader, await tablesFromFiles([written.account], {}), options)).rejects.toThrow(/CSV reader thread/);
    expect(readWorkspaceContent(withoutReader)).toEqual(before);

    fs.renameSync(path.join(bundles, 'csvReaderWorker.cjs.away'), path.join(bundles, 'csvReaderWorker.cjs'));
    const dbPath = path.join(dir, 'ws.csm');
    await (await openWorkspace(dbPath, { ifMissing: 'create', clock: fixedClock() })).close();
    const result = await runImportInWorker(dbPath, await tablesFromFiles([written.account], {}), options);
    expect(result.tables.map((table) => [table.object, table.new, table.invalid])).toEqual([['accounts', 17_000, 0]]);
    expect(readWorkspaceContent(dbPath).counts).toMatchObject({ accounts: 17_000, import_batches: 1 });
  }, 120_000);
});
