import type { CustomValue } from '../../../shared/api/dto';
import type { ObjectName } from '../../../shared/domain/import/fields';
import type { RowError } from '../../../shared/api/importDto';

export type { ImportSummary, RowError } from '../../../shared/api/importDto';

/**
 * The seam between mapping (file rows -> typed workbench fields) and sync (typed records ->
 * the workspace). Field names are the workbench's own (shared/domain/import/fields.ts).
 */

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

/** Everything about a batch but its rows. */
export interface BatchMeta {
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
}

/** A batch held whole in memory (tests, small files); big files stream through BatchSync. */
export interface MappedBatch extends BatchMeta {
  records: MappedRecord[];
  /** Rows that could not be mapped; they are reported, never half-written. */
  invalid: RowError[];
}

