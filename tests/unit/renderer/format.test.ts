import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../../renderer/lib/dates';
import {
  currencySymbol,
  describeLastTouch,
  describeRenewal,
  describeRowCount,
  formatInt,
  formatMoneyCompact,
  formatMoneyExact,
} from '../../../renderer/lib/format';

const today = dayNumber('2026-11-23')!;

describe('formatMoneyCompact', () => {
  it.each([
    [0, '$0'],
    [950, '$950'],
    [999.6, '$1k'],
    [12_345, '$12.3k'],
    [12_000, '$12k'],
    [999_960, '$1M'],
    [4_200_000, '$4.2M'],
    [3_000_000_000, '$3B'],
    [-1500, '-$1.5k'],
  ])('%d → %s', (value, expected) => {
    expect(formatMoneyCompact(value)).toBe(expected);
  });

  it('uses the currency symbol, or the code for an unknown currency', () => {
    expect(formatMoneyCompact(12_300, 'EUR')).toBe('€12.3k');
    expect(currencySymbol('XYZ1')).toBe('XYZ1 ');
  });

  it('shows a dash for non-finite values', () => {
    expect(formatMoneyCompact(Number.NaN)).toBe('—');
  });
});

describe('formatMoneyExact and formatInt', () => {
  it('gives the exact amount with cents and grouping', () => {
    expect(formatMoneyExact(12_345.6)).toBe('$12,345.60');
    expect(formatMoneyExact(10, 'NOPE!')).toBe('10 NOPE!');
    expect(formatInt(1234567)).toBe('1,234,567');
  });
});

describe('describeRenewal', () => {
  it('counts days to a future renewal', () => {
    expect(describeRenewal('2027-03-01', today)).toBe('2027-03-01 · in 98 d');
  });
  it('says today and overdue', () => {
    expect(describeRenewal('2026-11-23', today)).toBe('2026-11-23 · today');
    expect(describeRenewal('2026-11-18', today)).toBe('2026-11-18 · overdue 5 d');
  });
  it('handles missing and unreadable dates', () => {
    expect(describeRenewal(null, today)).toBe('—');
    expect(describeRenewal('soon', today)).toBe('soon');
  });
});

describe('describeLastTouch', () => {
  it('counts days since the touch, using the date part of a date-time', () => {
    expect(describeLastTouch('2026-11-20T23:59:00+02:00', today)).toBe('2026-11-20 · 3 d ago');
    expect(describeLastTouch('2026-11-23', today)).toBe('2026-11-23 · today');
    expect(describeLastTouch('2026-11-25', today)).toBe('2026-11-25 · in 2 d');
    expect(describeLastTouch(null, today)).toBe('never');
  });
});

describe('describeRowCount', () => {
  it('shows shown-of-total only when filtered', () => {
    expect(describeRowCount(1234, 150_000)).toBe('1,234 of 150,000 accounts');
    expect(describeRowCount(150, 150)).toBe('150 accounts');
    expect(describeRowCount(1, 1)).toBe('1 account');
  });
});
