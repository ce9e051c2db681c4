import type { CsmBridge } from './bridge';
import type { Transport } from './client';

/** Electron: every call goes through the preload's single invoke channel. */
export function createIpcTransport(bridge: CsmBridge): Transport {
  return {
    invoke: (method, input) => bridge.invoke(method, input ?? {}),
    subscribe: (listener) => bridge.onEvent(listener),
    // Desktop: the back-end reads the file where it is, so only its path crosses IPC.
    async stageFile(file) {
      const path = bridge.pathForFile(file);
      if (path === '') {
        return {
          ok: false,
          error: {
            code: 'BAD_INPUT',
            message: `${file.name} is not a file on disk (it was not picked or dropped from a folder); save it first, then add it.`,
          },
        };
      }
      return bridge.invoke('files.register', { path });
    },
  };
}
