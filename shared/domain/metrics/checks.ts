import { AppError } from '../../api/errors';

/**
 * Guards for the numbers metrics read: bad input is a clear one-line error, never a NaN result.
 * Loops over millions of rows test with `isNonNegative` and build the message only on failure.
 */
export const isNonNegative = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

export function notNonNegative(what: string, value: unknown): AppError {
  return new AppError('BAD_INPUT', `${what}: expected a number of 0 or more, got ${String(value)}`);
}

export function nonNegative(value: number, what: string): number {
  if (!isNonNegative(value)) throw notNonNegative(what, value);
  return value;
}

export function positiveInteger(value: number, what: string): number {
  if (!Number.isInteger(value) || value < 1) throw new AppError('BAD_INPUT', `${what}: expected a whole number of 1 or more, got ${String(value)}`);
  return value;
}

/** numerator ÷ denominator, or null ("n/a") when the denominator is 0. */
export function ratio(numerator: number, denominator: number): number | null {
  return denominator > 0 ? numerator / denominator : null;
}

/** The mean of the known values, or null when none is known. */
export function meanOfKnown(values: Iterable<number | null>): number | null {
  let sum = 0;
  let count = 0;
  for (const value of values) {
    if (value === null) continue;
    sum += value;
    count += 1;
  }
  return ratio(sum, count);
}
