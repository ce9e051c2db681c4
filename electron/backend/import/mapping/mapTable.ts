import type { CustomValue } from '../../../../shared/api/dto';
import type { FieldSpec } from '../../../../shared/domain/import/fields';
import type { TableRow, TableSource } from '../read';
import type { BatchMeta, MappedBatch, MappedRecord, RowError } from '../types';
import { planColumns, type PlannedColumn } from './columnPlan';
import { decideColumns, sampleColumns, type MappingDecision } from './columnDecisions';
import { convertCell } from './convertCell';
import type { MappingSpec } from './spec';

export interface MapTableOptions {
  /** The file as the user named it: it appears in every RowError. */
  file: string;
  fileHash: string;
  /** For the batch history; defaults to the spec's source. */
  mappingName?: string;
  /** A full export (records absent from it are flagged missing); default false. */
  full?: boolean;
}

/** What mapping decided and noticed about a table, for the preview and the command line. */
export interface MappingNotes {
  decisions: MappingDecision[];
  /** Mapping columns the file lacks, and the reader's own warnings (complete once rows are read). */
  warnings: string[];
}

/** The batch plus what mapping decided and noticed. */
export interface MappedTable extends MappedBatch, MappingNotes {}

/** Rows mapped so far: the good records, and the refused rows with one error per bad cell. */
export interface MappedChunk {
  records: MappedRecord[];
  errors: RowError[];
  invalidRows: number;
  /** The external ids of refused rows, when their id cell was readable. */
  invalidExternalIds: string[];
}

/** A table being mapped: its conventions are settled, its rows are read as they are asked for. */
export interface MappedStream extends BatchMeta, MappingNotes {
  /** The workbench fields the mapping feeds. */
  fields: string[];
  /** The rows, mapped, in chunks of about `size` records; reads the file afresh on every call. */
  chunks(size: number): AsyncIterable<MappedChunk>;
}

type MappedColumn = PlannedColumn & { field: FieldSpec };

/**
 * Reads a table through a mapping: each mapped cell becomes its field's type, every other
 * column is kept as text under its header. A row with any bad cell is left out whole and
 * reported once per bad cell. Reads a sample first to settle each column's conventions
 * (date order, decimal mark), then streams every row.
 */
export async function openMappedTable(table: TableSource, spec: MappingSpec, options: MapTableOptions): Promise<MappedStream> {
  const plan = planColumns(table.header, spec);
  const samples = await sampleColumns(table, plan.columns);
  const decisions = decideColumns(plan.columns, samples, {
    ...(spec.dateOrder !== undefined ? { dateOrder: spec.dateOrder } : {}),
    salesforceSource: spec.source === 'salesforce',
  });
  const mapped = plan.columns.filter((c): c is MappedColumn => c.field !== null);
  const unmapped = plan.columns.filter((c) => c.field === null);
  const idColumn = mapped.find((column) => column.field.name === 'externalId');
  const warnings = [...plan.warnings];
  async function* chunks(size: number): AsyncIterable<MappedChunk> {
    let chunk: MappedChunk = { records: [], errors: [], invalidRows: 0, invalidExternalIds: [] };
    for await (const rows of table.rowBatches ? table.rowBatches() : oneByOne(table.rows())) {
      for (const row of rows) {
        if (row.cells.every((cell) => cell.trim() === '')) continue;
        const result = mapRow(row, mapped, unmapped, options.file);
        if ('errors' in result) {
          chunk.errors.push(...result.errors);
          chunk.invalidRows += 1;
          const id = idColumn ? convertCell(idColumn, row.cells[idColumn.index] ?? '') : null;
          if (id?.ok && typeof id.value === 'string' && id.value !== '') chunk.invalidExternalIds.push(id.value);
        } else chunk.records.push(result);
        if (chunk.records.length + chunk.invalidRows >= size) {
          yield chunk;
          chunk = { records: [], errors: [], invalidRows: 0, invalidExternalIds: [] };
        }
      }
    }
    warnings.push(...table.warnings);
    if (chunk.records.length + chunk.invalidRows > 0) yield chunk;
  }
  return {
    file: options.file,
    fileHash: options.fileHash,
    source: spec.source,
    object: spec.object,
    full: options.full ?? false,
    mappingName: options.mappingName ?? spec.source,
    decisions,
    warnings,
    fields: mapped.map((column) => column.field.name),
    chunks,
  };
}

/** The whole table mapped in memory (small files and tests); imports stream openMappedTable. */
export async function mapTable(table: TableSource, spec: MappingSpec, options: MapTableOptions): Promise<MappedTable> {
  const stream = await openMappedTable(table, spec, options);
  const records: MappedRecord[] = [];
  const invalid: RowError[] = [];
  for await (const chunk of stream.chunks(10_000)) {
    records.push(...chunk.records);
    invalid.push(...chunk.errors);
  }
  const { chunks: _chunks, fields: _fields, ...meta } = stream;
  return { ...meta, records, invalid };
}

function mapRow(row: TableRow, mapped: readonly MappedColumn[], unmapped: readonly PlannedColumn[], file: string): MappedRecord | { errors: RowError[] } {
  const fields: Record<string, CustomValue> = {};
  let errors: RowError[] | null = null; // made only for a row that has one
  for (const column of mapped) {
    const result = convertCell(column, row.cells[column.index] ?? '');
    if (result.ok) fields[column.field.name] = result.value;
    else (errors ??= []).push({ file, row: row.rowNumber, column: column.header, reason: oneLine(result.reason) });
  }
  if (errors !== null) return { errors };
  const custom: Record<string, CustomValue> = {};
  for (const column of unmapped) {
    const text = (row.cells[column.index] ?? '').trim();
    custom[column.header] = text === '' ? null : text;
  }
  const externalId = fields.externalId;
  return { rowNumber: row.rowNumber, externalId: typeof externalId === 'string' ? externalId : null, fields, custom };
}

/** Rows of a source that has no batches, as batches of one. */
async function* oneByOne(rows: AsyncIterable<TableRow>): AsyncIterable<TableRow[]> {
  for await (const row of rows) yield [row];
}

/** A reason quotes the bad value; a line break in it would split the message the user reads. */
function oneLine(reason: string): string {
  return reason.replace(/\r\n|\r|\n/g, '\\n');
}
