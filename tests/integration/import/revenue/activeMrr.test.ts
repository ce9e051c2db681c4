import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../../electron/backend/db/workspace';
import { activeMrrByAccountOn, activeMrrOn } from '../../../../electron/backend/db/repos/revenue';
import { fixedClock } from '../../../helpers/tempDir';
import { useTempDirs } from './helpers';

describe('active MRR from subscriptions', () => {
  const tempDir = useTempDirs();

  async function workspaceWith(subscriptions: [account: number, start: string, end: string | null, mrr: number][]) {
    const ws = await openWorkspace(path.join(tempDir(), 'book.csm'), { ifMissing: 'create', clock: fixedClock() });
    const now = '2026-11-23T09:00:00.000Z';
    for (const name of ['Acme', 'Globex']) {
      ws.sqlite.prepare('INSERT INTO accounts (name, created_at, updated_at) VALUES (?, ?, ?)').run(name, now, now);
    }
    const insert = ws.sqlite.prepare(
      'INSERT INTO subscriptions (account_id, start_date, end_date, mrr, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    for (const [account, start, end, mrr] of subscriptions) insert.run(account, start, end, mrr, now, now);
    return ws;
  }

  it('counts a subscription from its start date up to the day before its end date; no end date is active', async () => {
    const ws = await workspaceWith([
      [1, '2024-01-01', '2024-03-01', 100],
      [1, '2024-02-15', null, 20.5],
      [2, '2024-02-01', '2024-02-02', 7],
    ]);
    try {
      expect(activeMrrOn(ws.sqlite, '2023-12-31')).toBe(0);
      expect(activeMrrOn(ws.sqlite, '2024-01-01')).toBe(100);
      expect(activeMrrOn(ws.sqlite, '2024-02-01')).toBe(107);
      expect(activeMrrOn(ws.sqlite, '2024-02-02')).toBe(100);
      expect(activeMrrOn(ws.sqlite, '2024-02-29')).toBe(120.5);
      expect(activeMrrOn(ws.sqlite, '2024-03-01')).toBe(20.5);
      expect(activeMrrByAccountOn(ws.sqlite, '2024-02-01')).toEqual(new Map([[1, 100], [2, 7]]));
      expect(activeMrrByAccountOn(ws.sqlite, '2030-01-01')).toEqual(new Map([[1, 20.5]]));
    } finally {
      await ws.close();
    }
  });

  it('refuses a day that is not YYYY-MM-DD or does not exist', async () => {
    const ws = await workspaceWith([]);
    try {
      expect(() => activeMrrOn(ws.sqlite, '2024-02-30')).toThrow('Expected a date as YYYY-MM-DD, got "2024-02-30"');
      expect(() => activeMrrByAccountOn(ws.sqlite, '01/02/2024')).toThrow('Expected a date as YYYY-MM-DD, got "01/02/2024"');
    } finally {
      await ws.close();
    }
  });

  it("deleting an account deletes its subscriptions (migration 0004's cascade)", async () => {
    const ws = await workspaceWith([
      [1, '2024-01-01', null, 100],
      [2, '2024-01-01', null, 50],
    ]);
    try {
      ws.sqlite.prepare('DELETE FROM accounts WHERE id = 1').run();
      expect(activeMrrOn(ws.sqlite, '2024-06-01')).toBe(50);
      expect(ws.sqlite.prepare('SELECT account_id FROM subscriptions').all()).toEqual([{ account_id: 2 }]);
    } finally {
      await ws.close();
    }
  });
});
