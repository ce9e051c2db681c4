import net from 'node:net';
import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { useServer } from './fixture';
import { json, rawRequest } from './request';

const INFO = { method: 'POST', path: '/api/workspace.info', body: '{}' } as const;

describe('HTTP server guards', () => {
  const serve = useServer();

  it('listens on 127.0.0.1 only', async () => {
    const { server } = await serve();
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
    expect(server.port).toBeGreaterThan(0);
    // If this machine has a non-loopback IPv4 address, the port must not answer there.
    const external = Object.values(os.networkInterfaces())
      .flat()
      .find((address) => address && address.family === 'IPv4' && !address.internal);
    if (external) {
      const reachable = await new Promise<boolean>((resolve) => {
        const socket = net.connect(server.port, external.address);
        socket.once('connect', () => {
          socket.destroy();
          resolve(true);
        });
        socket.once('error', () => resolve(false));
      });
      expect(reachable).toBe(false);
    }
  });

  it('makes a fresh 64-hex-digit token per run', async () => {
    const first = (await serve()).server;
    const second = (await serve()).server;
    expect(first.token).toMatch(/^[0-9a-f]{64}$/);
    expect(second.token).not.toBe(first.token);
  });

  it('refuses a request without a token', async () => {
    const { server } = await serve();
    const response = await rawRequest(server.port, INFO);
    expect(response.status).toBe(403);
    expect(json(response)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(response.body).toMatch(/token/);
  });

  it('refuses a wrong token', async () => {
    const { server } = await serve();
    const wrong = server.token.replace(/.$/, (last) => (last === '0' ? '1' : '0'));
    const response = await rawRequest(server.port, { ...INFO, headers: { 'x-csm-token': wrong } });
    expect(response.status).toBe(403);
    expect(json(response)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('refuses a token of another length without crashing the comparison', async () => {
    const { server } = await serve();
    const response = await rawRequest(server.port, { ...INFO, headers: { 'x-csm-token': 'short' } });
    expect(response.status).toBe(403);
  });

  it('refuses a foreign Host header even with the right token (DNS rebinding)', async () => {
    const { server } = await serve();
    const response = await rawRequest(server.port, {
      ...INFO,
      headers: { host: `evil.example:${server.port}`, 'x-csm-token': server.token },
    });
    expect(response.status).toBe(403);
    expect(json(response)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(response.body).toMatch(/127\.0\.0\.1/);
  });

  it('refuses a foreign Origin header even with the right token', async () => {
    const { server } = await serve();
    const response = await rawRequest(server.port, {
      ...INFO,
      headers: { origin: 'http://evil.example', 'x-csm-token': server.token },
    });
    expect(response.status).toBe(403);
    expect(json(response)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it("accepts its own origin, under either of its host names", async () => {
    const { server } = await serve();
    for (const name of ['127.0.0.1', 'localhost']) {
      const response = await rawRequest(server.port, {
        ...INFO,
        headers: { host: `${name}:${server.port}`, origin: `http://${name}:${server.port}`, 'x-csm-token': server.token },
      });
      expect(response.status).toBe(200);
    }
  });

  it('accepts the token in the x-csm-token header', async () => {
    const { server } = await serve();
    const response = await rawRequest(server.port, { ...INFO, headers: { 'x-csm-token': server.token } });
    expect(response.status).toBe(200);
    expect(json(response)).toMatchObject({ ok: true, result: { accountCount: 0 } });
    expect(response.headers['set-cookie']).toBeUndefined();
  });

  it('accepts the token in the query and sets an HttpOnly, SameSite=Strict cookie', async () => {
    const { server } = await serve();
    const response = await rawRequest(server.port, { ...INFO, path: `/api/workspace.info?token=${server.token}` });
    expect(response.status).toBe(200);
    const cookie = response.headers['set-cookie']?.[0] ?? '';
    expect(cookie).toContain(`csm_token=${server.token}`);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\//);
  });

  it('accepts the token from the csm_token cookie', async () => {
    const { server } = await serve();
    const response = await rawRequest(server.port, {
      ...INFO,
      headers: { cookie: `theme=dark; csm_token=${server.token}` },
    });
    expect(response.status).toBe(200);
    expect(json(response)).toMatchObject({ ok: true });
  });

  it('does not set the cookie for a wrong query token', async () => {
    const { server } = await serve();
    const response = await rawRequest(server.port, { path: '/?token=nope' });
    expect(response.status).toBe(403);
    expect(response.headers['set-cookie']).toBeUndefined();
  });

  it('puts the security headers on every response, refused ones included', async () => {
    const { server } = await serve();
    const responses = [
      await rawRequest(server.port, { path: `/?token=${server.token}` }),
      await rawRequest(server.port, { ...INFO, headers: { 'x-csm-token': server.token } }),
      await rawRequest(server.port, INFO),
    ];
    for (const response of responses) {
      const csp = String(response.headers['content-security-policy']);
      for (const directive of [
        "default-src 'self'",
        "script-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
      ]) {
        expect(csp).toContain(directive);
      }
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['referrer-policy']).toBe('no-referrer');
    }
    expect(responses[1]!.headers['cache-control']).toBe('no-store');
    expect(responses[2]!.headers['cache-control']).toBe('no-store');
  });
});
