import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppRequestHandler, resolveAppFile } from '../../../electron/main/appProtocol';

let base: string;
let root: string;

beforeAll(() => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'csm-app-protocol-'));
  root = path.join(base, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>CSM</title>');
  fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(base, 'secret.txt'), 'outside the renderer');
});

afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

describe('resolveAppFile', () => {
  it('maps app://workbench paths into the root', () => {
    expect(resolveAppFile(root, 'app://workbench/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://workbench/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://workbench/assets/app.js?v=1#x')).toBe(path.join(root, 'assets', 'app.js'));
  });

  // The URL parser itself folds plain and %2e dot segments ("/../x" becomes "/x"), so those
  // land inside the root; what matters is that nothing ever resolves outside it.
  it.each(['app://workbench/../secret.txt', 'app://workbench/%2e%2e/secret.txt', 'app://workbench/assets/../../../secret.txt'])(
    'keeps %s inside the root',
    (url) => {
      const file = resolveAppFile(root, url);
      expect(file === null || !path.relative(root, file).startsWith('..')).toBe(true);
    },
  );

  it.each([
    'app://workbench/..%2fsecret.txt',
    'app://workbench/..%2F..%2F..%2Fetc%2Fpasswd',
    'app://workbench/assets/..%5c..%5csecret.txt',
    'app://workbench/assets%2f..%2f..%2fsecret.txt',
    'app://workbench/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://workbench/index.html%00.js',
    'app://workbench/%E0%A4%A',
    'app://other/index.html',
    'file:///etc/passwd',
    'https://workbench/index.html',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppFile(root, url)).toBeNull();
  });
});

describe('the app:// request handler', () => {
  const handler = () => createAppRequestHandler(root);

  it('serves a file with its content type, the CSP and nosniff', async () => {
    const response = await handler()(new Request('app://workbench/assets/app.js'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/javascript');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers 404 for traversal attempts and never returns the outside file', async () => {
    for (const url of ['app://workbench/..%2fsecret.txt', 'app://workbench/assets/..%5c..%5csecret.txt']) {
      const response = await handler()(new Request(url));
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('outside the renderer');
    }
  });

  it('answers 404 for a missing asset and falls back to index.html for a client route', async () => {
    expect((await handler()(new Request('app://workbench/assets/missing.js'))).status).toBe(404);
    const route = await handler()(new Request('app://workbench/accounts/42'));
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<title>CSM</title>');
  });

  it('refuses methods other than GET and HEAD', async () => {
    const response = await handler()(new Request('app://workbench/index.html', { method: 'POST', body: 'x' }));
    expect(response.status).toBe(405);
  });
});
