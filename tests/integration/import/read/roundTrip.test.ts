import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { openTableSource } from '../../../../electron/backend/import/read';
import { makeTempDir } from '../../../helpers/tempDir';
import { readAllRows } from './helpers/fixtures';

const temp = makeTempDir('csm-read-prop-');
afterAll(() => temp.cleanup());
let counter = 0;

/** Cells built from the characters that make CSV hard, plus some non-ASCII text. */
const cell = fc
  .array(fc.constantFrom('a', 'Z', ' ', ',', ';', '\t', '"', '\n', '\r\n', 'é', 'Ж', '€', '😀', '0'), { maxLength: 8 })
  .map((parts) => parts.join(''));

function quote(value: string, delimiter: string): string {
  return /["\r\n]/.test(value) || value.includes(delimiter) || value === '' ? `"${value.replaceAll('"', '""')}"` : value;
}

describe('CSV written by a standard writer reads back cell for cell', () => {
  it('holds for random cells, delimiters and line endings', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 5 }).chain((width) =>
          fc.record({
            // Header names are distinct and non-blank, as dedupeHeaders would otherwise rename them.
            header: fc.uniqueArray(fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ]{0,6}[A-Za-z0-9]$/), { minLength: width, maxLength: width }),
            rows: fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 12 }),
            delimiter: fc.constantFrom(',', ';', '\t'),
            newline: fc.constantFrom('\n', '\r\n'),
            bom: fc.boolean(),
          }),
        ),
        async ({ header, rows, delimiter, newline, bom }) => {
          const lines = [header, ...rows].map((cells) => cells.map((value) => quote(value, delimiter)).join(delimiter));
          const file = path.join(temp.dir, `round${++counter}.csv`);
          fs.writeFileSync(file, (bom ? '\uFEFF' : '') + lines.join(newline) + newline);
          const table = await openTableSource(file, { delimiter });
          expect(table.header).toEqual(header);
          const read = await readAllRows(table);
          // Rows whose every cell is empty are blank records, which the reader skips by design.
          expect(read.map((row) => row.cells)).toEqual(rows.filter((cells) => cells.some((value) => value !== '')));
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('encoding of short UTF-8 files with few non-ASCII characters', () => {
  it('reads a lone euro sign as UTF-8 (a counterexample the property above once found)', async () => {
    const file = path.join(temp.dir, 'euro.csv');
    fs.writeFileSync(file, 'AA,A0\na,""\n"",€\n');
    const table = await openTableSource(file);
    expect(table.encoding).toBe('UTF-8');
    expect((await readAllRows(table)).map((row) => row.cells)).toEqual([
      ['a', ''],
      ['', '€'],
    ]);
  });
});
