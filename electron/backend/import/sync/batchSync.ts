import type Database from 'better-sqlite3';
import { AppError } from '../../../../shared/api/errors';
import type { ImportSummary, RowError } from '../../../../shared/api/importDto';
import { insertBatch, setBatchCounts, type BatchCounts } from '../../db/repos/imports';
import type { BatchMeta, MappedRecord } from '../types';
import { ImplicitBaseReader, ImplicitBaseWriter } from './implicitBase';
import { Matcher } from './match';
import { syncObjectFor } from './objects';
import { clearLinkCache } from './objects/links';
import type { SyncObject } from './objects/types';
import { incomingFields, planExistingRecord, planNewRecord, type RecordContext } from './planRecord';
import type { RecordPlan } from './planTypes';
import { PlanWriter } from './planWriter';
import { ChangeRecorder } from './recorder';
import { loadExistingStates } from './recordState';
import { Statements } from './statements';
import { SummaryLines, type ChunkStage } from './summaryLines';

export { MAX_SUMMARY_ERRORS, MAX_SUMMARY_MATCHES } from './summaryLines';

export interface BatchSyncOptions {
  /** ISO timestamp written on the batch and its rows. */
  now: string;
  /** The workbench fields the table maps (revenue has two forms, told apart by them). */
  fields?: readonly string[];
  /** A preview: the ids new records get are thrown away, so the summary shows none. */
  preview?: boolean;
  /**
   * A later table of the same run (one transaction): the accounts the run's earlier tables found
   * or created are still what they were, so their ids stay known rather than being read again.
   */
  continuesRun?: boolean;
}

/**
 * One import batch, fed records chunk by chunk and written as it goes, so a million-row file
 * never sits in memory. The caller owns the transaction (all-or-nothing per run); each chunk (or
 * part of one) reads the state of its matched records in four queries, then plans and writes them.
 */
export class BatchSync {
  readonly batchId: number;
  private readonly object: SyncObject;
  private readonly ctx: RecordContext;
  private readonly matcher: Matcher;
  private readonly statements: Statements;
  private readonly writer: PlanWriter;
  private readonly recorder: ChangeRecorder;
  private readonly bases: ImplicitBaseWriter;
  private readonly implicit: ImplicitBaseReader;
  private readonly counts: BatchCounts = { new: 0, updated: 0, unchanged: 0, conflicts: 0, invalid: 0, missing: 0 };
  private readonly lines = new SummaryLines();
  /**
   * External ids a full export mentions, even on invalid rows: it did not lose those records.
   * Only kept for full exports (a million ids is tens of megabytes).
   */
  private readonly mentioned: Set<string> | null;
  private readonly preview: boolean;

  constructor(
    sqlite: Database.Database,
    private readonly meta: BatchMeta,
    options: BatchSyncOptions,
  ) {
    if (typeof meta.source !== 'string' || meta.source.trim() === '') {
      throw new AppError('BAD_INPUT', 'The import batch has no source (e.g. "salesforce")');
    }
    if (!options.continuesRun) clearLinkCache(sqlite);
    this.object = syncObjectFor(meta.object, options.fields);
    this.mentioned = meta.full ? new Set() : null;
    this.preview = options.preview ?? false;
    this.ctx = { sqlite, object: this.object, source: meta.source };
    this.statements = new Statements(sqlite);
    this.matcher = new Matcher(sqlite, this.object, meta.source);
    this.batchId = insertBatch(sqlite, {
      file: meta.file,
      fileHash: meta.fileHash,
      source: meta.source,
      object: meta.object,
      mappingName: meta.mappingName,
      full: meta.full,
      createdAt: options.now,
    });
    this.recorder = new ChangeRecorder(this.statements, this.batchId);
    this.bases = new ImplicitBaseWriter(this.statements, this.object, this.batchId);
    this.implicit = new ImplicitBaseReader(this.statements);
    this.writer = new PlanWriter(this.object, meta.source, this.recorder, this.statements, this.batchId, options.now, this.bases);
  }

  /** Rows the mapping refused (one error per bad cell), and the external ids they carried. */
  addInvalidRows(errors: readonly RowError[], rows: number, externalIds: readonly string[] = []): void {
    this.counts.invalid += rows;
    for (const error of errors) this.lines.error('mapping', error);
    for (const id of externalIds) this.mentioned?.add(id);
  }

  /** A chunk of records, whole: matched together (two rows of a chunk with one id are duplicates), then written. */
  addRecords(records: readonly MappedRecord[]): void {
    this.addRecordsPart(records);
    this.endChunk();
  }

  /**
   * Part of a chunk: matched and written now, so only a part's records are held at once, yet
   * matched as the whole chunk would be (duplicates are sought over the chunk so far) and summed
   * up in its order once endChunk() says the chunk is complete.
   */
  addRecordsPart(records: readonly MappedRecord[]): void {
    const matched: { record: MappedRecord; recordId: number | null; rule: string; byExternalId: boolean }[] = [];
    this.matcher.prepareChunk(records);
    for (const record of records) {
      if (record.externalId) this.mentioned?.add(record.externalId);
      // A rule only the summary shows: past its first MAX_SUMMARY_MATCHES, none is put in words.
      const match = this.matcher.match(record, this.lines.wantsMatches());
      if ('error' in match) this.invalid(record, match.error, 'matching');
      else matched.push({ record, ...match });
    }
    const existingIds: number[] = [];
    for (const entry of matched) if (entry.recordId !== null) existingIds.push(entry.recordId);
    const states = loadExistingStates(this.statements, this.object, this.meta.source, existingIds, this.implicit);
    for (const { record, recordId, rule, byExternalId } of matched) {
      const fields = incomingFields(this.ctx, record, recordId === null);
      if ('error' in fields) {
        this.invalid(record, fields.error, 'writing');
        continue;
      }
      const state = recordId === null ? undefined : states.get(recordId);
      if (recordId !== null && state === undefined) {
        this.invalid(record, `the ${this.object.noun} it matched (${recordId}) is gone`, 'writing');
        continue;
      }
      const plan =
        recordId === null || state === undefined
          ? planNewRecord(record, fields.fields, rule)
          : planExistingRecord(this.ctx, record, recordId, fields.fields, { rule, byExternalId }, state);
      this.writer.write(plan);
      if (recordId === null && plan.recordId !== null) this.matcher.created(plan.recordId, plan.row);
      this.count(plan);
    }
  }

  /** The chunk's rows are all in: the next part starts a new chunk. */
  endChunk(): void {
    this.matcher.endChunk();
    this.lines.endChunk();
  }

  /** Flags what a full export lost, records the counts, and sums the batch up. */
  finish(): ImportSummary {
    this.endChunk();
    if (this.mentioned !== null) {
      const flagged = new Set(
        (
          this.statements
            .get('SELECT entity_id AS id FROM sync_missing WHERE entity = ? AND source = ?')
            .all(this.object.entity, this.meta.source) as { id: number }[]
        ).map((row) => row.id),
      );
      // Collected first: the connection cannot write while it streams the ids.
      const toFlag: number[] = [];
      for (const [externalId, id] of this.matcher.knownExternalIds()) {
        if (this.mentioned.has(externalId)) continue;
        this.counts.missing += 1;
        if (!flagged.has(id)) toFlag.push(id);
      }
      for (const id of toFlag) this.writer.flagMissing(id);
    }
    this.bases.finish();
    const summary = { object: this.meta.object, ...this.counts, errors: this.lines.errors, matches: this.lines.matches };
    if (this.counts.new === 0 && this.recorder.logged === 0) {
      // Nothing was written (the same export again): a history entry would only be a batch
      // that undo has nothing to put back for, so there is none.
      this.statements.get('DELETE FROM import_batches WHERE id = ?').run(this.batchId);
      return { ...summary, batchId: null };
    }
    setBatchCounts(this.ctx.sqlite, this.batchId, this.counts);
    return { ...summary, batchId: this.batchId };
  }

  private invalid(record: MappedRecord, reason: string, stage: ChunkStage): void {
    this.counts.invalid += 1;
    this.lines.error(stage, { file: this.meta.file, row: record.rowNumber, column: null, reason });
    this.lines.match(stage, { row: record.rowNumber, recordId: null, rule: `invalid: ${reason}` });
  }

  private count(plan: RecordPlan): void {
    if (plan.action === 'new') this.counts.new += 1;
    else if (plan.action === 'updated') this.counts.updated += 1;
    else if (plan.action === 'unchanged') this.counts.unchanged += 1;
    else if (plan.action === 'conflict') this.counts.conflicts += 1;
    this.lines.match('writing', { row: plan.row, recordId: plan.action === 'new' && this.preview ? null : plan.recordId, rule: plan.rule });
  }
}
