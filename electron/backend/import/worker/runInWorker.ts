import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../../../shared/api/errors';
import type { ImportRunResult, RunImportOptions, TableToImport } from '../run/types';
import type { FromWorker, ToWorker } from './protocol';

/** The CSV reader thread's bundle, written beside the import worker's (scripts/build-electron.mjs). */
export const CSV_READER_BUNDLE = 'csvReaderWorker.cjs';

/** A bundled import worker starts the bundled reader beside it (from source, each runs its own TypeScript). */
export function readerWorkerPathFor(importWorkerPath: string): string {
  return path.join(path.dirname(importWorkerPath), CSV_READER_BUNDLE);
}

/** The worker's heap ceiling: a run streams, so what it holds at once is small; garbage is collected within this. */
export const IMPORT_WORKER_HEAP_MB = 256;

export interface WorkerRunOptions extends RunImportOptions {
  /**
   * The worker's script. Default: the TypeScript source through tsx (devBootstrap.mjs: the CLI,
   * the browser build's server, tests). The packaged desktop app passes its bundled importWorker.cjs.
   */
  workerPath?: string;
}

/**
 * runImport in a worker thread on its own connection to the workspace file: the caller's
 * thread stays free (the window, the HTTP server), the caller's connection is never inside the
 * run's transaction, and a cancel rolls the whole run back in the worker.
 */
export function runImportInWorker(dbPath: string, tables: readonly TableToImport[], options: WorkerRunOptions): Promise<ImportRunResult> {
  const worker = new Worker(options.workerPath ?? new URL('./devBootstrap.mjs', import.meta.url), {
    resourceLimits: { maxOldGenerationSizeMb: IMPORT_WORKER_HEAP_MB },
  });
  const post = (message: ToWorker) => worker.postMessage(message);
  return new Promise<ImportRunResult>((resolve, reject) => {
    let settled = false;
    const settle = (finish: () => void) => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener('abort', onAbort);
      finish();
    };
    const onAbort = () => post({ type: 'cancel' });
    options.signal?.addEventListener('abort', onAbort);
    worker.on('message', (message: FromWorker) => {
      if (message.type === 'progress') options.onProgress?.(message.progress);
      else if (message.type === 'done') settle(() => resolve(message.result));
      else settle(() => reject(new AppError(message.error.code, message.error.message, message.error.details)));
    });
    worker.on('error', (error) =>
      settle(() => reject(new AppError('INTERNAL', `The import stopped: ${describeWorkerError(error)}. Nothing of it was written.`))),
    );
    worker.on('exit', (code) =>
      settle(() => reject(new AppError('INTERNAL', `The import stopped (worker exit ${code}). Nothing of it was written.`))),
    );
    post({
      type: 'start',
      dbPath,
      tables: [...tables],
      full: options.full,
      dryRun: options.dryRun,
      nowIso: options.clock().toISOString(),
      ...(options.workerPath ? { readerWorkerPath: readerWorkerPathFor(options.workerPath) } : {}),
    });
    if (options.signal?.aborted) onAbort();
  });
}

function describeWorkerError(error: Error): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ERR_WORKER_OUT_OF_MEMORY') return `it needed more than ${IMPORT_WORKER_HEAP_MB} MB of memory`;
  return error.message;
}
