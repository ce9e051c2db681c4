import type Database from 'better-sqlite3';
import type { MappedRecord } from '../types';
import type { SyncObject } from './objects/types';

export type MatchResult = { recordId: number | null; rule: string; byExternalId: boolean } | { error: string };

/**
 * The documented matching rule, in order:
 * 1. the (source, external id) pair in external_ids;
 * 2. otherwise the natural key (accounts: domain, contacts: email), case-insensitive, among
 *    records not already linked to another record of this source and not claimed earlier in the
 *    batch; two candidates make the record ambiguous (invalid), none makes it new.
 * Everything is read once up front, so a 100k-row batch is not 100k lookups per rule.
 */
export class Matcher {
  private readonly byExternalId = new Map<string, number>();
  private readonly linkedToSource = new Set<number>();
  private readonly byNaturalKey = new Map<string, number[]>();
  private readonly claimed = new Map<number, number>(); // record id -> row that claimed it
  private readonly seenExternalIds = new Map<string, number>();
  private readonly seenNewKeys = new Map<string, number>();

  constructor(
    sqlite: Database.Database,
    private readonly object: SyncObject,
    private readonly source: string,
  ) {
    const links = sqlite
      .prepare('SELECT external_id AS externalId, entity_id AS id FROM external_ids WHERE entity = ? AND source = ?')
      .all(object.entity, source) as { externalId: string; id: number }[];
    for (const link of links) {
      this.byExternalId.set(link.externalId, link.id);
      this.linkedToSource.add(link.id);
    }
    const { table, naturalKey } = object;
    const keyed = sqlite
      .prepare(`SELECT id, lower(${naturalKey.column}) AS key FROM ${table} WHERE ${naturalKey.column} IS NOT NULL`)
      .all() as { id: number; key: string }[];
    for (const row of keyed) {
      const ids = this.byNaturalKey.get(row.key) ?? [];
      ids.push(row.id);
      this.byNaturalKey.set(row.key, ids);
    }
  }

  /** Every record of this source the workspace knows, by external id (for missing-record flags). */
  knownExternalIds(): ReadonlyMap<string, number> {
    return this.byExternalId;
  }

  match(record: MappedRecord): MatchResult {
    const { source } = this;
    const keyField = this.object.naturalKey.field;
    const externalId = record.externalId === null || record.externalId === '' ? null : record.externalId;
    if (externalId !== null) {
      const earlier = this.seenExternalIds.get(externalId);
      if (earlier !== undefined) return { error: `duplicate of row ${earlier}: same ${source} id ${externalId}` };
      this.seenExternalIds.set(externalId, record.rowNumber);
      const known = this.byExternalId.get(externalId);
      if (known !== undefined) {
        this.claimed.set(known, record.rowNumber);
        return { recordId: known, rule: `matched by ${source} id ${externalId}`, byExternalId: true };
      }
    }
    const rawKey = record.fields[keyField];
    const key = typeof rawKey === 'string' && rawKey.trim() !== '' ? rawKey.trim().toLowerCase() : null;
    const why = externalId === null ? `no ${source} id` : `${source} id ${externalId} not seen before`;
    if (key === null) {
      return { recordId: null, rule: `new ${this.object.noun}: ${why} and no ${keyField}`, byExternalId: false };
    }
    const candidates = (this.byNaturalKey.get(key) ?? []).filter(
      (id) => !this.claimed.has(id) && (externalId === null || !this.linkedToSource.has(id)),
    );
    if (candidates.length > 1) {
      return { error: `ambiguous: ${candidates.length} ${this.object.noun}s have ${keyField} "${key}" (${why})` };
    }
    const [only] = candidates;
    if (only !== undefined) {
      this.claimed.set(only, record.rowNumber);
      return {
        recordId: only,
        rule: `matched by ${keyField} "${key}" (case-insensitive; ${why})`,
        byExternalId: false,
      };
    }
    if (externalId === null) {
      const earlier = this.seenNewKeys.get(key);
      if (earlier !== undefined) return { error: `duplicate of row ${earlier}: same ${keyField} "${key}" and no ${source} id` };
      this.seenNewKeys.set(key, record.rowNumber);
    }
    return { recordId: null, rule: `new ${this.object.noun}: ${why} and no ${this.object.noun} with ${keyField} "${key}"`, byExternalId: false };
  }
}
