import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/backend';
import { openWorkspace } from '../../../electron/backend/db/workspace';
import { updateAccount } from '../../../electron/backend/db/repos/accounts';
import type { LifecycleStage } from '../../../shared/api/enums';
import { fixedClock } from '../../helpers/tempDir';
import { REPO_ROOT, runInProcess, stderrLines } from '../cli/run';
import { useTempDirs } from '../cli/workspaces';
import { expectDataLoaderUpdate, readExport } from './crmRules';

const ACCOUNT_CSV = path.resolve(REPO_ROOT, '..', 'shared', 'fixtures', 'salesforce', 'datacloud-workshop', 'Account.csv');
const SALESFORCE_HEADER = ['Id', 'CSM_Journey_Stage__c', 'CSM_Last_Touch__c'];

function salesforceIdsByAccount(dbPath: string): Map<number, string> {
  const db = new Database(dbPath, { readonly: true });
  const rows = db
    .prepare("SELECT entity_id AS id, external_id AS externalId FROM external_ids WHERE entity = 'account' AND source = 'salesforce'")
    .all() as { id: number; externalId: string }[];
  db.close();
  return new Map(rows.map((row) => [row.id, row.externalId]));
}

describe('csm export --format salesforce: round trip through a real Salesforce export', () => {
  const tempDir = useTempDirs('csm-export-');

  it('writes a Data Loader update file with only the owned fields, keyed by the imported ids', async () => {
    const dir = tempDir();
    const workspace = path.join(dir, 'w.csm');
    expect((await runInProcess(['init', '--workspace', workspace])).code).toBe(0);
    expect((await runInProcess(['import', ACCOUNT_CSV, '--workspace', workspace])).code).toBe(0);
    const sourceIds = new Set((parse(fs.readFileSync(ACCOUNT_CSV), { bom: true, columns: true }) as { Id: string }[]).map((r) => r.Id));
    const sfIds = salesforceIdsByAccount(workspace);
    const [first, second, third, fourth] = [...sfIds.keys()];

    const backend = await createBackend({ dbPath: workspace, ifMissing: 'fail', clock: fixedClock() });
    await backend.dispatch('accounts.update', { id: first!, patch: { stage: 'renewal' } });
    await backend.dispatch('accounts.update', { id: second!, patch: { stage: 'advocacy' } });
    await backend.dispatch('activities.log', { accountId: first!, type: 'call', occurredAt: '2026-11-20T15:30:00Z', subject: 'Renewal call' });
    // An unanswered outbound email is not a touch: the call stays the last touch.
    await backend.dispatch('activities.log', {
      accountId: first!, type: 'email', occurredAt: '2026-11-22T09:00:00Z', subject: 'Follow-up', direction: 'outbound', replied: false,
    });
    await backend.dispatch('activities.log', { accountId: fourth!, type: 'meeting', occurredAt: '2026-10-02T23:30:00-05:00', subject: 'QBR' });
    // A local account the CRM has never seen has nothing to update there.
    await backend.dispatch('accounts.create', { name: 'Local only', stage: 'onboarding' });
    await backend.close();

    // The contract only allows known stages; a hostile value can still arrive through a custom import.
    const raw = await openWorkspace(workspace, { ifMissing: 'fail', clock: fixedClock() });
    await updateAccount(raw.db, third!, { stage: '=HYPERLINK("http://evil.example","x")' as LifecycleStage }, '2026-11-23T09:00:00.000Z');
    await raw.close();

    const out = path.join(dir, 'sf-update.csv');
    const result = await runInProcess(['export', '--workspace', workspace, '--format', 'salesforce', '--object', 'accounts', '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`${sfIds.size} accounts written`);
    expect(result.stdout).toContain('1 account has no salesforce id; not exported');

    const file = readExport(out);
    expect(file.header).toEqual(SALESFORCE_HEADER);
    expectDataLoaderUpdate(file, ['CSM_Last_Touch__c']);
    expect(file.rows).toHaveLength(sfIds.size);
    for (const row of file.rows) expect(sourceIds.has(row.Id!)).toBe(true);

    const byId = new Map(file.rows.map((row) => [row.Id!, row]));
    expect(byId.get(sfIds.get(first!)!)).toEqual({ Id: sfIds.get(first!), CSM_Journey_Stage__c: 'renewal', CSM_Last_Touch__c: '2026-11-20' });
    expect(byId.get(sfIds.get(second!)!)).toMatchObject({ CSM_Journey_Stage__c: 'advocacy', CSM_Last_Touch__c: '' });
    expect(byId.get(sfIds.get(third!)!)!.CSM_Journey_Stage__c).toBe(`'=HYPERLINK("http://evil.example","x")`);
    // The touch's own calendar day, not the UTC one (that would be 2026-10-03).
    expect(byId.get(sfIds.get(fourth!)!)!.CSM_Last_Touch__c).toBe('2026-10-02');
    expect(file.raw).not.toContain('Local only');
    expect(fs.readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('reports the counts as JSON and replaces an existing file whole', async () => {
    const dir = tempDir();
    const workspace = path.join(dir, 'w.csm');
    await runInProcess(['init', '--workspace', workspace]);
    await runInProcess(['import', ACCOUNT_CSV, '--workspace', workspace]);
    const out = path.join(dir, 'out.csv');
    fs.writeFileSync(out, 'stale contents that must not survive\n'.repeat(1000));
    const result = await runInProcess(['export', '-w', workspace, '--format', 'salesforce', '--object', 'accounts', '--out', out, '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ format: 'salesforce', object: 'accounts', out, written: 22, withoutId: 0, invalidId: 0 });
    expect(fs.readFileSync(out, 'utf8')).not.toContain('stale');
    expect(readExport(out).rows).toHaveLength(22);
    expect(stderrLines(result)).toEqual([]);
  });
});
