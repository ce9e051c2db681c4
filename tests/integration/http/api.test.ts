import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend/types';
import { useServer } from './fixture';
import { callApi, json, rawRequest } from './request';

describe('POST /api/<method>', () => {
  const serve = useServer();

  it('runs a method on the real back-end and returns the ok envelope', async () => {
    const { server, backend } = await serve();
    const created = await callApi(server.port, server.token, 'accounts.create', { name: 'Initech', mrr: 1200 });
    expect(created.status).toBe(200);
    expect(created.headers['content-type']).toMatch(/^application\/json/);
    const body = json(created) as { ok: true; result: { id: number; name: string } };
    expect(body).toMatchObject({ ok: true, result: { name: 'Initech', mrr: 1200 } });
    const { rows } = await backend.dispatch('accounts.list', {});
    expect(rows.map((row) => row.id)).toEqual([body.result.id]);
  });

  it('answers an unknown method with 404 UNKNOWN_METHOD', async () => {
    const { server } = await serve();
    const response = await callApi(server.port, server.token, 'accounts.explode', {});
    expect(response.status).toBe(404);
    expect(json(response)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });

  it('answers a missing record with 404 NOT_FOUND', async () => {
    const { server } = await serve();
    const response = await callApi(server.port, server.token, 'accounts.get', { id: 999 });
    expect(response.status).toBe(404);
    expect(json(response)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('answers invalid input with 400 BAD_INPUT and the details of what was wrong', async () => {
    const { server, backend } = await serve();
    const response = await callApi(server.port, server.token, 'accounts.create', { name: '', mrr: -5 });
    expect(response.status).toBe(400);
    const body = json(response) as { ok: false; error: { code: string; details: { issues: { path: string }[] } } };
    expect(body.error.code).toBe('BAD_INPUT');
    expect(body.error.details.issues.map((issue) => issue.path)).toEqual(expect.arrayContaining(['name', 'mrr']));
    expect((await backend.dispatch('accounts.list', {})).rows).toEqual([]);
  });

  it('answers a body that is not JSON with 400 BAD_INPUT', async () => {
    const { server } = await serve();
    const response = await rawRequest(server.port, {
      method: 'POST',
      path: '/api/accounts.create',
      headers: { 'x-csm-token': server.token, 'content-type': 'application/json' },
      body: '{"name": "Acme",',
    });
    expect(response.status).toBe(400);
    expect(json(response)).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(response.body).toMatch(/not valid JSON/);
  });

  it('treats an empty body as an empty input', async () => {
    const { server } = await serve();
    const response = await rawRequest(server.port, {
      method: 'POST',
      path: '/api/workspace.info',
      headers: { 'x-csm-token': server.token },
    });
    expect(response.status).toBe(200);
    expect(json(response)).toMatchObject({ ok: true, result: { isDemo: false } });
  });

  it('refuses a body over the limit with 413', async () => {
    const { server } = await serve({ bodyLimit: 1024 });
    const response = await callApi(server.port, server.token, 'accounts.create', { name: 'x'.repeat(4096) });
    expect(response.status).toBe(413);
    expect(json(response)).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
  });

  it('turns an unexpected exception into a generic INTERNAL error, logged but never sent', async () => {
    const logged: unknown[] = [];
    const { server } = await serve({
      log: (_message, error) => logged.push(error),
      wrap: (backend): Backend => ({
        ...backend,
        dispatchUnknown: async () => {
          throw new Error('connection string postgres://admin:hunter2@db');
        },
      }),
    });
    const response = await callApi(server.port, server.token, 'workspace.info', {});
    expect(response.status).toBe(500);
    expect(json(response)).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'Unexpected error; see the server log' },
    });
    expect(response.body).not.toMatch(/hunter2|at .*\.ts/);
    expect(logged).toHaveLength(1);
  });

  it('refuses GET on a method with 405', async () => {
    const { server } = await serve();
    const response = await rawRequest(server.port, {
      path: '/api/workspace.info',
      headers: { 'x-csm-token': server.token },
    });
    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe('POST');
  });
});
