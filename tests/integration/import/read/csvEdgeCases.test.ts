import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { ImportReadError, openTableSource } from '../../../../electron/backend/import/read';
import { makeTempDir } from '../../../helpers/tempDir';
import { readAllRows } from './helpers/fixtures';

const temp = makeTempDir('csm-read-');
afterAll(() => temp.cleanup());
let counter = 0;

function write(content: string | Buffer, name = `file${++counter}.csv`): string {
  const file = path.join(temp.dir, name);
  fs.writeFileSync(file, content);
  return file;
}

async function readFailure(file: string, options = {}): Promise<ImportReadError> {
  const error = await openTableSource(file, options)
    .then((table) => readAllRows(table))
    .then(
      () => null,
      (caught: unknown) => caught,
    );
  expect(error).toBeInstanceOf(ImportReadError);
  const failure = error as ImportReadError;
  expect(failure.message).not.toContain('\n');
  return failure;
}

describe('CSV structure', () => {
  it('reads quoted delimiters, doubled quotes and line breaks, numbering rows by their first line', async () => {
    const file = write('id,note,city\n1,"a, b","x"\n2,"He said ""hi""\nsecond line\r\nthird",y\n3,plain,z\n');
    const table = await openTableSource(file);
    expect(await readAllRows(table)).toEqual([
      { rowNumber: 2, cells: ['1', 'a, b', 'x'] },
      { rowNumber: 3, cells: ['2', 'He said "hi"\nsecond line\r\nthird', 'y'] },
      { rowNumber: 6, cells: ['3', 'plain', 'z'] },
    ]);
  });

  it('accepts CRLF lines inside an LF file (and quoted cells before them) without stray carriage returns', async () => {
    const file = write('a,b\n1,"x"\r\n2,y\r\n3,z\n');
    expect((await readAllRows(await openTableSource(file))).map((row) => row.cells)).toEqual([
      ['1', 'x'],
      ['2', 'y'],
      ['3', 'z'],
    ]);
  });

  it('skips blank lines but keeps counting them', async () => {
    const rows = await readAllRows(await openTableSource(write('a,b\n\n1,2\n,\n\n3,4\n')));
    expect(rows).toEqual([
      { rowNumber: 3, cells: ['1', '2'] },
      { rowNumber: 6, cells: ['3', '4'] },
    ]);
  });

  it('drops empty trailing columns, pads short rows, and warns about values past the header', async () => {
    const table = await openTableSource(write('a;b;;\n1;2;;\n3\n4;5;;extra\n'));
    expect(table.delimiter).toBe(';');
    expect(table.header).toEqual(['a', 'b']);
    expect((await readAllRows(table)).map((row) => row.cells)).toEqual([
      ['1', '2'],
      ['3', ''],
      ['4', '5'],
    ]);
    expect(table.warnings).toEqual([expect.stringMatching(/^line 4: a value in column 4 is past the header's 2 columns/)]);
  });

  it('removes NUL characters with a warning', async () => {
    const table = await openTableSource(write('a,b\n1,x\u0000y\n2,z\u0000\u0000\n'));
    expect((await readAllRows(table)).map((row) => row.cells[1])).toEqual(['xy', 'z']);
    expect(table.warnings).toEqual(['3 NUL characters removed from the text']);
  });

  it('detects tab and obeys a delimiter override', async () => {
    expect((await openTableSource(write('a\tb\n1\t2\n'))).delimiter).toBe('\t');
    const forced = await openTableSource(write('a,b;c\n1,2;3\n'), { delimiter: ';' });
    expect(forced.header).toEqual(['a,b', 'c']);
  });

  it('reads a file whose records are split across small stream chunks (multi-byte characters included)', async () => {
    const lines = ['name;city'];
    for (let i = 0; i < 3000; i++) lines.push(`"Ölçer ""${i}""\r\nx";Zürich-${i}`);
    const table = await openTableSource(write(lines.join('\r\n') + '\r\n'));
    const rows = await readAllRows(table);
    expect(rows).toHaveLength(3000);
    expect(rows[2999]).toEqual({ rowNumber: 2 + 2 * 2999, cells: ['Ölçer "2999"\r\nx', 'Zürich-2999'] });
  });
});

describe('encodings', () => {
  it('decodes Windows-1251 and reports it; an override wins and says so', async () => {
    const text = 'Компания;Город;Владелец\nООО Ромашка;Москва;Иван Петров\nЗавод имени Ленина;Санкт-Петербург;Мария Сидорова\n';
    const file = write(iconv.encode(text, 'windows-1251'));
    const table = await openTableSource(file);
    expect(table).toMatchObject({ encoding: 'windows-1251', encodingOverridden: false, delimiter: ';' });
    expect(table.header).toEqual(['Компания', 'Город', 'Владелец']);
    expect((await readAllRows(table))[1]!.cells[1]).toBe('Санкт-Петербург');
    const forced = await openTableSource(file, { encoding: 'koi8-r' });
    expect(forced).toMatchObject({ encoding: 'koi8-r', encodingOverridden: true, encodingConfidence: 100 });
  });

  it('decodes Windows-1252 with curly quotes and the euro sign', async () => {
    const text = 'Name,Note,Price\nJosé Müller,“Premium” – Tier,€ 12\nCrème brûlée,Zoë’s,€ 7\n';
    const table = await openTableSource(write(iconv.encode(text, 'windows-1252')));
    expect(table.encoding).toBe('windows-1252');
    expect((await readAllRows(table))[0]!.cells).toEqual(['José Müller', '“Premium” – Tier', '€ 12']);
  });

  it('warns when bytes after the sample are not UTF-8', async () => {
    const ascii = 'id,name\n' + 'x,plain ascii text here\n'.repeat(4000);
    const file = write(Buffer.concat([Buffer.from(ascii), iconv.encode('y,Pébéo\n', 'windows-1252')]));
    const table = await openTableSource(file);
    expect(table.encoding).toBe('UTF-8');
    await readAllRows(table);
    expect(table.warnings.join(' ')).toMatch(/line 4002 has bytes that are not valid UTF-8.*--encoding windows-1252/);
  });

  it('refuses an unknown encoding name', async () => {
    const failure = await readFailure(write('a\n1\n'), { encoding: 'klingon' });
    expect(failure.message).toMatch(/unknown encoding "klingon"/);
  });
});

describe('bad input gives one readable line', () => {
  it('an unterminated quote names the file, the line where the record starts and the column', async () => {
    const file = write('id,name,city\n1,Acme,Oslo\n2,"Broken,Bergen\n3,Ok,Rome\n', 'broken.csv');
    const failure = await readFailure(file);
    expect(failure.message).toBe(`${file}: line 3, column 2: a quoted field is never closed (its closing " is missing)`);
    expect(failure.place).toMatchObject({ line: 3, column: 2 });
  });

  it('a missing file, an empty file, a blank file, a folder and a binary file', async () => {
    expect((await readFailure(path.join(temp.dir, 'nope.csv'))).message).toMatch(/nope\.csv: file not found$/);
    expect((await readFailure(write(''))).message).toMatch(/: the file is empty$/);
    expect((await readFailure(write('\n\r\n\n'))).message).toMatch(/no header line/);
    expect((await readFailure(temp.dir)).message).toMatch(/folder/);
    const noise = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    expect((await readFailure(write(noise, 'noise.csv'))).message).toMatch(/noise\.csv: this looks like a binary file/);
    expect((await readFailure(write(Buffer.from('%PDF-1.4\n...'), 'report.csv'))).message).toMatch(/PDF/);
  });

  it('a ZIP given as a table and a fake XLSX', async () => {
    expect((await readFailure(write(Buffer.from('PK\u0003\u0004rest'), 'export.zip'))).message).toMatch(/ZIP archive/);
    expect((await readFailure(write('a,b\n', 'fake.xlsx'))).message).toMatch(/fake\.xlsx: not a valid XLSX workbook/);
  });
});
