/**
 * The preload: the page's only door to the main process. It exposes three functions on
 * window.csm and nothing else (never ipcRenderer itself, never the IPC event object).
 * It runs sandboxed, so scripts/build-electron.mjs bundles it to CommonJS.
 */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';

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
  /**
   * Where a file the user picked or dropped is on disk, for files.register: the import then
   * reads it in place instead of copying its bytes over IPC. "" for a file with no path (one
   * built in the page) or anything that is not a File. No IPC: webUtils answers in this process.
   */
  pathForFile(file: File): string {
    try {
      return webUtils.getPathForFile(file);
    } catch {
      return '';
    }
  },
});
