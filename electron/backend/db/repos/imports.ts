import type Database from 'better-sqlite3';

/** The counts an import batch records (and ImportSummary reports). */
export interface BatchCounts {
  new: number;
  updated: number;
  unchanged: number;
  conflicts: number;
  invalid: number;
  missing: number;
}

export interface NewBatch {
  file: string;
  fileHash: string;
  source: string;
  object: string;
  mappingName: string;
  full: boolean;
  createdAt: string;
}

export interface BatchRow {
  id: number;
  file: string;
  fileHash: string;
  source: string;
  object: string;
  mappingName: string;
  full: boolean;
  counts: BatchCounts;
  createdAt: string;
  undoneAt: string | null;
}

export interface BatchChange {
  seq: number;
  table: string;
  rowKey: string;
  action: 'inserted' | 'updated' | 'deleted' | 'field_set';
  previous: string | null;
}

const EMPTY_COUNTS: BatchCounts = { new: 0, updated: 0, unchanged: 0, conflicts: 0, invalid: 0, missing: 0 };

export function insertBatch(sqlite: Database.Database, batch: NewBatch): number {
  const result = sqlite
    .prepare(
      `INSERT INTO import_batches (file, file_hash, source, object, mapping_name, full_export, counts, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      batch.file,
      batch.fileHash,
      batch.source,
      batch.object,
      batch.mappingName,
      batch.full ? 1 : 0,
      JSON.stringify(EMPTY_COUNTS),
      batch.createdAt,
    );
  return Number(result.lastInsertRowid);
}

export function setBatchCounts(sqlite: Database.Database, batchId: number, counts: BatchCounts): void {
  sqlite.prepare('UPDATE import_batches SET counts = ? WHERE id = ?').run(JSON.stringify(counts), batchId);
}

export function markBatchUndone(sqlite: Database.Database, batchId: number, at: string): void {
  sqlite.prepare('UPDATE import_batches SET undone_at = ? WHERE id = ?').run(at, batchId);
}

interface RawBatch {
  id: number;
  file: string;
  file_hash: string;
  source: string;
  object: string;
  mapping_name: string;
  full_export: number;
  counts: string;
  created_at: string;
  undone_at: string | null;
}

function toBatch(row: RawBatch): BatchRow {
  return {
    id: row.id,
    file: row.file,
    fileHash: row.file_hash,
    source: row.source,
    object: row.object,
    mappingName: row.mapping_name,
    full: row.full_export === 1,
    counts: { ...EMPTY_COUNTS, ...(JSON.parse(row.counts) as Partial<BatchCounts>) },
    createdAt: row.created_at,
    undoneAt: row.undone_at,
  };
}

export function getBatch(sqlite: Database.Database, batchId: number): BatchRow | undefined {
  const row = sqlite.prepare('SELECT * FROM import_batches WHERE id = ?').get(batchId) as RawBatch | undefined;
  return row ? toBatch(row) : undefined;
}

/** Newest first, for the batch history. */
export function listBatches(sqlite: Database.Database): BatchRow[] {
  return (sqlite.prepare('SELECT * FROM import_batches ORDER BY id DESC').all() as RawBatch[]).map(toBatch);
}

export function listChanges(sqlite: Database.Database, batchId: number): BatchChange[] {
  return sqlite
    .prepare(
      `SELECT seq, table_name AS "table", row_key AS rowKey, action, previous
       FROM import_batch_changes WHERE batch_id = ? ORDER BY seq`,
    )
    .all(batchId) as BatchChange[];
}

/** Later batches, not undone, that wrote a row this batch also wrote: undoing this one would clobber them. */
export function laterBatchesTouchingSameRows(sqlite: Database.Database, batchId: number): number[] {
  const rows = sqlite
    .prepare(
      `SELECT DISTINCT later.batch_id AS id
       FROM import_batch_changes mine
       JOIN import_batch_changes later
         ON later.table_name = mine.table_name AND later.row_key = mine.row_key AND later.batch_id > mine.batch_id
       JOIN import_batches b ON b.id = later.batch_id AND b.undone_at IS NULL
       WHERE mine.batch_id = ?
       ORDER BY later.batch_id`,
    )
    .all(batchId) as { id: number }[];
  return rows.map((row) => row.id);
}
