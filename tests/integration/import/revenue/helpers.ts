import fs from 'node:fs';
import path from 'node:path';
import { afterEach, expect } from 'vitest';
import { openWorkspaceFile } from '../../../../electron/backend/openWorkspaceFile';
import type { Workspace } from '../../../../electron/backend/db/workspace';
import { makeTempDir } from '../../../helpers/tempDir';
import { REPO_ROOT, runInProcess } from '../../cli/run';

export const RAVENSTACK = path.join(path.resolve(REPO_ROOT, '..', 'shared', 'fixtures'), 'saas', 'ravenstack');
export const ACCOUNTS_CSV = path.join(RAVENSTACK, 'ravenstack_accounts.csv');
export const SUBSCRIPTIONS_CSV = path.join(RAVENSTACK, 'ravenstack_subscriptions.csv');

/** Active MRR per day, from a separate tool (fixtures README). */
export const RAVENSTACK_ACTIVE_MRR: readonly [string, number][] = [
  ['2024-01-01', 1283540],
  ['2024-07-01', 3863566],
  ['2024-12-31', 10159608],
];

/** Fresh folders for a test file, removed after each test. */
export function useTempDirs(): () => string {
  const cleanups: (() => void)[] = [];
  afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));
  return () => {
    const { dir, cleanup } = makeTempDir('csm-revenue-');
    cleanups.push(cleanup);
    return dir;
  };
}

/** A new empty workspace made by `csm init`, as a user would. */
export async function initWorkspace(dir: string): Promise<string> {
  const workspace = path.join(dir, 'w.csm');
  const result = await runInProcess(['init', '--workspace', workspace]);
  expect(result.code, result.stderr).toBe(0);
  return workspace;
}

export interface ImportJson {
  file: string;
  object: string;
  batchId: number | null;
  new: number;
  updated: number;
  unchanged: number;
  conflicts: number;
  invalid: number;
  missing: number;
  errors: { file: string; row: number; column: string | null; reason: string }[];
}

/** `csm import FILE... --workspace W --json`, the summaries by object. */
export async function csmImport(workspace: string, files: string[]): Promise<Record<string, ImportJson>> {
  const result = await runInProcess(['import', ...files, '--workspace', workspace, '--json']);
  expect(result.stderr).toBe('');
  const imports = (JSON.parse(result.stdout) as { imports: ImportJson[] }).imports;
  return Object.fromEntries(imports.map((summary) => [summary.object, summary]));
}

export async function withOpenWorkspace<T>(file: string, work: (workspace: Workspace) => T | Promise<T>): Promise<T> {
  const workspace = await openWorkspaceFile(file, 'fail', () => new Date('2026-11-23T09:00:00.000Z'));
  try {
    return await work(workspace);
  } finally {
    await workspace.close();
  }
}

/** Every row of the tables an import writes, to prove a re-import wrote nothing. */
export function dumpTables(workspace: Workspace): string {
  return ['accounts', 'subscriptions', 'external_ids', 'sync_record_state', 'sync_conflicts']
    .map((table) => JSON.stringify(workspace.sqlite.prepare(`SELECT * FROM ${table} ORDER BY 1, 2, 3`).all()))
    .join('\n');
}

/** A subscriptions file in RavenStack's own layout, next to the workspace. */
export function writeSubscriptionsCsv(dir: string, rows: string[]): string {
  const file = path.join(dir, 'subscriptions.csv');
  const header =
    'subscription_id,account_id,start_date,end_date,plan_tier,seats,mrr_amount,arr_amount,is_trial,upgrade_flag,downgrade_flag,churn_flag,billing_frequency,auto_renew_flag';
  fs.writeFileSync(file, [header, ...rows].join('\r\n') + '\r\n');
  return file;
}
