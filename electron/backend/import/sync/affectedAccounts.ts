import type Database from 'better-sqlite3';
import { ALL_SYNC_OBJECTS } from './objects';
import type { SyncObject } from './objects/types';
import { recordsStillMarkedBy } from './undoGuards';

/** The SQL that names the account a record of `object` (aliased `t`) belongs to: itself for an account. */
export function accountColumnOf(object: SyncObject): string {
  return object.table === 'accounts' ? 't.id' : 't.account_id';
}

/**
 * The accounts an import's batches can have moved the health of: the account of every record
 * the batches created (found by their mark or their state's created_batch_id), updated or inserted (their undo
 * log), and the account a changed or deleted record belonged to before (a contact moved to
 * another account changes both). Set-based: one statement per object and kind.
 */
export function accountsTouchedByBatches(sqlite: Database.Database, batchIds: readonly number[]): number[] {
  if (batchIds.length === 0) return [];
  const batches = JSON.stringify(batchIds);
  const touched = new Set<number>();
  const collect = (sql: string, ...params: unknown[]) => {
    for (const id of sqlite.prepare(sql).pluck().all(...params) as (number | null)[]) if (id !== null) touched.add(id);
  };
  for (const batchId of batchIds) {
    const marked = recordsStillMarkedBy(sqlite, batchId);
    const object = ALL_SYNC_OBJECTS.find((candidate) => candidate.entity === marked[0]?.entity);
    if (!object) continue;
    collect(
      `SELECT DISTINCT ${accountColumnOf(object)} FROM ${object.table} t WHERE t.id IN (SELECT value FROM json_each(?))`,
      JSON.stringify(marked.map((record) => record.id)),
    );
  }
  for (const object of ALL_SYNC_OBJECTS) {
    const accountOf = accountColumnOf(object);
    collect(
      `SELECT DISTINCT ${accountOf} FROM sync_record_state s JOIN ${object.table} t ON t.id = s.entity_id
       WHERE s.entity = ? AND s.created_batch_id IN (SELECT value FROM json_each(?))`,
      object.entity,
      batches,
    );
    collect(
      `SELECT DISTINCT ${accountOf} FROM import_batch_changes c JOIN ${object.table} t ON t.id = json_extract(c.row_key, '$.id')
       WHERE c.batch_id IN (SELECT value FROM json_each(?)) AND c.table_name = ? AND c.action IN ('inserted', 'updated')`,
      batches,
      object.table,
    );
    if (object.table !== 'accounts') {
      collect(
        `SELECT DISTINCT json_extract(c.previous, '$.account_id') FROM import_batch_changes c
         WHERE c.batch_id IN (SELECT value FROM json_each(?)) AND c.table_name = ? AND c.action IN ('updated', 'deleted')`,
        batches,
        object.table,
      );
    }
  }
  // An account deleted since (or a stale id) is simply not rescored: recomputeHealth skips it.
  return [...touched].sort((a, b) => a - b);
}
