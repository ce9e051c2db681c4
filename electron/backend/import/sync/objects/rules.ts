import type { CustomValue } from '../../../../../shared/api/dto';
import type { MappedRecord } from '../../types';
import type { KeyPart, LinkResult, NaturalKey } from './types';

/** A natural key of these parts; label defaults to their field names ("accountId and name"). */
export function naturalKey(
  parts: readonly KeyPart[],
  label = joinWords(parts.map((part) => part.field)),
  options: { unique?: boolean } = {},
): NaturalKey {
  const [only] = parts;
  return { parts, label, field: parts.length === 1 && only ? only.field : '', ...options };
}

/** Matched by external id only. */
export const BY_ID_ONLY: NaturalKey = naturalKey([], 'no natural key');

function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/**
 * Booleans as SQLite stores and returns them (1/0): the three-way merge compares the column's
 * value with the incoming one, and true is not 1 to it.
 */
export function storedBooleans(record: MappedRecord, names: readonly string[]): LinkResult {
  const fields: Record<string, CustomValue> = {};
  for (const name of names) {
    const value = record.fields[name];
    if (typeof value === 'boolean') fields[name] = value ? 1 : 0;
  }
  return { fields };
}

/** Dates are ISO text after mapping, so text order is time order; a day alone is compared as a day. */
export function endsBeforeItStarts(record: MappedRecord, startField: string, endField: string): LinkResult | null {
  const start = record.fields[startField];
  const end = record.fields[endField];
  if (typeof start !== 'string' || typeof end !== 'string') return null;
  const length = Math.min(start.length, end.length) === 10 ? 10 : Infinity;
  if (end.slice(0, length) >= start.slice(0, length)) return null;
  return { error: `${endField} ${end} is before ${startField} ${start}` };
}

/** Records only their CRM id can match are refused without one, rather than duplicated on re-import. */
export function needsExternalId(record: MappedRecord, isNew: boolean, what: string): LinkResult | null {
  if (!isNew || (record.externalId !== null && record.externalId !== '')) return null;
  return { error: `${what} so a re-import can match it` };
}
