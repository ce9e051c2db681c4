import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../../electron/backend/db/workspace';
import { CHUNK_RECORDS, tablesFromFiles, type ImportProgress } from '../../../../electron/backend/import/run';
import { runImportInWorker } from '../../../../electron/backend/import/worker';
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
});
