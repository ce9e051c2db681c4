import type { BackendEvent, EventMap, EventName, Method, Output } from '../../shared/api';

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
  /** Closes the workspace file; safe to call twice. */
  close(): Promise<void>;
}
