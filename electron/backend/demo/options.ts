import { AppError } from '../../../shared/api/errors';

/** One-line BAD_INPUT errors that name the generator, the option and the value it got. */
export function badOption(where: string, option: string, expected: string, got: unknown): AppError {
  const shown = got instanceof Date ? String(got) : JSON.stringify(got) ?? String(got);
  return new AppError('BAD_INPUT', `${where}: ${option} must be ${expected} (got ${shown})`, { option });
}

export function requireNow(where: string, now: unknown): Date {
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) throw badOption(where, 'now', 'a valid Date', now);
  return now;
}

export function requireInteger(where: string, option: string, value: unknown, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw badOption(where, option, `an integer from ${min} to ${max}`, value);
  }
  return value;
}

export function optionalInteger(
  where: string,
  option: string,
  value: unknown,
  fallback: number,
  min: number,
  max: number,
): number {
  return value === undefined ? fallback : requireInteger(where, option, value, min, max);
}

export function optionalProgress(
  where: string,
  value: unknown,
): ((done: number, total: number) => void) | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'function') throw badOption(where, 'onProgress', 'a function', typeof value);
  return value as (done: number, total: number) => void;
}
