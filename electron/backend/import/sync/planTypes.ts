import type { CustomFields, CustomValue } from '../../../../shared/api/dto';
import type { BatchCounts } from '../../db/repos/imports';
import type { MappedBatch, RowError } from '../types';
import type { SyncObject } from './objects/types';
import type { ExistingState } from './recordState';

export interface PlannedConflict {
  field: string;
  local: CustomValue;
  incoming: CustomValue;
  lastImportedJson: string | null;
  /** Older open conflicts on the same field, replaced by this one. */
  supersedes: number[];
}

export interface RecordPlan {
  row: number;
  externalId: string | null;
  /** The matched record, or null for a new (or invalid) one. */
  recordId: number | null;
  action: 'new' | 'updated' | 'unchanged' | 'conflict';
  rule: string;
  /** Link this record to its external id (new records, and records matched by natural key). */
  addExternalId: boolean;
  /** New record: every column; existing one: only the columns taken from the CRM. */
  columns: Record<string, CustomValue>;
  /** The whole new custom_fields object, or null when it does not change. */
  customFields: CustomFields | null;
  /** Last-imported values to remember, by field name (custom:<key> for custom fields). */
  remember: Record<string, CustomValue>;
  conflicts: PlannedConflict[];
  /** The record was flagged missing for this source and is back. */
  clearMissing: boolean;
  /** What the workspace held for a matched record (null for a new or invalid one). */
  existing: ExistingState | null;
}

export interface SyncPlan {
  object: SyncObject;
  batch: MappedBatch;
  records: RecordPlan[];
  /** Records of this source absent from a full batch that are not flagged yet. */
  flagMissing: number[];
  counts: BatchCounts;
  errors: RowError[];
}
