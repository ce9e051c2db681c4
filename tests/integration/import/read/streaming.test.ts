import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openTableSource } from '../../../../electron/backend/import/read';
import { makeTempDir } from '../../../helpers/tempDir';

const temp = makeTempDir('csm-read-stream-');
afterAll(() => temp.cleanup());

const ROWS = 200_000;

/** Written in blocks so the test itself never holds the file in memory either. */
function writeLargeCsv(file: string): number {
  const fd = fs.openSync(file, 'w');
  try {
    fs.writeSync(fd, '\uFEFFId,Name,Description,Amount,CloseDate\r\n');
    for (let start = 0; start < ROWS; start += 10_000) {
      const block: string[] = [];
      for (let i = start; i < start + 10_000; i++) {
        block.push(`006${String(i).padStart(15, '0')},"Deal ${i}, renewal","Line one\nline two with ""quotes"" ${'x'.repeat(40)}",${i * 10}.50,2024-01-${String((i % 28) + 1).padStart(2, '0')}`);
      }
      fs.writeSync(fd, block.join('\r\n') + '\r\n');
    }
  } finally {
    fs.closeSync(fd);
  }
  return fs.statSync(file).size;
}

describe('streaming a large CSV', () => {
  it(`reads ${ROWS.toLocaleString('en')} rows without holding the file in memory`, async () => {
    const file = path.join(temp.dir, 'large.csv');
    const size = writeLargeCsv(file);
    globalThis.gc?.();
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    let count = 0;
    let last = { rowNumber: 0, cells: [] as string[] };
    const table = await openTableSource(file);
    expect(table.header).toEqual(['Id', 'Name', 'Description', 'Amount', 'CloseDate']);
    for await (const row of table.rows()) {
      count++;
      last = row;
      if (count % 5000 === 0) peak = Math.max(peak, process.memoryUsage().rss);
    }
    expect(count).toBe(ROWS);
    // Each record spans two lines (the quoted description holds a line break).
    expect(last.rowNumber).toBe(2 + 2 * (ROWS - 1));
    expect(last.cells[1]).toBe(`Deal ${ROWS - 1}, renewal`);
    const growthMb = (peak - baseline) / 1024 / 1024;
    console.log(`streaming ${ROWS} rows, ${(size / 1024 / 1024).toFixed(1)} MB file: peak RSS growth ${growthMb.toFixed(1)} MB`);
    // Loose bound: far below what holding the decoded text and all rows would take (several times the file size).
    expect(growthMb).toBeLessThan(Math.max(150, (size / 1024 / 1024) * 1.5));
  });
});
