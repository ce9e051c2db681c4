import type { CustomValue } from '../../../../shared/api/dto';
import type { ImplicitBaseReader } from './implicitBase';
import type { SyncObject } from './objects/types';
import type { Statements } from './statements';

/** What the workspace holds about one matched record, read before planning its merge. */
export interface ExistingState {
  row: Record<string, unknown>;
  /** The values last imported from this source, by field (custom:<header> for custom fields). */
  lastImported: Record<string, CustomValue> | null;
  /** The state row as stored (to restore on undo), or null when there is none for this source. */
  stateRow: { values_json: string; batch_id: number } | null;
  /** The batch whose import `lastImported` is implicit in the record (no state row yet), or null. */
  implicitBase: number | null;
  /** Open conflicts by field: their ids and incoming values (JSON). */
  openConflicts: Map<string, { id: number; incomingJson: string }[]>;
  flaggedMissing: boolean;
}

/**
 * The state of many records at once: four queries per chunk of records rather than four per
 * record. Ids travel as one JSON array parameter, so each statement is prepared once.
 */
export function loadExistingStates(
  statements: Statements,
  object: SyncObject,
  source: string,
  recordIds: readonly number[],
  implicit: ImplicitBaseReader,
): Map<number, ExistingState> {
  const states = new Map<number, ExistingState>();
  if (recordIds.length === 0) return states;
  const ids = JSON.stringify(recordIds);
  const rows = statements
    .get(`SELECT * FROM ${object.table} WHERE id IN (SELECT value FROM json_each(?))`)
    .all(ids) as Record<string, unknown>[];
  for (const row of rows) {
    const lastImported = implicit.lastImported(object, row, source);
    states.set(row['id'] as number, {
      row,
      lastImported,
      stateRow: null,
      implicitBase: lastImported === null ? null : (row['sync_base_batch'] as number),
      openConflicts: new Map(),
      flaggedMissing: false,
    });
  }
  const remembered = statements
    .get(
      `SELECT entity_id AS id, values_json AS json, batch_id AS batchId FROM sync_record_state
       WHERE entity = ? AND source = ? AND entity_id IN (SELECT value FROM json_each(?))`,
    )
    .all(object.entity, source, ids) as { id: number; json: string; batchId: number }[];
  for (const { id, json, batchId } of remembered) {
    const state = states.get(id);
    if (!state) continue;
    // A state row, where there is one, is the truth (the mark it outlived is cleared by the next change).
    state.lastImported = JSON.parse(json) as Record<string, CustomValue>;
    state.stateRow = { values_json: json, batch_id: batchId };
    state.implicitBase = null;
  }
  const conflicts = statements
    .get(
      `SELECT id, entity_id AS entityId, field, incoming_json AS incomingJson FROM sync_conflicts
       WHERE entity = ? AND source = ? AND status = 'open' AND entity_id IN (SELECT value FROM json_each(?))`,
    )
    .all(object.entity, source, ids) as { id: number; entityId: number; field: string; incomingJson: string }[];
  for (const conflict of conflicts) {
    const open = states.get(conflict.entityId)?.openConflicts;
    if (open) open.set(conflict.field, [...(open.get(conflict.field) ?? []), conflict]);
  }
  const flagged = statements
    .get(
      `SELECT entity_id AS id FROM sync_missing
       WHERE entity = ? AND source = ? AND entity_id IN (SELECT value FROM json_each(?))`,
    )
    .all(object.entity, source, ids) as { id: number }[];
  for (const { id } of flagged) {
    const state = states.get(id);
    if (state) state.flaggedMissing = true;
  }
  return states;
}
