import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/backend';
import type { Account } from '../../../shared/api/dto';
import { CSM_BIN, REPO_ROOT, runChild, stderrLines } from './run';
import { makeTextFile, useTempDirs } from './workspaces';

// Each child process starts tsx and compiles the back-end: allow for a slow machine.
const SLOW = 120_000;

describe('node bin/csm.js, as a user runs it', () => {
  const tempDir = useTempDirs();

  it('init creates an empty workspace and accounts --json lists nothing', { timeout: SLOW }, async () => {
    const dir = tempDir();
    const dbPath = path.join(dir, 'fresh.csm');
    const init = await runChild(['init', '--workspace', dbPath]);
    expect(init).toMatchObject({ code: 0, stderr: '' });
    expect(fs.existsSync(dbPath)).toBe(true);
    const accounts = await runChild(['accounts', '--workspace', dbPath, '--json']);
    expect(accounts.code).toBe(0);
    expect(JSON.parse(accounts.stdout)).toEqual([]);
  });

  it('demo creates the demo book, and accounts --json prints every account in it', { timeout: SLOW }, async () => {
    const dir = tempDir();
    const dbPath = path.join(dir, 'demo.csm');
    const demo = await runChild(['demo', '--workspace', dbPath]);
    expect(demo).toMatchObject({ code: 0, stderr: '' });

    const listed = await runChild(['accounts', '--workspace', dbPath, '--json']);
    expect(listed.code).toBe(0);
    const accounts = JSON.parse(listed.stdout) as Account[];
    const backend = await createBackend({ dbPath, ifMissing: 'fail' });
    const info = await backend.dispatch('workspace.info', {});
    await backend.close();
    expect(accounts).toHaveLength(info.accountCount);
    expect(accounts.length).toBeGreaterThan(0);
    for (const account of accounts) {
      expect(typeof account.id).toBe('number');
      expect(typeof account.name).toBe('string');
      expect(typeof account.externalIds).toBe('object');
      expect(typeof account.customFields).toBe('object');
      expect(['active', 'churned']).toContain(account.status);
      expect(typeof account.mrr).toBe('number');
      expect(typeof account.arr).toBe('number');
    }
  });

  it('refuses a missing workspace with one line on stderr', { timeout: SLOW }, async () => {
    const file = path.join(tempDir(), 'missing.csm');
    const result = await runChild(['accounts', '--workspace', file]);
    expect(result.code).toBe(1);
    expect(stderrLines(result)).toEqual([`csm: no workspace at ${file}`]);
  });

  it('refuses a text file with one line on stderr naming it', { timeout: SLOW }, async () => {
    const file = makeTextFile(tempDir());
    const result = await runChild(['accounts', '--workspace', file, '--json']);
    expect(result.code).toBe(1);
    expect(stderrLines(result)).toHaveLength(1);
    expect(result.stderr).toContain(file);
    expect(result.stdout).toBe('');
  });

  it('exits 2 on an unknown command', { timeout: SLOW }, async () => {
    const result = await runChild(['frobnicate']);
    expect(result.code).toBe(2);
    expect(stderrLines(result)).toHaveLength(1);
  });

  it('serve prints its address, answers with the token, and exits 0 on SIGTERM', { timeout: SLOW }, async () => {
    const dir = tempDir();
    const dbPath = path.join(dir, 'served.csm');
    const child = spawn(process.execPath, [CSM_BIN, 'serve', '--workspace', dbPath, '--if-missing', 'empty'], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    let stdout = '';
    const firstLine = await new Promise<string>((resolve, reject) => {
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        stdout += chunk;
        const newline = stdout.indexOf('\n');
        if (newline !== -1) resolve(stdout.slice(0, newline));
      });
      child.on('close', () => reject(new Error(`serve exited early: ${stdout}`)));
    });
    const match = /^CSM Workbench is running at (http:\/\/127\.0\.0\.1:\d+)\/\?token=([0-9a-f]{64})$/.exec(firstLine);
    expect(match).not.toBeNull();
    const response = await fetch(`${match![1]}/api/accounts.list`, {
      method: 'POST',
      headers: { 'x-csm-token': match![2]!, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(await response.json()).toEqual({ ok: true, result: { rows: [], total: 0 } });

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stdout).toContain(`Workspace: ${dbPath}`);
  });
});
