/**
 * Calendar-day arithmetic on ISO strings. Dates are compared as calendar days (the date part
 * as written), so "renews in 3 d" does not flicker with the hour of the day or the time zone.
 */
const MS_PER_DAY = 86_400_000;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Days since 1970-01-01 of the calendar date at the start of `iso`
 * ("2027-03-01" or "2027-03-01T10:00:00+02:00"), or null when it is not a valid date.
 * Hand-rolled instead of a regex because it runs over whole columns of 100k rows.
 */
export function dayNumber(iso: string | null | undefined): number | null {
  if (!iso || iso.length < 10) return null;
  if (iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return null; // '-'
  for (const i of [0, 1, 2, 3, 5, 6, 8, 9]) if (!isDigit(iso.charCodeAt(i))) return null;
  if (iso.length > 10 && iso[10] !== 'T' && iso[10] !== ' ') return null;
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const day = Number(iso.slice(8, 10));
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

/** The local calendar day of `now`, on the same scale as dayNumber. */
export function localDayNumber(now: Date): number {
  return Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / MS_PER_DAY;
}

/** Days from `today` until the date in `iso` (negative when it is past), or null. */
export function daysUntil(iso: string | null | undefined, today: number): number | null {
  const day = dayNumber(iso);
  return day === null ? null : day - today;
}

/** Days from the date in `iso` until `today` (negative when it is in the future), or null. */
export function daysSince(iso: string | null | undefined, today: number): number | null {
  const day = dayNumber(iso);
  return day === null ? null : today - day;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** "YYYY-MM-DDTHH:mm" in local time: the value format of <input type="datetime-local">. */
export function toLocalDateTimeInput(date: Date): string {
  return (
    `${date.getFullYear()}-${pad2(date.getMonth() + 1)}-${pad2(date.getDate())}` +
    `T${pad2(date.getHours())}:${pad2(date.getMinutes())}`
  );
}

/**
 * Turns a datetime-local value ("2025-03-01T14:30") into an ISO string that keeps the local
 * wall-clock time and states its offset ("2025-03-01T14:30:00+01:00"), so the stored date part
 * is the day the user saw. `offsetMinutes` is minutes east of UTC (the negation of
 * Date#getTimezoneOffset). Returns null when the value is not a valid local date-time.
 */
export function localInputToIso(value: string, offsetMinutes: number): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!match) return null;
  const [, date, hh, mm, ss] = match;
  if (dayNumber(date) === null || Number(hh) > 23 || Number(mm) > 59 || Number(ss ?? 0) > 59) {
    return null;
  }
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${date}T${hh}:${mm}:${ss ?? '00'}${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}

/** "2025-03-01 14:30" in local time for a stored ISO date-time; the input itself if unparsable. */
export function formatLocalDateTime(iso: string): string {
  if (iso.length <= 10) return iso;
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const date = new Date(ms);
  return toLocalDateTimeInput(date).replace('T', ' ');
}

/** The UTC offset (minutes east) that applies at a datetime-local value, DST included. */
export function localOffsetMinutes(localValue: string): number {
  const date = new Date(localValue);
  return Number.isNaN(date.getTime()) ? -new Date().getTimezoneOffset() : -date.getTimezoneOffset();
}
