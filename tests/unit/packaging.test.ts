import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const require = createRequire(import.meta.url);
const config = require(path.join(root, 'build', 'electron-builder.config.cjs'));
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  main: string;
  scripts: Record<string, string>;
};

function targets(platform: { target: unknown }): string[] {
  const list = Array.isArray(platform.target) ? platform.target : [platform.target];
  return list.map((entry: string | { target: string }) => (typeof entry === 'string' ? entry : entry.target));
}

describe('build/electron-builder.config.cjs', () => {
  it("matches electron-builder's own configuration schema", async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config');
    const { DebugLogger } = require('builder-util');
    await expect(validateConfiguration(structuredClone(config), new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('names the app and writes installers to release/', () => {
    expect(config.appId).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i);
    expect(config.productName).toBe('CSM Workbench');
    expect(config.directories.output).toBe('release');
  });

  it('packages the renderer build and the Electron bundles (main, preload, import worker, CSV reader), but not the dev native copy', () => {
    const files: string[] = config.files;
    expect(files).toEqual(expect.arrayContaining(['dist/renderer/**/*', 'dist-electron/main.cjs', 'dist-electron/preload.cjs', 'package.json']));
    // start.mjs keeps an Electron-ABI better-sqlite3 under dist-electron/node_modules for
    // running from source; only the bundles from that folder may be packaged.
    expect(files.filter((pattern) => pattern.startsWith('dist-electron'))).toEqual([
      'dist-electron/main.cjs',
      'dist-electron/preload.cjs',
      'dist-electron/importWorker.cjs',
      'dist-electron/csvReaderWorker.cjs',
    ]);
  });

  it('starts the packaged app from the main bundle', () => {
    expect(config.extraMetadata.main).toBe('dist-electron/main.cjs');
    expect(pkg.main).toBe('dist-electron/main.cjs');
  });

  it("rebuilds native modules for Electron's ABI while packaging and unpacks better-sqlite3's binary", () => {
    expect(config.npmRebuild).toBe(true);
    expect(config.asarUnpack).toEqual(expect.arrayContaining([expect.stringMatching(/better-sqlite3.*\.node$/)]));
  });

  it('targets AppImage and deb on Linux, dmg on macOS, nsis on Windows', () => {
    expect(targets(config.linux)).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.linux.category).toBe('Office');
    expect(config.linux.maintainer).toMatch(/<[^>]+@[^>]+>/);
    expect(targets(config.mac)).toContain('dmg');
    expect(targets(config.win)).toContain('nsis');
  });

  it('signs macOS builds with the hardened runtime and an entitlements file that exists', () => {
    expect(config.mac.hardenedRuntime).toBe(true);
    const entitlements = fs.readFileSync(path.join(root, config.mac.entitlements), 'utf8');
    expect(entitlements).toContain('<plist');
    expect(entitlements).toContain('com.apple.security.cs.allow-jit');
  });

  it('has an icon: a PNG of at least 512x512', () => {
    const icon = fs.readFileSync(path.join(root, config.icon));
    expect(icon.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(icon.readUInt32BE(16)).toBeGreaterThanOrEqual(512);
    expect(icon.readUInt32BE(20)).toBeGreaterThanOrEqual(512);
  });
});

const ELECTRON_REBUILD = /electron-rebuild|@electron\/rebuild|install-app-deps|electron-builder\s+(install|node-gyp-rebuild)/;

describe('the Electron rebuild of better-sqlite3', () => {
  it('is not in any npm lifecycle script that runs on install', () => {
    for (const name of ['preinstall', 'install', 'postinstall', 'prepare', 'preprepare', 'postprepare', 'prepublish', 'prepack']) {
      const script = pkg.scripts[name];
      if (script === undefined) continue;
      expect(script, `package.json scripts.${name}`).not.toMatch(ELECTRON_REBUILD);
      expect(script, `package.json scripts.${name}`).not.toMatch(/\brebuild\b/);
    }
  });

  it('appears in no npm script; packaging does it through npmRebuild', () => {
    for (const [name, script] of Object.entries(pkg.scripts)) {
      expect(script, `package.json scripts.${name}`).not.toMatch(ELECTRON_REBUILD);
    }
    expect(pkg.scripts.dist).toMatch(/electron-builder --config build\/electron-builder\.config\.cjs/);
  });

  it('is started from one place only: the start path (scripts/start/electronNative.mjs)', () => {
    const mentions: string[] = [];
    const visit = (dir: string) => {
      if (!fs.existsSync(dir)) return;
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) visit(file);
        else if (/\.(m?[jt]s|cjs|sh|json)$/.test(entry.name) || !entry.name.includes('.')) {
          if (ELECTRON_REBUILD.test(fs.readFileSync(file, 'utf8'))) mentions.push(path.relative(root, file));
        }
      }
    };
    for (const dir of ['scripts', 'bin', '.ci', 'build']) visit(path.join(root, dir));
    expect(mentions).toEqual([path.join('scripts', 'start', 'electronNative.mjs')]);
    // ...and start.mjs loads it only on the desktop path, after the browser path has returned.
    const start = fs.readFileSync(path.join(root, 'scripts', 'start.mjs'), 'utf8');
    expect(start.indexOf("import('./start/electronNative.mjs')")).toBeGreaterThan(start.indexOf("plan.mode === 'browser'"));
    expect(start).not.toMatch(/^import .*electronNative/m);
  });
});
