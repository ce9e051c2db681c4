import type { Clock } from '../../types';
import type { Workspace } from '../../db/workspace';
import { insertBatch, setBatchCounts } from '../../db/repos/imports';
import type { ImportSummary, MappedBatch } from '../types';
import { buildPlan, toSummary } from './plan';
import type { RecordPlan, SyncPlan } from './planTypes';
import { ChangeRecorder } from './recorder';
import { toColumnValue, toJson } from './values';

export interface CommitOptions {
  clock: Clock;
}

/**
 * Imports a batch: the same decisions as planImport, written in one transaction together with
 * the batch row and every previous value undo needs. A failure leaves the workspace untouched.
 */
export function commitImport(workspace: Workspace, batch: MappedBatch, options: CommitOptions): ImportSummary {
  const { sqlite } = workspace;
  const now = options.clock().toISOString();
  return sqlite.transaction(() => {
    const plan = buildPlan(sqlite, batch);
    const batchId = insertBatch(sqlite, {
      file: batch.file,
      fileHash: batch.fileHash,
      source: batch.source,
      object: batch.object,
      mappingName: batch.mappingName,
      full: batch.full,
      createdAt: now,
    });
    const writer = new PlanWriter(plan, new ChangeRecorder(sqlite, batchId), batchId, now, workspace);
    for (const record of plan.records) writer.write(record);
    writer.flagMissing();
    setBatchCounts(sqlite, batchId, plan.counts);
    return toSummary(plan, batchId);
  }).immediate();
}

class PlanWriter {
  constructor(
    private readonly plan: SyncPlan,
    private readonly recorder: ChangeRecorder,
    private readonly batchId: number,
    private readonly now: string,
    private readonly workspace: Workspace,
  ) {}

  write(record: RecordPlan): void {
    if (record.action === 'invalid') return;
    const { object } = this.plan;
    const columns: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(record.columns)) columns[object.columns[field]!] = toColumnValue(value);
    if (record.customFields !== null) columns['custom_fields'] = JSON.stringify(record.customFields);

    if (record.recordId === null) {
      record.recordId = this.recorder.insert(
        object.table,
        { ...columns, created_at: this.now, updated_at: this.now },
        ['id'],
      );
    } else if (Object.keys(columns).length > 0) {
      this.recorder.update(object.table, { id: record.recordId }, { ...columns, updated_at: this.now });
    }
    const entityId = record.recordId;
    const { entity } = object;
    const source = this.plan.batch.source;

    if (record.addExternalId && record.externalId !== null) {
      this.recorder.insert(
        'external_ids',
        { entity, entity_id: entityId, source, external_id: record.externalId },
        ['entity', 'source', 'external_id'],
      );
    }
    for (const [field, value] of Object.entries(record.remember)) this.remember(entityId, field, toJson(value));
    for (const conflict of record.conflicts) {
      for (const id of conflict.supersedes) {
        this.recorder.update('sync_conflicts', { id }, { status: 'superseded', resolved_at: this.now });
      }
      this.recorder.insert(
        'sync_conflicts',
        {
          entity,
          entity_id: entityId,
          source,
          field: conflict.field,
          local_json: toJson(conflict.local),
          incoming_json: toJson(conflict.incoming),
          last_imported_json: conflict.lastImportedJson,
          batch_id: this.batchId,
          status: 'open',
          created_at: this.now,
        },
        ['id'],
      );
    }
    if (record.clearMissing) this.recorder.delete('sync_missing', { entity, entity_id: entityId, source });
  }

  flagMissing(): void {
    const { entity } = this.plan.object;
    for (const id of this.plan.flagMissing) {
      this.recorder.insert(
        'sync_missing',
        { entity, entity_id: id, source: this.plan.batch.source, batch_id: this.batchId, flagged_at: this.now },
        ['entity', 'entity_id', 'source'],
      );
    }
  }

  private remember(entityId: number, field: string, valueJson: string): void {
    const key = { entity: this.plan.object.entity, entity_id: entityId, source: this.plan.batch.source, field };
    const existing = this.workspace.sqlite
      .prepare('SELECT value_json AS json FROM sync_field_state WHERE entity = ? AND entity_id = ? AND source = ? AND field = ?')
      .get(key.entity, key.entity_id, key.source, key.field) as { json: string } | undefined;
    if (existing === undefined) {
      this.recorder.insert('sync_field_state', { ...key, value_json: valueJson, batch_id: this.batchId }, Object.keys(key));
    } else if (existing.json !== valueJson) {
      this.recorder.update('sync_field_state', key, { value_json: valueJson, batch_id: this.batchId });
    }
  }
}
