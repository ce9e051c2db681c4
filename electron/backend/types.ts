import type { BackendEvent, EventMap, EventName, Method, Output, StagedFile } from '../../shared/api';
import type { RunImportFn } from './import/wizard/importRunner';

export type Clock = () => Date;

export type EventListener = (event: BackendEvent) => void;

export interface EventBus {
  emit<E extends EventName>(name: E, payload: EventMap[E]): void;
  /** Returns an unsubscribe function. */
  subscribe(listener: EventListener): () => void;
}

export interface BackendOptions {
  /** The workspace file. Created (empty) when it does not exist and `create` is not false. */
  dbPath: string;
  clock?: Clock;
  /** When the workspace file does not exist: create an empty one (default), the demo one, or refuse. */
  ifMissing?: 'empty' | 'demo' | 'fail';
  /** Folder where `workspace.create` puts new workspaces when no path is given. */
  workspacesDir?: string;
  /** The app settings file in which a workspace opened or created in the app is remembered. */
  settingsPath?: string;
  /** Where the browser build's uploads are kept until the back-end closes (default: the OS temp folder). */
  tempDir?: string;
  /** The import engine (default: import/run's runImport); tests pass one that holds the write lock. */
  runImport?: RunImportFn;
  /** The bundled import worker script (the packaged desktop app); default: the TypeScript source. */
  importWorkerPath?: string;
}

export interface Backend {
  /**
   * The single entry point. Validates `input` against the contract, runs the handler and
   * resolves with its output, or rejects with an AppError (never a raw exception).
   */
  dispatch<M extends Method>(method: M, input: unknown): Promise<Output<M>>;
  /** Same as dispatch but for an untyped method name from a transport. */
  dispatchUnknown(method: string, input: unknown): Promise<unknown>;
  events: EventBus;
  /**
   * Stages an uploaded file (the browser build's POST /api/upload) for the Import wizard: its
   * bytes are streamed to a temp file, named from then on by the returned fileId. The caller
   * bounds the size by throwing from `body`.
   */
  stageUpload(name: string, body: AsyncIterable<Uint8Array>): Promise<StagedFile>;
  /** Stops a running import, deletes the uploads and closes the workspace file; safe to call twice. */
  close(): Promise<void>;
}
