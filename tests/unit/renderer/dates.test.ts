import { describe, expect, it } from 'vitest';
import {
  dayNumber,
  daysSince,
  daysUntil,
  formatLocalDateTime,
  localDayNumber,
  localInputToIso,
  toLocalDateTimeInput,
} from '../../../renderer/lib/dates';

describe('dayNumber', () => {
  it('counts calendar days since 1970-01-01', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1970-01-02T23:00:00Z')).toBe(1);
    expect(dayNumber('2024-03-01')! - dayNumber('2024-02-28')!).toBe(2); // leap year
  });
  it('refuses what is not a real date', () => {
    for (const bad of ['', '2025-02-30', '2025-13-01', '25-01-01', '2025/01/01', '2025-01-01x', 'abcd-ef-gh']) {
      expect(dayNumber(bad)).toBeNull();
    }
    expect(dayNumber(null)).toBeNull();
  });
});

describe('days between', () => {
  const today = dayNumber('2026-01-10')!;
  it('gives signed distances', () => {
    expect(daysUntil('2026-01-15', today)).toBe(5);
    expect(daysUntil('2026-01-05', today)).toBe(-5);
    expect(daysSince('2026-01-05', today)).toBe(5);
    expect(daysSince(null, today)).toBeNull();
  });
  it('reads the local calendar day of a Date', () => {
    expect(localDayNumber(new Date(2026, 0, 10, 23, 59))).toBe(today);
  });
});

describe('local date-time input', () => {
  it('formats a Date for datetime-local', () => {
    expect(toLocalDateTimeInput(new Date(2025, 2, 1, 9, 5))).toBe('2025-03-01T09:05');
  });
  it('keeps the wall-clock time and states the offset', () => {
    expect(localInputToIso('2025-03-01T14:30', 60)).toBe('2025-03-01T14:30:00+01:00');
    expect(localInputToIso('2025-03-01T14:30', -330)).toBe('2025-03-01T14:30:00-05:30');
    expect(localInputToIso('2025-03-01T14:30:15', 0)).toBe('2025-03-01T14:30:15+00:00');
  });
  it('refuses incomplete or impossible values', () => {
    expect(localInputToIso('', 0)).toBeNull();
    expect(localInputToIso('2025-02-30T10:00', 0)).toBeNull();
    expect(localInputToIso('2025-03-01T24:00', 0)).toBeNull();
  });
  it('shows stored date-times in local time, dates as they are', () => {
    const iso = new Date(2025, 2, 1, 14, 30).toISOString();
    expect(formatLocalDateTime(iso)).toBe('2025-03-01 14:30');
    expect(formatLocalDateTime('2025-03-01')).toBe('2025-03-01');
    expect(formatLocalDateTime('not a date at all')).toBe('not a date at all');
  });
});
