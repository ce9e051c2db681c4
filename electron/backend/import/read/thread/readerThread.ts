import { Worker } from 'node:worker_threads';
import type { ByteSourceAddress } from '../byteSource';
import type { CsvRecord, RecordStreamEnd } from '../csvRecords';
import { ImportReadError } from '../readError';
import type { FromReader, ReaderFailure, ToReader } from './protocol';

/** Below this a table is parsed inline: a thread is not worth starting for it. */
export const READER_THREAD_MIN_BYTES = 4 * 1024 * 1024;

/**
 * Batches the reader may have sent and not yet had read: enough that parsing never waits on a
 * short stall of the import thread, few enough that the records in flight stay a few megabytes.
 */
const BATCHES_AHEAD = 8;

/** The reader's own heap: it holds a few batches at a time. */
const READER_HEAP_MB = 64;

export interface ReaderThreadOptions {
  /**
   * The thread's script. Default: the TypeScript source through tsx (csvReaderBootstrap.cjs);
   * the packaged desktop app passes its bundled csvReaderWorker.cjs.
   */
  workerPath?: string | URL | undefined;
  /** Smaller tables are read inline (default READER_THREAD_MIN_BYTES). */
  minBytes?: number;
}

export interface ReadInThreadRequest {
  address: ByteSourceAddress;
  displayName: string;
  encoding: string;
  delimiter: string;
  onBytesRead?: (bytes: number) => void;
  onEnd?: (end: RecordStreamEnd) => void;
}

/**
 * A thread that parses CSV tables, one after the other, while the caller's thread maps and
 * writes what it sends: readCsvRecordBatches on another core. One thread serves a whole import
 * run, so its start is paid once; it starts on first use (or warmUp) and ends with close().
 */
export class ReaderThread {
  /** Smaller tables are read inline. */
  readonly minBytes: number;
  /** The running thread and its messages: listened to from its start, so a thread that dies before a read is noticed, not an uncaught error. */
  private running: { worker: Worker; inbox: Inbox } | null = null;
  private busy = false;

  constructor(private readonly options: ReaderThreadOptions = {}) {
    this.minBytes = options.minBytes ?? READER_THREAD_MIN_BYTES;
  }

  get isRunning(): boolean {
    return this.running !== null;
  }

  /** Starts the thread now, so it is ready by the time the rows are wanted. */
  warmUp(): { worker: Worker; inbox: Inbox } {
    if (this.running) return this.running;
    const worker = new Worker(this.options.workerPath ?? new URL('./csvReaderBootstrap.cjs', import.meta.url), {
      resourceLimits: { maxOldGenerationSizeMb: READER_HEAP_MB },
    });
    this.running = { worker, inbox: new Inbox(worker) };
    return this.running;
  }

  /**
   * The records of one table in batches, as readCsvRecordBatches gives them: the same end report,
   * and the same errors (an ImportReadError naming file, line and column arrives as one).
   * Stopping early ends the thread; the next read starts another.
   */
  async *read(request: ReadInThreadRequest): AsyncGenerator<CsvRecord[]> {
    if (this.busy) throw new Error('ReaderThread reads one table at a time');
    this.busy = true;
    const { worker, inbox } = this.warmUp();
    const post = (message: ToReader) => worker.postMessage(message);
    const { address, displayName, encoding, delimiter } = request;
    post({ type: 'start', address, displayName, encoding, delimiter, credits: BATCHES_AHEAD });
    let finished = false;
    try {
      for (;;) {
        const message = await inbox.next();
        if (message.type === 'failed') {
          finished = true;
          throw rebuildFailure(message.failure);
        }
        request.onBytesRead?.(message.bytesRead);
        if (message.type === 'end') {
          finished = true;
          request.onEnd?.({ nulsRemoved: message.nulsRemoved });
          return;
        }
        post({ type: 'credit', batches: 1 });
        yield message.records;
      }
    } finally {
      this.busy = false;
      // A read left halfway (or a thread that died) would send stale batches to the next one.
      if (!finished || inbox.failed) await this.close();
    }
  }

  async close(): Promise<void> {
    const running = this.running;
    this.running = null;
    running?.inbox.close();
    await running?.worker.terminate();
  }
}

/** The worker's messages in order, awaited one at a time; its crash or exit becomes an error. */
class Inbox {
  private readonly queue: FromReader[] = [];
  private failure: Error | null = null;
  private waiting: { resolve: (message: FromReader) => void; reject: (error: Error) => void } | null = null;
  private closed = false;

  constructor(private readonly worker: Worker) {
    worker.on('message', this.onMessage);
    worker.on('error', this.onError);
    worker.on('exit', this.onExit);
  }

  get failed(): boolean {
    return this.failure !== null;
  }

  next(): Promise<FromReader> {
    const queued = this.queue.shift();
    if (queued) return Promise.resolve(queued);
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => (this.waiting = { resolve, reject }));
  }

  close(): void {
    this.closed = true;
    this.worker.off('message', this.onMessage);
    this.worker.off('error', this.onError);
    this.worker.off('exit', this.onExit);
  }

  private readonly onMessage = (message: FromReader) => {
    const waiting = this.waiting;
    if (waiting) {
      this.waiting = null;
      waiting.resolve(message);
    } else this.queue.push(message);
  };

  private readonly onError = (error: Error) => this.fail(new Error(`the CSV reader thread failed: ${error.message}`));

  private readonly onExit = (code: number) => this.fail(new Error(`the CSV reader thread stopped (exit ${code})`));

  private fail(error: Error): void {
    if (this.closed || this.failure) return;
    this.failure = error;
    const waiting = this.waiting;
    this.waiting = null;
    waiting?.reject(error);
  }
}

function rebuildFailure(failure: ReaderFailure): Error {
  if (failure.kind === 'read') return new ImportReadError(failure.fileName, failure.problem, failure.place);
  return new Error(failure.message);
}
