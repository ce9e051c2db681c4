import './bridge';
import type { Transport } from './client';
import { createHttpTransport } from './httpTransport';
import { createIpcTransport } from './ipcTransport';
import { pageToken } from './token';

/** IPC when running inside Electron (the preload defined window.csm), HTTP otherwise. */
export function pickTransport(): Transport {
  if (window.csm) return createIpcTransport(window.csm);
  return createHttpTransport({ token: pageToken() });
}
