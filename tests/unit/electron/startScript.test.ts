import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { detectElectronBinary } from '../../../scripts/start/electronBinary.mjs';
import { ensureElectronNative, electronNativePaths } from '../../../scripts/start/electronNative.mjs';
import { NO_ELECTRON_NOTICE, parseStartArgs, planStart } from '../../../scripts/start/plan.mjs';

const repoRoot = path.resolve(__dirname, '../../..');
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'csm-start-'));
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

let counter = 0;
/**
 * A fake node_modules/electron. Its index.js leaves a marker when it is loaded, because the
 * real one starts a download when it is loaded without a binary: detection must not load it
 * in that case.
 */
function fakeElectronPackage(options: { pathTxt?: string; binary?: 'executable' | 'plain' | 'none'; indexBody?: string }) {
  const dir = path.join(temp, `electron-${counter++}`);
  fs.mkdirSync(path.join(dir, 'dist'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'electron', version: '45.4.1', main: 'index.js' }));
  if (options.pathTxt !== undefined) fs.writeFileSync(path.join(dir, 'path.txt'), options.pathTxt);
  const binary = path.join(dir, 'dist', 'electron');
  if (options.binary && options.binary !== 'none') {
    fs.writeFileSync(binary, '#!/bin/sh\n');
    fs.chmodSync(binary, options.binary === 'executable' ? 0o755 : 0o644);
  }
  const body = options.indexBody ?? `module.exports = ${JSON.stringify(binary)};`;
  fs.writeFileSync(
    path.join(dir, 'index.js'),
    `require('fs').writeFileSync(require('path').join(__dirname, 'loaded.marker'), '');\n${body}\n`,
  );
  return { dir, binary, wasLoaded: () => fs.existsSync(path.join(dir, 'loaded.marker')) };
}

const noOverride = {} as NodeJS.ProcessEnv;

describe('detectElectronBinary', () => {
  it('reports no binary when the package is not installed', () => {
    expect(detectElectronBinary({ packageDir: null, env: noOverride })).toMatchObject({ found: false });
    expect(detectElectronBinary({ packageDir: path.join(temp, 'nowhere'), env: noOverride })).toMatchObject({ found: false });
  });

  it('reports no binary without loading the package when path.txt is missing (as on this machine)', () => {
    const pkg = fakeElectronPackage({});
    const result = detectElectronBinary({ packageDir: pkg.dir, env: noOverride });
    expect(result).toEqual({ found: false, reason: expect.stringContaining('no Electron binary') });
    expect(pkg.wasLoaded()).toBe(false);
  });

  it('reports no binary without loading the package when path.txt names a missing file', () => {
    const pkg = fakeElectronPackage({ pathTxt: 'electron', binary: 'none' });
    expect(detectElectronBinary({ packageDir: pkg.dir, env: noOverride })).toMatchObject({ found: false });
    expect(pkg.wasLoaded()).toBe(false);
  });

  it.skipIf(process.platform === 'win32')('reports no binary when the file is not executable', () => {
    const pkg = fakeElectronPackage({ pathTxt: 'electron', binary: 'plain' });
    expect(detectElectronBinary({ packageDir: pkg.dir, env: noOverride })).toMatchObject({ found: false });
  });

  it('finds an installed binary and confirms it with the path the package reports', () => {
    const pkg = fakeElectronPackage({ pathTxt: 'electron', binary: 'executable' });
    expect(detectElectronBinary({ packageDir: pkg.dir, env: noOverride })).toEqual({ found: true, binary: pkg.binary, version: '45.4.1' });
    expect(pkg.wasLoaded()).toBe(true);
  });

  it('reports no binary when the package throws on load', () => {
    const pkg = fakeElectronPackage({ pathTxt: 'electron', binary: 'executable', indexBody: "throw new Error('Electron failed to install correctly');" });
    expect(detectElectronBinary({ packageDir: pkg.dir, env: noOverride })).toEqual({
      found: false,
      reason: expect.stringContaining('Electron failed to install correctly'),
    });
  });

  it('reports no binary when the package reports a path that does not exist', () => {
    const pkg = fakeElectronPackage({ pathTxt: 'electron', binary: 'executable', indexBody: "module.exports = '/no/such/electron';" });
    expect(detectElectronBinary({ packageDir: pkg.dir, env: noOverride })).toMatchObject({ found: false });
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like the package does', () => {
    const pkg = fakeElectronPackage({ pathTxt: 'electron', binary: 'executable' });
    const emptyDist = fs.mkdtempSync(path.join(temp, 'dist-'));
    expect(detectElectronBinary({ packageDir: pkg.dir, env: { ELECTRON_OVERRIDE_DIST_PATH: emptyDist } })).toMatchObject({ found: false });
    expect(pkg.wasLoaded()).toBe(false);
  });
});

describe('planStart', () => {
  const noBinary = { found: false as const, reason: 'no Electron binary' };
  const binary = { found: true as const, binary: '/opt/electron/electron', version: '45.4.1' };

  it('falls back to the browser build with the one-line notice when there is no binary', () => {
    expect(planStart(parseStartArgs([]), noBinary)).toEqual({
      mode: 'browser',
      notice: NO_ELECTRON_NOTICE,
      serveArgs: ['serve', '--if-missing', 'demo'],
    });
  });

  it('runs the browser build without a notice for --browser, even with a binary', () => {
    const plan = planStart(parseStartArgs(['--browser', '--port', '4100', '--workspace', '/b/acme.csm']), binary);
    expect(plan).toEqual({
      mode: 'browser',
      notice: null,
      serveArgs: ['serve', '--workspace', '/b/acme.csm', '--if-missing', 'demo', '--port', '4100'],
    });
  });

  it('runs Electron with the workspace argument when a binary is present', () => {
    expect(planStart(parseStartArgs(['--workspace=/b/acme.csm']), binary)).toEqual({
      mode: 'electron',
      notice: null,
      binary: '/opt/electron/electron',
      electronVersion: '45.4.1',
      appArgs: ['--workspace', '/b/acme.csm'],
    });
  });

  it('rejects bad arguments with one line naming them', () => {
    expect(() => parseStartArgs(['--wrkspace', 'x'])).toThrow(/^Unknown argument "--wrkspace"/);
    expect(() => parseStartArgs(['--port', 'eighty'])).toThrow(/--port must be a number/);
    expect(() => parseStartArgs(['--workspace'])).toThrow(/--workspace needs a value/);
  });
});

describe('scripts/start.mjs without an Electron binary', () => {
  function start(args: string[]) {
    const emptyDist = fs.mkdtempSync(path.join(temp, 'no-electron-'));
    return spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'start.mjs'), '--dry-run', ...args], {
      cwd: repoRoot,
      // An empty override folder makes "no binary" certain on any machine.
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: emptyDist, INIT_CWD: '/home/someone' },
      encoding: 'utf8',
    });
  }

  it('prints the clear notice, then plans `csm serve` with the given workspace and port', () => {
    const result = start(['--workspace', 'books/acme.csm', '--port', '4100']);
    expect(result.status).toBe(0);
    const [notice, planJson, ...rest] = result.stdout.trim().split('\n');
    expect(notice).toBe(NO_ELECTRON_NOTICE);
    expect(rest).toEqual([]);
    expect(JSON.parse(planJson!)).toEqual({
      mode: 'browser',
      notice: NO_ELECTRON_NOTICE,
      serveArgs: ['serve', '--workspace', path.resolve('/home/someone', 'books/acme.csm'), '--if-missing', 'demo', '--port', '4100'],
    });
  });

  it('prints no notice for npm run serve (--browser)', () => {
    const result = start(['--browser']);
    expect(result.status).toBe(0);
    expect(result.stdout).not.toContain('Electron is not available');
    expect(JSON.parse(result.stdout.trim())).toMatchObject({ mode: 'browser', notice: null });
  });

  it('exits 1 with a one-line error for a bad argument', () => {
    const result = start(['--prot', '80']);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('Unknown argument "--prot"');
  });
});

describe('ensureElectronNative', () => {
  function fakeProject() {
    const root = fs.mkdtempSync(path.join(temp, 'project-'));
    const pkg = path.join(root, 'node_modules', 'better-sqlite3');
    fs.mkdirSync(path.join(pkg, 'build', 'Release'), { recursive: true });
    fs.mkdirSync(path.join(pkg, 'lib'), { recursive: true });
    fs.writeFileSync(path.join(pkg, 'package.json'), JSON.stringify({ name: 'better-sqlite3', version: '12.0.0' }));
    fs.writeFileSync(path.join(pkg, 'lib', 'index.js'), 'module.exports = {};');
    fs.writeFileSync(path.join(pkg, 'build', 'Release', 'better_sqlite3.node'), 'NODE-ABI');
    return { root, nodeCopy: path.join(pkg, 'build', 'Release', 'better_sqlite3.node') };
  }

  /** Stands in for @electron/rebuild: "compiles" into the copy it is pointed at. */
  function fakeRebuild(calls: Record<string, unknown>[]) {
    return async (options: Record<string, unknown>) => {
      calls.push(options);
      const release = path.join(String(options.buildPath), 'node_modules', 'better-sqlite3', 'build', 'Release');
      fs.mkdirSync(release, { recursive: true });
      fs.writeFileSync(path.join(release, 'better_sqlite3.node'), `ELECTRON-${String(options.electronVersion)}`);
    };
  }

  it('builds a separate Electron copy in dist-electron and leaves node_modules alone', async () => {
    const { root, nodeCopy } = fakeProject();
    const calls: Record<string, unknown>[] = [];
    const lines: string[] = [];
    expect(await ensureElectronNative(root, '45.4.1', { rebuild: fakeRebuild(calls), log: (line) => lines.push(line) })).toBe(true);

    const paths = electronNativePaths(root);
    expect(calls).toEqual([expect.objectContaining({ buildPath: paths.buildPath, electronVersion: '45.4.1', onlyModules: ['better-sqlite3'] })]);
    expect(fs.readFileSync(paths.binary, 'utf8')).toBe('ELECTRON-45.4.1');
    expect(fs.readFileSync(nodeCopy, 'utf8')).toBe('NODE-ABI');
    expect(fs.existsSync(path.join(paths.moduleDir, 'lib', 'index.js'))).toBe(true);
    expect(lines.join('\n')).toMatch(/for Electron 45\.4\.1/);
  });

  it('does not rebuild again for the same versions, and does for a new Electron', async () => {
    const { root } = fakeProject();
    const calls: Record<string, unknown>[] = [];
    const log = () => {};
    await ensureElectronNative(root, '45.4.1', { rebuild: fakeRebuild(calls), log });
    expect(await ensureElectronNative(root, '45.4.1', { rebuild: fakeRebuild(calls), log })).toBe(false);
    expect(await ensureElectronNative(root, '46.0.0', { rebuild: fakeRebuild(calls), log })).toBe(true);
    expect(calls.map((call) => call.electronVersion)).toEqual(['45.4.1', '46.0.0']);
  });

  it('fails clearly when the rebuild produced no binary, and leaves no stamp behind', async () => {
    const { root } = fakeProject();
    await expect(ensureElectronNative(root, '45.4.1', { rebuild: async () => {}, log: () => {} })).rejects.toThrow(/was not produced/);
    expect(fs.existsSync(electronNativePaths(root).stamp)).toBe(false);
  });
});
