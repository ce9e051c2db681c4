import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/backend';
import type { Account } from '../../../shared/api/dto';
import { runInProcess, stderrLines } from './run';
import { makeWorkspaceWithAccounts, useTempDirs } from './workspaces';

const tempDir = useTempDirs();

async function infoOf(dbPath: string) {
  const backend = await createBackend({ dbPath, ifMissing: 'fail' });
  try {
    return await backend.dispatch('workspace.info', {});
  } finally {
    await backend.close();
  }
}

describe('csm help', () => {
  it('lists every command for --help, help, and no command at all', async () => {
    for (const args of [['--help'], ['help'], []]) {
      const result = await runInProcess(args);
      expect(result.code).toBe(0);
      for (const name of ['init', 'demo', 'accounts', 'serve', 'help']) expect(result.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
      expect(result.stderr).toBe('');
    }
  });

  it("shows one command's options for `help accounts` and `accounts --help`", async () => {
    for (const args of [['help', 'accounts'], ['accounts', '--help']]) {
      const result = await runInProcess(args);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^usage: csm accounts \[--workspace PATH\] \[--json\]/);
      expect(result.stdout).toContain('--json');
    }
  });

  it('refuses an unknown command with a usage error (exit 2, one line)', async () => {
    const result = await runInProcess(['frobnicate']);
    expect(result.code).toBe(2);
    expect(stderrLines(result)).toEqual(['csm: unknown command "frobnicate"; run `csm help` to see the commands']);
    expect(result.stdout).toBe('');
  });

  it('refuses an unknown option with a usage error naming it', async () => {
    const result = await runInProcess(['accounts', '--colour']);
    expect(result.code).toBe(2);
    expect(stderrLines(result)).toHaveLength(1);
    expect(result.stderr).toContain('--colour');
  });
});

describe('csm init and csm demo', () => {
  it('init creates an empty workspace and says where', async () => {
    const dir = tempDir();
    const result = await runInProcess(['init', '--workspace', 'new.csm'], { cwd: dir });
    const dbPath = path.join(dir, 'new.csm');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain(dbPath);
    expect(await infoOf(dbPath)).toMatchObject({ accountCount: 0, isDemo: false });
  });

  it('init refuses a file that already exists and leaves it alone', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'taken.csm');
    fs.writeFileSync(file, 'precious');
    const result = await runInProcess(['init', '--workspace', file]);
    expect(result.code).toBe(1);
    expect(stderrLines(result)).toHaveLength(1);
    expect(result.stderr).toContain(file);
    expect(result.stderr).toMatch(/already exists/);
    expect(fs.readFileSync(file, 'utf8')).toBe('precious');
  });

  // Generating the demo book takes a few seconds on a busy 2-core machine.
  it('demo creates a demo workspace with accounts', { timeout: 120_000 }, async () => {
    const dir = tempDir();
    const dbPath = path.join(dir, 'demo.csm');
    const result = await runInProcess(['demo', '--workspace', dbPath]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const info = await infoOf(dbPath);
    expect(info.isDemo).toBe(true);
    expect(info.accountCount).toBeGreaterThan(0);
    expect(result.stdout).toContain(`(${info.accountCount} accounts)`);
  });

  it('demo refuses an existing workspace', async () => {
    const dir = tempDir();
    const dbPath = await makeWorkspaceWithAccounts(dir);
    const result = await runInProcess(['demo', '--workspace', dbPath]);
    expect(result.code).toBe(1);
    expect(stderrLines(result)).toHaveLength(1);
    expect(result.stderr).toContain(dbPath);
    expect((await infoOf(dbPath)).accountCount).toBe(2);
  });
});

describe('csm accounts', () => {
  it('prints every account with all its fields as JSON', async () => {
    const dbPath = await makeWorkspaceWithAccounts(tempDir());
    const result = await runInProcess(['accounts', '--workspace', dbPath, '--json']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const accounts = JSON.parse(result.stdout) as Account[];
    expect(accounts).toHaveLength(2);
    const acme = accounts.find((account) => account.name === 'Acme Corporation');
    expect(acme).toMatchObject({
      externalIds: { salesforce: '0015g00000AbCdEAAZ' },
      tier: 'strategic',
      segment: 'Enterprise',
      owner: 'Dana Scully',
      stage: 'adoption',
      status: 'active',
      mrr: 12500,
      arr: 150000,
      renewalDate: '2027-03-31',
      customFields: { 'Partner Tier': 'Gold', Employees: 1200 },
    });
    for (const account of accounts) {
      for (const field of ['id', 'externalIds', 'name', 'tier', 'segment', 'owner', 'stage', 'status', 'mrr', 'arr', 'renewalDate', 'customFields']) {
        expect(account).toHaveProperty(field);
      }
    }
  });

  it('prints an empty JSON array for an empty workspace', async () => {
    const dir = tempDir();
    await runInProcess(['init', '--workspace', path.join(dir, 'empty.csm')]);
    const result = await runInProcess(['accounts', '--workspace', path.join(dir, 'empty.csm'), '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([]);
  });

  it('prints a readable table with aligned columns without --json', async () => {
    const dbPath = await makeWorkspaceWithAccounts(tempDir());
    const result = await runInProcess(['accounts', '--workspace', dbPath]);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^\s*ID\s+NAME\s+TIER\s+SEGMENT\s+OWNER\s+STAGE\s+STATUS\s+MRR\s+ARR\s+RENEWAL$/);
    const acmeLine = lines.find((line) => line.includes('Acme Corporation'))!;
    const globexLine = lines.find((line) => line.includes('Globex'))!;
    // Columns line up: every column starts at the same offset in every row.
    expect(acmeLine.indexOf('strategic')).toBe(lines[0]!.indexOf('TIER'));
    expect(globexLine.indexOf('tech-touch')).toBe(lines[0]!.indexOf('TIER'));
    expect(acmeLine).toContain('12,500');
    expect(lines.at(-1)).toBe('2 accounts');
  });
});
