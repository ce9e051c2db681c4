import { daysSince, daysUntil } from './dates';

/**
 * Shared formatters. Intl.NumberFormat instances are costly to build, so each is created once
 * and reused for every cell of the table.
 */
const LOCALE = 'en-US';
const integerFormat = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const oneDecimalFormat = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 });
const decimalFormat = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2 });

export function formatInt(value: number): string {
  return integerFormat.format(value);
}

const symbolCache = new Map<string, string>();
const exactMoneyCache = new Map<string, Intl.NumberFormat | null>();

/** "$" for USD, "€" for EUR; the code and a space for an unknown code. */
export function currencySymbol(currency: string): string {
  let symbol = symbolCache.get(currency);
  if (symbol === undefined) {
    try {
      const parts = new Intl.NumberFormat(LOCALE, {
        style: 'currency',
        currency,
        currencyDisplay: 'narrowSymbol',
      }).formatToParts(0);
      symbol = parts.find((p) => p.type === 'currency')?.value ?? `${currency} `;
    } catch {
      symbol = `${currency} `;
    }
    symbolCache.set(currency, symbol);
  }
  return symbol;
}

const COMPACT_UNITS: readonly (readonly [number, string])[] = [
  [1e12, 'T'],
  [1e9, 'B'],
  [1e6, 'M'],
  [1e3, 'k'],
];

/** Dense money for table cells: "$950", "$12.3k", "$4M". The exact value goes in a title. */
export function formatMoneyCompact(value: number, currency = 'USD'): string {
  if (!Number.isFinite(value)) return '—';
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  const symbol = currencySymbol(currency);
  for (let i = 0; i < COMPACT_UNITS.length; i++) {
    const [unit, suffix] = COMPACT_UNITS[i]!;
    if (abs >= unit) {
      const rounded = Math.round((abs / unit) * 10) / 10;
      // 999,960 rounds to "1000k"; say "$1M" instead.
      if (rounded >= 1000 && i > 0) {
        const [bigger, biggerSuffix] = COMPACT_UNITS[i - 1]!;
        return `${sign}${symbol}${oneDecimalFormat.format(Math.round((abs / bigger) * 10) / 10)}${biggerSuffix}`;
      }
      return `${sign}${symbol}${oneDecimalFormat.format(rounded)}${suffix}`;
    }
  }
  const small = Math.round(abs);
  if (small >= 1000) return `${sign}${symbol}1k`;
  return `${sign}${symbol}${integerFormat.format(small)}`;
}

/** Exact money with cents: "$12,345.67". */
export function formatMoneyExact(value: number, currency = 'USD'): string {
  let format = exactMoneyCache.get(currency);
  if (format === undefined) {
    try {
      format = new Intl.NumberFormat(LOCALE, { style: 'currency', currency });
    } catch {
      format = null;
    }
    exactMoneyCache.set(currency, format);
  }
  return format ? format.format(value) : `${decimalFormat.format(value)} ${currency}`;
}

/** "2027-03-01 · in 98 d", "… · today", "… · overdue 5 d"; "—" when there is no date. */
export function describeRenewal(iso: string | null, today: number): string {
  if (!iso) return '—';
  const days = daysUntil(iso, today);
  const date = iso.slice(0, 10);
  if (days === null) return iso;
  if (days === 0) return `${date} · today`;
  if (days > 0) return `${date} · in ${formatInt(days)} d`;
  return `${date} · overdue ${formatInt(-days)} d`;
}

/** "2025-05-01 · 3 d ago", "… · today"; "never" when the account was never touched. */
export function describeLastTouch(iso: string | null, today: number): string {
  if (!iso) return 'never';
  const days = daysSince(iso, today);
  const date = iso.slice(0, 10);
  if (days === null) return iso;
  if (days === 0) return `${date} · today`;
  if (days > 0) return `${date} · ${formatInt(days)} d ago`;
  return `${date} · in ${formatInt(-days)} d`;
}

/** "1,234 of 150,000 accounts" (or "150,000 accounts" when nothing is filtered out). */
export function describeRowCount(shown: number, total: number): string {
  const noun = total === 1 ? 'account' : 'accounts';
  if (shown === total) return `${formatInt(total)} ${noun}`;
  return `${formatInt(shown)} of ${formatInt(total)} ${noun}`;
}
