import { monthIndexOf, monthStartMs, periodOf } from './dates';

/** The stretch of time the generated history covers: 18 monthly periods ending at now's month. */
export interface HistoryWindow {
  nowMs: number;
  /** Month index of now's month (the last period). */
  nowMonth: number;
  /** Month index of the first period. */
  firstMonth: number;
  /** Periods 'YYYY-MM', oldest first; period k is month firstMonth + k. */
  periods: readonly string[];
  startMs: number;
}

export const HISTORY_MONTHS = 18;

export function createWindow(now: Date): HistoryWindow {
  const nowMs = now.getTime();
  const nowMonth = monthIndexOf(nowMs);
  const firstMonth = nowMonth - (HISTORY_MONTHS - 1);
  const periods = Array.from({ length: HISTORY_MONTHS }, (_, k) => periodOf(firstMonth + k));
  return { nowMs, nowMonth, firstMonth, periods, startMs: monthStartMs(firstMonth) };
}
