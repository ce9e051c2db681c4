import { splitDateText, type DateParts, type TimeParts } from './dateText';
import { fail, ok, type ParseResult } from './result';

/** The order of year, month and day in a column's dates. Year-first text is always read as ISO. */
export type DateOrder = 'YMD' | 'MDY' | 'DMY';

/**
 * Two-digit years: 00–49 are 20xx and 50–99 are 19xx, so renewals in the 2040s and birthdays
 * in the 1960s both come out right.
 */
export const TWO_DIGIT_YEAR_PIVOT = 50;

export function expandYear(year: number, digits: number): number {
  if (digits !== 2) return year;
  return year < TWO_DIGIT_YEAR_PIVOT ? 2000 + year : 1900 + year;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * A date cell as `YYYY-MM-DD`, or as a full ISO datetime when it has a time: in UTC with `Z`
 * when the text carries an offset, else `YYYY-MM-DDTHH:MM:SS` with no zone, because the file
 * does not say which zone it meant and inventing one would shift the day.
 */
export function parseDate(text: string, order: DateOrder): ParseResult<string | null> {
  if (text.trim() === '') return ok(null);
  const parts = splitDateText(text);
  if (typeof parts === 'string') return fail(`"${text.trim()}": ${parts}`);
  const ymd = toYearMonthDay(parts, order);
  const [year, month, day] = ymd;
  if (month < 1 || month > 12) return fail(`"${text.trim()}": month ${month} does not exist (read as ${describe(parts, order)})`);
  if (day < 1 || day > daysInMonth(year, month)) {
    return fail(`"${text.trim()}": ${monthName(month)} ${year} has no day ${day} (read as ${describe(parts, order)})`);
  }
  if (parts.time === null) return ok(isoDate(year, month, day));
  return ok(isoDateTime(year, month, day, parts.time));
}

function toYearMonthDay(parts: DateParts, order: DateOrder): [number, number, number] {
  if (parts.layout === 'ymd') return [parts.first, parts.second, parts.third];
  const year = expandYear(parts.third, parts.yearDigits);
  return effectiveOrder(parts, order) === 'MDY' ? [year, parts.first, parts.second] : [year, parts.second, parts.first];
}

/** A column judged year-first can still hold a stray `3/4/24`: fall back on the separator's usual convention. */
function effectiveOrder(parts: DateParts, order: DateOrder): 'MDY' | 'DMY' {
  if (order !== 'YMD') return order;
  return parts.separator === '/' ? 'MDY' : 'DMY';
}

function describe(parts: DateParts, order: DateOrder): string {
  if (parts.layout === 'ymd') return 'year-month-day';
  return effectiveOrder(parts, order) === 'MDY' ? 'month/day/year' : 'day/month/year';
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const monthName = (month: number): string => MONTHS[month - 1] ?? `month ${month}`;

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

function isoDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

function isoDateTime(year: number, month: number, day: number, time: TimeParts): string {
  if (time.offsetMinutes === null) {
    return `${isoDate(year, month, day)}T${pad(time.hour)}:${pad(time.minute)}:${pad(time.second)}`;
  }
  const utc = Date.UTC(year, month - 1, day, time.hour, time.minute, time.second, time.millisecond);
  return new Date(utc - time.offsetMinutes * 60_000).toISOString();
}
