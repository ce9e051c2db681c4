import { AppError } from '../../api/errors';
import type { IsoDay, YearMonth } from './types';

/**
 * Months and days as integers, so windows are compared with `<` instead of date objects:
 * a month index is year × 12 + (month − 1); a day number counts days since 1970-01-01 (UTC).
 */

const YEAR_MONTH = /^(\d{4})-(\d{2})$/;
const DAY_PREFIX = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/;
const MS_PER_DAY = 86_400_000;

export function monthIndex(text: YearMonth, what: string | (() => string)): number {
  const match = YEAR_MONTH.exec(text);
  const month = match ? Number(match[2]) : 0;
  if (!match || month < 1 || month > 12) {
    throw new AppError('BAD_INPUT', `${typeof what === 'string' ? what : what()}: expected a month as YYYY-MM, got "${text}"`);
  }
  return Number(match[1]) * 12 + month - 1;
}

export function monthText(index: number): YearMonth {
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The day number of the first day of a month. */
export function firstDayOfMonth(index: number): number {
  return Date.UTC(Math.floor(index / 12), index % 12, 1) / MS_PER_DAY;
}

export function lastDayOfMonth(index: number): number {
  return firstDayOfMonth(index + 1) - 1;
}

export function dayNumber(text: IsoDay, what: string): number {
  const match = DAY_PREFIX.exec(text);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const time = Date.UTC(year, month - 1, day);
    // The round trip refuses days that do not exist (2024-02-30 would roll over to March).
    if (month >= 1 && month <= 12 && new Date(time).getUTCDate() === day) return time / MS_PER_DAY;
  }
  throw new AppError('BAD_INPUT', `${what}: expected a date as YYYY-MM-DD, got "${text}"`);
}

export function dayText(day: number): IsoDay {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * Reads day or month strings through a cache: usage has millions of rows but only hundreds of
 * distinct dates, so each is parsed once.
 */
function cachedReader(parse: (text: string) => number): (text: string) => number {
  const cache = new Map<string, number>();
  return (text) => {
    let value = cache.get(text);
    if (value === undefined) {
      value = parse(text);
      cache.set(text, value);
    }
    return value;
  };
}

export const dayReader = (what: string): ((text: IsoDay) => number) => cachedReader((text) => dayNumber(text, what));

/** `what` names the value in an error; it is only called on failure. */
export const monthReader = (what: (text: YearMonth) => string): ((text: YearMonth) => number) =>
  cachedReader((text) => monthIndex(text, () => what(text)));
