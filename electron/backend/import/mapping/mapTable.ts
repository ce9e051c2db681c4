import type { CustomValue } from '../../../../shared/api/dto';
import type { FieldSpec } from '../../../../shared/domain/import/fields';
import type { TableRow, TableSource } from '../read';
import type { MappedBatch, MappedRecord, RowError } from '../types';
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

/** The batch plus what mapping decided and noticed, for the preview and the command line. */
export interface MappedTable extends MappedBatch {
  decisions: MappingDecision[];
  /** Mapping columns the file lacks, and the reader's own warnings. */
  warnings: string[];
}

type MappedColumn = PlannedColumn & { field: FieldSpec };

/**
 * Reads a table through a mapping: each mapped cell becomes its field's type, every other
 * column is kept as text under its header. A row with any bad cell is left out whole and
 * reported once per bad cell. Reads the file twice: first a sample to settle each column's
 * conventions, then every row.
 */
export async function mapTable(table: TableSource, spec: MappingSpec, options: MapTableOptions): Promise<MappedTable> {
  const plan = planColumns(table.header, spec);
  const samples = await sampleColumns(table, plan.columns);
  const decisions = decideColumns(plan.columns, samples, {
    ...(spec.dateOrder !== undefined ? { dateOrder: spec.dateOrder } : {}),
    salesforceSource: spec.source === 'salesforce',
  });
  const mapped = plan.columns.filter((c): c is MappedColumn => c.field !== null);
  const unmapped = plan.columns.filter((c) => c.field === null);
  const records: MappedRecord[] = [];
  const invalid: RowError[] = [];
  for await (const row of table.rows()) {
    if (row.cells.every((cell) => cell.trim() === '')) continue;
    const result = mapRow(row, mapped, unmapped, options.file);
    if ('errors' in result) invalid.push(...result.errors);
    else records.push(result);
  }
  return {
    file: options.file,
    fileHash: options.fileHash,
    source: spec.source,
    object: spec.object,
    full: options.full ?? false,
    mappingName: options.mappingName ?? spec.source,
    records,
    invalid,
    decisions,
    warnings: [...plan.warnings, ...table.warnings],
  };
}

function mapRow(row: TableRow, mapped: readonly MappedColumn[], unmapped: readonly PlannedColumn[], file: string): MappedRecord | { errors: RowError[] } {
  const fields: Record<string, CustomValue> = {};
  const errors: RowError[] = [];
  for (const column of mapped) {
    const result = convertCell(column, row.cells[column.index] ?? '');
    if (result.ok) fields[column.field.name] = result.value;
    else errors.push({ file, row: row.rowNumber, column: column.header, reason: result.reason });
  }
  if (errors.length > 0) return { errors };
  const custom: Record<string, CustomValue> = {};
  for (const column of unmapped) {
    const text = (row.cells[column.index] ?? '').trim();
    custom[column.header] = text === '' ? null : text;
  }
  const externalId = fields.externalId;
  return { rowNumber: row.rowNumber, externalId: typeof externalId === 'string' ? externalId : null, fields, custom };
}
