/**
 * Splits a date cell into its numeric parts without deciding what they mean yet. The day/month
 * order of `3/4/2024` is a property of the column, so it is decided elsewhere (dateOrder.ts).
 */
export interface DateParts {
  /** 'ymd' when the year comes first (ISO); otherwise the first two parts are day and month in some order. */
  layout: 'ymd' | 'xxy';
  separator: '-' | '/' | '.';
  first: number;
  second: number;
  third: number;
  /** Digits in the year as written: 2 means a two-digit year. */
  yearDigits: number;
  time: TimeParts | null;
}

export interface TimeParts {
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** Minutes east of UTC when the text carries an offset ('Z' is 0), else null. */
  offsetMinutes: number | null;
}

const YEAR_FIRST = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/;
const YEAR_LAST = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{2}|\d{4})$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*([AaPp][Mm])?\s*(Z|[+-]\d{2}:?\d{2})?$/;

export function splitDateText(text: string): DateParts | string {
  const trimmed = text.trim();
  const match = /^(\S+?)(?:(?:T|\s+)(.+))?$/.exec(trimmed);
  if (!match) return 'not a date';
  const [, datePart = '', timePart] = match;
  const time = timePart === undefined ? null : splitTime(timePart);
  if (typeof time === 'string') return time;
  const yearFirst = YEAR_FIRST.exec(datePart);
  if (yearFirst) {
    const [, y, sep, m, d] = yearFirst;
    return { layout: 'ymd', separator: sep as DateParts['separator'], first: Number(y), second: Number(m), third: Number(d), yearDigits: 4, time };
  }
  const yearLast = YEAR_LAST.exec(datePart);
  if (yearLast) {
    const [, a, sep, b, y = ''] = yearLast;
    return { layout: 'xxy', separator: sep as DateParts['separator'], first: Number(a), second: Number(b), third: Number(y), yearDigits: y.length, time };
  }
  return 'not a date in a known form (YYYY-MM-DD, M/D/YYYY, DD.MM.YYYY, D-M-YYYY)';
}

function splitTime(text: string): TimeParts | string {
  const match = TIME.exec(text.trim());
  if (!match) return `"${text.trim()}" is not a time of day`;
  const [, h = '0', min = '0', s = '0', fraction = '', meridiem, zone] = match;
  let hour = Number(h);
  if (meridiem) {
    if (hour < 1 || hour > 12) return `hour ${hour} does not fit ${meridiem.toUpperCase()}`;
    const pm = meridiem.toLowerCase() === 'pm';
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  const minute = Number(min);
  const second = Number(s);
  if (hour > 23 || minute > 59 || second > 59) return `${text.trim()} is not a valid time`;
  const millisecond = fraction === '' ? 0 : Math.floor(Number(`0.${fraction}`) * 1000);
  return { hour, minute, second, millisecond, offsetMinutes: zone === undefined ? null : parseOffset(zone) };
}

function parseOffset(zone: string): number {
  if (zone === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
}
