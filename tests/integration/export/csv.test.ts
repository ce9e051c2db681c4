import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCsv, neutraliseFormula, quoteCsvField } from '../../../electron/backend/export';

describe('CSV writing for CRM exports', () => {
  it('quotes every field and doubles inner quotes', () => {
    expect(quoteCsvField('plain')).toBe('"plain"');
    expect(quoteCsvField('')).toBe('""');
    expect(quoteCsvField('say "hi", then\r\nleave')).toBe('"say ""hi"", then\r\nleave"');
  });

  it('ends every line, the last one too, with the given line ending', () => {
    expect(formatCsv(['Id', 'B'], [['1', 'x'], ['2', '']], '\r\n')).toBe('"Id","B"\r\n"1","x"\r\n"2",""\r\n');
  });

  it('neutralises cells a spreadsheet would run as formulas, and nothing else', () => {
    for (const risky of ['=1+1', '+1', '-2', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://evil")']) {
      expect(neutraliseFormula(risky)).toBe(`'${risky}`);
    }
    for (const safe of ['adoption', '2026-11-20', '', "'=already", ' =spaced', 'a=b']) {
      expect(neutraliseFormula(safe)).toBe(safe);
    }
  });

  it('reads back exactly as written through csv-parse, whatever the cells hold', () => {
    const cell = fc.string({ unit: 'grapheme', maxLength: 20 });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { maxLength: 8 }), (rows) => {
        const text = formatCsv(['a', 'b', 'c'], rows, '\r\n');
        const parsed = parse(text, { relax_column_count: false }) as string[][];
        expect(parsed).toEqual([['a', 'b', 'c'], ...rows]);
      }),
    );
  });
});
