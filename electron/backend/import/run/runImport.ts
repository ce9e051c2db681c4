import { AppError } from '../../../../shared/api/errors';
import type { TableImportSummary } from '../../../../shared/api/importDto';
import type { Workspace } from '../../db/workspace';
import { hashFile, openMappedTable, type MappedStream } from '../mapping';
import { openTableSource, openZipExport, type TableSource } from '../read';
import { ReaderThread } from '../read/thread/readerThread';
import { BatchSync } from '../sync';
import { RunProgress } from './progress';
import type { ImportRunResult, RunImportOptions, TableToImport } from './types';

/** Records matched together (duplicates within a chunk, the order of its summary lines): see BatchSync. */
export const CHUNK_RECORDS = 2000;
/**
 * A chunk is read, matched and written in parts of this many records: a record then lives for a
 * few milliseconds, not for the whole chunk, and the garbage collector copies far less (at
 * 100,000 accounts its pauses were an eighth of the import with whole chunks). Divides CHUNK_RECORDS.
 */
const PART_RECORDS = 250;

class RunCancelled extends Error {}

/**
 * Imports tables as one run: each table is its own batch in the history (undone one by one),
 * but the run is one transaction, so a cancel, a crash, a kill or a preview leaves nothing
 * behind. Rows stream from the file in chunks; the run never holds a whole file in memory.
 *
 * The transaction stays open across the reads' awaits, so nothing else may write on this
 * connection meanwhile: give a run its own connection when others share the workspace.
 */
export async function runImport(
  workspace: Workspace,
  tables: readonly TableToImport[],
  options: RunImportOptions,
): Promise<ImportRunResult> {
  const { sqlite } = workspace;
  const cancelled: ImportRunResult = { dryRun: options.dryRun, cancelled: true, tables: [] };
  if (options.signal?.aborted) return cancelled;
  const now = options.clock().toISOString();
  const progress = new RunProgress(tables.map(labelOf), options.onProgress);
  const summaries: TableImportSummary[] = [];
  // Parsing runs beside mapping and writing, on the machine's other core.
  const readerThread = options.readerThread === false ? null : new ReaderThread(options.readerThread);
  // The tables of a ZIP export share its file: hashed once, not once per entry.
  const fileHashes = new Map<string, Promise<string>>();
  const hashOnce = (filePath: string) => {
    let hash = fileHashes.get(filePath);
    if (!hash) fileHashes.set(filePath, (hash = hashFile(filePath)));
    return hash;
  };
  sqlite.pragma('cache_size = -65536');
  sqlite.exec('BEGIN IMMEDIATE');
  try {
    for (const [index, table] of tables.entries()) {
      summaries.push(await importTable(workspace, table, { index, now, progress, readerThread, hashOnce }, options));
    }
    if (options.signal?.aborted) throw new RunCancelled();
    sqlite.exec(options.dryRun ? 'ROLLBACK' : 'COMMIT');
  } catch (error) {
    if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
    if (error instanceof RunCancelled) return cancelled;
    throw error;
  } finally {
    await readerThread?.close();
  }
  progress.finished();
  return {
    dryRun: options.dryRun,
    cancelled: false,
    tables: options.dryRun ? summaries.map((summary) => ({ ...summary, batchId: null })) : summaries,
  };
}

export function labelOf(table: TableToImport): string {
  return table.entry === undefined ? table.fileName : `${table.fileName}/${table.entry}`;
}

/** What the tables of one run share. */
interface RunContext {
  /** The table's 0-based place in the run. */
  index: number;
  now: string;
  progress: RunProgress;
  readerThread: ReaderThread | null;
  /** sha256 of a file, read once per run. */
  hashOnce: (filePath: string) => Promise<string>;
}

async function importTable(
  workspace: Workspace,
  table: TableToImport,
  { index, now, progress, readerThread, hashOnce }: RunContext,
  options: RunImportOptions,
): Promise<TableImportSummary> {
  return withTableSource(table, readerThread, async (source) => {
    const stream: MappedStream = await openMappedTable(source, table.spec, {
      file: labelOf(table),
      fileHash: await hashOnce(table.path),
      full: options.full,
      ...(table.mappingName ? { mappingName: table.mappingName } : {}),
    });
    const sync = new BatchSync(workspace.sqlite, stream, { now, fields: stream.fields, preview: options.dryRun, continuesRun: index > 0 });
    let rows = 0;
    for await (const part of stream.chunks(PART_RECORDS)) {
      if (options.signal?.aborted) throw new RunCancelled();
      sync.addInvalidRows(part.errors, part.invalidRows, part.invalidExternalIds);
      sync.addRecordsPart(part.records);
      rows += part.records.length + part.invalidRows;
      if (rows % CHUNK_RECORDS !== 0) continue;
      sync.endChunk();
      progress.update(index, rows, source.progress());
    }
    // Progress is told chunk by chunk, the last one however short.
    if (rows % CHUNK_RECORDS !== 0) progress.update(index, rows, source.progress());
    const summary = sync.finish();
    return { ...summary, file: stream.file, decisions: stream.decisions.map((decision) => decision.message), warnings: stream.warnings };
  });
}

/** Opens the table's file (or its entry inside a ZIP export) for the duration of `work`. */
async function withTableSource<T>(
  table: TableToImport,
  readerThread: ReaderThread | null,
  work: (source: TableSource) => Promise<T>,
): Promise<T> {
  const readOptions = {
    ...(readerThread ? { readerThread } : {}),
    ...(table.spec.encoding ? { encoding: table.spec.encoding } : {}),
    ...(table.spec.delimiter ? { delimiter: table.spec.delimiter } : {}),
    ...(table.sheet ? { sheet: table.sheet } : {}),
  };
  if (table.entry === undefined) return work(await openTableSource(table.path, readOptions, table.fileName));
  const zip = await openZipExport(table.path, table.fileName);
  try {
    if (!zip.entries.some((entry) => entry.name === table.entry)) {
      throw new AppError('BAD_INPUT', `${table.fileName}: has no entry ${table.entry}`);
    }
    return await work(await zip.open(table.entry, readOptions));
  } finally {
    zip.close();
  }
}
