import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildElectron } from '../../../scripts/build-electron.mjs';
import { readerWorkerPathFor } from '../../../electron/backend/import/worker';

// Bundles the real main process and preload into a temp folder and inspects the output.
let outDir: string;
beforeAll(async () => {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'csm-electron-bundle-'));
  await buildElectron({ outDir });
}, 120_000);
afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

function requiredModules(code: string): string[] {
  return [...new Set([...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1]!))].sort();
}

describe('scripts/build-electron.mjs', () => {
  it('writes CommonJS bundles for the main process and the preload', () => {
    for (const file of ['main.cjs', 'preload.cjs']) {
      const code = fs.readFileSync(path.join(outDir, file), 'utf8');
      expect(code).not.toMatch(/^\s*import\s.+from\s/m);
      expect(code).not.toMatch(/^\s*export\s/m);
    }
  });

  it('keeps electron and better-sqlite3 external in the main bundle and inlines everything else', () => {
    const code = fs.readFileSync(path.join(outDir, 'main.cjs'), 'utf8');
    const external = requiredModules(code).filter((name) => !name.startsWith('node:') && !builtinModules.includes(name));
    expect(external).toEqual(['better-sqlite3', 'electron']);
  });

  it('writes the CSV reader bundle where the bundled import worker looks for it', () => {
    const reader = readerWorkerPathFor(path.join(outDir, 'importWorker.cjs'));
    expect(fs.existsSync(reader)).toBe(true);
    const external = requiredModules(fs.readFileSync(reader, 'utf8')).filter((name) => !name.startsWith('node:') && !builtinModules.includes(name));
    expect(external).toEqual([]);
  });

  it('gives the sandboxed preload nothing to require but electron', () => {
    const code = fs.readFileSync(path.join(outDir, 'preload.cjs'), 'utf8');
    expect(requiredModules(code)).toEqual(['electron']);
  });
});

// The bundle as Electron would run it, minus Electron: plain Node loads main.cjs with a fake
// 'electron' module, the real backend opens a fresh demo workspace in a temp folder, and the
// registered api:invoke handler is called like the preload would.
const BOOT_RUNNER = `
const Module = require('module');
const { EventEmitter } = require('events');
const fs = require('fs');
const [mainBundle, repoRoot, appDir, out] = process.argv.slice(1);
const handlers = new Map(); const protocols = new Map(); const windows = [];
const app = Object.assign(new EventEmitter(), {
  isPackaged: true, paths: {}, setPath(name, value) { this.paths[name] = value; }, getPath(name) { return this.paths[name]; },
  getAppPath: () => appDir, requestSingleInstanceLock: () => true, whenReady: () => Promise.resolve(),
  quit() {}, exit(code) { throw new Error('app.exit(' + code + ')'); },
});
class WebContents extends EventEmitter { setWindowOpenHandler() {} send() {} }
class BrowserWindow extends EventEmitter {
  constructor(options) { super(); this.options = options; this.webContents = new WebContents(); windows.push(this); }
  loadURL(url) { this.url = url; return Promise.resolve(); } show() {} isDestroyed() { return false; }
}
const electron = {
  app, BrowserWindow, ipcMain: { handle: (channel, handler) => handlers.set(channel, handler) },
  protocol: { registerSchemesAsPrivileged() {}, handle: (scheme, handler) => protocols.set(scheme, handler) },
  session: { defaultSession: { webRequest: { onHeadersReceived() {}, onBeforeRequest() {} }, setPermissionRequestHandler() {}, setPermissionCheckHandler() {} } },
  Menu: { buildFromTemplate: (template) => template, setApplicationMenu() {} },
  dialog: { showErrorBox: (title, message) => { throw new Error(title + ': ' + message); } },
};
const load = Module._load;
Module._load = function (request, parent, isMain) {
  if (request === 'electron') return electron;
  // The bundle sits in a temp folder; take better-sqlite3 (built for Node) from the repo.
  if (request === 'better-sqlite3') return load.call(this, require.resolve('better-sqlite3', { paths: [repoRoot] }), parent, isMain);
  return load.apply(this, arguments);
};
(async () => {
  const backend = await require(mainBundle).started;
  const invoke = handlers.get('api:invoke');
  const page = { senderFrame: { url: 'app://workbench/index.html' } };
  const response = await protocols.get('app')(new Request('app://workbench/index.html'));
  const result = {
    started: backend !== null,
    windowUrl: windows[0] && windows[0].url,
    preload: windows[0] && windows[0].options.webPreferences.preload,
    channels: [...handlers.keys()],
    info: await invoke(page, 'workspace.info', {}),
    missing: await invoke(page, 'accounts.get', { id: 987654 }),
    page: { status: response.status, body: await response.text() },
  };
  app.emit('will-quit');
  fs.writeFileSync(out, JSON.stringify(result));
})().catch((error) => { console.error(error); process.exit(1); });
`;

describe('the bundled main process', () => {
  it('boots on a fake electron with the real backend and answers over api:invoke', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'csm-bundle-data-'));
    const appDir = fs.mkdtempSync(path.join(os.tmpdir(), 'csm-bundle-app-'));
    fs.mkdirSync(path.join(appDir, 'dist', 'renderer'), { recursive: true });
    fs.writeFileSync(path.join(appDir, 'dist', 'renderer', 'index.html'), '<title>bundle test</title>');
    const out = path.join(outDir, 'boot.json');
    try {
      const run = spawnSync(
        process.execPath,
        ['-e', BOOT_RUNNER, path.join(outDir, 'main.cjs'), path.resolve(__dirname, '../../..'), appDir, out],
        { env: { ...process.env, CSM_DATA_DIR: dataDir }, encoding: 'utf8' },
      );
      expect(run.status, run.stderr).toBe(0);
      const result = JSON.parse(fs.readFileSync(out, 'utf8'));
      expect(result.started).toBe(true);
      expect(result.windowUrl).toBe('app://workbench/index.html');
      expect(result.preload).toBe(path.join(appDir, 'dist-electron', 'preload.cjs'));
      expect(result.channels).toEqual(['api:invoke']);
      expect(result.info).toMatchObject({ ok: true, result: { path: path.join(dataDir, 'workspace.csm'), isDemo: true } });
      expect(result.missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      expect(result.page).toEqual({ status: 200, body: '<title>bundle test</title>' });
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
      fs.rmSync(appDir, { recursive: true, force: true });
    }
  }, 120_000);
});
