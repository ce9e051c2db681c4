import { describe, expect, it } from 'vitest';
import { APP_JS, INDEX_HTML, SECRET, useServer } from './fixture';
import { rawRequest } from './request';

describe('static renderer files', () => {
  const serve = useServer();

  it("serves index.html for '/' as HTML", async () => {
    const { server } = await serve();
    const response = await rawRequest(server.port, { path: `/?token=${server.token}` });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.body).toBe(INDEX_HTML);
  });

  it('serves assets with their content type, authorised by the cookie alone', async () => {
    const { server } = await serve();
    const response = await rawRequest(server.port, {
      path: '/assets/app.js',
      headers: { cookie: `csm_token=${server.token}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(response.body).toBe(APP_JS);
  });

  it('answers a missing asset with 404 but a client-side route with the page', async () => {
    const { server } = await serve();
    const headers = { 'x-csm-token': server.token };
    expect((await rawRequest(server.port, { path: '/assets/missing.js', headers })).status).toBe(404);
    const route = await rawRequest(server.port, { path: '/accounts/12', headers });
    expect(route.status).toBe(200);
    expect(route.body).toBe(INDEX_HTML);
  });

  it.each(['/..%2f..%2fpackage.json', '/..%2fsecret.txt', '/assets/..%2f..%2fsecret.txt', '/..\\secret.txt', '/%2e%2e/secret.txt'])(
    'refuses the path traversal %s',
    async (path) => {
      const { server } = await serve();
      const response = await rawRequest(server.port, { path, headers: { 'x-csm-token': server.token } });
      expect([400, 403, 404]).toContain(response.status);
      expect(response.body).not.toContain(SECRET);
      expect(response.body).not.toContain('"name": "csm-workbench"');
    },
  );

  it('refuses an encoded-slash traversal with 403', async () => {
    const { server } = await serve();
    const response = await rawRequest(server.port, {
      path: '/..%2f..%2fpackage.json',
      headers: { 'x-csm-token': server.token },
    });
    expect(response.status).toBe(403);
  });

  it('explains how to build the UI when there is no index.html', async () => {
    const { server } = await serve({ withIndex: false });
    const response = await rawRequest(server.port, { path: `/?token=${server.token}` });
    expect(response.status).toBe(503);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.body).toContain('npm run build:renderer');
  });

  it('refuses the page itself without a token', async () => {
    const { server } = await serve();
    const response = await rawRequest(server.port, { path: '/' });
    expect(response.status).toBe(403);
    expect(response.body).not.toContain(INDEX_HTML);
  });
});
