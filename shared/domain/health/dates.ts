/**
 * Calendar days as whole numbers, so scoring compares dates without time zones. Dates arrive as
 * `YYYY-MM-DD` or as ISO timestamps; a timestamp counts by the calendar date it is written with
 * (the back-end stores UTC). Parsing is plain arithmetic on character codes (no RegExp, no Date
 * objects) because a what-if reads several dates per account over a 100,000-account book.
 */

/** The day a score is computed for: `YYYY-MM-DD` (or an ISO timestamp), or a Date read as its UTC day. */
export type AsOf = string | Date;

const DAY_MS = 86_400_000;
const DASH = 45;

function digitsAt(text: string, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

const isLeap = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeap(year) ? 29 : MONTH_DAYS[month - 1]!;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** Days since 1970-01-01 of an ISO date or timestamp; throws a one-line error naming `what` when it is not one. */
export function dayNumber(text: string, what: string): number {
  if (typeof text === 'string' && text.length >= 10 && text.charCodeAt(4) === DASH && text.charCodeAt(7) === DASH) {
    const rest = text.length === 10 ? '' : text[10];
    const year = digitsAt(text, 0, 4);
    const month = digitsAt(text, 5, 2);
    const day = digitsAt(text, 8, 2);
    const validRest = rest === '' || rest === 'T' || rest === ' ';
    if (validRest && year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) {
      return daysFromCivil(year, month, day);
    }
  }
  throw new Error(`${what} is not a date (expected YYYY-MM-DD): ${JSON.stringify(text)}`);
}

/** The calendar day of `asOf` as a day number. */
export function asOfDay(asOf: AsOf): number {
  if (typeof asOf === 'string') return dayNumber(asOf, 'asOf');
  if (Number.isNaN(asOf.getTime())) throw new Error('asOf is an invalid Date');
  return Math.floor(asOf.getTime() / DAY_MS);
}

/** `YYYY-MM-DD` of a day number. */
export function dayText(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

let lastYearBefore = { day: NaN, result: NaN };

/**
 * The same calendar date one year earlier (29 February falls back to 28 February). Remembers its
 * last answer: a book is scored for one day, so this runs once, not once per account.
 */
export function oneYearBefore(day: number): number {
  if (lastYearBefore.day === day) return lastYearBefore.result;
  const date = new Date(day * DAY_MS);
  const year = date.getUTCFullYear() - 1;
  const month = date.getUTCMonth() + 1;
  const result = daysFromCivil(year, month, Math.min(date.getUTCDate(), daysInMonth(year, month)));
  lastYearBefore = { day, result };
  return result;
}
