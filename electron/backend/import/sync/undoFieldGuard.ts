import type Database from 'better-sqlite3';
import { AppError } from '../../../../shared/api/errors';
import type { BatchChange } from '../../db/repos/imports';
import { columnsEditedSince } from '../../db/repos/localEdits';
import { createRecordLabeler } from '../../db/repos/recordLabels';
import { ALL_SYNC_OBJECTS } from './objects';
import type { SyncObject } from './objects/types';
import { changedSince, columnsOf, fieldOf, fieldWords, NAMED, refuseChangedRecords, rowOf, type CreatedRecords } from './undoGuards';

/**
 * Whether undoing a batch would lose work done here since, field by field:
 *
 * - a record the batch created: any change since refuses (undo deletes the record);
 * - a record the batch updated: refused only when a field the batch wrote was edited by hand
 *   since (local_edits, migration 0009). An edit to another field is kept: undo restores just
 *   the batch's fields, and leaves the record's updated_at at the edit;
 * - a record changed since in a way nobody recorded per field (its updated_at moved past the
 *   batch, and past any later batch that wrote it, and no edit is recorded) is refused as a
 *   whole, as before.
 *
 * Later batches were checked already (undoLaterBatches.ts): `writtenLater` holds the records
 * they wrote too, with the newest one's time. Returns the rows whose local edits undo keeps,
 * as `table:id`.
 */
export function assertUndoKeepsLocalEdits(
  sqlite: Database.Database,
  batch: { id: number; createdAt: string },
  created: readonly CreatedRecords[],
  changes: readonly BatchChange[],
  writtenLater: ReadonlyMap<string, string>,
): Set<string> {
  for (const { object, ids } of created) refuseChangedRecords(sqlite, batch.id, object, changedSince(sqlite, object, ids, () => batch.createdAt));

  const kept = new Set<string>();
  for (const [object, written] of columnsWrittenBy(changes)) {
    const ids = [...written.keys()];
    const edited = columnsEditedSince(sqlite, object.table, ids, batch.id);
    refuseOverwrittenEdits(sqlite, batch.id, object, written, edited);
    refuseChangedRecords(
      sqlite,
      batch.id,
      object,
      changedSince(sqlite, object, ids, (id) => writtenLater.get(rowOf(object.table, id)) ?? batch.createdAt).filter((id) => !edited.has(id)),
    );
    for (const id of edited.keys()) kept.add(rowOf(object.table, id));
  }
  return kept;
}

/** Per synced table, per record the batch updated, the columns it wrote (its bookkeeping aside). */
function columnsWrittenBy(changes: readonly BatchChange[]): Map<SyncObject, Map<number, Set<string>>> {
  const written = new Map<SyncObject, Map<number, Set<string>>>();
  for (const change of changes) {
    if (change.action !== 'updated') continue;
    const object = ALL_SYNC_OBJECTS.find((candidate) => candidate.table === change.table);
    const id = (JSON.parse(change.rowKey) as { id?: unknown }).id;
    if (!object || typeof id !== 'number') continue;
    const records = written.get(object) ?? new Map<number, Set<string>>();
    written.set(object, records.set(id, new Set([...(records.get(id) ?? []), ...columnsOf([change])])));
  }
  return written;
}

function refuseOverwrittenEdits(
  sqlite: Database.Database,
  batchId: number,
  object: SyncObject,
  written: ReadonlyMap<number, ReadonlySet<string>>,
  edited: ReadonlyMap<number, ReadonlySet<string>>,
): void {
  const clashes: { entityId: number; field: string }[] = [];
  for (const [id, columns] of written) {
    for (const column of columns) {
      if (edited.get(id)?.has(column)) clashes.push({ entityId: id, field: fieldOf(object, column) });
    }
  }
  if (clashes.length === 0) return;
  const label = createRecordLabeler(sqlite);
  const named = clashes
    .slice(0, NAMED)
    .map(({ entityId, field }) => `the ${fieldWords(field)} of ${object.noun} "${label({ entity: object.entity, entityId })}"`);
  const more = clashes.length > NAMED ? ` and ${clashes.length - NAMED} more` : '';
  throw new AppError(
    'BAD_INPUT',
    `Cannot undo import batch ${batchId}: ${named.join(', ')}${more} ${clashes.length > 1 ? 'were' : 'was'} edited here after the import wrote ${clashes.length > 1 ? 'them' : 'it'}; undoing would lose ${clashes.length > 1 ? 'those edits' : 'that edit'}`,
    { batchId, edits: clashes.map((clash) => ({ entity: object.entity, ...clash })) },
  );
}
