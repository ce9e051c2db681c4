import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../shared/api/errors';
import { createFakeBackend, createFakeElectron, senderAt, type FakeElectron } from './fakeElectron';

// The real entry (electron/main/index.ts) is imported against a fake 'electron' module and a
// fake backend, so this checks the wiring exactly as the bundle runs it.
const { fake, backend, createBackend } = await vi.hoisted(async () => {
  const helpers = await import('./fakeElectron');
  const backend = helpers.createFakeBackend();
  return { fake: helpers.createFakeElectron(), backend, createBackend: vi.fn(async () => backend) };
});
vi.mock('electron', () => fake.module);
vi.mock('../../../electron/backend/index', () => ({ createBackend }));

const APP_PAGE = 'app://workbench/index.html';

const savedDataDir = process.env.CSM_DATA_DIR;
afterAll(() => {
  if (savedDataDir === undefined) delete process.env.CSM_DATA_DIR;
  else process.env.CSM_DATA_DIR = savedDataDir;
});

beforeAll(async () => {
  process.env.CSM_DATA_DIR = '/fake/csm-data';
  const entry = await import('../../../electron/main/index');
  await entry.started;
});

function invoke(sender: unknown, method: unknown, input?: unknown) {
  const handler = fake.ipcHandlers.get('api:invoke');
  if (!handler) throw new Error('api:invoke is not registered');
  return handler(sender, method, input);
}

describe('the main window', () => {
  it('is created once, loads the app page and has the secure web preferences', () => {
    expect(fake.windows).toHaveLength(1);
    const window = fake.windows[0]!;
    expect(window.loadedUrl).toBe(APP_PAGE);
    const prefs = window.options.webPreferences;
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.preload).toBe(path.join('/fake/app', 'dist-electron', 'preload.cjs'));
    expect(prefs.devTools).toBe(true); // running from source, not packaged
  });

  it('prevents navigation to anything but the app origin', () => {
    const contents = fake.windows[0]!.webContents;
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(contents.attempt(event, 'https://evil.example/phish')).toBe(true);
      expect(contents.attempt(event, 'file:///etc/passwd')).toBe(true);
      expect(contents.attempt(event, 'app://other-host/index.html')).toBe(true);
      expect(contents.attempt(event, 'not a url')).toBe(true);
      expect(contents.attempt(event, 'app://workbench/index.html#/accounts/3')).toBe(false);
    }
  });

  it('denies every new window, whatever the URL', () => {
    const handler = fake.windows[0]!.webContents.windowOpenHandler;
    expect(handler).not.toBeNull();
    expect(handler!({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    expect(handler!({ url: APP_PAGE })).toEqual({ action: 'deny' });
  });

  it('refuses to attach <webview> tags', () => {
    expect(fake.windows[0]!.webContents.attempt('will-attach-webview', 'https://example.com')).toBe(true);
  });
});

describe('session security', () => {
  it('adds a strict Content-Security-Policy to responses', () => {
    const listener = fake.defaultSession.webRequest.onHeadersReceived.mock.calls[0]?.[0] as (
      details: unknown,
      callback: (result: { responseHeaders: Record<string, string[]> }) => void,
    ) => void;
    expect(listener).toBeTypeOf('function');
    let headers: Record<string, string[]> = {};
    listener({ responseHeaders: { 'x-existing': ['kept'] } }, (result) => (headers = result.responseHeaders));
    expect(headers['x-existing']).toEqual(['kept']);
    const policy = headers['Content-Security-Policy']?.join('; ') ?? '';
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain('unsafe-eval');
  });

  it('denies permission requests and checks (except the sanitized clipboard write)', () => {
    const request = fake.defaultSession.setPermissionRequestHandler.mock.calls[0]?.[0] as (
      wc: unknown,
      permission: string,
      callback: (granted: boolean) => void,
    ) => void;
    const check = fake.defaultSession.setPermissionCheckHandler.mock.calls[0]?.[0] as (wc: unknown, permission: string) => boolean;
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'fullscreen', 'clipboard-read']) {
      const granted = vi.fn();
      request({}, permission, granted);
      expect(granted).toHaveBeenCalledWith(false);
      expect(check({}, permission)).toBe(false);
    }
    expect(check({}, 'clipboard-sanitized-write')).toBe(true);
  });

  it('cancels requests to remote hosts', () => {
    const [filter, listener] = fake.defaultSession.webRequest.onBeforeRequest.mock.calls[0] as unknown as [
      { urls: string[] },
      (details: unknown, callback: (result: { cancel: boolean }) => void) => void,
    ];
    expect(filter.urls).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*']));
    const callback = vi.fn();
    listener({ url: 'https://tracker.example/pixel.gif' }, callback);
    expect(callback).toHaveBeenCalledWith({ cancel: true });
  });
});

describe('app:// protocol', () => {
  it('registers app as a standard, secure scheme without CSP bypass, and handles it', () => {
    expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1);
    const [schemes] = fake.protocol.registerSchemesAsPrivileged.mock.calls[0] as unknown as [
      { scheme: string; privileges: Record<string, boolean> }[],
    ];
    expect(schemes).toHaveLength(1);
    expect(schemes[0]!.scheme).toBe('app');
    expect(schemes[0]!.privileges).toMatchObject({ standard: true, secure: true });
    expect(schemes[0]!.privileges.bypassCSP).toBeFalsy();
    expect([...fake.protocolHandlers.keys()]).toEqual(['app']);
  });

  it('refuses path traversal through the installed handler', async () => {
    const handler = fake.protocolHandlers.get('app')!;
    const response: Response = await handler(new Request('app://workbench/..%2f..%2f..%2fetc%2fpasswd'));
    expect(response.status).toBe(404);
  });
});

describe('IPC', () => {
  it('handles exactly one channel, api:invoke', () => {
    expect([...fake.ipcHandlers.keys()]).toEqual(['api:invoke']);
    expect(fake.ipcMain.on).not.toHaveBeenCalled();
  });

  it('dispatches to the backend and wraps the result', async () => {
    backend.dispatchUnknown.mockResolvedValueOnce({ rows: [] });
    await expect(invoke(senderAt(APP_PAGE), 'accounts.list', {})).resolves.toEqual({ ok: true, result: { rows: [] } });
    expect(backend.dispatchUnknown).toHaveBeenLastCalledWith('accounts.list', {});
  });

  it('returns an AppError as its ApiError', async () => {
    backend.dispatchUnknown.mockRejectedValueOnce(new AppError('NOT_FOUND', 'No account with id 7', { id: 7 }));
    await expect(invoke(senderAt(APP_PAGE), 'accounts.get', { id: 7 })).resolves.toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'No account with id 7', details: { id: 7 } },
    });
  });

  it('refuses a sender that is not the app page', async () => {
    backend.dispatchUnknown.mockClear();
    await expect(invoke(senderAt('https://evil.example/'), 'accounts.list', {})).rejects.toThrow(/refused/);
    await expect(invoke(senderAt(null), 'accounts.list', {})).rejects.toThrow(/refused/);
    expect(backend.dispatchUnknown).not.toHaveBeenCalled();
  });

  it('forwards backend events to the window on api:event', () => {
    backend.events.emit('accounts.changed', { ids: [1, 2] });
    expect(fake.windows[0]!.webContents.sent).toContainEqual(['api:event', { name: 'accounts.changed', payload: { ids: [1, 2] } }]);
  });
});

describe('workspace and lifecycle', () => {
  it('opens the default workspace in the shared user-data folder, demo on first start', () => {
    expect(fake.app.setPath).toHaveBeenCalledWith('userData', path.resolve('/fake/csm-data'));
    expect(createBackend).toHaveBeenCalledWith(
      expect.objectContaining({ dbPath: path.join(path.resolve('/fake/csm-data'), 'workspace.csm'), ifMissing: 'demo' }),
    );
  });

  it('gives the back-end the bundled import worker that sits beside main.cjs', () => {
    const options = (createBackend.mock.calls as unknown as [{ importWorkerPath?: string }][])[0]?.[0];
    expect(options?.importWorkerPath).toMatch(/dist-electron[\\/]importWorker\.cjs$/);
  });

  it('takes the single-instance lock', () => {
    expect(fake.app.requestSingleInstanceLock).toHaveBeenCalled();
  });

  it('installs a File / Edit / View menu with developer tools when not packaged', () => {
    const template = fake.Menu.buildFromTemplate.mock.calls[0]?.[0] as { label?: string; role?: string; submenu?: { role?: string; label?: string }[] }[];
    expect(fake.Menu.setApplicationMenu).toHaveBeenCalled();
    const file = template.find((item) => item.label === 'File');
    expect(file?.submenu?.map((item) => item.label ?? item.role)).toEqual(
      expect.arrayContaining(['New Empty Workspace…', 'Open Workspace…']),
    );
    expect(template.some((item) => item.role === 'editMenu')).toBe(true);
    const view = template.find((item) => item.label === 'View');
    expect(view?.submenu?.map((item) => item.role)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('closes the backend when the app quits', () => {
    fake.app.emit('will-quit');
    expect(backend.close).toHaveBeenCalled();
    expect(backend.listenerCount()).toBe(0);
  });
});

// Other start-up situations, run through runDesktopApp with a fresh fake each.
describe('runDesktopApp', () => {
  async function boot(fakeElectron: FakeElectron, argv: string[] = ['electron', '.'], create = vi.fn(async () => createFakeBackend())) {
    const { runDesktopApp } = await import('../../../electron/main/desktopApp');
    const result = await runDesktopApp({
      electron: fakeElectron.module as never,
      createBackend: create,
      argv,
      cwd: '/home/me',
      env: { CSM_DATA_DIR: '/data' },
      platform: 'linux',
    });
    return { result, create };
  }

  it('uses --workspace from the command line, relative to the working directory', async () => {
    const { create } = await boot(createFakeElectron(), ['electron', '.', '--workspace', 'books/acme.csm']);
    expect(create).toHaveBeenCalledWith(expect.objectContaining({ dbPath: path.resolve('/home/me', 'books/acme.csm') }));
  });

  it('quits without a window when another instance holds the lock', async () => {
    const fakeElectron = createFakeElectron({ singleInstance: false });
    const { result, create } = await boot(fakeElectron);
    expect(result).toBeNull();
    expect(fakeElectron.app.quit).toHaveBeenCalled();
    expect(fakeElectron.windows).toHaveLength(0);
    expect(create).not.toHaveBeenCalled();
  });

  it('hides developer tools in a packaged app', async () => {
    const fakeElectron = createFakeElectron({ isPackaged: true });
    await boot(fakeElectron);
    expect(fakeElectron.windows[0]!.options.webPreferences.devTools).toBe(false);
    const template = fakeElectron.Menu.buildFromTemplate.mock.calls[0]?.[0] as { label?: string; submenu?: { role?: string }[] }[];
    const view = template.find((item) => item.label === 'View');
    expect(view?.submenu?.some((item) => item.role === 'toggleDevTools')).toBe(false);
  });

  it('shows a readable error and exits when the workspace cannot be opened', async () => {
    const fakeElectron = createFakeElectron();
    const failing = vi.fn(async () => {
      throw new AppError('WORKSPACE_TOO_NEW', 'This workspace was made by a newer version of the workbench.');
    });
    const { result } = await boot(fakeElectron, ['electron', '.'], failing);
    expect(result).toBeNull();
    expect(fakeElectron.dialog.showErrorBox).toHaveBeenCalledWith(
      'Could not open the workspace',
      expect.stringContaining('made by a newer version'),
    );
    expect(fakeElectron.app.exit).toHaveBeenCalledWith(1);
    expect(fakeElectron.windows).toHaveLength(0);
  });

  it('exits with a one-line error when --workspace has no value', async () => {
    const fakeElectron = createFakeElectron();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { result, create } = await boot(fakeElectron, ['electron', '.', '--workspace']);
    expect(result).toBeNull();
    expect(error).toHaveBeenCalledWith(expect.stringContaining('--workspace needs a file path'));
    expect(fakeElectron.app.exit).toHaveBeenCalledWith(2);
    expect(create).not.toHaveBeenCalled();
    error.mockRestore();
  });

  it('opens the workspace a second launch asks for in the running instance', async () => {
    const fakeElectron = createFakeElectron();
    const { result } = await boot(fakeElectron);
    fakeElectron.app.emit('second-instance', {}, ['electron', '.', '--workspace', 'other.csm'], '/work');
    expect(result!.dispatch).toHaveBeenCalledWith('workspace.open', { path: path.resolve('/work', 'other.csm') });
  });
});
