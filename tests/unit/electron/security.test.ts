import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../electron/main/contentSecurityPolicy';
import { isAppUrl } from '../../../electron/main/appOrigin';
import { hardenWebContents, isPermissionAllowed } from '../../../electron/main/security';
import { FakeWebContents } from './fakeElectron';

function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name, sources);
  }
  return map;
}

describe('the Content-Security-Policy', () => {
  const policy = directives(contentSecurityPolicy());

  it('limits everything to the app origin by default', () => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
  });

  it('allows scripts only from the app origin: no inline, eval, wasm-eval or remote script', () => {
    expect(policy.get('script-src')).toEqual(["'self'"]);
  });

  it('closes plugins, <base>, framing and form posts', () => {
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
  });

  it('names no remote host and no unsafe keyword anywhere', () => {
    const text = contentSecurityPolicy();
    expect(text).not.toMatch(/unsafe-/);
    expect(text).not.toMatch(/https?:|\*/);
  });
});

describe('isAppUrl', () => {
  it('accepts only app://workbench', () => {
    expect(isAppUrl('app://workbench/index.html')).toBe(true);
    expect(isAppUrl('app://workbench')).toBe(true);
    expect(isAppUrl('app://workbench.evil.example/')).toBe(false);
    expect(isAppUrl('app://evil@workbench.example/')).toBe(false);
    expect(isAppUrl('https://workbench/')).toBe(false);
    expect(isAppUrl('')).toBe(false);
    expect(isAppUrl(null)).toBe(false);
  });
});

describe('hardenWebContents', () => {
  it('blocks navigation away, allows in-app navigation, denies windows', () => {
    const contents = new FakeWebContents();
    hardenWebContents(contents as never);
    expect(contents.attempt('will-navigate', 'https://example.com/')).toBe(true);
    expect(contents.attempt('will-redirect', 'http://127.0.0.1:8080/')).toBe(true);
    expect(contents.attempt('will-frame-navigate', 'javascript:alert(1)')).toBe(true);
    expect(contents.attempt('will-navigate', 'app://workbench/index.html')).toBe(false);
    expect(contents.windowOpenHandler!({ url: 'app://workbench/index.html' })).toEqual({ action: 'deny' });
  });
});

describe('hardenWebContents, applied twice', () => {
  it('registers its listeners once', () => {
    const contents = new FakeWebContents();
    hardenWebContents(contents as never);
    hardenWebContents(contents as never);
    expect(contents.listenerCount('will-navigate')).toBe(1);
  });
});

describe('permissions', () => {
  it('grants nothing but the sanitized clipboard write', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write')).toBe(true);
    for (const permission of ['media', 'geolocation', 'notifications', 'midi', 'openExternal', 'pointerLock', 'clipboard-read', 'unknown']) {
      expect(isPermissionAllowed(permission)).toBe(false);
    }
  });
});
