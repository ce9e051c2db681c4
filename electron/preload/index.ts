/**
 * The preload: the page's only door to the main process. It exposes two functions on
 * window.csm and nothing else (never ipcRenderer itself, never the IPC event object).
 * It runs sandboxed, so scripts/build-electron.mjs bundles it to CommonJS.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';

const INVOKE_CHANNEL = 'api:invoke';
const EVENT_CHANNEL = 'api:event';

contextBridge.exposeInMainWorld('csm', {
  invoke(method: string, input: unknown): Promise<unknown> {
    return ipcRenderer.invoke(INVOKE_CHANNEL, method, input);
  },
  onEvent(callback: (event: unknown) => void): () => void {
    const listener = (_event: IpcRendererEvent, payload: unknown): void => callback(payload);
    ipcRenderer.on(EVENT_CHANNEL, listener);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, listener);
    };
  },
});
