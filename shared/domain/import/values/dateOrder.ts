import { splitDateText } from './dateText';
import type { DateOrder } from './dates';

export interface DateOrderDecision {
  order: DateOrder;
  /** True when the samples cannot tell day from month and the order is a guess the user should confirm. */
  ambiguous: boolean;
  /** One sentence the import screen shows next to the column. */
  evidence: string;
}

/**
 * Decides a column's day/month order from its values: a first part above 12 proves day-first,
 * a second part above 12 proves month-first. Without proof, the separator's convention decides
 * (`/` is American month-first; `.` and `-` are European day-first) and the result is flagged.
 */
export function detectDateOrder(samples: readonly string[]): DateOrderDecision {
  let yearFirst = 0;
  let dayFirstProof: string | null = null;
  let monthFirstProof: string | null = null;
  let dayFirstCount = 0;
  let monthFirstCount = 0;
  let undecided = 0;
  const separators = new Map<string, number>();
  for (const sample of samples) {
    if (sample.trim() === '') continue;
    const parts = splitDateText(sample);
    if (typeof parts === 'string') continue;
    if (parts.layout === 'ymd') {
      yearFirst++;
      continue;
    }
    separators.set(parts.separator, (separators.get(parts.separator) ?? 0) + 1);
    if (parts.first > 12 && parts.second <= 12) {
      dayFirstCount++;
      dayFirstProof ??= sample.trim();
    } else if (parts.second > 12 && parts.first <= 12) {
      monthFirstCount++;
      monthFirstProof ??= sample.trim();
    } else {
      undecided++;
    }
  }
  const dayMonthSamples = dayFirstCount + monthFirstCount + undecided;
  if (dayMonthSamples === 0) {
    return yearFirst > 0
      ? { order: 'YMD', ambiguous: false, evidence: `all ${yearFirst} dates are year-first (YYYY-MM-DD)` }
      : { order: 'YMD', ambiguous: true, evidence: 'no dates to judge from; assuming YYYY-MM-DD' };
  }
  if (dayFirstProof !== null && monthFirstProof !== null) {
    const order = dayFirstCount >= monthFirstCount ? 'DMY' : 'MDY';
    return {
      order,
      ambiguous: true,
      evidence: `conflicting dates: "${dayFirstProof}" is day-first but "${monthFirstProof}" is month-first; ${dayFirstCount} vs ${monthFirstCount}, so ${order} by majority`,
    };
  }
  if (dayFirstProof !== null) {
    return { order: 'DMY', ambiguous: false, evidence: `day first: "${dayFirstProof}" has a day above 12 in first place` };
  }
  if (monthFirstProof !== null) {
    return { order: 'MDY', ambiguous: false, evidence: `month first: "${monthFirstProof}" has a day above 12 in second place` };
  }
  const separator = [...separators.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '/';
  if (separator === '.') {
    return { order: 'DMY', ambiguous: false, evidence: 'dotted dates (DD.MM.YYYY) are day-first by convention' };
  }
  const order = separator === '/' ? 'MDY' : 'DMY';
  return {
    order,
    ambiguous: true,
    evidence: `no day above 12 in ${dayMonthSamples} date${dayMonthSamples === 1 ? '' : 's'}; guessed ${order === 'MDY' ? 'month-first from the "/" separator' : 'day-first from the "-" separator'}`,
  };
}
