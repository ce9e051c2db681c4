#!/usr/bin/env node
// `npm start`: the desktop app when this machine has an Electron binary, otherwise (and for
// `npm run serve`, which passes --browser) the browser build on 127.0.0.1.
//
//   npm start -- [--workspace FILE] [--port N] [--browser]
//
// Desktop: builds the renderer (vite) and the Electron bundles when missing or older than
// their sources, makes sure a copy of better-sqlite3 is built for Electron's ABI (see
// start/electronNative.mjs: never in node_modules, never in postinstall), then runs Electron.
// Browser: builds the renderer when needed, then runs `node bin/csm.js serve`, which prints
// the URL to open.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectElectronBinary, findElectronPackageDir } from './start/electronBinary.mjs';
import { isStale } from './start/freshness.mjs';
import { parseStartArgs, planStart } from './start/plan.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function rendererSources() {
  const rootConfigs = fs.readdirSync(root).filter((name) => /^vite\.config\./.test(name) || name === 'index.html');
  return [path.join(root, 'renderer'), path.join(root, 'shared'), ...rootConfigs.map((name) => path.join(root, name))];
}

/** Runs a command to completion with inherited output; rejects with a one-line error. */
function run(command, args, what) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
    child.on('error', (error) => reject(new Error(`${what} could not start: ${error.message}`)));
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${what} failed (${signal ?? `exit code ${code}`})`)),
    );
  });
}

async function buildRendererIfStale() {
  if (!isStale([path.join(root, 'dist', 'renderer', 'index.html')], rendererSources())) return;
  console.log('Building the renderer (vite build)...');
  await run(process.execPath, [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'], 'vite build');
}

async function buildElectronIfStale() {
  const outputs = ['main.cjs', 'preload.cjs'].map((file) => path.join(root, 'dist-electron', file));
  if (!isStale(outputs, [path.join(root, 'electron'), path.join(root, 'shared')])) return;
  console.log('Bundling the Electron main process and preload...');
  const { buildElectron } = await import('./build-electron.mjs');
  await buildElectron();
}

/** Runs the long-lived child, forwards Ctrl-C / termination to it, and exits as it does. */
function runForeground(command, args, env = process.env) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', env });
  const forward = (signal) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  };
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => forward(signal));
  child.on('error', (error) => {
    console.error(`Could not start ${path.basename(command)}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    process.exit(code ?? (signal === 'SIGINT' ? 130 : signal === 'SIGTERM' ? 143 : 1));
  });
}

async function main() {
  const options = parseStartArgs(process.argv.slice(2));
  // npm runs scripts from the package folder; a relative --workspace means the user's folder.
  if (options.workspace) options.workspace = path.resolve(process.env.INIT_CWD ?? process.cwd(), options.workspace);

  const electron = options.browser
    ? { found: false, reason: '--browser' }
    : detectElectronBinary({ packageDir: findElectronPackageDir(root) });
  const plan = planStart(options, electron);
  if (plan.notice) console.log(plan.notice);

  if (options.dryRun) {
    // For tests and the curious: what would run, without building or starting anything.
    console.log(JSON.stringify(plan));
    return;
  }

  await buildRendererIfStale();
  if (plan.mode === 'browser') {
    runForeground(process.execPath, [path.join(root, 'bin', 'csm.js'), ...plan.serveArgs]);
    return;
  }

  await buildElectronIfStale();
  const { ensureElectronNative } = await import('./start/electronNative.mjs');
  try {
    await ensureElectronNative(root, plan.electronVersion);
  } catch (error) {
    throw new Error(
      `Could not build better-sqlite3 for Electron ${plan.electronVersion}: ${error instanceof Error ? error.message : String(error)}. ` +
        'Run `npm run serve` to use the browser build meanwhile.',
    );
  }
  // ELECTRON_RUN_AS_NODE would turn the binary into a plain Node and skip the app.
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  runForeground(plan.binary, [root, ...plan.appArgs], env);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
