import { AppError } from '../../../../shared/api/errors';
import type { ImportRunResult } from '../../../../shared/api/importDto';
import type { Workspace } from '../../db/workspace';
import type { Clock, EventBus } from '../../types';
import { rescoreAfterImport } from '../rescoreAfterImport';
import { labelOf, runImport, type TableToImport } from '../run';
import { runImportInWorker } from '../worker';
import { throttleProgress } from './progressThrottle';
import { failWritesFast, openRunConnection } from './runConnection';

/** The import engine's entry point; a back-end may be given another (tests hold the write lock with one). */
export type RunImportFn = typeof runImport;

export interface ImportTask {
  /** The caller's name for the run: progress events carry it and imports.cancel takes it. */
  taskId: string;
  dryRun: boolean;
  full: boolean;
  /** Resolves the tables; runs inside the task, so BUSY and cancel cover it too. */
  tables: () => Promise<TableToImport[]>;
}

interface RunningTask {
  taskId: string;
  controller: AbortController;
  /** The run's result once it ends, or null when it failed. */
  finished: Promise<ImportRunResult | null>;
}

/** Progress goes out as a percentage of the whole run. */
const PROGRESS_TOTAL = 100;

/**
 * The import runs of one back-end: one at a time (a second is refused with BUSY), each on its
 * own connection (see runConnection.ts), reporting throttled progress events and stoppable by
 * its taskId with nothing written.
 */
export class ImportRunner {
  private current: RunningTask | null = null;

  constructor(
    private readonly deps: {
      events: EventBus;
      clock: Clock;
      runImport?: RunImportFn | undefined;
      /** The packaged app's bundled import worker (default: the TypeScript source through tsx). */
      importWorkerPath?: string | undefined;
    },
  ) {}

  isRunning(): boolean {
    return this.current !== null;
  }

  assertIdle(): void {
    if (this.current) {
      throw new AppError('BUSY', `An import is already running (task ${this.current.taskId}); wait for it to finish or cancel it`, {
        taskId: this.current.taskId,
      });
    }
  }

  async run(workspace: Workspace, task: ImportTask): Promise<ImportRunResult> {
    this.assertIdle();
    let settle: (result: ImportRunResult | null) => void = () => undefined;
    const slot: RunningTask = {
      taskId: task.taskId,
      controller: new AbortController(),
      finished: new Promise((resolve) => (settle = resolve)),
    };
    // Taken before the first await, so a second call in the same tick already sees it.
    this.current = slot;
    try {
      const result = await this.execute(workspace, task, slot.controller.signal);
      if (!result.cancelled && !task.dryRun) rescoreAfterImport(workspace, result.tables.map((table) => table.batchId), this.deps.clock());
      settle(result);
      return result;
    } catch (error) {
      settle(null);
      throw error;
    } finally {
      if (this.current === slot) this.current = null;
    }
  }

  /**
   * Stops the run with that taskId and waits for it to end. True when it ended with nothing
   * written; false when there was no such run, or it had finished writing before it noticed.
   */
  async cancel(taskId: string): Promise<boolean> {
    const running = this.current;
    if (!running || running.taskId !== taskId) return false;
    running.controller.abort();
    const result = await running.finished;
    return result === null || result.cancelled;
  }

  /** Cancels whatever runs and waits for it (the back-end is closing). */
  async stop(): Promise<void> {
    const running = this.current;
    if (!running) return;
    running.controller.abort();
    await running.finished;
  }

  private async execute(workspace: Workspace, task: ImportTask, signal: AbortSignal): Promise<ImportRunResult> {
    const cancelled: ImportRunResult = { dryRun: task.dryRun, cancelled: true, tables: [] };
    const tables = await task.tables();
    if (signal.aborted) return cancelled;
    const progress = throttleProgress((event) => this.deps.events.emit('progress', event));
    const report = (label: string, fraction: number) =>
      progress.push({ taskId: task.taskId, label, done: Math.round(fraction * PROGRESS_TOTAL), total: PROGRESS_TOTAL });
    // A file workspace imports in a worker thread (own connection, bounded heap, this thread
    // free); an in-memory one, or an engine a test injects, runs here on a second connection.
    const inWorker = workspace.path !== ':memory:' && this.deps.runImport === undefined;
    const run = inWorker ? null : openRunConnection(workspace);
    const separate = inWorker || (run?.separate ?? false);
    const restoreWaits = separate ? failWritesFast(workspace.sqlite) : () => undefined;
    const options = {
      full: task.full,
      dryRun: task.dryRun,
      clock: this.deps.clock,
      signal,
      onProgress: (step: { label: string; fraction: number }) => report(step.label, step.fraction),
    };
    try {
      report(tables[0] ? labelOf(tables[0]) : '', 0);
      const result = run
        ? await (this.deps.runImport ?? runImport)(run.workspace, tables, options)
        : await runImportInWorker(workspace.path, tables, {
            ...options,
            ...(this.deps.importWorkerPath ? { workerPath: this.deps.importWorkerPath } : {}),
          });
      if (!result.cancelled) progress.flush();
      return result;
    } catch (error) {
      if (signal.aborted && isAbort(error)) return cancelled;
      throw error;
    } finally {
      progress.stop();
      restoreWaits();
      await run?.workspace.close();
    }
  }
}

function isAbort(error: unknown): boolean {
  return (error instanceof AppError && error.code === 'CANCELLED') || (error instanceof Error && error.name === 'AbortError');
}
