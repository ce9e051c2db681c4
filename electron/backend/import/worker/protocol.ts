import type { ApiError } from '../../../../shared/api/errors';
import type { ImportProgress, ImportRunResult, TableToImport } from '../run/types';

/** What the parent sends the import worker. */
export type ToWorker =
  | {
      type: 'start';
      dbPath: string;
      tables: TableToImport[];
      full: boolean;
      dryRun: boolean;
      nowIso: string;
      /** The CSV reader thread's bundled script; absent when running from source. */
      readerWorkerPath?: string;
    }
  | { type: 'cancel' };

/** What the import worker sends back. */
export type FromWorker =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'done'; result: ImportRunResult }
  | { type: 'failed'; error: ApiError; stack?: string };
