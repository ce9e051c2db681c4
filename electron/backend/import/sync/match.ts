import type Database from 'better-sqlite3';
import type { CustomValue } from '../../../../shared/api/dto';
import type { MappedRecord } from '../types';
import type { NaturalKey, SyncObject } from './objects/types';

type Matched = { recordId: number | null; rule: string; byExternalId: boolean };
export type MatchResult = Matched | { error: string };

/** A natural key's values, normalised: text trimmed and lower-cased, empty as null. */
type KeyValues = (string | number | null)[];

/**
 * The documented matching rule, in order:
 * 1. the (source, external id) pair in external_ids;
 * 2. otherwise the natural key (accounts: domain, contacts: email, usage: account, date and
 *    feature, ...), text compared case-insensitively, among records not already linked to
 *    another record of this source and not claimed earlier in the batch; two candidates make the
 *    record ambiguous (invalid), none makes it new;
 * 3. a unique key (revenue: account and month) has one holder: a row whose key another record
 *    or an earlier row of the batch holds is refused.
 * External ids are looked up a chunk of records at a time (prepareChunk), and a record is
 * remembered only by its numeric id once claimed, so a million-row batch holds no map of a
 * million ids.
 */
export class Matcher {
  /** The chunk's external ids that the workspace knows, with their records. */
  private chunkLinks = new Map<string, number>();
  private readonly keys: KeyIndex;
  private readonly claimed = new Map<number, number>(); // record id -> row that claimed it
  /**
   * The records the batch created and the rows that created them, in creation order: ids only
   * grow (AUTOINCREMENT), so two flat arrays searched by halves hold a first import's 300,000
   * records for less than a Map of them costs to fill.
   */
  private readonly createdIds: number[] = [];
  private readonly createdRows: number[] = [];
  /** Rows of the current chunk by external id: two rows of one chunk with the same id are duplicates. */
  private chunkSeen = new Map<string, number>();
  private readonly seenNewKeys = new Map<string, number>();
  /** Unique keys taken by rows of this batch, and by which row. */
  private readonly uniqueKeys = new Map<string, number>();
  private readonly linksOfChunk: Database.Statement;
  private readonly linkedToSource: Database.Statement;

  constructor(
    private readonly sqlite: Database.Database,
    private readonly object: SyncObject,
    private readonly source: string,
  ) {
    this.keys = new KeyIndex(sqlite, object.table, object.naturalKey);
    this.linksOfChunk = sqlite.prepare(
      `SELECT external_id AS externalId, entity_id AS id FROM external_ids
       WHERE entity = ? AND source = ? AND external_id IN (SELECT value FROM json_each(?))`,
    );
    this.linkedToSource = sqlite
      .prepare('SELECT 1 FROM external_ids WHERE entity = ? AND entity_id = ? AND source = ? LIMIT 1')
      .pluck();
  }

  /**
   * Reads the links of a part of a chunk's external ids in one query; call before matching its
   * records. A part read after earlier parts were written sees their ids too, but those are in
   * chunkSeen, which is checked first.
   */
  prepareChunk(records: readonly MappedRecord[]): void {
    const ids = records.flatMap((record) => (record.externalId ? [record.externalId] : []));
    this.chunkLinks = new Map(
      (this.linksOfChunk.all(this.object.entity, this.source, JSON.stringify(ids)) as { externalId: string; id: number }[]).map(
        (link) => [link.externalId, link.id],
      ),
    );
  }

  /** The chunk is complete: the rows of the next one are not duplicates of its rows by id alone. */
  endChunk(): void {
    this.chunkSeen = new Map();
  }

  /** A record the batch just created: a later row with its id is a duplicate of this one. */
  created(recordId: number, row: number): void {
    const last = this.createdIds.at(-1);
    if (last !== undefined && recordId <= last) {
      this.claimed.set(recordId, row);
      return;
    }
    this.createdIds.push(recordId);
    this.createdRows.push(row);
  }

  /** The row that claimed or created the record earlier in the batch, if any. */
  private claimedBy(recordId: number): number | undefined {
    const claimed = this.claimed.get(recordId);
    if (claimed !== undefined) return claimed;
    const ids = this.createdIds;
    let low = 0;
    let high = ids.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const id = ids[middle]!;
      if (id === recordId) return this.createdRows[middle];
      if (id < recordId) low = middle + 1;
      else high = middle - 1;
    }
    return undefined;
  }

  /** Every record of this source the workspace knows, by external id (for missing-record flags). */
  *knownExternalIds(): Iterable<[string, number]> {
    const rows = this.sqlite
      .prepare('SELECT external_id AS externalId, entity_id AS id FROM external_ids WHERE entity = ? AND source = ?')
      .iterate(this.object.entity, this.source) as Iterable<{ externalId: string; id: number }>;
    for (const row of rows) yield [row.externalId, row.id];
  }

  /**
   * `describe`: whether the caller still wants the rule that matched, in words (a summary keeps
   * the first rules only); without it a match's rule is '' and no text is built for it. Errors
   * are always described.
   */
  match(record: MappedRecord, describe = true): MatchResult {
    const { source } = this;
    const externalId = record.externalId === null || record.externalId === '' ? null : record.externalId;
    let byId: number | undefined;
    if (externalId !== null) {
      const earlier = this.chunkSeen.get(externalId);
      if (earlier !== undefined) return { error: `duplicate of row ${earlier}: same ${source} id ${externalId}` };
      this.chunkSeen.set(externalId, record.rowNumber);
      byId = this.chunkLinks.get(externalId);
      const claimedBy = byId === undefined ? undefined : this.claimedBy(byId);
      if (claimedBy !== undefined) return { error: `duplicate of row ${claimedBy}: same ${source} id ${externalId}` };
    }
    const unique = this.object.naturalKey.unique === true;
    if (byId !== undefined && !unique) return this.claim(byId, record, describe ? `matched by ${source} id ${externalId}` : '', true);
    const values = this.keyOf(record);
    const result =
      byId !== undefined
        ? this.claim(byId, record, describe ? `matched by ${source} id ${externalId}` : '', true)
        : this.matchByKey(record, externalId, values, describe);
    return unique && values !== null && !('error' in result) ? this.keepUnique(record, values, result) : result;
  }

  private claim(recordId: number, record: MappedRecord, rule: string, byExternalId: boolean): MatchResult {
    this.claimed.set(recordId, record.rowNumber);
    return { recordId, rule, byExternalId };
  }

  private matchByKey(record: MappedRecord, externalId: string | null, values: KeyValues | null, describe: boolean): MatchResult {
    const { noun, naturalKey } = this.object;
    if (values === null) {
      if (!describe) return { recordId: null, rule: '', byExternalId: false };
      const why = this.why(externalId);
      const rule = naturalKey.parts.length === 0 ? `new ${noun}: ${why}` : `new ${noun}: ${why} and no ${naturalKey.label}`;
      return { recordId: null, rule, byExternalId: false };
    }
    const holders = this.keys.idsWith(values);
    const candidates =
      holders.length === 0
        ? holders
        : holders.filter((id) => this.claimedBy(id) === undefined && (externalId === null || !this.isLinkedToSource(id)));
    if (candidates.length > 1) {
      return { error: `ambiguous: ${candidates.length} ${noun}s have ${naturalKey.label} "${showKey(values)}" (${this.why(externalId)})` };
    }
    const [only] = candidates;
    if (only !== undefined) {
      const rule = describe ? `matched by ${naturalKey.label} "${showKey(values)}" (case-insensitive; ${this.why(externalId)})` : '';
      return this.claim(only, record, rule, false);
    }
    if (externalId === null) {
      const keyText = JSON.stringify(values);
      const earlier = this.seenNewKeys.get(keyText);
      if (earlier !== undefined) {
        return { error: `duplicate of row ${earlier}: same ${naturalKey.label} "${showKey(values)}" and no ${this.source} id` };
      }
      this.seenNewKeys.set(keyText, record.rowNumber);
    }
    if (!describe) return { recordId: null, rule: '', byExternalId: false };
    return { recordId: null, rule: `new ${noun}: ${this.why(externalId)} and no ${noun} with ${naturalKey.label} "${showKey(values)}"`, byExternalId: false };
  }

  /** Why a record was not matched by its external id, for its rule. */
  private why(externalId: string | null): string {
    return externalId === null ? `no ${this.source} id` : `${this.source} id ${externalId} not seen before`;
  }

  /**
   * A unique key (revenue: one row per account and month) may be held by one record only, so
   * the table's unique index never fails half-way through a run: a second row of the batch with
   * the key, or a row whose key another record already holds, is refused instead.
   */
  private keepUnique(record: MappedRecord, values: KeyValues, result: Matched): MatchResult {
    const { noun, naturalKey } = this.object;
    const keyText = JSON.stringify(values);
    const earlier = this.uniqueKeys.get(keyText);
    if (earlier !== undefined) return { error: `duplicate of row ${earlier}: same ${naturalKey.label} "${showKey(values)}"` };
    const holder = this.keys.idsWith(values).find((id) => id !== result.recordId);
    if (holder !== undefined) {
      return { error: `another ${noun} (record ${holder}) already has ${naturalKey.label} "${showKey(values)}"` };
    }
    this.uniqueKeys.set(keyText, record.rowNumber);
    return result;
  }

  private isLinkedToSource(recordId: number): boolean {
    return this.linkedToSource.get(this.object.entity, recordId, this.source) !== undefined;
  }

  /** The record's key values (links resolved the way the sync resolves them), or null without a full key. */
  private keyOf(record: MappedRecord): KeyValues | null {
    const { parts } = this.object.naturalKey;
    if (parts.length === 0) return null;
    let linked: Record<string, CustomValue> | null = null;
    if (this.object.resolveLinks) {
      const links = this.object.resolveLinks(this.sqlite, this.source, record, false);
      if ('error' in links) return null; // the sync reports the error itself
      linked = links.fields;
    }
    // A resolved link stands in for the field of the same name (read in place: no merged copy per record).
    const values = parts.map((part) => normalise(linked !== null && part.field in linked ? linked[part.field] : record.fields[part.field]));
    return parts.every((part, i) => part.optional === true || values[i] !== null) ? values : null;
  }
}

/** What a key held by no record matches: one frozen empty list rather than a new one per row. */
const NO_IDS: readonly number[] = Object.freeze([]);

function showKey(values: KeyValues): string {
  return values.map((value) => (value === null ? '(none)' : String(value))).join(' / ');
}

function normalise(value: CustomValue | undefined): string | number | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number') return value;
  const text = value.trim().toLowerCase();
  return text === '' ? null : text;
}

/**
 * The workspace's records by natural key, as they were before the batch: the batch writes as it
 * goes, and a row it created is never a match for a later row of the same batch. A one-part key
 * (domain, email) is read whole when first needed. A key of several parts starts with the indexed
 * account_id (compared exactly) and is read one account at a time, when a record first names
 * that account: a usage import reads the rows of its own accounts, not a whole book's millions.
 */
class KeyIndex {
  /** A one-part key's index, read on first use (a batch whose ids all match never reads it). */
  private whole: Map<string, number[]> | null = null;
  private readonly byFirstPart = new Map<string, Map<string, number[]>>();
  private readonly wholeStatement: Database.Statement | null = null;
  private readonly scopeStatement: Database.Statement | null = null;
  /** Ids only grow (AUTOINCREMENT): rows above this one are the batch's own. */
  private readonly lastIdBefore: number;
  private readonly emptyBefore: boolean;

  constructor(
    sqlite: Database.Database,
    table: string,
    private readonly key: NaturalKey,
  ) {
    const columns = key.parts.map((part) => part.column);
    const maxId = sqlite.prepare(`SELECT max(id) FROM ${table}`).pluck().get() as number | null;
    this.emptyBefore = maxId === null;
    this.lastIdBefore = maxId ?? 0;
    if (columns.length === 1) {
      this.wholeStatement = sqlite.prepare(`SELECT id, ${columns[0]} FROM ${table} WHERE ${columns[0]} IS NOT NULL AND id <= ?`).raw();
    } else if (columns.length > 1) {
      this.scopeStatement = sqlite.prepare(`SELECT id, ${columns.join(', ')} FROM ${table} WHERE ${columns[0]} = ? AND id <= ?`).raw();
    }
  }

  idsWith(values: KeyValues): readonly number[] {
    // A table empty before the batch (a first import) holds nothing to match: no key text, no reads.
    if (this.emptyBefore) return NO_IDS;
    const keyText = JSON.stringify(values);
    if (this.wholeStatement) {
      this.whole ??= this.index(this.wholeStatement.all(this.lastIdBefore) as unknown[][]);
      return this.whole.get(keyText) ?? NO_IDS;
    }
    if (!this.scopeStatement) return NO_IDS;
    const scope = JSON.stringify(values[0]);
    let index = this.byFirstPart.get(scope);
    if (!index) {
      index = this.index(this.scopeStatement.all(values[0], this.lastIdBefore) as unknown[][]);
      this.byFirstPart.set(scope, index);
    }
    return index.get(keyText) ?? NO_IDS;
  }

  /** Rows of [id, ...key columns] by normalised key; rows missing a required part cannot match. */
  private index(rows: unknown[][]): Map<string, number[]> {
    const index = new Map<string, number[]>();
    for (const [id, ...raw] of rows) {
      const values = raw.map((value) => normalise(value as CustomValue));
      if (!this.key.parts.every((part, i) => part.optional === true || values[i] !== null)) continue;
      const keyText = JSON.stringify(values);
      const ids = index.get(keyText) ?? [];
      ids.push(id as number);
      index.set(keyText, ids);
    }
    return index;
  }
}
