import { formatMoneyCompact } from '../../lib/format';

/**
 * How the Metrics dashboard writes its figures: rates as percentages with one decimal, money
 * compact, and a figure that cannot be computed as "n/a" (never 0, ∞ or NaN).
 */
export const NA = 'n/a';

export function formatRate(value: number | null): string {
  return value === null || !Number.isFinite(value) ? NA : `${(value * 100).toFixed(1)}%`;
}

export function formatMoney(value: number | null): string {
  return value === null || !Number.isFinite(value) ? NA : formatMoneyCompact(value);
}

export function formatScore(value: number | null): string {
  return value === null || !Number.isFinite(value) ? NA : value.toFixed(1);
}

/** "2024-06" as "Jun 2024"; anything else as it is. */
export function monthLabel(period: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(period);
  if (!match) return period;
  const names = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${names[Number(match[2]) - 1] ?? match[2]} ${match[1]}`;
}

/** The months from `first` to `last` (YYYY-MM, inclusive), newest first: the period picker's options. */
export function monthsBetween(first: string, last: string): string[] {
  const index = (text: string) => Number(text.slice(0, 4)) * 12 + Number(text.slice(5, 7)) - 1;
  const months: string[] = [];
  for (let month = index(last); month >= index(first); month--) {
    months.push(`${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`);
  }
  return months;
}

/** The month `now` falls in, YYYY-MM (UTC, as the back-end counts months). */
export function currentMonth(now: Date): string {
  return now.toISOString().slice(0, 7);
}
