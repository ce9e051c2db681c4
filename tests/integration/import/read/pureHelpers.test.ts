import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { describeBinary } from '../../../../electron/backend/import/read/binary';
import { detectBom, stripLeadingBomChar } from '../../../../electron/backend/import/read/bom';
import { detectDelimiter, parseDelimiterName } from '../../../../electron/backend/import/read/delimiter';
import { cutAtLastLineBreak, detectEncoding, normaliseEncodingName } from '../../../../electron/backend/import/read/encoding';
import { dedupeHeaders, trimTrailingEmpty } from '../../../../electron/backend/import/read/headers';
import { countLineBreaks } from '../../../../electron/backend/import/read/lineBreaks';
import { NulFilter, Utf8NulFilter } from '../../../../electron/backend/import/read/nulFilter';
import { objectForEntry } from '../../../../electron/backend/import/read/salesforceObjects';

describe('detectDelimiter', () => {
  it('finds , ; and tab', () => {
    expect(detectDelimiter('a,b,c\n1,2,3\n')).toBe(',');
    expect(detectDelimiter('a;b;c\n1;2;3\n')).toBe(';');
    expect(detectDelimiter('a\tb\tc\n1\t2\t3\n')).toBe('\t');
  });

  it('prefers the separator whose count is steady over decimal commas', () => {
    expect(detectDelimiter('Name;Amount;Date\nAcme;13884,00;17-7-2018\nBeta;1,5;1-1-2020\nGamma;7;2-2-2020\n')).toBe(';');
  });

  it('ignores separators inside quoted fields, even across lines', () => {
    expect(detectDelimiter('"a;b";"c, d, e"\n"x,\ny,z";"w"\n')).toBe(';');
  });

  it('ignores a record cut off by the end of the sample and blank lines', () => {
    expect(detectDelimiter('a;b;c\n\n1;2;3\n4;5,6,7,8,9')).toBe(';');
  });

  it('falls back to a comma for a one-column file', () => {
    expect(detectDelimiter('name\nAcme\n')).toBe(',');
  });

  it('reads option names', () => {
    expect(parseDelimiterName('tab')).toBe('\t');
    expect(parseDelimiterName('\\t')).toBe('\t');
    expect(parseDelimiterName(';')).toBe(';');
    expect(parseDelimiterName('|')).toBe('|');
    expect(parseDelimiterName('"')).toBeNull();
    expect(parseDelimiterName(';;')).toBeNull();
  });
});

describe('dedupeHeaders', () => {
  it('numbers exact duplicates and keeps case variants', () => {
    expect(dedupeHeaders(['Name', 'Lead Owner', 'Name', 'Lead owner', 'Name'])).toEqual([
      'Name',
      'Lead Owner',
      'Name (2)',
      'Lead owner',
      'Name (3)',
    ]);
  });

  it('never takes a name a later column really has', () => {
    expect(dedupeHeaders(['Name', 'Name', 'Name (2)'])).toEqual(['Name', 'Name (3)', 'Name (2)']);
  });

  it('names empty headers by position and trims spaces', () => {
    expect(dedupeHeaders([' Id ', '', 'Id'])).toEqual(['Id', 'Column 2', 'Id (2)']);
  });

  it('drops trailing empty header cells, keeping at least one', () => {
    expect(trimTrailingEmpty(['a', 'b', '', ' '])).toEqual(['a', 'b']);
    expect(trimTrailingEmpty(['', ''])).toEqual(['']);
  });
});

describe('BOM handling', () => {
  it('recognises the three byte-order marks', () => {
    expect(detectBom(Buffer.from([0xef, 0xbb, 0xbf, 0x41]))).toEqual({ encoding: 'UTF-8', length: 3 });
    expect(detectBom(Buffer.from([0xff, 0xfe, 0x41, 0]))).toEqual({ encoding: 'UTF-16LE', length: 2 });
    expect(detectBom(Buffer.from([0xfe, 0xff, 0, 0x41]))).toEqual({ encoding: 'UTF-16BE', length: 2 });
    expect(detectBom(Buffer.from('Id,Name'))).toBeNull();
    expect(stripLeadingBomChar('\uFEFFId')).toBe('Id');
    expect(stripLeadingBomChar('Id')).toBe('Id');
  });
});

/** The text a filter lets through when the bytes arrive in the given pieces, and the NULs it counted. */
async function filtered(filter: NulFilter | Utf8NulFilter, pieces: readonly Buffer[]): Promise<{ text: string; removed: number }> {
  const out: Buffer[] = [];
  filter.on('data', (chunk: Buffer | string) => out.push(Buffer.from(chunk)));
  const ended = new Promise((resolve) => filter.on('end', resolve));
  for (const piece of pieces) filter.write(piece);
  filter.end();
  await ended;
  return { text: Buffer.concat(out).toString('utf8'), removed: filter.removed };
}

describe('Utf8NulFilter (UTF-8 bytes straight to csv-parse)', () => {
  const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Id,Name\n1,Mü\u0000ller\n\u0000\u00002,Ёлка\n')]);

  it('drops a leading byte-order mark and NULs wherever the chunks split, as decoding to text does', async () => {
    const decoded = await filtered(new NulFilter(), [Buffer.from(iconv.decode(bytes, 'utf-8'))]);
    expect(decoded).toEqual({ text: 'Id,Name\n1,Müller\n2,Ёлка\n', removed: 3 });
    for (const size of [1, 2, 3, 4, 7, bytes.length]) {
      const pieces: Buffer[] = [];
      for (let at = 0; at < bytes.length; at += size) pieces.push(bytes.subarray(at, at + size));
      expect(await filtered(new Utf8NulFilter(), pieces)).toEqual(decoded);
    }
  });

  it('keeps a byte-order mark that is not at the start, and a file shorter than one', async () => {
    expect((await filtered(new Utf8NulFilter(), [Buffer.from('a\uFEFFb')])).text).toBe('a\uFEFFb');
    expect((await filtered(new Utf8NulFilter(), [Buffer.from([0xef, 0xbb])])).text).toBe(Buffer.from([0xef, 0xbb]).toString('utf8'));
    expect(await filtered(new Utf8NulFilter(), [])).toEqual({ text: '', removed: 0 });
  });
});

describe('detectEncoding (chardet, limited to the encodings exports come in)', () => {
  it('reports UTF-8 for pure ASCII and for UTF-8 text', () => {
    expect(detectEncoding(Buffer.from('a,b\n1,2\n'))).toMatchObject({ encoding: 'UTF-8', source: 'ascii' });
    expect(detectEncoding(Buffer.from('name,city\nJosé Müller,Zürich\nŁukasz,Kraków\n'))).toMatchObject({ encoding: 'UTF-8', source: 'detector' });
  });

  it('detects Windows-1251 Cyrillic', () => {
    const bytes = iconv.encode('Имя;Фамилия;Компания\nИван;Петров;ООО Ромашка\nМария;Сидорова;Завод имени Ленина\n', 'windows-1251');
    expect(detectEncoding(bytes).encoding).toBe('windows-1251');
  });

  it('detects Windows-1252 when the C1 range is used (curly quotes, en dash)', () => {
    const bytes = iconv.encode('Name;Street;Note\nJosé Müller;Hauptstraße 5;“quoted” – dash\nCrème;Café;brûlée\n', 'windows-1252');
    expect(detectEncoding(bytes).encoding).toBe('windows-1252');
  });

  it('detects Latin-1 Western text', () => {
    const bytes = iconv.encode('Name;Straße;Ort\nJosé Müller;Hauptstraße 5;Zürich\nCrème brûlée;Café;Genève\n', 'latin1');
    expect(['ISO-8859-1', 'windows-1252']).toContain(detectEncoding(bytes).encoding);
  });

  it('knows which override names exist and cuts samples at a line break', () => {
    expect(normaliseEncodingName('cp1252')).toBe('cp1252');
    expect(normaliseEncodingName('klingon')).toBeNull();
    expect(cutAtLastLineBreak(Buffer.from('a\nb\nc'), false).toString()).toBe('a\nb\n');
    expect(cutAtLastLineBreak(Buffer.from('a\nb\nc'), true).toString()).toBe('a\nb\nc');
  });
});

describe('describeBinary', () => {
  it('names known signatures and binary noise, and lets text with a stray NUL pass', () => {
    expect(describeBinary(Buffer.from('%PDF-1.7\n'))).toMatch(/PDF/);
    expect(describeBinary(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2]))).toMatch(/ZIP/);
    expect(describeBinary(Buffer.from(Array.from({ length: 256 }, (_, i) => i)))).toMatch(/binary/);
    expect(describeBinary(Buffer.from('a,b\n1,2\u0000\n'))).toBeNull();
  });
});

describe('countLineBreaks and objectForEntry', () => {
  it('counts CRLF once and lone CR or LF once each', () => {
    expect(countLineBreaks(['a\r\nb', 'c\nd\re'])).toBe(3);
    expect(countLineBreaks(['plain'])).toBe(0);
  });

  it('routes Data Export entries by file name', () => {
    expect(objectForEntry('Account.csv')).toBe('Account');
    expect(objectForEntry('export/contact.CSV')).toBe('Contact');
    expect(objectForEntry('Branch__c.csv')).toBe('Branch__c');
    expect(objectForEntry('notes (1).csv')).toBeNull();
  });
});
