/** Import runs: tables (each with its mapping) in, one transaction, summaries out. */
export { CHUNK_RECORDS, runImport, labelOf } from './runImport';
export { tablesFromFiles, type TablesFromFilesOptions, type ProfileChoice } from './tablesFromFiles';
export type { ImportProgress, ImportRunResult, RunImportOptions, TableToImport } from './types';
