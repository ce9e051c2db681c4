import type Database from 'better-sqlite3';
import { AppError } from '../../../../shared/api/errors';
import type { Clock } from '../../types';
import type { Workspace } from '../../db/workspace';
import { getBatch, laterBatchesTouchingSameRows, listChanges, markBatchUndone } from '../../db/repos/imports';
import { ALL_SYNC_OBJECTS } from './objects';
import { whereClause } from './recorder';

/**
 * Puts back what a batch changed, newest write first: previous values restored, inserted rows
 * (records, external ids, remembered values, conflicts, missing flags) deleted, cleared flags
 * re-inserted. One transaction; refuses rather than clobber a later batch's work.
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
    const later = laterBatchesTouchingSameRows(sqlite, batchId);
    if (later.length > 0) {
      throw new AppError(
        'BAD_INPUT',
        `Cannot undo import batch ${batchId}: later batch${later.length > 1 ? 'es' : ''} ${later.join(', ')} changed the same records; undo ${later.length > 1 ? 'them' : 'it'} first`,
        { batchId, laterBatches: later },
      );
    }
    for (const change of listChanges(sqlite, batchId).reverse()) {
      const key = JSON.parse(change.rowKey) as Record<string, unknown>;
      if (change.action === 'inserted') {
        assertNothingDependsOn(sqlite, change.table, key, batchId);
        const where = whereClause(key);
        sqlite.prepare(`DELETE FROM ${change.table} WHERE ${where.sql}`).run(...where.values);
      } else if (change.action === 'updated') {
        const previous = JSON.parse(change.previous ?? '{}') as Record<string, unknown>;
        const names = Object.keys(previous);
        const where = whereClause(key);
        sqlite
          .prepare(`UPDATE ${change.table} SET ${names.map((name) => `${name} = ?`).join(', ')} WHERE ${where.sql}`)
          .run(...names.map((name) => previous[name]), ...where.values);
      } else {
        const previous = JSON.parse(change.previous ?? '{}') as Record<string, unknown>;
        const names = Object.keys(previous);
        sqlite
          .prepare(`INSERT INTO ${change.table} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`)
          .run(...names.map((name) => previous[name]));
      }
    }
    markBatchUndone(sqlite, batchId, now);
  }).immediate();
}

/** Deleting a record the batch created must not cascade away data added to it since. */
function assertNothingDependsOn(
  sqlite: Database.Database,
  table: string,
  key: Record<string, unknown>,
  batchId: number,
): void {
  const object = ALL_SYNC_OBJECTS.find((candidate) => candidate.table === table);
  if (!object) return;
  for (const dependent of object.dependents) {
    const row = sqlite
      .prepare(`SELECT count(*) AS n FROM ${dependent.table} WHERE ${dependent.column} = ?`)
      .get(key['id']) as { n: number };
    if (row.n > 0) {
      throw new AppError(
        'BAD_INPUT',
        `Cannot undo import batch ${batchId}: ${object.noun} ${String(key['id'])} it created now has ${dependent.table} (${row.n}); remove them or undo their import first`,
        { batchId, entityId: key['id'], dependentTable: dependent.table },
      );
    }
  }
}
