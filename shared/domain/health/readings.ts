import { dayNumber } from './dates';
import type { HealthInputs } from './inputs';

/**
 * A metric's reading of an account: its raw value, or the reason it has none ("n/a: …").
 * Reasons are mostly string constants, so reading a whole book allocates next to nothing.
 */
export type Reading = number | string;

type NumericInput = {
  [K in keyof HealthInputs]: HealthInputs[K] extends number | null ? K : never;
}[keyof HealthInputs];
type TextInput = Exclude<keyof HealthInputs, NumericInput>;

/** A numeric input, null when missing; anything but a finite number is a one-line error naming the field. */
export function numberInput(inputs: HealthInputs, key: NumericInput, min = -Infinity, max = Infinity): number | null {
  const value: unknown = inputs[key];
  if (value === null || value === undefined) return null;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new Error(`HealthInputs.${key} must be a finite number or null (got ${typeof value === 'string' ? JSON.stringify(value) : String(value)})`);
  }
  if (value < min || value > max) {
    const range = max === Infinity ? `at least ${min}` : `between ${min} and ${max}`;
    throw new Error(`HealthInputs.${key} must be ${range} (got ${value})`);
  }
  return value;
}

/** A date input as a day number, null when missing. */
export function dateInput(inputs: HealthInputs, key: TextInput): number | null {
  const value: unknown = inputs[key];
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') throw new Error(`HealthInputs.${key} must be a date string or null (got ${String(value)})`);
  return dayNumber(value, `HealthInputs.${key}`);
}

/** Percent change from `previous` to `recent`; no reading when either is missing or there is nothing to compare with. */
export function percentChange(recent: number | null, previous: number | null, noData: string, noBaseline: string): Reading {
  if (recent === null || previous === null) return noData;
  if (previous <= 0) return noBaseline;
  return ((recent - previous) / previous) * 100;
}

/** `part` as a percentage of `whole`. */
export function percentOf(part: number | null, whole: number | null, noPart: string, noWhole: string): Reading {
  if (part === null) return noPart;
  if (whole === null || whole <= 0) return noWhole;
  return (part * 100) / whole;
}

/** A number with at most `decimals` decimals, trailing zeros dropped: 2.5, 3, 33. */
export function formatNumber(value: number, decimals: number): string {
  const text = String(Number(value.toFixed(decimals)));
  return text === '-0' ? '0' : text;
}

/** The same with an explicit sign, for changes: +12, -30, 0. */
export function formatChange(value: number, decimals: number): string {
  const text = formatNumber(value, decimals);
  return value > 0 && text !== '0' ? `+${text}` : text;
}

export function plural(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}
