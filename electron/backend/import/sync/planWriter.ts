import type Database from 'better-sqlite3';
import { writeOutImplicitBase, type ImplicitBaseWriter } from './implicitBase';
import { rememberAccountId } from './objects/links';
import type { SyncObject } from './objects/types';
import { rememberedOnCreate } from './planRecord';
import type { RecordPlan } from './planTypes';
import { stateKey, type ChangeRecorder } from './recorder';
import type { Statements } from './statements';
import { toColumnValue, toJson } from './values';

/**
 * Writes planned records. A new record, its external id and its sync state are not logged one
 * by one: undo finds the records a batch created (by their mark, or their state's
 * created_batch_id) and removes them whole. Everything else a batch changes is logged with its
 * previous value, so undo restores exactly.
 */
const INSERT_EXTERNAL_ID = 'INSERT INTO external_ids (entity, entity_id, source, external_id) VALUES (?, ?, ?, ?)';
const INSERT_NEW_STATE =
  'INSERT INTO sync_record_state (entity, source, entity_id, values_json, batch_id, created_batch_id) VALUES (?, ?, ?, ?, ?, ?)';

export class PlanWriter {
  private readonly newRecordStatements = new Map<string, Database.Statement>();
  /** The last new record's fields and their INSERT: a file gives nearly every record the same ones. */
  private lastNewRecord: { fields: readonly string[]; insert: Database.Statement } | null = null;

  constructor(
    private readonly object: SyncObject,
    private readonly source: string,
    private readonly recorder: ChangeRecorder,
    private readonly statements: Statements,
    private readonly batchId: number,
    private readonly now: string,
    private readonly bases: ImplicitBaseWriter,
  ) {}

  write(record: RecordPlan): void {
    if (record.recordId === null) {
      this.writeNew(record);
      return;
    }
    const { object } = this;
    const existing = record.existing;
    if (existing?.implicitBase && writesAnything(record)) {
      // Its implicit state becomes a row first, unlogged as a hand edit's is: undo then puts
      // that row back as it was, which is the same state made explicit.
      existing.stateRow = writeOutImplicitBase(this.statements, object, this.source, record.recordId);
      existing.implicitBase = null;
    }
    const columns: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(record.columns)) columns[object.columns[field]!] = toColumnValue(value);
    if (record.customFields !== null) columns['custom_fields'] = JSON.stringify(record.customFields);
    const entityId = record.recordId;
    if (Object.keys(columns).length > 0) {
      const previous = existing === null ? undefined : pick(existing.row, [...Object.keys(columns), 'updated_at']);
      this.recorder.update(object.table, { id: entityId }, { ...columns, updated_at: this.now }, previous);
    }
    if (record.addExternalId && record.externalId !== null) this.insertExternalId(entityId, record.externalId);
    this.rememberOn(record);
    this.writeConflicts(record, entityId);
    if (record.clearMissing) this.recorder.delete('sync_missing', { entity: object.entity, entity_id: entityId, source: this.source });
  }

  /**
   * A new record and its external id: two prepared inserts with their values in arrays (the hot
   * path of a first import). Its state stays implicit in it (the record carries the batch's
   * mark) when it can, else a third insert writes it. Not logged: the mark and the state row's
   * created_batch_id are how undo finds the records a batch created.
   */
  private writeNew(record: RecordPlan): void {
    const fields = Object.keys(record.columns);
    const insert = this.newRecordStatement(fields);
    const implicit = this.bases.accepts(record.columns);
    const values: unknown[] = new Array(fields.length + 4);
    for (let i = 0; i < fields.length; i++) values[i] = toColumnValue(record.columns[fields[i]!]!);
    values[fields.length] = JSON.stringify(record.customFields ?? {});
    values[fields.length + 1] = this.now;
    values[fields.length + 2] = this.now;
    values[fields.length + 3] = implicit ? this.batchId : null;
    const id = Number(insert.run(values).lastInsertRowid);
    record.recordId = id;
    const { entity } = this.object;
    if (record.externalId !== null) {
      this.statements.get(INSERT_EXTERNAL_ID).run(entity, id, this.source, record.externalId);
      if (entity === 'account') rememberAccountId(this.statements.sqlite, this.source, record.externalId, id);
    }
    if (implicit) {
      this.bases.created(id, record.columns);
      return;
    }
    const remember = rememberedOnCreate(record.columns, record.customFields);
    this.statements.get(INSERT_NEW_STATE).run(entity, this.source, id, JSON.stringify(remember), this.batchId, this.batchId);
  }

  /** One INSERT per set of fields: a mapping gives every record of a file the same set. */
  private newRecordStatement(fields: readonly string[]): Database.Statement {
    const last = this.lastNewRecord;
    if (last !== null && sameNames(last.fields, fields)) return last.insert;
    const signature = fields.join('\u0000');
    let statement = this.newRecordStatements.get(signature);
    if (!statement) {
      const columns = [...fields.map((field) => this.object.columns[field]!), 'custom_fields', 'created_at', 'updated_at', 'sync_base_batch'];
      statement = this.statements.get(`INSERT INTO ${this.object.table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
      this.newRecordStatements.set(signature, statement);
    }
    this.lastNewRecord = { fields, insert: statement };
    return statement;
  }

  flagMissing(entityId: number): void {
    this.recorder.insert(
      'sync_missing',
      { entity: this.object.entity, entity_id: entityId, source: this.source, batch_id: this.batchId, flagged_at: this.now },
      ['entity', 'entity_id', 'source'],
    );
  }

  /** A known record newly linked to this source (matched by natural key): logged, undo unlinks it. */
  private insertExternalId(entityId: number, externalId: string): void {
    this.recorder.insert(
      'external_ids',
      { entity: this.object.entity, entity_id: entityId, source: this.source, external_id: externalId },
      ['entity', 'source', 'external_id'],
    );
  }

  /** A known record's first state for this source: logged, undo removes it. */
  private insertState(entityId: number, values: Record<string, unknown>): void {
    this.recorder.insert(
      'sync_record_state',
      { ...stateKey(this.object.entity, this.source, entityId), values_json: JSON.stringify(values), batch_id: this.batchId },
      ['entity', 'source', 'entity_id'],
    );
  }

  /** Merges the newly remembered values into the record's state row for this source. */
  private rememberOn(record: RecordPlan): void {
    if (Object.keys(record.remember).length === 0 || record.recordId === null) return;
    const stored = record.existing?.stateRow ?? null;
    if (stored === null) {
      this.insertState(record.recordId, record.remember);
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

/** Whether writing the plan changes the record or what is remembered of it. */
function writesAnything(record: RecordPlan): boolean {
  return (
    Object.keys(record.columns).length > 0 ||
    record.customFields !== null ||
    Object.keys(record.remember).length > 0 ||
    record.conflicts.length > 0
  );
}

function sameNames(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function pick(row: Record<string, unknown>, names: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(names.map((name) => [name, row[name]]));
}
