import { describe, expect, it, vi } from 'vitest';
import { AppError, type ApiResponse } from '../../../shared/api/errors';
import { forwardBackendEvents, registerApiHandler, toApiResponse } from '../../../electron/main/ipc';
import { createFakeBackend, senderAt } from './fakeElectron';

const APP_PAGE = 'app://workbench/index.html';

function setup() {
  const backend = createFakeBackend();
  type Invoke = (sender: unknown, method: unknown, input?: unknown) => Promise<ApiResponse<unknown>>;
  const handlers = new Map<string, Invoke>();
  const log = vi.fn();
  registerApiHandler({ handle: (channel: string, handler: Invoke) => void handlers.set(channel, handler) } as never, backend, log);
  return { backend, log, invoke: (sender: unknown, method: unknown, input?: unknown) => handlers.get('api:invoke')!(sender, method, input) };
}

describe('toApiResponse', () => {
  it('wraps a result', async () => {
    await expect(toApiResponse(async () => 42)).resolves.toEqual({ ok: true, result: 42 });
  });

  it('keeps an AppError code, message and details', async () => {
    const response = await toApiResponse(async () => {
      throw new AppError('BAD_INPUT', 'name cannot be empty', { field: 'name' });
    });
    expect(response).toEqual({ ok: false, error: { code: 'BAD_INPUT', message: 'name cannot be empty', details: { field: 'name' } } });
  });

  it('turns any other error into INTERNAL with a generic message and no stack', async () => {
    const log = vi.fn();
    const secret = new Error('SQLITE_CORRUPT at /home/me/secret/path.db');
    const response = await toApiResponse(async () => {
      throw secret;
    }, log);
    expect(response.ok).toBe(false);
    if (response.ok) return;
    expect(response.error.code).toBe('INTERNAL');
    expect(Object.keys(response.error)).toEqual(['code', 'message']);
    const serialized = JSON.stringify(response);
    expect(serialized).not.toContain('SQLITE_CORRUPT');
    expect(serialized).not.toContain('secret');
    expect(serialized).not.toMatch(/\bat\s.+:\d+/); // no stack frames
    expect(log).toHaveBeenCalledWith(expect.any(String), secret); // the details go to the log
  });

  it('treats thrown non-errors the same way', async () => {
    const response = await toApiResponse(async () => Promise.reject('plain string'), vi.fn());
    expect(response).toEqual({ ok: false, error: { code: 'INTERNAL', message: expect.any(String) } });
  });
});

describe('the api:invoke handler', () => {
  it('passes method and input through to dispatchUnknown', async () => {
    const { backend, invoke } = setup();
    backend.dispatchUnknown.mockResolvedValueOnce({ id: 3 });
    await expect(invoke(senderAt(APP_PAGE), 'accounts.create', { name: 'Acme' })).resolves.toEqual({ ok: true, result: { id: 3 } });
    expect(backend.dispatchUnknown).toHaveBeenCalledWith('accounts.create', { name: 'Acme' });
  });

  it('answers an unknown error with the generic INTERNAL envelope', async () => {
    const { backend, invoke } = setup();
    backend.dispatchUnknown.mockRejectedValueOnce(new TypeError('cannot read properties of undefined'));
    const response = await invoke(senderAt(APP_PAGE), 'accounts.list', {});
    if (response.ok) throw new Error('expected a failure envelope');
    expect(response.error.code).toBe('INTERNAL');
    expect(response.error.message).not.toContain('undefined');
    expect(Object.keys(response.error)).toEqual(['code', 'message']);
  });

  it('refuses foreign, missing and malformed sender frames without dispatching', async () => {
    const { backend, invoke } = setup();
    for (const url of ['https://example.com/', 'file:///tmp/x.html', 'app://elsewhere/index.html', 'http://127.0.0.1:5173/', '', null]) {
      await expect(invoke(senderAt(url), 'accounts.list', {})).rejects.toThrow(/refused/);
    }
    expect(backend.dispatchUnknown).not.toHaveBeenCalled();
  });

  it('rejects a method name that is not a string', async () => {
    const { backend, invoke } = setup();
    await expect(invoke(senderAt(APP_PAGE), { toString: () => 'accounts.list' }, {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_METHOD' },
    });
    expect(backend.dispatchUnknown).not.toHaveBeenCalled();
  });
});

describe('forwardBackendEvents', () => {
  it('sends events while a window exists and stops after unsubscribe', () => {
    const backend = createFakeBackend();
    const sent: unknown[][] = [];
    let window: { isDestroyed(): boolean; webContents: { send(...args: unknown[]): void } } | null = null;
    const stop = forwardBackendEvents(backend, () => window);
    backend.events.emit('progress', { done: 1 });
    expect(sent).toEqual([]); // no window yet: dropped, not thrown
    window = { isDestroyed: () => false, webContents: { send: (...args) => void sent.push(args) } };
    backend.events.emit('progress', { done: 2 });
    stop();
    backend.events.emit('progress', { done: 3 });
    expect(sent).toEqual([['api:event', { name: 'progress', payload: { done: 2 } }]]);
  });
});
