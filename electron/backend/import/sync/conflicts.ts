import type { Selectable } from 'kysely';
import { AppError } from '../../../../shared/api/errors';
import type { SyncConflict } from '../../../../shared/api/dto';
import type { Clock } from '../../types';
import type { SyncConflictsTable } from '../../db/schema';
import type { Workspace } from '../../db/workspace';
import { parseCustomFields } from '../../db/repos/json';
import { createRecordLabeler } from '../../db/repos/recordLabels';
import { writeOutSql } from './implicitBase';
import { syncObjectForEntity } from './objects';
import { CUSTOM_PREFIX, fromJson, toColumnValue } from './values';

export type { SyncConflict };

/** A sync_conflicts row as SQLite returns it. */
type RawConflict = Selectable<SyncConflictsTable>;

function toConflict(row: RawConflict, label: string): SyncConflict {
  return {
    id: row.id,
    entity: row.entity,
    entityId: row.entity_id,
    source: row.source,
    field: row.field,
    label,
    local: fromJson(row.local_json),
    incoming: fromJson(row.incoming_json),
    lastImported: fromJson(row.last_imported_json),
    batchId: row.batch_id,
    status: row.status,
    createdAt: row.created_at,
    resolvedAt: row.resolved_at,
  };
}

/** Open conflicts (or all of them), oldest first, each with its record named in words. */
export function listConflicts(workspace: Workspace, options: { includeResolved?: boolean } = {}): SyncConflict[] {
  const where = options.includeResolved ? '' : "WHERE status = 'open'";
  const labelOf = createRecordLabeler(workspace.sqlite);
  return (workspace.sqlite.prepare(`SELECT * FROM sync_conflicts ${where} ORDER BY id`).all() as RawConflict[]).map(
    (row) => toConflict(row, labelOf({ entity: row.entity, entityId: row.entity_id })),
  );
}

/**
 * The user's answer to open conflicts. Either way the incoming value becomes the last imported
 * one, so the same export does not raise the same conflict again. All or nothing.
 */
export function resolveConflicts(
  workspace: Workspace,
  ids: readonly number[],
  resolution: 'keep_local' | 'take_incoming',
  options: { clock?: Clock } = {},
): void {
  if (resolution !== 'keep_local' && resolution !== 'take_incoming') {
    throw new AppError('BAD_INPUT', `Unknown conflict resolution "${String(resolution)}" (keep_local or take_incoming)`);
  }
  const { sqlite } = workspace;
  const now = (options.clock ?? (() => new Date()))().toISOString();
  sqlite.transaction(() => {
    for (const id of ids) {
      const row = sqlite.prepare('SELECT * FROM sync_conflicts WHERE id = ?').get(id) as RawConflict | undefined;
      if (!row) throw new AppError('NOT_FOUND', `No conflict ${id}`, { id });
      if (row.status !== 'open') throw new AppError('BAD_INPUT', `Conflict ${id} is already ${row.status}`, { id });
      // A record still holding its implicit state writes it out first, so the answer below
      // joins it rather than stands alone as everything remembered.
      sqlite.prepare(writeOutSql(syncObjectForEntity(row.entity).table)).run(row.entity_id);
      if (resolution === 'take_incoming') writeIncoming(workspace, row, now);
      sqlite
        .prepare(
          // The answered value becomes the last imported one: the next import compares against it.
          `INSERT INTO sync_record_state (entity, source, entity_id, values_json, batch_id)
           VALUES (?, ?, ?, json_object(?, json(?)), ?)
           ON CONFLICT (entity, source, entity_id) DO UPDATE
             SET values_json = json_set(values_json, '$.' || json_quote(?), json(?)), batch_id = excluded.batch_id`,
        )
        .run(row.entity, row.source, row.entity_id, row.field, row.incoming_json, row.batch_id, row.field, row.incoming_json);
      sqlite
        .prepare('UPDATE sync_conflicts SET status = ?, resolved_at = ? WHERE id = ?')
        .run(resolution === 'take_incoming' ? 'took_incoming' : 'kept_local', now, id);
    }
  }).immediate();
}

function writeIncoming(workspace: Workspace, row: RawConflict, now: string): void {
  const object = syncObjectForEntity(row.entity);
  const incoming = fromJson(row.incoming_json);
  if (row.field.startsWith(CUSTOM_PREFIX)) {
    const current = workspace.sqlite.prepare(`SELECT custom_fields FROM ${object.table} WHERE id = ?`).get(row.entity_id) as
      | { custom_fields: string }
      | undefined;
    if (!current) throw new AppError('NOT_FOUND', `The ${object.noun} of conflict ${row.id} no longer exists`);
    const custom = { ...parseCustomFields(current.custom_fields), [row.field.slice(CUSTOM_PREFIX.length)]: incoming };
    workspace.sqlite
      .prepare(`UPDATE ${object.table} SET custom_fields = ?, updated_at = ? WHERE id = ?`)
      .run(JSON.stringify(custom), now, row.entity_id);
    return;
  }
  const column = object.columns[row.field];
  if (!column) throw new AppError('BAD_INPUT', `Conflict ${row.id} names an unknown field ${row.field}`);
  const result = workspace.sqlite
    .prepare(`UPDATE ${object.table} SET ${column} = ?, updated_at = ? WHERE id = ?`)
    .run(toColumnValue(incoming), now, row.entity_id);
  if (result.changes === 0) throw new AppError('NOT_FOUND', `The ${object.noun} of conflict ${row.id} no longer exists`);
}
