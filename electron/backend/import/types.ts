import type { CustomValue } from '../../../shared/api/dto';
import type { ObjectName } from '../../../shared/domain/import/fields';

/**
 * The seam between mapping (file rows -> typed workbench fields) and sync (typed records ->
 * the workspace). Field names are the workbench's own (shared/domain/import/fields.ts).
 */

/** A problem with one cell or row, always with where it is. */
export interface RowError {
  file: string;
  /** 1-based line of the record in the file (as the readers report it). */
  row: number;
  /** The source column's header, or null for a whole-row problem. */
  column: string | null;
  reason: string;
}

/** One source row after mapping: typed workbench fields, and every other column kept. */
export interface MappedRecord {
  rowNumber: number;
  /** The CRM's id for the record (Salesforce ids already normalised to 18 characters). */
  externalId: string | null;
  /** Workbench fields by name, typed (dates as ISO text, numbers, booleans, enum values). */
  fields: Record<string, CustomValue>;
  /** Columns with no workbench field, under their original header. */
  custom: Record<string, CustomValue>;
}

export interface MappedBatch {
  file: string;
  /** sha256 of the file's bytes: the same file imported twice is recognised. */
  fileHash: string;
  /** Where the records come from ('salesforce', 'hubspot', or a mapping's "source"). */
  source: string;
  object: ObjectName;
  /** A full export: records of this source absent from it are flagged missing (never deleted). */
  full: boolean;
  /** Name of the mapping profile used, for the batch history. */
  mappingName: string;
  records: MappedRecord[];
  /** Rows that could not be mapped; they are reported, never half-written. */
  invalid: RowError[];
}

export interface ImportSummary {
  object: ObjectName;
  batchId: number | null;
  new: number;
  updated: number;
  unchanged: number;
  conflicts: number;
  invalid: number;
  missing: number;
  /** The first errors, for the command line and the preview. */
  errors: RowError[];
  /** Why each record matched (or not), by row number, for the preview. */
  matches: { row: number; recordId: number | null; rule: string }[];
}
