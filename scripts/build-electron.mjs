#!/usr/bin/env node
// Bundles the Electron main process and the preload with esbuild:
//   electron/main/index.ts    -> dist-electron/main.cjs     (package.json "main")
//   electron/preload/index.ts -> dist-electron/preload.cjs  (CommonJS: sandboxed preloads
//                                                            cannot load ES modules)
//   electron/backend/import/worker/importWorker.ts -> dist-electron/importWorker.cjs
//   electron/backend/import/read/thread/csvReaderWorker.ts -> dist-electron/csvReaderWorker.cjs
// 'electron' is provided by the runtime; better-sqlite3 stays external because its .node
// binary must be loaded from disk (built for Electron's ABI; see scripts/start.mjs and
// build/electron-builder.config.cjs). Only these bundles are written, so the
// Electron-ABI copy of better-sqlite3 that start.mjs keeps in dist-electron/ survives.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const ELECTRON_BUNDLES = [
  { entry: 'electron/main/index.ts', file: 'main.cjs' },
  { entry: 'electron/preload/index.ts', file: 'preload.cjs' },
  // Imports run in a worker thread with a bounded heap (electron/backend/import/worker).
  { entry: 'electron/backend/import/worker/importWorker.ts', file: 'importWorker.cjs' },
  // The import worker parses large CSVs in a thread of its own, started from this sibling bundle.
  { entry: 'electron/backend/import/read/thread/csvReaderWorker.ts', file: 'csvReaderWorker.cjs' },
];

/** outDir is a parameter so tests can bundle into a temp folder. */
export async function buildElectron({ outDir = path.join(root, 'dist-electron'), minify = false } = {}) {
  for (const { entry, file } of ELECTRON_BUNDLES) {
    await build({
      entryPoints: [path.join(root, entry)],
      outfile: path.join(outDir, file),
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node22',
      external: ['electron', 'better-sqlite3'],
      sourcemap: true,
      minify,
      logLevel: 'warning',
      // import.meta.url only finds a worker's TypeScript bootstrap when running from source; the
      // bundles always pass the bundled workers' paths instead (desktopApp.ts, runInWorker.ts).
      logOverride: { 'empty-import-meta': 'silent' },
    });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    await buildElectron({ minify: process.argv.includes('--minify') });
    console.log(`Built ${ELECTRON_BUNDLES.map((b) => `dist-electron/${b.file}`).join(', ')}`);
  } catch (error) {
    console.error(`Electron bundle failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
