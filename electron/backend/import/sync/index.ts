/** The CRM import sync engine: MappedBatch in, ImportSummary out (see ../types.ts). */
export { planImport } from './plan';
export { previewImports } from './preview';
export { commitImport, type CommitOptions } from './commit';
export { undoBatch } from './undo';
export { listConflicts, resolveConflicts, type SyncConflict } from './conflicts';
