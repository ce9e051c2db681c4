import { parentPort } from 'node:worker_threads';
import { AppError } from '../../../../shared/api/errors';
import { openWorkspace } from '../../db/workspace';
import { runImport } from '../run';
import type { FromWorker, ToWorker } from './protocol';

/**
 * The import worker: one run on its own connection to the workspace, in its own thread, with
 * its own bounded heap. The window (or the HTTP server) stays responsive while a million rows
 * are read, and what the run allocates is collected within the worker's limit.
 */
if (!parentPort) throw new Error('importWorker.ts runs as a worker thread only');
const port = parentPort;
const controller = new AbortController();
const send = (message: FromWorker) => port.postMessage(message);

port.on('message', (message: ToWorker) => {
  if (message.type === 'cancel') controller.abort();
  else void run(message);
});

async function run(start: Extract<ToWorker, { type: 'start' }>): Promise<void> {
  try {
    const now = new Date(start.nowIso);
    const workspace = await openWorkspace(start.dbPath, { ifMissing: 'fail', clock: () => now });
    try {
      const result = await runImport(workspace, start.tables, {
        full: start.full,
        dryRun: start.dryRun,
        clock: () => now,
        signal: controller.signal,
        readerThread: start.readerWorkerPath ? { workerPath: start.readerWorkerPath } : {},
        onProgress: (progress) => send({ type: 'progress', progress }),
      });
      send({ type: 'done', result });
    } finally {
      await workspace.close();
    }
  } catch (error) {
    send(
      error instanceof AppError
        ? { type: 'failed', error: error.toApiError() }
        : { type: 'failed', error: { code: 'INTERNAL', message: (error as Error).message }, ...stackOf(error) },
    );
  } finally {
    port.close();
  }
}

function stackOf(error: unknown): { stack?: string } {
  return error instanceof Error && error.stack ? { stack: error.stack } : {};
}
