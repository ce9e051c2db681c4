import type { SyncObject } from './objects/types';
import type { RecordPlan } from './planTypes';
import { stateKey, type ChangeRecorder } from './recorder';
import { toColumnValue, toJson } from './values';

/**
 * Writes planned records. A new record, its external id and its sync state are not logged one
 * by one: undo finds the records a batch created by their state's created_batch_id and removes
 * them whole. Everything else a batch changes is logged with its
 * previous value, so undo restores exactly.
 */
export class PlanWriter {
  constructor(
    private readonly object: SyncObject,
    private readonly source: string,
    private readonly recorder: ChangeRecorder,
    private readonly batchId: number,
    private readonly now: string,
  ) {}

  write(record: RecordPlan): void {
    if (record.action === 'invalid') return;
    const { object } = this;
    const columns: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(record.columns)) columns[object.columns[field]!] = toColumnValue(value);
    if (record.customFields !== null) columns['custom_fields'] = JSON.stringify(record.customFields);

    if (record.recordId === null) {
      // Not logged: the state row's created_batch_id is how undo finds the records a batch created.
      record.recordId = this.recorder.insert(object.table, { ...columns, created_at: this.now, updated_at: this.now }, ['id'], false);
      if (record.externalId !== null) this.insertExternalId(record.recordId, record.externalId, false);
      this.insertState(record.recordId, record.remember, this.batchId);
      return;
    }
    const entityId = record.recordId;
    const existing = record.existing;
    if (Object.keys(columns).length > 0) {
      const previous = existing === null ? undefined : pick(existing.row, [...Object.keys(columns), 'updated_at']);
      this.recorder.update(object.table, { id: entityId }, { ...columns, updated_at: this.now }, previous);
    }
    if (record.addExternalId && record.externalId !== null) this.insertExternalId(entityId, record.externalId, true);
    this.rememberOn(record);
    this.writeConflicts(record, entityId);
    if (record.clearMissing) this.recorder.delete('sync_missing', { entity: object.entity, entity_id: entityId, source: this.source });
  }

  flagMissing(entityId: number): void {
    this.recorder.insert(
      'sync_missing',
      { entity: this.object.entity, entity_id: entityId, source: this.source, batch_id: this.batchId, flagged_at: this.now },
      ['entity', 'entity_id', 'source'],
    );
  }

  private insertExternalId(entityId: number, externalId: string, logged: boolean): void {
    this.recorder.insert(
      'external_ids',
      { entity: this.object.entity, entity_id: entityId, source: this.source, external_id: externalId },
      ['entity', 'source', 'external_id'],
      logged,
    );
  }

  /** A new record's state carries the batch that created it (unlogged); a known record's is logged. */
  private insertState(entityId: number, values: Record<string, unknown>, createdBy: number | null): void {
    this.recorder.insert(
      'sync_record_state',
      {
        ...stateKey(this.object.entity, this.source, entityId),
        values_json: JSON.stringify(values),
        batch_id: this.batchId,
        created_batch_id: createdBy,
      },
      ['entity', 'source', 'entity_id'],
      createdBy === null,
    );
  }

  /** Merges the newly remembered values into the record's state row for this source. */
  private rememberOn(record: RecordPlan): void {
    if (Object.keys(record.remember).length === 0 || record.recordId === null) return;
    const stored = record.existing?.stateRow ?? null;
    if (stored === null) {
      this.insertState(record.recordId, record.remember, null);
      return;
    }
    const before = record.existing?.lastImported ?? {};
    const changed = Object.entries(record.remember).some(([field, value]) => !(field in before) || toJson(before[field]) !== toJson(value));
    if (!changed) return;
    this.recorder.update(
      'sync_record_state',
      stateKey(this.object.entity, this.source, record.recordId),
      { values_json: JSON.stringify({ ...before, ...record.remember }), batch_id: this.batchId },
      stored,
    );
  }

  private writeConflicts(record: RecordPlan, entityId: number): void {
    for (const conflict of record.conflicts) {
      for (const id of conflict.supersedes) {
        this.recorder.update('sync_conflicts', { id }, { status: 'superseded', resolved_at: this.now });
      }
      this.recorder.insert(
        'sync_conflicts',
        {
          entity: this.object.entity,
          entity_id: entityId,
          source: this.source,
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
  }
}

function pick(row: Record<string, unknown>, names: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(names.map((name) => [name, row[name]]));
}
