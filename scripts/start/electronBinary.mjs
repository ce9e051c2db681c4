// Is there a runnable Electron binary on this machine?
//
// `require('electron')` returns the binary's path when Electron is installed, but when it is
// not, node_modules/electron/index.js *starts a download* (install.js) before throwing. So we
// first repeat its lookup without side effects (path.txt, then dist/<path.txt>, honouring
// ELECTRON_OVERRIDE_DIST_PATH like index.js does), and only when that file exists do we
// require the package, which then cannot download, to confirm the path it reports.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

/** Where the electron package is, as seen from `projectRoot`, or null when it is not installed. */
export function findElectronPackageDir(projectRoot) {
  try {
    const require = createRequire(path.join(projectRoot, 'package.json'));
    return path.dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
}

function isExecutableFile(file) {
  try {
    if (!fs.statSync(file).isFile()) return false;
    if (process.platform !== 'win32') fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * @param {{ packageDir: string | null, env?: NodeJS.ProcessEnv }} options
 * @returns {{ found: true, binary: string, version: string } | { found: false, reason: string }}
 */
export function detectElectronBinary({ packageDir, env = process.env }) {
  if (!packageDir || !fs.existsSync(path.join(packageDir, 'package.json'))) {
    return { found: false, reason: 'the electron package is not installed' };
  }
  const pathFile = path.join(packageDir, 'path.txt');
  const relative = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : '';
  let expected;
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    expected = path.join(env.ELECTRON_OVERRIDE_DIST_PATH, relative || 'electron');
  } else if (relative) {
    expected = path.join(packageDir, 'dist', relative);
  } else {
    return { found: false, reason: 'no Electron binary (node_modules/electron has no path.txt)' };
  }
  if (!isExecutableFile(expected)) {
    return { found: false, reason: `no Electron binary (${expected} is missing)` };
  }

  // Safe now: index.js finds the file it expects and has no reason to download.
  let reported;
  try {
    const require = createRequire(path.join(packageDir, 'package.json'));
    reported = require(packageDir);
  } catch (error) {
    return { found: false, reason: `the electron package failed to load (${error instanceof Error ? error.message : String(error)})` };
  }
  if (typeof reported !== 'string' || !isExecutableFile(reported)) {
    return { found: false, reason: 'the electron package did not report a usable binary path' };
  }
  let version = '';
  try {
    version = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8')).version ?? '';
  } catch {
    // A version is only needed for the native rebuild, which reports its own error.
  }
  return { found: true, binary: reported, version };
}
