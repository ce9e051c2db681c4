import { describe, expect, it } from 'vitest';
import { detectDateOrder, parseDate, type DateOrder } from '../../../shared/domain/import/values';

const value = (text: string, order: DateOrder) => {
  const result = parseDate(text, order);
  if (!result.ok) throw new Error(result.reason);
  return result.value;
};

describe('parseDate', () => {
  it.each([
    ['2024-01-22', 'YMD', '2024-01-22'],
    ['2024-01-22T16:14:25.000+0000', 'YMD', '2024-01-22T16:14:25.000Z'],
    ['2024-01-22T18:14:25+02:00', 'YMD', '2024-01-22T16:14:25.000Z'],
    ['2024-01-22T16:14:25Z', 'MDY', '2024-01-22T16:14:25.000Z'],
    ['2024-05-07 10:26', 'YMD', '2024-05-07T10:26:00'],
    ['02/23/26 08:55 PM', 'MDY', '2026-02-23T20:55:00'],
    ['02/23/26 12:05 AM', 'MDY', '2026-02-23T00:05:00'],
    ['02/23/26 12:05 PM', 'MDY', '2026-02-23T12:05:00'],
    ['5/7/24 10:26', 'MDY', '2024-05-07T10:26:00'],
    ['5/7/24 10:26', 'DMY', '2024-07-05T10:26:00'],
    ['3/4/99', 'MDY', '1999-03-04'],
    ['3/4/49', 'MDY', '2049-03-04'],
    ['12/31/2024', 'MDY', '2024-12-31'],
    ['07/04/2024', 'MDY', '2024-07-04'],
    ['31.12.2024', 'DMY', '2024-12-31'],
    ['01.02.2024', 'DMY', '2024-02-01'],
    ['17-7-2018', 'DMY', '2018-07-17'],
    ['31-1-2019', 'DMY', '2019-01-31'],
    ['2/29/2024', 'MDY', '2024-02-29'],
    ['  2024-01-22  ', 'YMD', '2024-01-22'],
  ] as const)('%s read %s is %s', (text, order, expected) => {
    expect(value(text, order)).toBe(expected);
  });

  it('reads a stray day-first or month-first date in a year-first column by its separator', () => {
    expect(value('17-7-2018', 'YMD')).toBe('2018-07-17');
    expect(value('3/4/2024', 'YMD')).toBe('2024-03-04');
  });

  it('treats an empty cell as no date', () => {
    expect(parseDate('', 'MDY')).toEqual({ ok: true, value: null });
    expect(parseDate('   ', 'DMY')).toEqual({ ok: true, value: null });
  });

  it.each([
    ['2/30/2024', 'MDY', 'February 2024 has no day 30'],
    ['2/29/2023', 'MDY', 'February 2023 has no day 29'],
    ['31/04/2024', 'DMY', 'April 2024 has no day 31'],
    ['13/01/2024', 'MDY', 'month 13 does not exist'],
    ['2024-13-01', 'YMD', 'month 13 does not exist'],
    ['17-7-2018', 'MDY', 'month 17 does not exist'],
    ['yesterday', 'MDY', 'not a date'],
    ['2024/1', 'YMD', 'not a date'],
    ['02/23/26 13:55 PM', 'MDY', 'hour 13 does not fit PM'],
    ['2024-01-22 25:00', 'YMD', 'not a valid time'],
  ] as const)('refuses %s (%s) with a reason', (text, order, reason) => {
    const result = parseDate(text, order);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toContain(reason);
      expect(result.reason).toContain(text);
    }
  });
});

describe('detectDateOrder', () => {
  it('proves day-first from a day above 12 in first place', () => {
    expect(detectDateOrder(['1-2-2019', '17-7-2018', '31-1-2019'])).toEqual({
      order: 'DMY',
      ambiguous: false,
      evidence: 'day first: "17-7-2018" has a day above 12 in first place',
    });
  });

  it('proves month-first from a day above 12 in second place', () => {
    const decision = detectDateOrder(['3/4/24', '02/23/26 08:55 PM', '']);
    expect(decision).toMatchObject({ order: 'MDY', ambiguous: false });
    expect(decision.evidence).toContain('02/23/26 08:55 PM');
  });

  it('reads ISO columns as year-first', () => {
    expect(detectDateOrder(['2024-01-22T16:14:25.000+0000', '2024-02-01'])).toMatchObject({ order: 'YMD', ambiguous: false });
  });

  it('guesses from the separator and flags it when nothing proves the order', () => {
    expect(detectDateOrder(['3/4/24', '5/7/24 10:26'])).toMatchObject({ order: 'MDY', ambiguous: true });
    expect(detectDateOrder(['3-4-2024'])).toMatchObject({ order: 'DMY', ambiguous: true });
    expect(detectDateOrder(['01.02.2024'])).toMatchObject({ order: 'DMY', ambiguous: false });
    expect(detectDateOrder([])).toMatchObject({ order: 'YMD', ambiguous: true });
  });

  it('reports conflicting proof and decides by majority', () => {
    const decision = detectDateOrder(['13/1/2024', '14/1/2024', '1/13/2024']);
    expect(decision).toMatchObject({ order: 'DMY', ambiguous: true });
    expect(decision.evidence).toContain('conflicting');
  });
});
