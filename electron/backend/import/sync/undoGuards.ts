import type Database from 'better-sqlite3';
import { AppError } from '../../../../shared/api/errors';
import type { BatchChange } from '../../db/repos/imports';
import { createRecordLabeler } from '../../db/repos/recordLabels';
import { ALL_SYNC_OBJECTS, syncObjectForEntity } from './objects';
import type { SyncObject } from './objects/types';
import { stateKey } from './recorder';

/** What undo must check before it puts a batch back, so that it never takes later work with it. */

export interface CreatedRecords {
  object: SyncObject;
  ids: number[];
}

/** The records a batch created, found by their sync state (they are not in the undo log). */
export function recordsCreatedBy(sqlite: Database.Database, batchId: number): CreatedRecords[] {
  const rows = sqlite
    .prepare('SELECT entity, entity_id AS id FROM sync_record_state WHERE created_batch_id = ? ORDER BY entity, entity_id')
    .all(batchId) as { entity: string; id: number }[];
  const byEntity = new Map<string, number[]>();
  for (const row of rows) byEntity.set(row.entity, [...(byEntity.get(row.entity) ?? []), row.id]);
  return [...byEntity].map(([entity, ids]) => ({ object: syncObjectForEntity(entity), ids }));
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


/** How many edited records a refusal names. */
const NAMED = 3;

/**
 * Records the batch created or changed that were edited here after it ran (their updated_at is
 * later than the batch; later batches were refused already). Undo would delete or overwrite
 * those edits, so it is refused, naming them.
 */
export function assertNoLocalEditsSince(
  sqlite: Database.Database,
  batchId: number,
  batchCreatedAt: string,
  created: readonly CreatedRecords[],
  changes: readonly BatchChange[],
): void {
  const touched = new Map<SyncObject, number[]>(created.map(({ object, ids }) => [object, [...ids]]));
  for (const change of changes) {
    if (change.action !== 'updated') continue;
    const object = ALL_SYNC_OBJECTS.find((candidate) => candidate.table === change.table);
    const id = (JSON.parse(change.rowKey) as { id?: unknown }).id;
    if (object && typeof id === 'number') touched.set(object, [...(touched.get(object) ?? []), id]);
  }
  for (const [object, ids] of touched) {
    const edited = sqlite
      .prepare(`SELECT id FROM ${object.table} WHERE id IN (SELECT value FROM json_each(?)) AND updated_at > ? ORDER BY id`)
      .all(JSON.stringify(ids), batchCreatedAt) as { id: number }[];
    if (edited.length === 0) continue;
    const label = createRecordLabeler(sqlite);
    const names = edited.slice(0, NAMED).map((row) => label({ entity: object.entity, entityId: row.id })).join(', ');
    const more = edited.length > NAMED ? ` and ${edited.length - NAMED} more` : '';
    throw new AppError(
      'BAD_INPUT',
      `Cannot undo import batch ${batchId}: ${edited.length} ${object.noun}${edited.length > 1 ? 's' : ''} it wrote ${edited.length > 1 ? 'were' : 'was'} edited here since (${names}${more}); undoing would lose those edits`,
      { batchId, editedIds: edited.map((row) => row.id) },
    );
  }
}
