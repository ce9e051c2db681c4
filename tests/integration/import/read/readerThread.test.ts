import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ImportReadError, openTableSource, openZipExport, type TableRow, type TableSource } from '../../../../electron/backend/import/read';
import { ReaderThread } from '../../../../electron/backend/import/read/thread/readerThread';
import { makeTempDir } from '../../../helpers/tempDir';
import { allFixtureCsvs, fixture, readAllRows } from './helpers/fixtures';
import { buildZip } from './helpers/zipWriter';

const temp = makeTempDir('csm-read-thread-');
afterAll(() => temp.cleanup());
/** Every table is worth a thread here, however small. */
let thread = new ReaderThread({ minBytes: 0 });
afterEach(async () => {
  await thread.close();
  thread = new ReaderThread({ minBytes: 0 });
});

async function readAllBatches(table: TableSource): Promise<TableRow[]> {
  const rows: TableRow[] = [];
  for await (const batch of table.rowBatches!()) rows.push(...batch);
  return rows;
}

function writeFile(name: string, content: string | Buffer): string {
  const file = path.join(temp.dir, name);
  fs.writeFileSync(file, content);
  return file;
}

describe('reading a CSV in the reader thread', () => {
  it.each(allFixtureCsvs())('gives the same rows and warnings as reading inline: %s', async (relative) => {
    const inline = await openTableSource(fixture(relative));
    const threaded = await openTableSource(fixture(relative), { readerThread: thread });
    const expected = await readAllRows(inline);
    expect(await readAllBatches(threaded)).toEqual(expected);
    expect(threaded.warnings).toEqual(inline.warnings);
    expect(threaded.progress()).toBe(1);
  });

  it('decodes a legacy encoding and drops NULs there, warning as the inline reader does', async () => {
    const text = 'Name,City\r\nZoë,Besançon\u0000\r\n"Ünal, Çağrı",Köln\r\n';
    const file = writeFile('cp1252.csv', Buffer.from(text.replace('Çağrı', 'Cagri'), 'latin1'));
    const table = await openTableSource(file, { encoding: 'windows-1252', readerThread: thread });
    expect(await readAllBatches(table)).toEqual([
      { rowNumber: 2, cells: ['Zoë', 'Besançon'] },
      { rowNumber: 3, cells: ['Ünal, Cagri', 'Köln'] },
    ]);
    expect(table.warnings).toEqual(['1 NUL character removed from the text']);
  });

  it('reports an unclosed quote with the file and line, as an ImportReadError, and reads the next table after it', async () => {
    const broken = writeFile('broken.csv', 'Id,Name\n1,Fine\n2,"Never closed\n3,Lost\n');
    const table = await openTableSource(broken, { readerThread: thread });
    const failure = await readAllBatches(table).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ImportReadError);
    const inlineFailure = await readAllBatches(await openTableSource(broken)).catch((error: unknown) => error);
    expect((failure as ImportReadError).message).toBe((inlineFailure as ImportReadError).message);
    expect((failure as ImportReadError).message).toMatch(/^.*broken\.csv: line 3, .*never closed/);

    const next = await openTableSource(fixture('salesforce/datacloud-workshop/Account.csv'), { readerThread: thread });
    expect(await readAllBatches(next)).toHaveLength(22);
  });

  it('reads an entry of a ZIP export in the thread', async () => {
    const accounts = 'Id,Name\n001A,Zoë Café\n001B,"Smith, Jones"\n';
    const file = writeFile('export.zip', buildZip([{ name: 'Account.csv', data: accounts }, { name: 'Contact.csv', data: 'Id\n003A\n' }]));
    const zip = await openZipExport(file);
    try {
      const table = await zip.open('Account.csv', { readerThread: thread });
      expect(await readAllBatches(table)).toEqual([
        { rowNumber: 2, cells: ['001A', 'Zoë Café'] },
        { rowNumber: 3, cells: ['001B', 'Smith, Jones'] },
      ]);
    } finally {
      zip.close();
    }
  });

  it('ends the thread when the reader stops halfway, and starts a fresh one for the next read', async () => {
    const lines = ['Id,Name', ...Array.from({ length: 50_000 }, (_, i) => `${i},Account ${i}`)];
    const file = writeFile('long.csv', lines.join('\n'));
    const table = await openTableSource(file, { readerThread: thread });
    for await (const batch of table.rowBatches!()) {
      expect(batch[0]?.cells).toEqual(['0', 'Account 0']);
      break;
    }
    expect(thread.isRunning).toBe(false);
    const again = await readAllBatches(await openTableSource(file, { readerThread: thread }));
    expect(again).toHaveLength(50_000);
    expect(again.at(-1)).toEqual({ rowNumber: 50_001, cells: ['49999', 'Account 49999'] });
  });

  it('leaves tables below its size to the inline reader, and does not start for them', async () => {
    const sparing = new ReaderThread({ minBytes: 1024 * 1024 });
    try {
      const table = await openTableSource(fixture('salesforce/datacloud-workshop/Account.csv'), { readerThread: sparing });
      expect(await readAllBatches(table)).toHaveLength(22);
      expect(sparing.isRunning).toBe(false);
    } finally {
      await sparing.close();
    }
  });

  it('a thread that cannot start fails the read with a readable error, even when it died before the read began', async () => {
    const broken = new ReaderThread({ minBytes: 0, workerPath: path.join(temp.dir, 'missing-reader.cjs') });
    const table = await openTableSource(fixture('salesforce/datacloud-workshop/Account.csv'), { readerThread: broken });
    expect(broken.isRunning).toBe(true); // opening the table started it
    // Let it die first, as it may while the import reads the sample and hashes the file.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await expect(readAllBatches(table)).rejects.toThrow(/^the CSV reader thread failed: .*missing-reader\.cjs/);
    expect(broken.isRunning).toBe(false);
  });

  it('runs from the bundled script the desktop app ships', async () => {
    const { buildElectron } = await import('../../../../scripts/build-electron.mjs');
    const outDir = path.join(temp.dir, 'bundles');
    await buildElectron({ outDir });
    const bundled = new ReaderThread({ minBytes: 0, workerPath: path.join(outDir, 'csvReaderWorker.cjs') });
    try {
      const relative = 'salesforce/datacloud-workshop/Contact.csv';
      const table = await openTableSource(fixture(relative), { readerThread: bundled });
      expect(await readAllBatches(table)).toEqual(await readAllRows(await openTableSource(fixture(relative))));
    } finally {
      await bundled.close();
    }
  }, 120_000);
});
