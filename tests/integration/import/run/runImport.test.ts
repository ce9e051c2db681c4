import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openWorkspace, type Workspace } from '../../../../electron/backend/db/workspace';
import { CHUNK_RECORDS, runImport as runImportWith, tablesFromFiles, type ImportProgress } from '../../../../electron/backend/import/run';
import type { RunImportOptions } from '../../../../electron/backend/import/run/types';
import { writeSalesforceExport } from '../../../helpers/salesforceExport';
import { fixedClock, makeTempDir } from '../../../helpers/tempDir';
import { blankTimestampsSince, contentOf } from '../../../helpers/workspaceContent';

/** 3 chunks of accounts, then their contacts: a run of two tables, long enough to be stopped in the middle. */
const ACCOUNTS = CHUNK_RECORDS * 2 + 500;

/** Each scenario runs with the tables parsed inline and in the reader thread (which they are all worth here). */
const READING: [string, RunImportOptions['readerThread']][] = [
  ['parsed inline', false],
  ['parsed in the reader thread', { minBytes: 0 }],
];

describe.each(READING)('runImport: one run, one transaction, streamed in chunks (%s)', (_mode, readerThread) => {
  const cleanups: (() => void)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function setup(): Promise<{ ws: Workspace; files: string[] }> {
    const { dir, cleanup } = makeTempDir();
    cleanups.push(cleanup);
    const exportDir = path.join(dir, 'export');
    fs.mkdirSync(exportDir);
    const written = writeSalesforceExport(exportDir, { accounts: ACCOUNTS, contacts: 1000, seed: 7 });
    const ws = await openWorkspace(path.join(dir, 'ws.csm'), { ifMissing: 'create', clock: fixedClock() });
    cleanups.push(() => ws.close());
    return { ws, files: [written.account, written.contact!] };
  }

  const counts = (ws: Workspace) => contentOf(ws.sqlite).counts;
  const runImport: typeof runImportWith = (ws, tables, options) => runImportWith(ws, tables, { ...options, readerThread });

  it('reports progress that only moves forward and ends at 1, table by table', async () => {
    const { ws, files } = await setup();
    const seen: ImportProgress[] = [];
    const result = await runImport(ws, await tablesFromFiles(files, {}), {
      full: false,
      dryRun: false,
      clock: fixedClock(),
      onProgress: (progress) => seen.push(progress),
    });
    expect(result.tables.map((table) => [table.object, table.new, table.invalid])).toEqual([
      ['accounts', ACCOUNTS, 0],
      ['contacts', 1000, 0],
    ]);
    const fractions = seen.map((progress) => progress.fraction);
    expect(fractions.length).toBeGreaterThanOrEqual(4); // three chunks of accounts, one of contacts, the end
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.at(-1)).toBe(1);
    expect(seen.filter((progress) => progress.tableIndex === 0).map((progress) => progress.rows).slice(0, 3)).toEqual([
      CHUNK_RECORDS,
      CHUNK_RECORDS * 2,
      ACCOUNTS,
    ]);
    expect(new Set(seen.map((progress) => progress.label))).toEqual(new Set(files.map((file) => path.basename(file))));
  });

  it('a cancel in the middle of the second table leaves the workspace exactly as it was', async () => {
    const { ws, files } = await setup();
    const before = contentOf(ws.sqlite);
    const controller = new AbortController();
    const result = await runImport(ws, await tablesFromFiles(files, {}), {
      full: false,
      dryRun: false,
      clock: fixedClock(),
      signal: controller.signal,
      onProgress: (progress) => {
        if (progress.tableIndex === 1) controller.abort();
      },
    });
    expect(result).toEqual({ dryRun: false, cancelled: true, tables: [] });
    expect(contentOf(ws.sqlite)).toEqual(before);
    expect(ws.sqlite.inTransaction).toBe(false);
  });

  it('a preview decides every row of every table and writes nothing', async () => {
    const { ws, files } = await setup();
    const before = contentOf(ws.sqlite);
    const result = await runImport(ws, await tablesFromFiles(files, {}), { full: false, dryRun: true, clock: fixedClock() });
    // Contacts see the accounts the same run would create: none is refused as "unknown account".
    expect(result.tables.map((table) => [table.object, table.new, table.invalid, table.batchId])).toEqual([
      ['accounts', ACCOUNTS, 0, null],
      ['contacts', 1000, 0, null],
    ]);
    expect(contentOf(ws.sqlite)).toEqual(before);
    // The ids new records would get are not real: a preview shows none.
    expect(result.tables[0]!.matches.slice(0, 3).map((match) => match.recordId)).toEqual([null, null, null]);
  });

  it('names the file, row and column of a bad cell, and the line of a broken record', async () => {
    const { dir, cleanup } = makeTempDir();
    cleanups.push(cleanup);
    const written = writeSalesforceExport(dir, { accounts: 20, opportunities: 30, seed: 5 });
    const ws = await openWorkspace(path.join(dir, 'ws.csm'), { ifMissing: 'create', clock: fixedClock() });
    cleanups.push(() => ws.close());
    const files = [written.account, written.opportunity!];
    const opportunities = files[1]!;
    const line = fs.readFileSync(opportunities, 'utf8').split('\n').length; // the file ends with a line break
    const cells = ['006Ec00000ZZZZ1IAA', 'false', '001Ec0000000001IAA', 'Late deal', '', 'Closed Won', 'lots', '', '2026-01-01', '', 'true', 'maybe', ''];
    fs.appendFileSync(opportunities, `${cells.map((cell) => `"${cell}"`).join(',')}\r\n`);
    const options = { full: false, dryRun: false, clock: fixedClock() };
    const result = await runImport(ws, await tablesFromFiles(files, {}), { ...options, dryRun: true });
    expect(result.tables[1]).toMatchObject({ new: 30, invalid: 1 });
    expect(result.tables[1]!.errors.map(({ file, row, column }) => ({ file, row, column }))).toEqual([
      { file: 'Opportunity.csv', row: line, column: 'AMOUNT' },
      { file: 'Opportunity.csv', row: line, column: 'ISWON' },
    ]);

    fs.appendFileSync(opportunities, '"006Ec00000ZZZZ2IAA","false","never closed\r\n');
    const before = counts(ws);
    await expect(runImport(ws, await tablesFromFiles(files, {}), options)).rejects.toThrow(`Opportunity.csv: line ${line + 1}`);
    expect(counts(ws)).toEqual(before);
  });

  it('a table that fails to read rolls back the tables before it', async () => {
    const { ws, files } = await setup();
    const before = counts(ws);
    const tables = await tablesFromFiles(files, {});
    fs.writeFileSync(files[1]!, ''); // the contacts file is emptied after it was inspected
    await expect(runImport(ws, tables, { full: false, dryRun: false, clock: fixedClock() })).rejects.toThrow(/Contact\.csv.*empty/);
    expect(counts(ws)).toEqual(before);
    expect(ws.sqlite.inTransaction).toBe(false);
  });
});

describe('runImport with the reader thread', () => {
  it('writes exactly what the inline reader writes, bad rows and all', async () => {
    // The migrations record when they ran, from the wall clock.
    const normaliseText = blankTimestampsSince(new Date(Date.now() - 1000));
    const { dir, cleanup } = makeTempDir();
    try {
      const written = writeSalesforceExport(dir, { accounts: 3000, contacts: 2000, opportunities: 1500, seed: 11 });
      const files = [written.account, written.contact!, written.opportunity!];
      fs.appendFileSync(files[2]!, '"006Ec00000ZZZZ1IAA","false","001Ec0000000001IAA","Bad amount","","Closed Won","lots"\r\n');
      const contents = [];
      const summaries = [];
      for (const readerThread of [false, { minBytes: 0 }] as const) {
        const ws = await openWorkspace(path.join(dir, `ws-${readerThread ? 'thread' : 'inline'}.csm`), { ifMissing: 'create', clock: fixedClock() });
        try {
          const result = await runImportWith(ws, await tablesFromFiles(files, {}), { full: false, dryRun: false, clock: fixedClock(), readerThread });
          summaries.push(result.tables.map(({ batchId: _batchId, ...summary }) => summary));
          contents.push(contentOf(ws.sqlite, { normaliseText }));
        } finally {
          await ws.close();
        }
      }
      expect(summaries[0]!.map((table) => [table.object, table.new, table.invalid])).toEqual([
        ['accounts', 3000, 0],
        ['contacts', 2000, 0],
        ['opportunities', 1500, 1],
      ]);
      expect(summaries[1]).toEqual(summaries[0]);
      expect(contents[1]).toEqual(contents[0]);
    } finally {
      cleanup();
    }
  });
});
