import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const OUTPUT_DIR = path.join(ROOT, 'tests/e2e/output');
/** The real CRM exports beside the repository (../shared/fixtures, see its README). */
export const FIXTURES = path.resolve(ROOT, '..', 'shared', 'fixtures');
const CHROMIUM = process.env.CSM_CHROMIUM ?? '/usr/bin/chromium';

/** Flags for Debian's Chromium on a machine with no network (see the brief). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface Served {
  url: string;
  origin: string;
  workspacePath: string;
  dir: string;
  stop(): Promise<void>;
}

/**
 * Starts the browser build exactly as a user would (`csm serve`), on a fresh temporary
 * workspace, and waits for the line that prints its URL.
 */
export async function serveWorkspace(options: { ifMissing?: 'demo' | 'empty' } = {}): Promise<Served> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'csm-e2e-'));
  const workspacePath = path.join(dir, 'workspace.csm');
  const child = spawn(
    process.execPath,
    ['bin/csm.js', 'serve', '--workspace', workspacePath, '--port', '0', '--if-missing', options.ifMissing ?? 'demo'],
    { cwd: ROOT, env: { ...process.env, CSM_DATA_DIR: dir }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const url = await waitForUrl(child);
  return {
    url,
    origin: new URL(url).origin,
    workspacePath,
    dir,
    stop: async () => {
      await stopChild(child);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]+)/.exec(output);
      if (match?.[1]) {
        child.stdout?.off('data', onData);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => reject(new Error(`csm serve exited with ${code} before it was ready:\n${output}`)));
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 5000).unref();
  });
}

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install it with \`apt-get install -y chromium\` (see .ci/run)`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // Playwright gives each launch a fresh empty profile of its own.
    args: CHROMIUM_ARGS,
  });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(OUTPUT_DIR, { recursive: true });
  const file = path.join(OUTPUT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}
