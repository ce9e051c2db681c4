import type { CustomValue } from '../../../../shared/api/dto';

/** Values are compared and stored as JSON text: 1 and 1.0 are the same, '' and null are not. */
export function toJson(value: CustomValue | undefined): string {
  return JSON.stringify(value ?? null);
}

export function fromJson(text: string | null): CustomValue {
  if (text === null) return null;
  return JSON.parse(text) as CustomValue;
}

export function sameValue(a: CustomValue | undefined, b: CustomValue | undefined): boolean {
  return toJson(a) === toJson(b);
}

/** SQLite has no booleans: better-sqlite3 refuses them, so they are stored as 1/0. */
export function toColumnValue(value: CustomValue): string | number | null {
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value;
}

export const CUSTOM_PREFIX = 'custom:';
