import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../../electron/backend';
import { listAccountRows } from '../../../../electron/backend/db/repos/accounts';
import type { CustomValue } from '../../../../shared/api/dto';
import { detectProfile } from '../../../../shared/domain/import/profiles';
import { importRecords, rowsOf, useAccountsWorkspace } from '../objects/helpers';
import { rec } from '../sync/helpers';
import { ACCOUNT_CSV, WORKSHOP, csvSubset, useWizardBackend } from '../../importWizard/helpers';
import { importFile, query } from './helpers';

const TASK_CSV = path.join(WORKSHOP, 'Task.csv');
const CHAPMAN = 'Chapman Fowler and Lee';
/** The Salesforce id of Chapman Fowler and Lee in the workshop export: 8 tasks, all "Not Started", the last on 2024-01-06. */
const CHAPMAN_ID = '001Ec00000GGw3jIAD';

async function lastTouchOf(backend: Backend, name: string): Promise<string | null | undefined> {
  return (await backend.dispatch('accounts.list', {})).rows.find((row) => row.name === name)?.lastTouch;
}

describe('imported Salesforce tasks count as touches only once completed', () => {
  const wizardBackend = useWizardBackend();

  it('keeps the open tasks of the real Task export out of the last touch and the health engagement', { timeout: 120_000 }, async () => {
    const { backend, dir, dbPath } = await wizardBackend();
    await importFile(backend, ACCOUNT_CSV, 'accounts');
    const chapmanId = (await backend.dispatch('accounts.list', {})).rows.find((row) => row.name === CHAPMAN)!.id;
    expect(query<{ external_id: string }>(dbPath, "SELECT external_id FROM external_ids WHERE entity = 'account' AND entity_id = ?", chapmanId)).toEqual([
      { external_id: CHAPMAN_ID },
    ]);
    expect(await importFile(backend, TASK_CSV, 'activities')).toMatchObject({ new: 36, invalid: 39 });

    // Every task in the file is "Not Started" (IsClosed empty): stored as open, with the CRM's word.
    expect(query(dbPath, 'SELECT status, done, count(*) AS n FROM activities GROUP BY status, done')).toEqual([
      { status: 'Not Started', done: 0, n: 36 },
    ]);
    expect((await backend.dispatch('accounts.list', {})).rows.every((row) => row.lastTouch === null)).toBe(true);

    // A touch logged by hand counts, even though the open tasks are dated after it.
    await backend.dispatch('activities.log', { accountId: chapmanId, type: 'call', occurredAt: '2023-11-01T10:00:00.000Z', subject: 'Kickoff call' });
    expect(await lastTouchOf(backend, CHAPMAN)).toBe('2023-11-01T10:00:00.000Z');
    const health = JSON.stringify(await backend.dispatch('health.get', { accountId: chapmanId }));
    expect(health).toContain('last touch 2023-11-01');

    // The CRM completes every Chapman task but the last (2024-01-06), and plans one more next year.
    const changed = csvSubset(TASK_CSV, path.join(dir, 'Task.csv'), (cells, header) => {
      const at = (name: string) => header.indexOf(name);
      if (cells[at('AccountId')] === CHAPMAN_ID && cells[at('ActivityDate')] !== '2024-01-06') cells[at('Status')] = 'Completed';
      return true;
    });
    const planned = csvSubset(changed, path.join(dir, 'TaskPlanned.csv'), (cells, header) => cells[header.indexOf('Id')] === '00TEc00000Co1WhMAJ');
    const plannedRow = (cells: string[], header: string[]) => {
      cells[header.indexOf('Id')] = '00TEc00000ZZ999MAJ';
      cells[header.indexOf('AccountId')] = CHAPMAN_ID;
      cells[header.indexOf('ActivityDate')] = '2027-02-01';
      return true;
    };
    const second = await importFile(backend, changed, 'activities');
    expect(second).toMatchObject({ new: 0, updated: 7, conflicts: 0 });
    expect(await importFile(backend, csvSubset(planned, path.join(dir, 'Task-next-year.csv'), plannedRow), 'activities')).toMatchObject({ new: 1 });

    // The latest completed task is the last touch: not the open one of 2024-01-06, nor the planned one of 2027.
    expect(await lastTouchOf(backend, CHAPMAN)).toBe('2023-11-29');
    expect(JSON.stringify(await backend.dispatch('health.get', { accountId: chapmanId }))).toContain('last touch 2023-11-29');
    expect(query(dbPath, "SELECT status, done, count(*) AS n FROM activities WHERE occurred_at >= '2024-01-06' AND account_id = ? GROUP BY 1, 2", chapmanId)).toEqual([
      { status: 'Not Started', done: 0, n: 2 },
    ]);
    // Other accounts' tasks are still open.
    expect((await backend.dispatch('accounts.list', {})).rows.filter((row) => row.lastTouch !== null).map((row) => row.name)).toEqual([CHAPMAN]);
  });
});

describe('the status a CRM gives a touch', () => {
  const t = useAccountsWorkspace();
  const touch = (row: number, fields: Record<string, CustomValue>) =>
    rec(row, `T${row}`, { externalId: `T${row}`, accountExternalId: 'A1', type: 'call', date: `2026-10-${10 + row}T10:00:00.000Z`, subject: `Call ${row}`, ...fields });

  it('is done only for a completed status or a closed flag; other statuses are open; none at all counts', () => {
    importRecords(t.ws, 'activities', [
      touch(2, { status: 'Completed' }),
      touch(3, { status: 'COMPLETED' }),
      touch(4, { status: 'Not Started' }),
      touch(5, { status: 'NO_ANSWER' }),
      touch(6, { status: 'Scheduled' }),
      touch(7, { done: true, status: 'Finished (org-specific)' }),
      touch(8, { done: false }),
      touch(9, {}),
    ]);
    expect(rowsOf(t.ws, 'activities').map((row) => [row['subject'], row['status'], row['done']])).toEqual([
      ['Call 2', 'Completed', 1],
      ['Call 3', 'COMPLETED', 1],
      ['Call 4', 'Not Started', 0],
      ['Call 5', 'NO_ANSWER', 0],
      ['Call 6', 'Scheduled', 0],
      ['Call 7', 'Finished (org-specific)', 1],
      ['Call 8', null, 0],
      ['Call 9', null, null],
    ]);
    // The latest touches (8: open, 6..4: not held) do not count; 9 has no status and counts.
    expect(listAccountRows(t.ws.sqlite).find((row) => row.id === t.acmeId)?.lastTouch).toBe('2026-10-19T10:00:00.000Z');
  });

  it('is read from Salesforce IsClosed and Status, and from HubSpot task, meeting and call statuses', () => {
    const task = detectProfile(['Id', 'AccountId', 'WhoId', 'Subject', 'ActivityDate', 'Status', 'IsClosed', 'TaskSubtype'], 'Task.csv');
    expect(Object.fromEntries(task.columns.map((column) => [column.header, column.field]))).toMatchObject({ Status: 'status', IsClosed: 'done' });
    for (const header of ['Task status', 'Meeting outcome', 'Call status']) {
      const engagements = detectProfile(['Engagement ID', 'Associated Company IDs', 'Activity type', 'Activity date', header], 'engagements.csv');
      expect(engagements.columns.find((column) => column.header === header)?.field, header).toBe('status');
    }
  });
});
