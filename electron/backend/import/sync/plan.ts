import type Database from 'better-sqlite3';
import { AppError } from '../../../../shared/api/errors';
import type { Workspace } from '../../db/workspace';
import type { BatchCounts } from '../../db/repos/imports';
import type { ImportSummary, MappedBatch, RowError } from '../types';
import { Matcher } from './match';
import { syncObjectFor } from './objects';
import { incomingFields, planExistingRecord, planNewRecord, type RecordContext } from './planRecord';
import type { RecordPlan, SyncPlan } from './planTypes';

/** How many row errors a summary carries (the preview and the command line show the first ones). */
export const MAX_SUMMARY_ERRORS = 200;

/** Reads the workspace and decides what a batch would do; writes nothing. */
export function buildPlan(sqlite: Database.Database, batch: MappedBatch): SyncPlan {
  assertBatch(batch);
  const object = syncObjectFor(batch.object);
  const ctx: RecordContext = { sqlite, object, source: batch.source };
  const matcher = new Matcher(sqlite, object, batch.source);
  const errors: RowError[] = [...batch.invalid];
  const records: RecordPlan[] = [];

  for (const record of batch.records) {
    const invalid = (reason: string): RecordPlan => {
      errors.push({ file: batch.file, row: record.rowNumber, column: null, reason });
      return emptyPlan(record.rowNumber, record.externalId, reason);
    };
    const match = matcher.match(record);
    if ('error' in match) {
      records.push(invalid(match.error));
      continue;
    }
    const fields = incomingFields(ctx, record, match.recordId === null);
    if ('error' in fields) {
      records.push(invalid(fields.error));
      continue;
    }
    records.push(
      match.recordId === null
        ? planNewRecord(record, fields.fields, match.rule)
        : planExistingRecord(ctx, record, match.recordId, fields.fields, match),
    );
  }

  const missing = batch.full ? missingRecords(sqlite, batch, matcher) : { all: [], unflagged: [] };
  const counts: BatchCounts = { new: 0, updated: 0, unchanged: 0, conflicts: 0, invalid: batch.invalid.length, missing: missing.all.length };
  for (const plan of records) {
    if (plan.action === 'new') counts.new += 1;
    else if (plan.action === 'updated') counts.updated += 1;
    else if (plan.action === 'unchanged') counts.unchanged += 1;
    else if (plan.action === 'conflict') counts.conflicts += 1;
    else counts.invalid += 1;
  }
  return { object, batch, records, flagMissing: missing.unflagged, counts, errors };
}

/** Records of this source the batch does not mention (even as an invalid row): a full export lost them. */
function missingRecords(
  sqlite: Database.Database,
  batch: MappedBatch,
  matcher: Matcher,
): { all: number[]; unflagged: number[] } {
  const mentioned = new Set(batch.records.map((record) => record.externalId).filter(Boolean));
  const all = [...matcher.knownExternalIds()]
    .filter(([externalId]) => !mentioned.has(externalId))
    .map(([, id]) => id);
  const entity = syncObjectFor(batch.object).entity;
  const flagged = new Set(
    (
      sqlite.prepare('SELECT entity_id AS id FROM sync_missing WHERE entity = ? AND source = ?').all(entity, batch.source) as {
        id: number;
      }[]
    ).map((row) => row.id),
  );
  return { all, unflagged: all.filter((id) => !flagged.has(id)) };
}

function emptyPlan(row: number, externalId: string | null, reason: string): RecordPlan {
  return {
    row,
    externalId,
    recordId: null,
    action: 'invalid',
    rule: `invalid: ${reason}`,
    addExternalId: false,
    columns: {},
    customFields: null,
    remember: {},
    conflicts: [],
    clearMissing: false,
  };
}

function assertBatch(batch: MappedBatch): void {
  if (typeof batch.source !== 'string' || batch.source.trim() === '') {
    throw new AppError('BAD_INPUT', 'The import batch has no source (e.g. "salesforce")');
  }
  if (!Array.isArray(batch.records)) throw new AppError('BAD_INPUT', 'The import batch has no records list');
}

export function toSummary(plan: SyncPlan, batchId: number | null): ImportSummary {
  return {
    object: plan.batch.object,
    batchId,
    ...plan.counts,
    errors: plan.errors.slice(0, MAX_SUMMARY_ERRORS),
    matches: plan.records.map((record) => ({ row: record.row, recordId: record.recordId, rule: record.rule })),
  };
}

/** The preview: what importing the batch would do, computed without writing anything. */
export function planImport(workspace: Workspace, batch: MappedBatch): ImportSummary {
  return toSummary(buildPlan(workspace.sqlite, batch), null);
}
