import { METRIC_COUNT } from './engine';
import { isMetricKey, METRIC_INDEX, METRIC_KEYS, type MetricKey } from './metrics';
import type { AccountId, HealthBook } from './whatIf';

/**
 * A book's readings as JSON carries them (null for n/a, since JSON has no NaN), named by metric
 * so that a renderer built with another list of metrics still reads the values it knows.
 */
export interface BookReadings {
  metricKeys: readonly string[];
  /** `metricKeys.length` values per account, in account order. */
  readings: readonly (number | null)[];
}

/** One account's readings (a METRIC_KEYS-ordered row, NaN for n/a) appended to the wire form. */
export function appendReadings(out: (number | null)[], row: Float64Array, offset = 0): void {
  for (let slot = 0; slot < METRIC_COUNT; slot++) {
    const value = row[offset + slot]!;
    out.push(Number.isNaN(value) ? null : value);
  }
}

/** The metric keys every wire book from this code lists, in the order appendReadings writes them. */
export const BOOK_METRIC_KEYS: readonly MetricKey[] = METRIC_KEYS;

/**
 * The HealthBook compareOnBook scores from the wire form. Metrics the wire does not carry are
 * n/a; metrics this code does not know are skipped. A one-line error when the sizes disagree.
 */
export function bookFromReadings(accounts: readonly { id: AccountId; arr: number }[], wire: BookReadings): HealthBook {
  const width = wire.metricKeys.length;
  if (wire.readings.length !== accounts.length * width) {
    throw new Error(`The book's readings hold ${wire.readings.length} values; ${accounts.length} accounts × ${width} metrics need ${accounts.length * width}`);
  }
  const slots = wire.metricKeys.map((key) => (isMetricKey(key) ? METRIC_INDEX[key] : -1));
  const readings = new Float64Array(accounts.length * METRIC_COUNT).fill(NaN);
  const arr = new Float64Array(accounts.length);
  accounts.forEach((account, index) => {
    arr[index] = Number.isFinite(account.arr) ? account.arr : 0;
    for (let k = 0; k < width; k++) {
      const slot = slots[k]!;
      const value = wire.readings[index * width + k];
      if (slot >= 0 && typeof value === 'number') readings[index * METRIC_COUNT + slot] = value;
    }
  });
  return { ids: accounts.map((account) => account.id), arr, readings };
}
