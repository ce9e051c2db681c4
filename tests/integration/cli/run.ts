import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../../electron/backend/cli/main';
import type { CliIo } from '../../../electron/backend/cli/io';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const CSM_BIN = path.join(REPO_ROOT, 'bin', 'csm.js');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function stderrLines(result: CliResult): string[] {
  return result.stderr.split('\n').filter((line) => line !== '');
}

/**
 * Runs `csm` in this process with captured output. `shutdown` is what serve waits for
 * instead of a signal; `onStdout` sees output as it is written.
 */
export async function runInProcess(
  args: string[],
  options: { cwd?: string; shutdown?: Promise<string>; onStdout?: (text: string) => void; env?: NodeJS.ProcessEnv } = {},
): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
      options.onStdout?.(text);
    },
    stderr: (text) => (stderr += text),
    env: options.env ?? { ...process.env, CSM_DEBUG: '' },
    cwd: options.cwd ?? process.cwd(),
    waitForShutdown: () => options.shutdown ?? new Promise<string>(() => undefined),
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

/** Runs `node bin/csm.js ...` as a child process, as a user would. */
export function runChild(args: string[], options: { cwd?: string } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CSM_BIN, ...args], {
      cwd: options.cwd ?? REPO_ROOT,
      env: { ...process.env, CSM_DEBUG: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}
