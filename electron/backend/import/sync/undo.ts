import type Database from 'better-sqlite3';
import { AppError } from '../../../../shared/api/errors';
import type { Clock } from '../../types';
import type { Workspace } from '../../db/workspace';
import { getBatch, listChanges, markBatchUndone } from '../../db/repos/imports';
import { ALL_SYNC_OBJECTS } from './objects';
import type { SyncObject } from './objects/types';
import { whereClause } from './recorder';
import { assertUndoKeepsLocalEdits } from './undoFieldGuard';
import { laterBatchesTouchingCreated, recordsCreatedBy, rowOf } from './undoGuards';
import { planAroundLaterBatches, restoreStateFields, rewriteLaterLogs } from './undoLaterBatches';

/**
 * Puts back what a batch changed, newest write first: previous values restored, inserted rows
 * (records, external ids, remembered values, conflicts, missing flags) deleted, cleared flags
 * re-inserted. One transaction. Field by field, it refuses rather than clobber what a later
 * batch (undoLaterBatches.ts) or a local edit (undoFieldGuard.ts) changed since; their changes
 * to other fields of the same records are kept.
 */
export function undoBatch(workspace: Workspace, batchId: number, options: { clock?: Clock } = {}): void {
  const { sqlite } = workspace;
  const now = (options.clock ?? (() => new Date()))().toISOString();
  sqlite.transaction(() => {
    const batch = getBatch(sqlite, batchId);
    if (!batch) throw new AppError('NOT_FOUND', `No import batch ${batchId}`, { batchId });
    if (batch.undoneAt !== null) {
      throw new AppError('BAD_INPUT', `Import batch ${batchId} was already undone (${batch.undoneAt})`, { batchId });
    }
    const created = recordsCreatedBy(sqlite, batchId);
    const later = [...new Set(laterBatchesTouchingCreated(sqlite, batchId, created))].sort((a, b) => a - b);
    if (later.length > 0) {
      throw new AppError(
        'BAD_INPUT',
        `Cannot undo import batch ${batchId}: later batch${later.length > 1 ? 'es' : ''} ${later.join(', ')} changed the same records; undo ${later.length > 1 ? 'them' : 'it'} first`,
        { batchId, laterBatches: later },
      );
    }
    const changes = listChanges(sqlite, batchId);
    const around = planAroundLaterBatches(sqlite, batch, changes);
    const keptEdits = assertUndoKeepsLocalEdits(sqlite, batch, created, changes, around.recordsWrittenLater);
    // Rows whose updated_at stays: edited here, or written by a later batch, since.
    const keepsUpdatedAt = (table: string, id: unknown) => keptEdits.has(rowOf(table, id)) || around.recordsWrittenLater.has(rowOf(table, id));
    for (const change of changes.reverse()) {
      const key = JSON.parse(change.rowKey) as Record<string, unknown>;
      const previous = JSON.parse(change.previous ?? '{}') as Record<string, unknown>;
      if (change.action === 'inserted') {
        const object = ALL_SYNC_OBJECTS.find((candidate) => candidate.table === change.table);
        if (object) deleteRecordWithItsSyncRows(sqlite, object, key, batch.source, batchId);
        else deleteRow(sqlite, change.table, key);
      } else if (change.action === 'updated' && around.stateFields.has(change.rowKey) && change.table === 'sync_record_state') {
        restoreStateFields(sqlite, change.rowKey, around.stateFields.get(change.rowKey)!);
      } else if (change.action === 'updated') {
        // Just the fields the batch wrote: a record edited, or written by a later batch, since keeps its updated_at.
        const names = Object.keys(previous).filter((name) => name !== 'updated_at' || !keepsUpdatedAt(change.table, key['id']));
        const where = whereClause(key);
        if (names.length === 0) continue;
        sqlite
          .prepare(`UPDATE ${change.table} SET ${names.map((name) => `${name} = ?`).join(', ')} WHERE ${where.sql}`)
          .run(...names.map((name) => previous[name]), ...where.values);
      } else if (change.action === 'field_set') {
        restoreStateField(sqlite, key, previous);
      } else {
        const names = Object.keys(previous);
        sqlite
          .prepare(`INSERT INTO ${change.table} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`)
          .run(...names.map((name) => previous[name]));
      }
    }
    for (const { object, ids } of created) {
      for (const id of ids) deleteRecordWithItsSyncRows(sqlite, object, { id }, batch.source, batchId);
    }
    rewriteLaterLogs(sqlite, around.logRewrites);
    markBatchUndone(sqlite, batchId, now);
  }).immediate();
}

function deleteRow(sqlite: Database.Database, table: string, key: Record<string, unknown>): void {
  const where = whereClause(key);
  sqlite.prepare(`DELETE FROM ${table} WHERE ${where.sql}`).run(...where.values);
}

/**
 * A record the batch created goes with what the batch wrote about it unlogged: its external id
 * and sync state for the batch's source, and any conflict or missing flag. It must not take with
 * it data added since (dependent rows, or another source's link to it).
 */
function deleteRecordWithItsSyncRows(
  sqlite: Database.Database,
  object: SyncObject,
  key: Record<string, unknown>,
  source: string,
  batchId: number,
): void {
  const id = key['id'];
  assertNothingDependsOn(sqlite, object, id, batchId);
  const otherSource = sqlite
    .prepare('SELECT source FROM external_ids WHERE entity = ? AND entity_id = ? AND source <> ? LIMIT 1')
    .get(object.entity, id, source) as { source: string } | undefined;
  if (otherSource) {
    throw new AppError(
      'BAD_INPUT',
      `Cannot undo import batch ${batchId}: ${object.noun} ${String(id)} it created was since linked to ${otherSource.source}; undo that import first`,
      { batchId, entityId: id },
    );
  }
  // Each by an index: external_ids, sync_conflicts and sync_missing lead with (entity, entity_id);
  // sync_record_state's key is (entity, source, entity_id), so it is given every source there is.
  for (const table of ['external_ids', 'sync_conflicts', 'sync_missing']) {
    sqlite.prepare(`DELETE FROM ${table} WHERE entity = ? AND entity_id = ?`).run(object.entity, id);
  }
  sqlite
    .prepare('DELETE FROM sync_record_state WHERE entity = ? AND source IN (SELECT DISTINCT source FROM import_batches) AND entity_id = ?')
    .run(object.entity, id);
  deleteRow(sqlite, object.table, { id });
}

/** Undo logs from before migration 0007 changed one field of a state row at a time. */
function restoreStateField(sqlite: Database.Database, key: Record<string, unknown>, previous: Record<string, unknown>): void {
  const path = `$.${JSON.stringify(String(previous['field']))}`;
  const where = whereClause(key);
  if (previous['value_json'] === null || previous['value_json'] === undefined) {
    sqlite.prepare(`UPDATE sync_record_state SET values_json = json_remove(values_json, ?) WHERE ${where.sql}`).run(path, ...where.values);
    sqlite.prepare(`DELETE FROM sync_record_state WHERE values_json = '{}' AND ${where.sql}`).run(...where.values);
  } else {
    sqlite
      .prepare(`UPDATE sync_record_state SET values_json = json_set(values_json, ?, json(?)) WHERE ${where.sql}`)
      .run(path, previous['value_json'], ...where.values);
  }
}

/** Deleting a record the batch created must not cascade away data added to it since. */
function assertNothingDependsOn(sqlite: Database.Database, object: SyncObject, id: unknown, batchId: number): void {
  for (const dependent of object.dependents) {
    const row = sqlite.prepare(`SELECT count(*) AS n FROM ${dependent.table} WHERE ${dependent.column} = ?`).get(id) as { n: number };
    if (row.n > 0) {
      throw new AppError(
        'BAD_INPUT',
        `Cannot undo import batch ${batchId}: ${object.noun} ${String(id)} it created now has ${dependent.table} (${row.n}); remove them or undo their import first`,
        { batchId, entityId: id, dependentTable: dependent.table },
      );
    }
  }
}
