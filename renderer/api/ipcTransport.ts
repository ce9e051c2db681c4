import type { CsmBridge } from './bridge';
import type { Transport } from './client';

/** Electron: every call goes through the preload's single invoke channel. */
export function createIpcTransport(bridge: CsmBridge): Transport {
  return {
    invoke: (method, input) => bridge.invoke(method, input ?? {}),
    subscribe: (listener) => bridge.onEvent(listener),
  };
}
