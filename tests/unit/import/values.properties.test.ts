import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysInMonth } from '../../../shared/domain/import/values/dates';
import { detectDateOrder, normalizeSalesforceId, parseDate, parseNumber, type DateOrder, type DecimalSeparator } from '../../../shared/domain/import/values';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

const validDate = (minYear: number, maxYear: number) =>
  fc
    .record({ year: fc.integer({ min: minYear, max: maxYear }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
    .filter(({ year, month, day }) => day <= daysInMonth(year, month));

type Layout = { order: DateOrder; separator: string; padded: boolean; twoDigitYear: boolean };

const layouts: Layout[] = [
  { order: 'YMD', separator: '-', padded: true, twoDigitYear: false },
  { order: 'MDY', separator: '/', padded: false, twoDigitYear: true },
  { order: 'MDY', separator: '/', padded: true, twoDigitYear: false },
  { order: 'DMY', separator: '.', padded: true, twoDigitYear: false },
  { order: 'DMY', separator: '-', padded: false, twoDigitYear: false },
];

function format({ year, month, day }: { year: number; month: number; day: number }, layout: Layout): string {
  const p = (n: number) => (layout.padded ? pad(n) : String(n));
  const y = layout.twoDigitYear ? pad(year % 100) : pad(year, 4);
  if (layout.order === 'YMD') return [y, p(month), p(day)].join(layout.separator);
  const [first, second] = layout.order === 'MDY' ? [month, day] : [day, month];
  return [p(first), p(second), y].join(layout.separator);
}

describe('value parsers, by property', () => {
  it.each(layouts)('parseDate round-trips %o', (layout) => {
    // Two-digit years only mean 1950–2049.
    const dates = layout.twoDigitYear ? validDate(1950, 2049) : validDate(1900, 2099);
    fc.assert(
      fc.property(dates, fc.boolean(), (date, withTime) => {
        const text = format(date, layout) + (withTime ? ' 08:05 PM' : '');
        const expected = `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}` + (withTime ? 'T20:05:00' : '');
        expect(parseDate(text, layout.order)).toEqual({ ok: true, value: expected });
      }),
    );
  });

  it('never calls a proven column ambiguous, and proves the order it was written in', () => {
    fc.assert(
      fc.property(fc.array(validDate(1990, 2030), { minLength: 1, maxLength: 20 }), fc.constantFrom<DateOrder>('MDY', 'DMY'), (dates, order) => {
        const layout: Layout = { order, separator: '/', padded: false, twoDigitYear: false };
        const decision = detectDateOrder(dates.map((d) => format(d, layout)));
        if (dates.some((d) => d.day > 12 && d.month <= 12)) expect(decision).toMatchObject({ order, ambiguous: false });
        else expect(decision.ambiguous).toBe(true);
      }),
    );
  });

  it('parseNumber round-trips numbers written in either decimal convention', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000_000_00, max: 1_000_000_000_00 }),
        fc.constantFrom<DecimalSeparator>('.', ','),
        fc.boolean(),
        fc.constantFrom('', '$', '€ ', 'EUR '),
        (cents, decimal, grouped, currency) => {
          const value = cents / 100;
          const thousands = decimal === '.' ? ',' : '.';
          const [whole = '', fraction = ''] = Math.abs(value).toFixed(2).split('.');
          const groupedWhole = grouped ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, thousands) : whole;
          const text = `${value < 0 ? '-' : ''}${currency}${groupedWhole}${decimal}${fraction}`;
          expect(parseNumber(text, { decimal })).toEqual({ ok: true, value });
        },
      ),
    );
  });

  it('normalizeSalesforceId makes the 15- and 18-character forms one id, and is idempotent', () => {
    const idChar = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'.split(''));
    fc.assert(
      fc.property(fc.array(idChar, { minLength: 15, maxLength: 15 }), (chars) => {
        const id15 = chars.join('');
        const id18 = normalizeSalesforceId(id15);
        expect(id18).toHaveLength(18);
        expect(id18?.slice(0, 15)).toBe(id15);
        expect(normalizeSalesforceId(id18 ?? '')).toBe(id18);
        expect(normalizeSalesforceId((id18 ?? '').toLowerCase())).toBe(id18);
      }),
    );
  });
});
