/**
 * UTC calendar arithmetic on epoch milliseconds. The generators work in plain numbers (fast
 * and timezone-free) and format only when writing a row.
 */
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;
export const WEEK_MS = 7 * DAY_MS;

/** Months since year 0 (year * 12 + month0): consecutive months differ by 1. */
export function monthIndexOf(ms: number): number {
  const date = new Date(ms);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

export function monthStartMs(monthIndex: number): number {
  return Date.UTC(Math.floor(monthIndex / 12), monthIndex % 12, 1);
}

export function daysInMonth(monthIndex: number): number {
  return Math.round((monthStartMs(monthIndex + 1) - monthStartMs(monthIndex)) / DAY_MS);
}

/** 'YYYY-MM' of a month index. */
export function periodOf(monthIndex: number): string {
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  return `${year}-${month < 10 ? '0' : ''}${month}`;
}

export function startOfDayMs(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS;
}

const dayStrings = new Map<number, string>();

/** 'YYYY-MM-DD' (cached per day: the book formats millions of dates). */
export function isoDate(ms: number): string {
  const day = Math.floor(ms / DAY_MS);
  let text = dayStrings.get(day);
  if (text === undefined) {
    text = new Date(day * DAY_MS).toISOString().slice(0, 10);
    if (dayStrings.size < 20_000) dayStrings.set(day, text);
  }
  return text;
}

/** Full ISO date-time with minute precision ('YYYY-MM-DDTHH:MM:00.000Z'). */
export function isoMoment(ms: number): string {
  const minutes = Math.floor((ms % DAY_MS) / 60_000);
  const hours = Math.floor(minutes / 60);
  const minute = minutes % 60;
  return `${isoDate(ms)}T${hours < 10 ? '0' : ''}${hours}:${minute < 10 ? '0' : ''}${minute}:00.000Z`;
}

/** The same calendar day `years` later (29 February becomes 28 February). */
export function addYears(ms: number, years: number): number {
  const date = new Date(ms);
  const year = date.getUTCFullYear() + years;
  const month = date.getUTCMonth();
  const day = Math.min(date.getUTCDate(), daysInMonth(year * 12 + month));
  return Date.UTC(year, month, day) + (ms - startOfDayMs(ms));
}

/** The first anniversary of `startMs` strictly after `afterMs`. */
export function nextAnniversary(startMs: number, afterMs: number): number {
  let years = Math.max(1, new Date(afterMs).getUTCFullYear() - new Date(startMs).getUTCFullYear() - 1);
  let candidate = addYears(startMs, years);
  while (candidate <= afterMs) candidate = addYears(startMs, ++years);
  return candidate;
}

/** Monday 00:00 UTC of the week holding `ms`. */
export function mondayOnOrBefore(ms: number): number {
  const day = startOfDayMs(ms);
  const weekday = (new Date(day).getUTCDay() + 6) % 7; // Monday = 0
  return day - weekday * DAY_MS;
}

/** Moves a Saturday or Sunday to the next Monday, keeping the time of day. */
export function onWeekday(ms: number): number {
  const weekday = new Date(ms).getUTCDay();
  if (weekday === 6) return ms + 2 * DAY_MS;
  if (weekday === 0) return ms + DAY_MS;
  return ms;
}

/** True for the weeks around Christmas and New Year, when usage dips. */
export function isHolidayWeek(mondayMs: number): boolean {
  const date = new Date(mondayMs);
  const month = date.getUTCMonth();
  const day = date.getUTCDate();
  return (month === 11 && day >= 21) || (month === 0 && day <= 1);
}
