// electron-builder configuration: `npm run dist` (= npm run build, then electron-builder).
//
// Native module: better-sqlite3 in node_modules is built for Node (tests, CLI, browser build).
// npmRebuild makes electron-builder rebuild it for Electron's ABI in the staged app it
// packages; this is the only place the packaged app's Electron build happens (never in
// postinstall). scripts/start.mjs keeps its own Electron-ABI copy for running from source.

/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'com.csmworkbench.desktop',
  productName: 'CSM Workbench',
  copyright: 'Copyright © CSM Workbench',
  directories: {
    output: 'release',
    buildResources: 'build',
  },
  // Only the built app: the renderer bundle, the Electron bundles (main, preload, import worker,
  // CSV reader thread) and package.json.
  // dist-electron/ also holds start.mjs's Electron-ABI better-sqlite3 for running from source;
  // it is deliberately not listed, packaging rebuilds its own (npmRebuild).
  files: [
    'dist/renderer/**/*',
    'dist-electron/main.cjs',
    'dist-electron/preload.cjs',
    'dist-electron/importWorker.cjs',
    'dist-electron/csvReaderWorker.cjs',
    'package.json',
    // Production dependencies (electron-builder leaves devDependencies out). The bundles
    // inline all JavaScript except better-sqlite3, which loads its .node file from disk.
    'node_modules/**/*',
  ],
  // A .node file cannot be loaded from inside app.asar.
  asarUnpack: ['node_modules/better-sqlite3/**/*.node'],
  extraMetadata: {
    main: 'dist-electron/main.cjs',
  },
  npmRebuild: true,
  buildDependenciesFromSource: false,
  icon: 'build/icon.png',
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    maintainer: 'CSM Workbench <support@csmworkbench.invalid>',
    synopsis: 'Offline-first workbench for customer success managers',
    executableName: 'csm-workbench',
  },
  mac: {
    target: ['dmg'],
    category: 'public.app-category.business',
    hardenedRuntime: true,
    gatekeeperAssess: false,
    entitlements: 'build/entitlements.mac.plist',
    entitlementsInherit: 'build/entitlements.mac.plist',
  },
  dmg: {
    title: 'CSM Workbench ${version}',
  },
  win: {
    target: ['nsis'],
  },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
  },
};
