import type { Clock } from '../../types';
import type { Workspace } from '../../db/workspace';
import type { ImportSummary, MappedBatch } from '../types';
import { BatchSync } from './batchSync';

export interface CommitOptions {
  clock: Clock;
}

/**
 * Imports a batch held in memory, in one transaction together with the batch row and every
 * previous value undo needs. A failure leaves the workspace untouched. (Files stream through
 * BatchSync chunk by chunk instead: see import/run.)
 */
export function commitImport(workspace: Workspace, batch: MappedBatch, options: CommitOptions): ImportSummary {
  const now = options.clock().toISOString();
  return workspace.sqlite.transaction(() => syncWhole(workspace, batch, now)).immediate();
}

export function syncWhole(workspace: Workspace, batch: MappedBatch, now: string): ImportSummary {
  const sync = new BatchSync(workspace.sqlite, batch, { now, fields: fieldsOf(batch) });
  sync.addInvalidRows(batch.invalid, new Set(batch.invalid.map((error) => error.row)).size);
  sync.addRecords(batch.records);
  return sync.finish();
}

function fieldsOf(batch: MappedBatch): string[] {
  const names = new Set<string>();
  for (const record of batch.records) for (const name of Object.keys(record.fields)) names.add(name);
  return [...names];
}
