/**
 * Electron main-process entry (bundled to dist-electron/main.cjs by scripts/build-electron.mjs).
 * All the wiring lives in desktopApp.ts and takes the electron module as a parameter, so tests
 * can run it against a fake.
 */
import * as electron from 'electron';
import { createBackend } from '../backend/index';
import { runDesktopApp } from './desktopApp';

export const started = runDesktopApp({
  electron,
  createBackend,
  argv: process.argv,
  cwd: process.cwd(),
  env: process.env,
  platform: process.platform,
}).catch((error: unknown) => {
  console.error('CSM Workbench failed to start', error);
  electron.app.exit(1);
  return null;
});
