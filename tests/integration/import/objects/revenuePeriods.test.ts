import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Workspace } from '../../../../electron/backend/db/workspace';
import { syncObjectFor } from '../../../../electron/backend/import/sync/objects';
import { undoBatch } from '../../../../electron/backend/import/sync';
import type { CustomValue } from '../../../../shared/api/dto';
import { ACCOUNTS_CSV, csmImport, initWorkspace, useTempDirs, withOpenWorkspace } from '../revenue/helpers';
import { dump, rec, T2 } from '../sync/helpers';
import { importRecords, reasons, rowsOf, useAccountsWorkspace } from './helpers';

const month = (row: number, id: string | null, fields: Record<string, CustomValue>) =>
  rec(row, id, { ...(id ? { externalId: id } : {}), accountExternalId: 'A1', period: '2026-01', mrr: 100, ...fields });
const periods = (ws: Workspace) => rowsOf(ws, 'revenue_history').map((row) => [row['account_id'], row['period'], row['mrr']]);

describe('syncObjectFor(revenue)', () => {
  it('picks the period form when the mapping feeds period, the subscription form otherwise, and refuses a mix', () => {
    expect(syncObjectFor('revenue', ['accountExternalId', 'period', 'mrr']).table).toBe('revenue_history');
    expect(syncObjectFor('revenue', ['accountExternalId', 'startDate', 'mrr']).table).toBe('subscriptions');
    expect(syncObjectFor('revenue').table).toBe('subscriptions');
    expect(() => syncObjectFor('revenue', ['period', 'startDate', 'mrr'])).toThrow(
      'Revenue rows are either period + mrr (one per account and month) or startDate/endDate + mrr (one per subscription); this mapping feeds period and startDate',
    );
  });
});

describe('revenue sync, period form', () => {
  const t = useAccountsWorkspace();

  it('writes one row per account and month, re-imports as unchanged by account and period, updates and undoes', () => {
    const rows = [month(2, null, {}), month(3, null, { period: '2026-02-15', mrr: 120 }), month(4, null, { accountExternalId: 'A2', mrr: 40 })];
    const first = importRecords(t.ws, 'revenue', rows);
    expect(first).toMatchObject({ new: 3, invalid: 0 });
    expect(periods(t.ws)).toEqual([
      [t.acmeId, '2026-01', 100],
      [t.acmeId, '2026-02', 120],
      [t.globexId, '2026-01', 40],
    ]);
    const before = dump(t.ws);
    expect(importRecords(t.ws, 'revenue', rows)).toMatchObject({ new: 0, updated: 0, unchanged: 3 });
    expect(dump(t.ws)).toEqual(before);

    const raise = importRecords(t.ws, 'revenue', [month(2, null, { mrr: 150 })], {}, T2);
    expect(raise).toMatchObject({ updated: 1 });
    expect(periods(t.ws)[0]).toEqual([t.acmeId, '2026-01', 150]);
    undoBatch(t.ws, raise.batchId!);
    undoBatch(t.ws, first.batchId!);
    expect(periods(t.ws)).toEqual([]);
  });

  it('refuses a second holder of an account and month instead of failing the whole import on the unique key', () => {
    expect(importRecords(t.ws, 'revenue', [month(2, 'R1', {}), month(3, 'R2', { period: '2026-02' })])).toMatchObject({ new: 2 });
    const clash = importRecords(t.ws, 'revenue', [
      month(2, 'R3', {}), // a new id for a month R1 holds
      month(3, 'R2', { period: '2026-01' }), // R2 moving onto R1's month
      month(4, null, { period: '2026-03' }),
      month(5, 'R4', { period: '2026-03' }),
      month(6, null, { period: '2026/04' }),
    ]);
    expect(clash).toMatchObject({ new: 1, invalid: 4 });
    const [r1] = rowsOf(t.ws, 'revenue_history');
    expect(reasons(clash)).toEqual([
      [2, `another revenue month (record ${String(r1!['id'])}) already has account and period "${t.acmeId} / 2026-01"`],
      [3, `another revenue month (record ${String(r1!['id'])}) already has account and period "${t.acmeId} / 2026-01"`],
      [5, `duplicate of row 4: same account and period "${t.acmeId} / 2026-03"`],
      [6, 'period "2026/04" is not a month (YYYY-MM)'],
    ]);
    expect(periods(t.ws).map(([, period]) => period)).toEqual(['2026-01', '2026-02', '2026-03']);
  });

  it("matches a month the workspace already had (the demo's, or from before sync) and asks before overwriting it", () => {
    t.ws.sqlite.prepare("INSERT INTO revenue_history (account_id, period, mrr) VALUES (?, '2026-01', 90)").run(t.acmeId);
    const summary = importRecords(t.ws, 'revenue', [month(2, null, {})]);
    expect(summary).toMatchObject({ new: 0, conflicts: 1 });
    expect(periods(t.ws)).toEqual([[t.acmeId, '2026-01', 90]]);
  });
});

describe('csm import of a monthly revenue file', () => {
  const tempDir = useTempDirs();

  it('detects the period form from the headers and imports into revenue history', async () => {
    const dir = tempDir();
    const workspace = await initWorkspace(dir);
    const csv = path.join(dir, 'mrr_history.csv');
    fs.writeFileSync(csv, 'account_id,month,mrr\r\nA-2e4581,2024-01,100\r\nA-2e4581,2024-02,120\r\nA-nobody,2024-01,5\r\n');
    const first = await csmImport(workspace, [ACCOUNTS_CSV, csv]);
    expect(first.revenue).toMatchObject({ new: 2, invalid: 1 });
    expect(first.revenue!.errors).toEqual([
      { file: 'mrr_history.csv', row: 4, column: null, reason: 'unknown account: no account has generic id A-nobody (import the accounts first)' },
    ]);
    expect((await csmImport(workspace, [csv])).revenue).toMatchObject({ new: 0, unchanged: 2, invalid: 1 });
    await withOpenWorkspace(workspace, (ws) => {
      expect(ws.sqlite.prepare('SELECT period, mrr FROM revenue_history ORDER BY period').all()).toEqual([
        { period: '2024-01', mrr: 100 },
        { period: '2024-02', mrr: 120 },
      ]);
    });
  });
});
