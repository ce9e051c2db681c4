import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { AppError, type ApiResponse } from '../../shared/api/errors';
import type { BackendEvent } from '../../shared/api';
import type { Backend } from '../backend/types';
import { EVENT_CHANNEL, INVOKE_CHANNEL, isAppUrl } from './appOrigin';

/**
 * The IPC transport: one invoke channel into backend.dispatchUnknown, one event channel out.
 * Input validation happens in the backend's dispatch (against the contract); this layer only
 * makes sure the caller is our page and that every outcome is an ApiResponse envelope.
 */

const INTERNAL_MESSAGE = 'Something went wrong inside the workbench. The details are in the application log.';

type Log = (message: string, error?: unknown) => void;

const defaultLog: Log = (message, error) => console.error(message, error);

/** Turns any outcome into the envelope. Only AppErrors keep their message; nothing leaks a stack. */
export async function toApiResponse(run: () => Promise<unknown>, log: Log = defaultLog): Promise<ApiResponse<unknown>> {
  try {
    return { ok: true, result: await run() };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.toApiError() };
    log('Unexpected error while handling an API call', error);
    return { ok: false, error: { code: 'INTERNAL', message: INTERNAL_MESSAGE } };
  }
}

type InvokeSender = Pick<IpcMainInvokeEvent, 'senderFrame'>;

export function isFromAppFrame(event: InvokeSender): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame !== undefined && isAppUrl(frame.url);
}

export function registerApiHandler(
  ipcMain: Pick<IpcMain, 'handle'>,
  backend: Pick<Backend, 'dispatchUnknown'>,
  log: Log = defaultLog,
): void {
  ipcMain.handle(INVOKE_CHANNEL, async (event: InvokeSender, method: unknown, input: unknown): Promise<ApiResponse<unknown>> => {
    if (!isFromAppFrame(event)) {
      // Not our page (or a frame that has gone away): refuse without touching the backend.
      throw new Error(`${INVOKE_CHANNEL} refused: the caller is not the workbench page`);
    }
    if (typeof method !== 'string') {
      return {
        ok: false,
        error: { code: 'UNKNOWN_METHOD', message: 'The method name must be a string, like "accounts.list".' },
      };
    }
    return toApiResponse(() => backend.dispatchUnknown(method, input), log);
  });
}

export interface EventTarget {
  isDestroyed(): boolean;
  webContents: { send(channel: string, ...args: unknown[]): void };
}

/** Forwards every backend event to the window; returns the unsubscribe function. */
export function forwardBackendEvents(
  backend: Pick<Backend, 'events'>,
  getWindow: () => EventTarget | null,
): () => void {
  return backend.events.subscribe((event: BackendEvent) => {
    const window = getWindow();
    if (window && !window.isDestroyed()) window.webContents.send(EVENT_CHANNEL, event);
  });
}
