import { beforeAll, describe, expect, it, vi } from 'vitest';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../../../electron/main/appOrigin';

const { fake } = await vi.hoisted(async () => {
  const helpers = await import('./fakeElectron');
  return { fake: helpers.createFakeElectron() };
});
vi.mock('electron', () => fake.module);

type Bridge = {
  invoke(method: string, input: unknown): Promise<unknown>;
  onEvent(cb: (event: unknown) => void): () => void;
  pathForFile(file: unknown): string;
};
let bridge: Bridge;

beforeAll(async () => {
  await import('../../../electron/preload/index');
  bridge = fake.contextBridge.exposeInMainWorld.mock.calls[0]?.[1] as unknown as Bridge;
});

describe('the preload', () => {
  it('exposes exactly { invoke, onEvent, pathForFile } as window.csm, once', () => {
    expect(fake.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(fake.contextBridge.exposeInMainWorld.mock.calls[0]?.[0]).toBe('csm');
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'onEvent', 'pathForFile']);
    expect(Object.values(bridge).every((value) => typeof value === 'function')).toBe(true);
  });

  it('does not hand out ipcRenderer or anything holding it', () => {
    expect(Object.values(bridge)).not.toContain(fake.ipcRenderer);
    expect(Object.values(bridge)).not.toContain(fake.ipcRenderer.invoke);
  });

  it('invoke goes through the api:invoke channel and returns its answer', async () => {
    fake.ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, result: { rows: [] } });
    await expect(bridge.invoke('accounts.list', {})).resolves.toEqual({ ok: true, result: { rows: [] } });
    expect(fake.ipcRenderer.invoke).toHaveBeenCalledWith(INVOKE_CHANNEL, 'accounts.list', {});
  });

  it('onEvent passes only the payload (not the IPC event) and unsubscribes', () => {
    const received: unknown[] = [];
    const stop = bridge.onEvent((event) => received.push(event));
    expect(fake.ipcRenderer.listenerCount(EVENT_CHANNEL)).toBe(1);
    const ipcEvent = { sender: fake.ipcRenderer, senderId: 0 };
    fake.ipcRenderer.emit(EVENT_CHANNEL, ipcEvent, { name: 'progress', payload: { done: 1 } });
    stop();
    fake.ipcRenderer.emit(EVENT_CHANNEL, ipcEvent, { name: 'progress', payload: { done: 2 } });
    expect(received).toEqual([{ name: 'progress', payload: { done: 1 } }]);
    expect(fake.ipcRenderer.listenerCount(EVENT_CHANNEL)).toBe(0);
  });

  it('pathForFile answers from webUtils, without IPC, and "" when webUtils refuses the object', () => {
    const file = { name: 'Account.csv' };
    fake.webUtils.getPathForFile.mockReturnValueOnce('/home/csm/exports/Account.csv');
    expect(bridge.pathForFile(file)).toBe('/home/csm/exports/Account.csv');
    expect(fake.webUtils.getPathForFile).toHaveBeenCalledWith(file);
    fake.webUtils.getPathForFile.mockImplementationOnce(() => {
      throw new TypeError('Argument must be a File');
    });
    expect(bridge.pathForFile('not a file')).toBe('');
    expect(fake.ipcRenderer.invoke).not.toHaveBeenCalledWith(expect.anything(), 'files.register', expect.anything());
  });

  it('uses the same channel names as the main process', () => {
    expect([INVOKE_CHANNEL, EVENT_CHANNEL]).toEqual(['api:invoke', 'api:event']);
  });
});
