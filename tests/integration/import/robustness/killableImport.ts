import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { CSM_BIN, REPO_ROOT } from '../../cli/run';

/**
 * When to SIGKILL a running `csm import`. Both are measured from the moment the child opens the
 * workspace (its WAL file appears), so the tsx start-up before it does not count:
 * - after: this many milliseconds later (may be after the import ended: then no kill);
 * - walBytes: as soon as the WAL holds at least this many bytes (the import is writing).
 */
export type KillPlan = { kind: 'none' } | { kind: 'after'; ms: number } | { kind: 'walBytes'; bytes: number };

export interface ChildRun {
  /** Exit code, or null when killed. */
  code: number | null;
  killed: boolean;
  stdout: string;
  stderr: string;
  /** From spawn to the WAL's appearance, and to exit (ms). */
  walAppearedAfterMs: number | null;
  exitedAfterMs: number;
  /** The largest WAL seen, and its size when the kill was sent. */
  maxWalBytes: number;
  walBytesAtKill: number | null;
}

const POLL_MS = 2;

/**
 * Runs `node CLI import FILES --workspace DB --json` as a user would (CLI: bin/csm.js, or the
 * same command bundled by bundleCli), killing it as planned.
 */
export function runKillableImport(dbPath: string, files: readonly string[], plan: KillPlan, cli = CSM_BIN): Promise<ChildRun> {
  const walPath = `${dbPath}-wal`;
  const started = performance.now();
  const child = spawn(process.execPath, [cli, 'import', ...files, '--workspace', dbPath, '--json'], {
    cwd: REPO_ROOT,
    env: { ...process.env, CSM_DEBUG: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const run: ChildRun = {
    code: null,
    killed: false,
    stdout: '',
    stderr: '',
    walAppearedAfterMs: null,
    exitedAfterMs: 0,
    maxWalBytes: 0,
    walBytesAtKill: null,
  };
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (run.stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (run.stderr += chunk));
  let walSeenAt: number | null = null;

  const kill = (walBytes: number) => {
    if (run.killed || child.exitCode !== null) return;
    run.killed = child.kill('SIGKILL');
    run.walBytesAtKill = walBytes;
  };
  const poll = setInterval(() => {
    const size = fs.statSync(walPath, { throwIfNoEntry: false })?.size;
    if (size === undefined) return;
    const now = performance.now();
    if (walSeenAt === null) {
      walSeenAt = now;
      run.walAppearedAfterMs = now - started;
    }
    run.maxWalBytes = Math.max(run.maxWalBytes, size);
    if (plan.kind === 'after' && now - walSeenAt >= plan.ms) kill(size);
    if (plan.kind === 'walBytes' && size >= plan.bytes) kill(size);
  }, POLL_MS);

  return new Promise((resolve, reject) => {
    child.on('error', (error) => {
      clearInterval(poll);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(poll);
      run.code = code;
      run.exitedAfterMs = performance.now() - started;
      resolve(run);
    });
  });
}
