import type Database from 'better-sqlite3';
import { AppError } from '../../../../shared/api/errors';
import type { BatchChange } from '../../db/repos/imports';
import { createRecordLabeler } from '../../db/repos/recordLabels';
import { ALL_SYNC_OBJECTS, syncObjectForEntity } from './objects';
import type { SyncObject } from './objects/types';
import { stateKey } from './recorder';
import { CUSTOM_PREFIX } from './values';

/** What undo must check before it puts a batch back, so that it never takes later work with it. */

export interface CreatedRecords {
  object: SyncObject;
  ids: number[];
}

/**
 * The records a batch created (they are not in the undo log): those still carrying its mark,
 * and those whose state row it wrote or that a later change wrote out.
 */
export function recordsCreatedBy(sqlite: Database.Database, batchId: number): CreatedRecords[] {
  const rows = sqlite
    .prepare('SELECT entity, entity_id AS id FROM sync_record_state WHERE created_batch_id = ?')
    .all(batchId) as { entity: string; id: number }[];
  rows.push(...recordsStillMarkedBy(sqlite, batchId));
  const byEntity = new Map<string, Set<number>>();
  for (const row of rows) byEntity.set(row.entity, (byEntity.get(row.entity) ?? new Set()).add(row.id));
  return [...byEntity]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([entity, ids]) => ({ object: syncObjectForEntity(entity), ids: [...ids].sort((a, b) => a - b) }));
}

/** Records a batch created whose state is still implicit in them (migration 0011): one id range, by the primary key. */
export function recordsStillMarkedBy(sqlite: Database.Database, batchId: number): { entity: string; id: number }[] {
  const batch = sqlite
    .prepare('SELECT base_table AS tableName, base_first_id AS firstId, base_last_id AS lastId FROM import_batches WHERE id = ?')
    .get(batchId) as { tableName: string | null; firstId: number | null; lastId: number | null } | undefined;
  if (!batch || batch.tableName === null || batch.firstId === null || batch.lastId === null) return [];
  const object = ALL_SYNC_OBJECTS.find((candidate) => candidate.table === batch.tableName);
  if (!object) return [];
  const ids = sqlite
    .prepare(`SELECT id FROM ${object.table} WHERE id BETWEEN ? AND ? AND sync_base_batch = ?`)
    .pluck()
    .all(batch.firstId, batch.lastId, batchId) as number[];
  return ids.map((id) => ({ entity: object.entity, id }));
}

/** Later batches, not undone, that changed a record this batch created (or its sync state). */
export function laterBatchesTouchingCreated(sqlite: Database.Database, batchId: number, created: readonly CreatedRecords[]): number[] {
  const later = sqlite.prepare(
    `SELECT DISTINCT c.batch_id AS id FROM import_batch_changes c
     JOIN import_batches b ON b.id = c.batch_id AND b.undone_at IS NULL
     WHERE c.batch_id > ? AND c.table_name = ? AND c.row_key IN (SELECT value FROM json_each(?))`,
  );
  const found: number[] = [];
  for (const { object, ids } of created) {
    const recordKeys = ids.map((id) => JSON.stringify({ id }));
    const stateKeys = ids.map((id) => JSON.stringify(stateKey(object.entity, sourceOf(sqlite, batchId), id)));
    for (const [table, keys] of [[object.table, recordKeys], ['sync_record_state', stateKeys]] as const) {
      for (const row of later.all(batchId, table, JSON.stringify(keys)) as { id: number }[]) found.push(row.id);
    }
  }
  return found;
}

function sourceOf(sqlite: Database.Database, batchId: number): string {
  return (sqlite.prepare('SELECT source FROM import_batches WHERE id = ?').get(batchId) as { source: string }).source;
}


/** How many records a refusal names. */
export const NAMED = 3;

/** A record row as one key: `table:id`. */
export function rowOf(table: string, id: unknown): string {
  return `${table}:${String(id)}`;
}

/** The columns 'updated' changes wrote (their logged previous values), bookkeeping aside. */
export function columnsOf(changes: readonly BatchChange[]): Set<string> {
  const columns = new Set<string>();
  for (const change of changes) {
    for (const column of Object.keys(JSON.parse(change.previous ?? '{}') as object)) if (column !== 'updated_at') columns.add(column);
  }
  return columns;
}

/** The workbench field a column holds (renewal_date -> renewalDate), or the column itself. */
export function fieldOf(object: SyncObject, column: string): string {
  return Object.entries(object.columns).find(([, candidate]) => candidate === column)?.[0] ?? column;
}

const ACRONYMS = new Set(['mrr', 'arr', 'id']);

/** A field name in words: renewalDate -> "renewal date", mrr -> "MRR", custom:Region -> 'custom field "Region"'. */
export function fieldWords(field: string): string {
  if (field.startsWith(CUSTOM_PREFIX)) return `custom field "${field.slice(CUSTOM_PREFIX.length)}"`;
  return field
    .replace(/_/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(' ')
    .map((word) => (ACRONYMS.has(word) ? word.toUpperCase() : word))
    .join(' ');
}

/** Ids among `ids` whose record changed after `since(id)` (its updated_at is later), in id order. */
export function changedSince(sqlite: Database.Database, object: SyncObject, ids: readonly number[], since: (id: number) => string): number[] {
  if (ids.length === 0) return [];
  const rows = sqlite
    .prepare(`SELECT id, updated_at AS updatedAt FROM ${object.table} WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id`)
    .all(JSON.stringify(ids)) as { id: number; updatedAt: string | null }[];
  return rows.filter((row) => row.updatedAt !== null && row.updatedAt > since(row.id)).map((row) => row.id);
}

/**
 * Refuses the undo of records changed here since the batch ran, naming them: for records it
 * created (undo would delete them) and for changes nobody recorded field by field (a conflict
 * answered with the incoming value, an edit made before migration 0009).
 */
export function refuseChangedRecords(sqlite: Database.Database, batchId: number, object: SyncObject, edited: readonly number[]): void {
  if (edited.length === 0) return;
  const label = createRecordLabeler(sqlite);
  const names = edited.slice(0, NAMED).map((id) => label({ entity: object.entity, entityId: id })).join(', ');
  const more = edited.length > NAMED ? ` and ${edited.length - NAMED} more` : '';
  throw new AppError(
    'BAD_INPUT',
    `Cannot undo import batch ${batchId}: ${edited.length} ${object.noun}${edited.length > 1 ? 's' : ''} it wrote ${edited.length > 1 ? 'were' : 'was'} edited here since (${names}${more}); undoing would lose those edits`,
    { batchId, editedIds: [...edited] },
  );
}
