import type { FieldType, ObjectName } from '../domain/import/fields';
import type { ProfileName } from '../domain/import/profiles';
import type { MappingSpec } from './mappingSpec';

/**
 * What crosses the seam for the Import wizard and the Sync review screen. Files are staged
 * first (the browser build uploads the bytes, the desktop app registers the chosen path) and
 * are then named by their fileId.
 */

export interface StagedFile {
  fileId: string;
  name: string;
  size: number;
}

/** A problem with one cell or row, always with where it is. */
export interface RowError {
  file: string;
  /** 1-based line of the record in the file (as the readers report it). */
  row: number;
  /** The source column's header, or null for a whole-row problem. */
  column: string | null;
  reason: string;
}

export interface InspectedColumn {
  index: number;
  header: string;
  /** The first non-empty values of the first 20 rows, as text. */
  samples: string[];
  /** The workbench field the mapping proposes, or null: kept as a custom field. */
  field: string | null;
  type: FieldType | null;
}

/** One table of a staged file (a ZIP export gives one per object CSV inside). */
export interface InspectedTable {
  /** Names this table in a preview or commit: the fileId, plus "/entry" inside a ZIP. */
  tableKey: string;
  fileId: string;
  /** The file name, or "export.zip/Account.csv". */
  label: string;
  encoding: string | null;
  delimiter: string | null;
  /** XLSX: the sheet read, and every sheet of the workbook. */
  sheet: string | null;
  sheets: string[];
  profile: ProfileName;
  /** The object the header reads as, or null when nothing matched (the user must choose). */
  object: ObjectName | null;
  /** The CRM's own object name when known (Salesforce "Account", HubSpot "companies"). */
  sourceObject: string | null;
  header: string[];
  columns: InspectedColumn[];
  /** The proposed mapping: a saved profile for this header set, else the detected one. */
  mapping: MappingSpec | null;
  /** The saved mapping profile reused for this header set, if any. */
  savedMapping: string | null;
  warnings: string[];
}

/** The user's choice for one table in a preview or commit. */
export interface TableChoice {
  tableKey: string;
  mapping: MappingSpec;
  sheet?: string;
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
  /** Why each record matched (or not), by row number, for the preview (the first ones only on big files). */
  matches: { row: number; recordId: number | null; rule: string }[];
}

/** One table's result, with what mapping decided (date orders, decimal marks) in words. */
export interface TableImportSummary extends ImportSummary {
  file: string;
  decisions: string[];
  warnings: string[];
}

export interface ImportRunResult {
  dryRun: boolean;
  /** True when the user cancelled: nothing of the run was written. */
  cancelled: boolean;
  tables: TableImportSummary[];
}

/** A mapping the user saved by name; reused when a file with the same header set comes back. */
export interface SavedMapping {
  name: string;
  header: string[];
  mapping: MappingSpec;
  updatedAt: string;
}

/** A record absent from a full export of its source: flagged, never deleted. */
export interface MissingRecord {
  entity: string;
  entityId: number;
  source: string;
  /** The record in words ("Acme Corp", "jane@acme.com"). */
  label: string;
  batchId: number;
  flaggedAt: string;
}
