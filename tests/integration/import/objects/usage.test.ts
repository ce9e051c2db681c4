import { describe, expect, it } from 'vitest';
import { BatchSync, undoBatch } from '../../../../electron/backend/import/sync';
import type { CustomValue } from '../../../../shared/api/dto';
import { batchOf, dump, rec, T2 } from '../sync/helpers';
import { importRecords, reasons, rowsOf, useAccountsWorkspace } from './helpers';

const t = useAccountsWorkspace();

const subscription = (row: number, id: string, account: string) =>
  rec(row, id, { externalId: id, accountExternalId: account, startDate: '2026-01-01', endDate: null, mrr: 100 });
const usage = (row: number, id: string | null, fields: Record<string, CustomValue>) =>
  rec(row, id, { ...(id ? { externalId: id } : {}), date: '2026-10-05', ...fields });

describe('usage sync', () => {
  it("takes a feature row's account from its subscription, and refuses unknown or contradicting links", () => {
    const subscriptions = importRecords(t.ws, 'revenue', [subscription(2, 'S1', 'A1'), subscription(3, 'S2', 'A2')]);
    const [s1] = rowsOf(t.ws, 'subscriptions');
    const summary = importRecords(t.ws, 'usage', [
      usage(2, 'U1', { subscriptionExternalId: 'S1', feature: 'Reports' }, ),
      usage(3, 'U2', { subscriptionExternalId: 'S9', feature: 'Reports' }),
      usage(4, 'U3', { subscriptionExternalId: 'S2', accountExternalId: 'A1', feature: 'Reports' }),
      usage(5, 'U4', { feature: 'Reports' }),
    ]);
    expect(summary).toMatchObject({ new: 1, invalid: 3 });
    expect(reasons(summary)).toEqual([
      [3, 'unknown subscription: no subscription has salesforce id S9 (import the subscriptions first)'],
      [4, 'subscription S2 belongs to another account than A1'],
      [5, 'a new usage row needs accountExternalId or subscriptionExternalId (its account or subscription in the same source)'],
    ]);
    expect(rowsOf(t.ws, 'usage')[0]).toMatchObject({ account_id: t.acmeId, subscription_id: s1!['id'], date: '2026-10-05', feature: 'Reports' });
    expect(() => undoBatch(t.ws, subscriptions.batchId!)).toThrow(/subscription \d+ it created now has usage \(1\)/);
    undoBatch(t.ws, summary.batchId!);
    undoBatch(t.ws, subscriptions.batchId!);
    expect(rowsOf(t.ws, 'usage')).toEqual([]);
  });

  it('keeps account totals and feature rows of one day apart, and matches rows without ids on account, date and feature', () => {
    const rows = [
      usage(2, null, { accountExternalId: 'A1', activeUsers: 8, logins: 30, featuresUsed: 2, seats: 10 }),
      usage(3, null, { accountExternalId: 'A1', feature: 'Reports' }),
      usage(4, null, { accountExternalId: 'A1', feature: 'Dashboards' }),
      usage(5, null, { accountExternalId: 'A2', activeUsers: 1, logins: 1, seats: 5 }),
    ];
    expect(importRecords(t.ws, 'usage', rows)).toMatchObject({ new: 4, invalid: 0 });
    const before = dump(t.ws);
    const again = importRecords(t.ws, 'usage', rows);
    expect(again).toMatchObject({ new: 0, updated: 0, unchanged: 4 });
    expect(dump(t.ws)).toEqual(before);
    expect(again.matches[1]!.rule).toBe(
      `matched by account, date, feature and subscription "${t.acmeId} / 2026-10-05 / reports / (none)" (case-insensitive; no salesforce id)`,
    );

    const changed = importRecords(t.ws, 'usage', [usage(2, null, { accountExternalId: 'A1', activeUsers: 9, logins: 30, featuresUsed: 2, seats: 10 })], {}, T2);
    expect(changed).toMatchObject({ new: 0, updated: 1 });
    expect(rowsOf(t.ws, 'usage')[0]).toMatchObject({ active_users: 9, feature: null, updated_at: T2 });
    undoBatch(t.ws, changed.batchId!);
    expect(rowsOf(t.ws, 'usage')[0]).toMatchObject({ active_users: 8 });

    const twice = importRecords(t.ws, 'usage', [usage(2, null, { accountExternalId: 'A2', feature: 'API' }), usage(3, null, { accountExternalId: 'A2', feature: 'api' })]);
    expect(reasons(twice)).toEqual([[3, `duplicate of row 2: same account, date, feature and subscription "${t.globexId} / 2026-10-05 / api / (none)" and no salesforce id`]]);
  });

  it('gives the per-day figures health scoring needs: active users, logins and the key features used', () => {
    importRecords(t.ws, 'usage', [
      usage(2, null, { accountExternalId: 'A1', activeUsers: 8, logins: 30, seats: 10 }),
      usage(3, 'E1', { accountExternalId: 'A1', feature: 'Reports' }),
      usage(4, 'E2', { accountExternalId: 'A1', feature: 'Reports' }),
      usage(5, 'E3', { accountExternalId: 'A1', feature: 'Dashboards' }),
      usage(6, 'E4', { accountExternalId: 'A1', feature: 'Beta lab' }),
    ]);
    const day = t.ws.sqlite
      .prepare(
        `SELECT account_id AS accountId, date, max(active_users) AS activeUsers, max(logins) AS logins,
                count(DISTINCT feature) FILTER (WHERE feature IN ('Reports', 'Dashboards', 'API')) AS keyFeaturesUsed,
                group_concat(DISTINCT feature) AS features
         FROM usage GROUP BY account_id, date`,
      )
      .all();
    expect(day).toEqual([
      { accountId: t.acmeId, date: '2026-10-05', activeUsers: 8, logins: 30, keyFeaturesUsed: 2, features: 'Reports,Dashboards,Beta lab' },
    ]);
  });

  it('never matches a row to one the same batch created in an earlier chunk', () => {
    const sync = new BatchSync(t.ws.sqlite, batchOf('usage', []), { now: T2, fields: ['accountExternalId', 'date', 'feature'] });
    sync.addRecords([usage(2, 'U1', { accountExternalId: 'A1', feature: 'Reports' })]);
    sync.addRecords([usage(3, 'U2', { accountExternalId: 'A1', feature: 'Reports' }), usage(4, null, { accountExternalId: 'A1', feature: 'Reports' })]);
    expect(sync.finish()).toMatchObject({ new: 3, updated: 0, invalid: 0 });
    expect(t.ws.sqlite.prepare("SELECT count(*) FROM external_ids WHERE entity = 'usage'").pluck().get()).toBe(2);
  });
});
