import type Database from 'better-sqlite3';
import type { MissingRecord } from '../../../../shared/api/importDto';
import { createRecordLabeler } from './recordLabels';

interface RawMissing {
  entity: string;
  entity_id: number;
  source: string;
  batch_id: number;
  flagged_at: string;
}

/** Records a full export no longer held, the most recently flagged first, each named in words. */
export function listMissing(sqlite: Database.Database): MissingRecord[] {
  const rows = sqlite
    .prepare('SELECT * FROM sync_missing ORDER BY flagged_at DESC, batch_id DESC, entity, entity_id')
    .all() as RawMissing[];
  const labelOf = createRecordLabeler(sqlite);
  return rows.map((row) => ({
    entity: row.entity,
    entityId: row.entity_id,
    source: row.source,
    label: labelOf({ entity: row.entity, entityId: row.entity_id }),
    batchId: row.batch_id,
    flaggedAt: row.flagged_at,
  }));
}

/**
 * Clears the flags in one transaction; returns how many were flagged. A record that is not
 * (or no longer) flagged is skipped, so dismissing twice, from two windows, is harmless.
 */
export function dismissMissing(
  sqlite: Database.Database,
  records: readonly { entity: string; entityId: number; source: string }[],
): number {
  const statement = sqlite.prepare('DELETE FROM sync_missing WHERE entity = ? AND entity_id = ? AND source = ?');
  return sqlite.transaction(() => records.reduce((count, r) => count + statement.run(r.entity, r.entityId, r.source).changes, 0)).immediate();
}
