/** The CRM import sync engine: mapped records in, ImportSummary out (see ../types.ts). */
export { BatchSync, MAX_SUMMARY_ERRORS, MAX_SUMMARY_MATCHES } from './batchSync';
export { planImport } from './plan';
export { commitImport, type CommitOptions } from './commit';
export { undoBatch } from './undo';
export { listConflicts, resolveConflicts, type SyncConflict } from './conflicts';
