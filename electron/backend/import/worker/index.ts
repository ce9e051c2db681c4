/** Imports run in a worker thread with its own connection and a bounded heap. */
export { IMPORT_WORKER_HEAP_MB, readerWorkerPathFor, runImportInWorker, type WorkerRunOptions } from './runInWorker';
