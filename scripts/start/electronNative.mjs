// better-sqlite3 for Electron, for running from source with `npm start`.
//
// The copy in node_modules is built for Node's ABI and must stay that way: the tests, the CLI
// and the browser build load it. Electron needs one built for its own ABI. Rebuilding in place
// (what `electron-rebuild` does by default) would break `npm test` until the next reinstall,
// and doing it in postinstall would make `npm install` fail on machines without Electron.
// So, only when an Electron binary is present and only on demand, we copy the package to
//   dist-electron/node_modules/better-sqlite3
// and rebuild that copy with @electron/rebuild (which electron-builder depends on). The bundled
// dist-electron/main.cjs requires 'better-sqlite3' and Node's lookup finds this copy first,
// before ../node_modules. A stamp records the Electron and better-sqlite3 versions, so the
// (slow, once) rebuild is redone only when either changes. Packaging does its own rebuild
// (npmRebuild in build/electron-builder.config.cjs) and never ships this copy.
import fs from 'node:fs';
import path from 'node:path';

export const NATIVE_MODULE = 'better-sqlite3';

export function electronNativePaths(root) {
  const buildPath = path.join(root, 'dist-electron');
  const moduleDir = path.join(buildPath, 'node_modules', NATIVE_MODULE);
  return {
    buildPath,
    moduleDir,
    binary: path.join(moduleDir, 'build', 'Release', 'better_sqlite3.node'),
    stamp: path.join(buildPath, 'electron-native.json'),
  };
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** The stamp that a build for this Electron version and this better-sqlite3 would carry. */
export function wantedStamp(root, electronVersion) {
  const pkg = readJson(path.join(root, 'node_modules', NATIVE_MODULE, 'package.json'));
  return { electron: electronVersion, [NATIVE_MODULE]: pkg?.version ?? 'unknown', platform: process.platform, arch: process.arch };
}

export function isElectronNativeCurrent(root, electronVersion) {
  const paths = electronNativePaths(root);
  const stamp = readJson(paths.stamp);
  return fs.existsSync(paths.binary) && JSON.stringify(stamp) === JSON.stringify(wantedStamp(root, electronVersion));
}

/**
 * Makes sure dist-electron/node_modules/better-sqlite3 is built for `electronVersion`.
 * `rebuild` is @electron/rebuild's function (a parameter so tests need not compile anything).
 */
export async function ensureElectronNative(root, electronVersion, { rebuild, log = console.log } = {}) {
  if (isElectronNativeCurrent(root, electronVersion)) return false;
  const paths = electronNativePaths(root);
  const source = path.join(root, 'node_modules', NATIVE_MODULE);
  if (!fs.existsSync(source)) throw new Error(`${NATIVE_MODULE} is not installed; run npm install first`);
  const stamp = wantedStamp(root, electronVersion);
  log(
    `Building ${NATIVE_MODULE} ${stamp[NATIVE_MODULE]} for Electron ${electronVersion} into dist-electron/ ` +
      `(once per version; node_modules stays built for Node)...`,
  );

  fs.rmSync(paths.moduleDir, { recursive: true, force: true });
  fs.rmSync(paths.stamp, { force: true });
  fs.mkdirSync(path.dirname(paths.moduleDir), { recursive: true });
  // Copy the sources, not the Node-ABI build output.
  fs.cpSync(source, paths.moduleDir, {
    recursive: true,
    filter: (file) => path.relative(source, file).split(path.sep)[0] !== 'build',
  });
  // @electron/rebuild walks the dependencies of the package.json in buildPath.
  fs.writeFileSync(
    path.join(paths.buildPath, 'package.json'),
    JSON.stringify({ name: 'csm-workbench-electron-native', private: true, dependencies: { [NATIVE_MODULE]: stamp[NATIVE_MODULE] } }, null, 2),
  );

  if (!rebuild) ({ rebuild } = await import('@electron/rebuild'));
  await rebuild({
    buildPath: paths.buildPath,
    projectRootPath: paths.buildPath,
    electronVersion,
    onlyModules: [NATIVE_MODULE],
    force: true,
  });
  if (!fs.existsSync(paths.binary)) throw new Error(`the rebuild finished but ${paths.binary} was not produced`);
  fs.writeFileSync(paths.stamp, JSON.stringify(stamp));
  return true;
}
