import { AppError } from '../../../../shared/api/errors';
import type { TableImportSummary } from '../../../../shared/api/importDto';
import type { Workspace } from '../../db/workspace';
import { hashFile, mapTable, type MappedTable } from '../mapping';
import { openTableSource, openZipExport, type TableSource } from '../read';
import { commitImport } from '../sync';
import type { ImportRunResult, RunImportOptions, TableToImport } from './types';

class RunRollback extends Error {}

/**
 * Imports tables as one run: every table is its own batch in the history (undone one by one),
 * but the run is one transaction, so a cancel, a crash or a preview leaves nothing behind.
 */
export async function runImport(
  workspace: Workspace,
  tables: readonly TableToImport[],
  options: RunImportOptions,
): Promise<ImportRunResult> {
  const mapped: MappedTable[] = [];
  for (const [index, table] of tables.entries()) {
    if (options.signal?.aborted) return { dryRun: options.dryRun, cancelled: true, tables: [] };
    mapped.push(await readTable(table, options));
    options.onProgress?.({ label: labelOf(table), tableIndex: index, tableCount: tables.length, rows: mapped.at(-1)!.records.length, fraction: (index + 1) / (tables.length + 1) });
  }
  if (options.signal?.aborted) return { dryRun: options.dryRun, cancelled: true, tables: [] };
  const summaries: TableImportSummary[] = [];
  try {
    workspace.sqlite.transaction(() => {
      for (const table of mapped) {
        const summary = commitImport(workspace, table, { clock: options.clock });
        summaries.push({
          ...summary,
          batchId: options.dryRun ? null : summary.batchId,
          file: table.file,
          decisions: table.decisions.map((decision) => decision.message),
          warnings: table.warnings,
        });
      }
      if (options.dryRun) throw new RunRollback();
    }).immediate();
  } catch (error) {
    if (!(error instanceof RunRollback)) throw error;
  }
  options.onProgress?.({ label: 'done', tableIndex: tables.length - 1, tableCount: tables.length, rows: 0, fraction: 1 });
  return { dryRun: options.dryRun, cancelled: false, tables: summaries };
}

export function labelOf(table: TableToImport): string {
  return table.entry === undefined ? table.fileName : `${table.fileName}/${table.entry}`;
}

async function readTable(table: TableToImport, options: RunImportOptions): Promise<MappedTable> {
  const fileHash = await hashFile(table.path);
  const mapOptions = { file: labelOf(table), fileHash, full: options.full, ...(table.mappingName ? { mappingName: table.mappingName } : {}) };
  const readOptions = {
    ...(table.spec.encoding ? { encoding: table.spec.encoding } : {}),
    ...(table.spec.delimiter ? { delimiter: table.spec.delimiter } : {}),
    ...(table.sheet ? { sheet: table.sheet } : {}),
  };
  if (table.entry === undefined) {
    const source: TableSource = await openTableSource(table.path, readOptions, table.fileName);
    return mapTable(source, table.spec, mapOptions);
  }
  const zip = await openZipExport(table.path, table.fileName);
  try {
    if (!zip.entries.some((entry) => entry.name === table.entry)) {
      throw new AppError('BAD_INPUT', `${table.fileName}: has no entry ${table.entry}`);
    }
    return await mapTable(await zip.open(table.entry, readOptions), table.spec, mapOptions);
  } finally {
    zip.close();
  }
}
