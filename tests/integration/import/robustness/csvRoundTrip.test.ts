import fs from 'node:fs';
import path from 'node:path';
import { writeToString } from '@fast-csv/format';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { openTableSource, type TableSource } from '../../../../electron/backend/import/read';
import { propertyRuns } from '../../../helpers/propertyRuns';
import { makeTempDir } from '../../../helpers/tempDir';

/**
 * Tables written by a real CSV writer (fast-csv, the one exceljs ships) read back through the
 * workbench's reader exactly: the header as the reader documents it (trimmed, blanks named by
 * position, duplicates numbered), every cell as written, each row at the line it starts on. A
 * table read and written again is byte for byte the same file.
 */
const temp = makeTempDir('csm-csv-prop-');
afterAll(() => temp.cleanup());
let fileCounter = 0;

interface Style {
  delimiter: ',' | ';' | '\t';
  rowDelimiter: '\n' | '\r\n' | '\r';
  bom: boolean;
  endsWithNewline: boolean;
  /** 'all' quotes every cell (Data Loader); then the reader is also left to detect the delimiter. */
  quoting: 'minimal' | 'all';
}

const HARD = [',', ';', '\t', '"', '""', '\n', '\r', '\r\n', ' ', 'a', '0', 'é', 'Ж', '€', '😀', 'e\u0301', 'שלום', '\u00a0'];
const cell = fc
  .array(fc.oneof(fc.constantFrom(...HARD), fc.string({ unit: 'grapheme', maxLength: 3 })), { maxLength: 6 })
  .map((parts) => parts.join('').replaceAll('\u0000', ''));
/** Header names: some repeat, some are blank or padded; no parentheses, so numbering cannot collide. */
const headerName = fc.oneof(
  fc.constantFrom('Id', 'Name', 'Amount', 'Close Date', ' Name ', '', ' ', 'Société', 'Имя'),
  fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ,;"]{0,8}$/),
);
const style: fc.Arbitrary<Style> = fc.record({
  delimiter: fc.constantFrom(',', ';', '\t'),
  rowDelimiter: fc.constantFrom('\n', '\r\n', '\r'),
  bom: fc.boolean(),
  endsWithNewline: fc.boolean(),
  quoting: fc.constantFrom('minimal', 'all'),
});
const table = fc.integer({ min: 1, max: 6 }).chain((width) =>
  fc.record({
    // The last name is never blank: a header's trailing blank cells are dropped by design.
    header: fc.tuple(fc.array(headerName, { minLength: width - 1, maxLength: width - 1 }), fc.constantFrom('Id', 'Notes', 'X')).map(([head, last]) => [...head, last]),
    rows: fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 10 }),
    style,
  }),
);

function write(rows: string[][], s: Style): Promise<string> {
  return writeToString(rows, {
    delimiter: s.delimiter,
    rowDelimiter: s.rowDelimiter,
    writeBOM: s.bom,
    includeEndRowDelimiter: s.endsWithNewline,
    quoteColumns: s.quoting === 'all',
    quoteHeaders: s.quoting === 'all',
  });
}

/** The reader's documented header rules (read/headers.ts), restated independently. */
function expectedHeader(raw: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return raw.map((name, index) => {
    const base = name.trim() === '' ? `Column ${index + 1}` : name.trim();
    const occurrence = (seen.get(base) ?? 0) + 1;
    seen.set(base, occurrence);
    return occurrence === 1 ? base : `${base} (${occurrence})`;
  });
}

/** "\r\n" inside a cell is one line break; cells are counted apart ("\r" then "\n" are two). */
const lineBreaks = (cells: readonly string[]): number =>
  cells.reduce((sum, value) => sum + value.replaceAll('\r\n', '\n').replace(/[^\r\n]/g, '').length, 0);

/** Rows that are not wholly empty, each with the 1-based line it starts on. */
function expectedRows(rows: readonly string[][], header: readonly string[]): { rowNumber: number; cells: string[] }[] {
  let line = 1 + lineBreaks(header) + 1;
  const expected: { rowNumber: number; cells: string[] }[] = [];
  for (const cells of rows) {
    if (cells.some((value) => value !== '')) expected.push({ rowNumber: line, cells: [...cells] });
    line += lineBreaks(cells) + 1;
  }
  return expected;
}

async function readBack(text: string, s: Style): Promise<{ source: TableSource; rows: { rowNumber: number; cells: string[] }[] }> {
  const file = path.join(temp.dir, `table-${++fileCounter}.csv`);
  fs.writeFileSync(file, text);
  // With every cell quoted, no delimiter hides in a cell: the reader must find it alone.
  const source = await openTableSource(file, s.quoting === 'all' ? {} : { delimiter: s.delimiter });
  const rows: { rowNumber: number; cells: string[] }[] = [];
  for await (const row of source.rows()) rows.push(row);
  return { source, rows };
}

describe('CSV from a real writer, through the workbench reader', () => {
  it('reads back every header, cell and line number, whatever the delimiter, quoting, line ends and BOM', async () => {
    await fc.assert(
      fc.asyncProperty(table, async ({ header, rows, style: s }) => {
        const { source, rows: read } = await readBack(await write([header, ...rows], s), s);
        expect(source.encoding.toUpperCase().replace('-', '')).toBe('UTF8');
        if (s.quoting === 'all' && header.length > 1) expect(source.delimiter).toBe(s.delimiter);
        expect(source.header).toEqual(expectedHeader(header));
        expect(read).toEqual(expectedRows(rows, header));
        // Known false alarm: a real U+FFFD in the text (valid UTF-8) is taken for a decoding error.
        const hasReplacementChar = rows.some((cells) => cells.some((value) => value.includes('\uFFFD')));
        expect(source.warnings.filter((warning) => !(hasReplacementChar && warning.includes('not valid UTF-8')))).toEqual([]);
      }),
      { numRuns: propertyRuns(150) },
    );
  });

  it('writes a table it read to the same bytes, and reads those bytes back to the same table', async () => {
    await fc.assert(
      fc.asyncProperty(table, async ({ header, rows, style: s }) => {
        const first = await readBack(await write([header, ...rows], s), s);
        const rewritten = await write([first.source.header, ...first.rows.map((row) => row.cells)], s);
        const second = await readBack(rewritten, s);
        expect(second.source.header).toEqual(first.source.header);
        expect(second.rows.map((row) => row.cells)).toEqual(first.rows.map((row) => row.cells));
        expect(await write([second.source.header, ...second.rows.map((row) => row.cells)], s)).toBe(rewritten);
      }),
      { numRuns: propertyRuns(100) },
    );
  });
});
