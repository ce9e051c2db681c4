import type Database from 'better-sqlite3';
import { AppError } from '../../../../shared/api/errors';
import type { BatchChange } from '../../db/repos/imports';
import { createRecordLabeler } from '../../db/repos/recordLabels';
import { ALL_SYNC_OBJECTS, syncObjectForEntity } from './objects';
import type { SyncObject } from './objects/types';
import { columnsOf, fieldOf, fieldWords, NAMED, rowOf } from './undoGuards';

/**
 * Later batches (not undone) that wrote the same rows as the batch being undone. Undo goes ahead
 * when they wrote other fields of the same records, and restores just this batch's:
 *
 * - a record row: the columns this batch wrote, unless a later batch wrote one of them too;
 * - a record's sync state (the values last imported, one JSON object per record and source):
 *   the fields this batch changed there, unless a later batch (or a conflict answered since)
 *   changed one of them again. What this batch changed is the difference between the state
 *   before it (its undo log) and the state the first later batch found (that batch's undo log).
 *
 * Any other shared row (a conflict, a missing flag, an external id) refuses the undo as a whole.
 */

export interface LaterBatchPlan {
  /** Record rows (`table:id`) later batches wrote too, with the newest such batch's time: undo keeps their updated_at. */
  recordsWrittenLater: Map<string, string>;
  /** State rows (by row key) restored field by field: each field's value before this batch (JSON text), or null when it had none. */
  stateFields: Map<string, Map<string, string | null>>;
  /**
   * The later batches' undo logs, rewritten as if this batch had never run (their "before"
   * values of the rows they share with it): undoing them afterwards must not bring back what
   * this undo took away.
   */
  logRewrites: { batchId: number; seq: number; previous: string }[];
}

interface LaterChange extends BatchChange {
  batchId: number;
  createdAt: string;
}

type Clash = { batchId: number; entity: string; entityId: number; field: string };

export function planAroundLaterBatches(
  sqlite: Database.Database,
  batch: { id: number; createdAt: string },
  changes: readonly BatchChange[],
): LaterBatchPlan {
  const plan: LaterBatchPlan = { recordsWrittenLater: new Map(), stateFields: new Map(), logRewrites: [] };
  const mineByRow = groupByRow(changes);
  const clashes: Clash[] = [];
  const wholeRows = new Set<number>();
  for (const [row, later] of groupByRow(laterChangesToSameRows(sqlite, batch.id))) {
    const mine = mineByRow.get(row)!;
    const allUpdates = [...mine, ...later].every((change) => change.action === 'updated');
    const object = ALL_SYNC_OBJECTS.find((candidate) => candidate.table === mine[0]!.table);
    if (allUpdates && object) planRecordRow(plan, batch, object, mine, later, clashes);
    else if (allUpdates && mine[0]!.table === 'sync_record_state') planStateRow(sqlite, plan, batch.id, mine[0]!, later, clashes);
    else for (const change of later) wholeRows.add(change.batchId);
  }
  if (wholeRows.size > 0) {
    const ids = [...wholeRows].sort((a, b) => a - b);
    const plural = ids.length > 1;
    throw new AppError(
      'BAD_INPUT',
      `Cannot undo import batch ${batch.id}: later batch${plural ? 'es' : ''} ${ids.join(', ')} changed the same records; undo ${plural ? 'them' : 'it'} first`,
      { batchId: batch.id, laterBatches: ids },
    );
  }
  refuseClashes(sqlite, batch.id, clashes);
  return plan;
}

/** A record row: the later batches must have written other columns. The first of them found this batch's updated_at. */
function planRecordRow(
  plan: LaterBatchPlan,
  batch: { createdAt: string },
  object: SyncObject,
  mine: readonly BatchChange[],
  later: readonly LaterChange[],
  clashes: Clash[],
): void {
  const id = (JSON.parse(mine[0]!.rowKey) as { id: number }).id;
  const written = columnsOf(mine);
  for (const change of later) {
    for (const column of columnsOf([change])) {
      if (written.has(column)) clashes.push({ batchId: change.batchId, entity: object.entity, entityId: id, field: fieldOf(object, column) });
    }
  }
  plan.recordsWrittenLater.set(rowOf(object.table, id), later.at(-1)!.createdAt);
  const first = JSON.parse(later[0]!.previous ?? '{}') as Record<string, unknown>;
  if (first['updated_at'] === batch.createdAt) {
    const before = JSON.parse(mine[0]!.previous ?? '{}') as Record<string, unknown>;
    plan.logRewrites.push({ batchId: later[0]!.batchId, seq: later[0]!.seq, previous: JSON.stringify({ ...first, updated_at: before['updated_at'] }) });
  }
}

/** A record's sync state: the fields this batch changed there must not have changed again since. */
function planStateRow(
  sqlite: Database.Database,
  plan: LaterBatchPlan,
  batchId: number,
  mine: BatchChange,
  later: readonly LaterChange[],
  clashes: Clash[],
): void {
  const key = JSON.parse(mine.rowKey) as { entity: string; entity_id: number };
  const fields = stateFieldsToRestore(sqlite, mine, later, (field, laterBatch) =>
    clashes.push({ batchId: laterBatch, entity: key.entity, entityId: key.entity_id, field }),
  );
  plan.stateFields.set(mine.rowKey, fields);
  const before = JSON.parse(mine.previous ?? '{}') as { batch_id?: number };
  for (const change of later) {
    const previous = JSON.parse(change.previous ?? '{}') as { values_json?: string; batch_id?: number };
    if (previous.batch_id === batchId) previous.batch_id = before.batch_id;
    const values = JSON.parse(previous.values_json ?? '{}') as Record<string, unknown>;
    for (const [field, value] of fields) {
      if (value === null) delete values[field];
      else values[field] = JSON.parse(value) as unknown;
    }
    plan.logRewrites.push({ batchId: change.batchId, seq: change.seq, previous: JSON.stringify({ ...previous, values_json: JSON.stringify(values) }) });
  }
}

/** The fields this batch changed in a state row, with their values before it; reports the ones changed again since. */
function stateFieldsToRestore(
  sqlite: Database.Database,
  mine: BatchChange,
  later: readonly LaterChange[],
  clash: (field: string, laterBatch: number) => void,
): Map<string, string | null> {
  const before = stateValues(mine.previous);
  const afterMine = stateValues(later[0]!.previous);
  const key = JSON.parse(mine.rowKey) as { entity: string; source: string; entity_id: number };
  const current = sqlite
    .prepare('SELECT values_json FROM sync_record_state WHERE entity = ? AND source = ? AND entity_id = ?')
    .pluck()
    .get(key.entity, key.source, key.entity_id) as string | undefined;
  const now = current === undefined ? new Map<string, string>() : jsonValues(current);
  const restore = new Map<string, string | null>();
  for (const field of new Set([...before.keys(), ...afterMine.keys()])) {
    if (before.get(field) === afterMine.get(field)) continue;
    if (afterMine.get(field) !== now.get(field)) clash(field, later.at(-1)!.batchId);
    restore.set(field, before.get(field) ?? null);
  }
  return restore;
}

/** Rewrites later batches' undo logs (see LaterBatchPlan.logRewrites). */
export function rewriteLaterLogs(sqlite: Database.Database, rewrites: LaterBatchPlan['logRewrites']): void {
  const update = sqlite.prepare('UPDATE import_batch_changes SET previous = ? WHERE batch_id = ? AND seq = ?');
  for (const { batchId, seq, previous } of rewrites) update.run(previous, batchId, seq);
}

/** Puts back the fields this batch changed in a state row, leaving later batches' fields as they are. */
export function restoreStateFields(sqlite: Database.Database, rowKey: string, fields: ReadonlyMap<string, string | null>): void {
  const key = JSON.parse(rowKey) as { entity: string; source: string; entity_id: number };
  let sql = 'values_json';
  const params: unknown[] = [];
  for (const [field, value] of fields) {
    const path = `$.${JSON.stringify(field)}`;
    if (value === null) {
      sql = `json_remove(${sql}, ?)`;
      params.push(path);
    } else {
      sql = `json_set(${sql}, ?, json(?))`;
      params.push(path, value);
    }
  }
  sqlite
    .prepare(`UPDATE sync_record_state SET values_json = ${sql} WHERE entity = ? AND source = ? AND entity_id = ?`)
    .run(...params, key.entity, key.source, key.entity_id);
}

function refuseClashes(sqlite: Database.Database, batchId: number, clashes: readonly Clash[]): void {
  if (clashes.length === 0) return;
  const label = createRecordLabeler(sqlite);
  const unique = [...new Map(clashes.map((clash) => [`${clash.entity}:${clash.entityId}:${clash.field}`, clash])).values()];
  const later = [...new Set(unique.map((clash) => clash.batchId))].sort((a, b) => a - b);
  const named = unique
    .slice(0, NAMED)
    .map(({ entity, entityId, field }) => `the ${fieldWords(field)} of ${syncObjectForEntity(entity).noun} "${label({ entity, entityId })}"`);
  const more = unique.length > NAMED ? ` and ${unique.length - NAMED} more` : '';
  const batches = `batch${later.length > 1 ? 'es' : ''} ${later.join(', ')}`;
  throw new AppError(
    'BAD_INPUT',
    `Cannot undo import batch ${batchId}: later ${batches} also changed ${named.join(', ')}${more}; undo ${batches} first`,
    { batchId, laterBatches: later, fields: unique },
  );
}

/** Later batches' (not undone) changes to the rows this batch changed, oldest first. */
function laterChangesToSameRows(sqlite: Database.Database, batchId: number): LaterChange[] {
  return sqlite
    .prepare(
      `SELECT DISTINCT later.batch_id AS batchId, later.seq, later.table_name AS "table", later.row_key AS rowKey, later.action,
              later.previous, b.created_at AS createdAt
       FROM import_batch_changes mine
       JOIN import_batch_changes later
         ON later.table_name = mine.table_name AND later.row_key = mine.row_key AND later.batch_id > mine.batch_id
       JOIN import_batches b ON b.id = later.batch_id AND b.undone_at IS NULL
       WHERE mine.batch_id = ?
       ORDER BY later.batch_id, later.seq`,
    )
    .all(batchId) as LaterChange[];
}

function groupByRow<T extends BatchChange>(changes: readonly T[]): Map<string, T[]> {
  const rows = new Map<string, T[]>();
  for (const change of changes) {
    const row = `${change.table}\u0000${change.rowKey}`;
    rows.set(row, [...(rows.get(row) ?? []), change]);
  }
  return rows;
}

function stateValues(previous: string | null): Map<string, string> {
  const row = JSON.parse(previous ?? '{}') as { values_json?: string };
  return jsonValues(row.values_json ?? '{}');
}

/** A state object's fields, each as canonical JSON text, so values compare as text. */
function jsonValues(json: string): Map<string, string> {
  return new Map(Object.entries(JSON.parse(json) as Record<string, unknown>).map(([field, value]) => [field, JSON.stringify(value)]));
}
