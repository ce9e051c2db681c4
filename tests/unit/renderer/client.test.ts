import { describe, expect, it } from 'vitest';
import type { BackendEvent } from '../../../shared/api';
import { ApiCallError, createApiClient, unwrapEnvelope, type Transport } from '../../../renderer/api/client';
import { createHttpTransport } from '../../../renderer/api/httpTransport';

/** A transport that answers with whatever the test scripted and records what it was asked. */
function fakeTransport(answer: (method: string, input: unknown) => unknown) {
  const calls: { method: string; input: unknown }[] = [];
  const listeners = new Set<(e: BackendEvent) => void>();
  const transport: Transport = {
    async invoke(method, input) {
      calls.push({ method, input });
      return answer(method, input);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return { transport, calls, emit: (e: BackendEvent) => listeners.forEach((l) => l(e)) };
}

describe('createApiClient', () => {
  it('sends method and input and resolves with the result', async () => {
    const fake = fakeTransport(() => ({ ok: true, result: { rows: [] } }));
    const client = createApiClient(fake.transport);
    await expect(client.call('accounts.list', {})).resolves.toEqual({ rows: [] });
    expect(fake.calls).toEqual([{ method: 'accounts.list', input: {} }]);
  });

  it('throws ApiCallError carrying code, message and details', async () => {
    const fake = fakeTransport(() => ({
      ok: false,
      error: { code: 'BAD_INPUT', message: 'name cannot be empty', details: { field: 'name' } },
    }));
    const client = createApiClient(fake.transport);
    const error = await client.call('accounts.update', { id: 1, patch: { name: '' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiCallError);
    expect(error).toMatchObject({ code: 'BAD_INPUT', message: 'name cannot be empty', details: { field: 'name' }, method: 'accounts.update' });
    expect((error as ApiCallError).toApiError()).toEqual({ code: 'BAD_INPUT', message: 'name cannot be empty', details: { field: 'name' } });
  });

  it('turns a transport failure into a NETWORK error', async () => {
    const client = createApiClient({
      invoke: () => Promise.reject(new TypeError('Failed to fetch')),
      subscribe: () => () => undefined,
    });
    await expect(client.call('workspace.info', {})).rejects.toMatchObject({
      code: 'NETWORK',
      message: 'Could not reach the workbench back-end (Failed to fetch).',
    });
  });

  it('passes events through and unsubscribes', () => {
    const fake = fakeTransport(() => null);
    const client = createApiClient(fake.transport);
    const seen: BackendEvent[] = [];
    const stop = client.subscribe((e) => seen.push(e));
    fake.emit({ name: 'accounts.changed', payload: { ids: [1] } });
    stop();
    fake.emit({ name: 'accounts.changed', payload: { ids: [2] } });
    expect(seen).toEqual([{ name: 'accounts.changed', payload: { ids: [1] } }]);
  });
});

describe('unwrapEnvelope', () => {
  it.each([null, 'text', { ok: true }, { ok: false }, { ok: false, error: { code: 1 } }, []])(
    'reports %j as BAD_RESPONSE',
    (raw) => {
      expect(() => unwrapEnvelope('x.y', raw)).toThrow(ApiCallError);
      try {
        unwrapEnvelope('x.y', raw);
      } catch (e) {
        expect((e as ApiCallError).code).toBe('BAD_RESPONSE');
      }
    },
  );

  it('keeps an error without details free of a details key', () => {
    try {
      unwrapEnvelope('x.y', { ok: false, error: { code: 'NOT_FOUND', message: 'no account 9' } });
      expect.unreachable();
    } catch (e) {
      expect((e as ApiCallError).toApiError()).toEqual({ code: 'NOT_FOUND', message: 'no account 9' });
    }
  });
});

describe('createHttpTransport', () => {
  function fakeFetch(status: number, body: string) {
    const requests: { url: string; init: RequestInit }[] = [];
    const fetchFn = (async (url: string, init: RequestInit) => {
      requests.push({ url, init });
      return new Response(body, { status });
    }) as unknown as typeof fetch;
    return { fetchFn, requests };
  }

  it('POSTs JSON to /api/<method> with the token header', async () => {
    const { fetchFn, requests } = fakeFetch(200, JSON.stringify({ ok: true, result: { id: 3 } }));
    const client = createApiClient(createHttpTransport({ token: 't0k', fetch: fetchFn }));
    await expect(client.call('accounts.get', { id: 3 })).resolves.toEqual({ id: 3 });
    expect(requests).toHaveLength(1);
    expect(requests[0]!.url).toBe('/api/accounts.get');
    expect(requests[0]!.init.method).toBe('POST');
    expect(requests[0]!.init.body).toBe('{"id":3}');
    expect((requests[0]!.init.headers as Record<string, string>)['x-csm-token']).toBe('t0k');
  });

  it('reads the error envelope of a 403', async () => {
    const { fetchFn } = fakeFetch(403, JSON.stringify({ ok: false, error: { code: 'FORBIDDEN', message: 'bad token' } }));
    const client = createApiClient(createHttpTransport({ token: null, fetch: fetchFn }));
    await expect(client.call('workspace.info', {})).rejects.toMatchObject({ code: 'FORBIDDEN', message: 'bad token' });
  });

  it('explains a body that is not JSON', async () => {
    const { fetchFn } = fakeFetch(502, '<html>Bad gateway</html>');
    const client = createApiClient(createHttpTransport({ token: null, fetch: fetchFn }));
    await expect(client.call('workspace.info', {})).rejects.toMatchObject({
      code: 'BAD_RESPONSE',
      message: 'The server answered 502 without a readable body.',
    });
  });

  it('subscribes to /api/events with the token and parses messages', () => {
    const urls: string[] = [];
    const source = { onmessage: null as ((m: MessageEvent) => void) | null, closed: false, close() { this.closed = true; } };
    const transport = createHttpTransport({
      token: 'a b',
      createEventSource: (url) => {
        urls.push(url);
        return source as unknown as EventSource;
      },
    });
    const seen: BackendEvent[] = [];
    const stop = transport.subscribe((e) => seen.push(e));
    source.onmessage!({ data: JSON.stringify({ name: 'accounts.changed', payload: { ids: [5] } }) } as MessageEvent);
    source.onmessage!({ data: 'not json' } as MessageEvent);
    stop();
    expect(urls).toEqual(['/api/events?token=a%20b']);
    expect(seen).toEqual([{ name: 'accounts.changed', payload: { ids: [5] } }]);
    expect(source.closed).toBe(true);
  });
});
