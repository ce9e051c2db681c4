import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAccountRows } from '../../../electron/backend/db/repos/accounts';
import { openWorkspace, type Workspace } from '../../../electron/backend/db/workspace';
import { readHealthBook } from '../../../electron/backend/health/healthBook';
import { healthSummary, NO_SNAPSHOT } from '../../../electron/backend/metrics/healthTotals';
import type { ArrSource } from '../../../shared/domain/metrics';
import { makeTempDir } from '../../helpers/tempDir';

const NOW = new Date('2026-11-23T09:00:00.000Z');
const STAMP = NOW.toISOString();

/**
 * One account per branch of the effective-ARR rule, as of 2026-11-23. The book's latest
 * revenue_history month up to November 2026 is October 2026 (a January 2027 row is later).
 */
const BOOK: { name: string; status?: string; arr?: number; mrr?: number; history?: [string, number][]; subscriptions?: [string, string | null, number][]; expected: [number, ArrSource] }[] = [
  { name: 'History', mrr: 5, history: [['2026-09', 100], ['2026-10', 150]], expected: [1800, 'revenue'] },
  // Rows up to the book's month but none in it: all its MRR is gone.
  { name: 'Lapsed', mrr: 400, history: [['2026-08', 400]], expected: [0, 'revenue'] },
  // Only a later row: no history up to today, so the MRR field; its subscription is ignored, as the metrics ignore it.
  { name: 'Future history', mrr: 60, history: [['2027-01', 500]], subscriptions: [['2025-01-01', null, 9999]], expected: [720, 'mrr'] },
  {
    name: 'Subscriptions',
    subscriptions: [
      ['2025-01-01', null, 200],
      ['2024-01-01', '2026-01-01', 300],
      ['2026-11-23', null, 50], // starts today: active
      ['2026-06-01', '2026-11-23', 70], // ends today: gone
    ],
    expected: [3000, 'revenue'],
  },
  { name: 'Subscriptions ended', mrr: 80, subscriptions: [['2025-01-01', '2026-06-01', 80]], expected: [0, 'revenue'] },
  { name: 'Subscription later', mrr: 90, subscriptions: [['2027-02-01', null, 90]], expected: [1080, 'mrr'] },
  { name: 'MRR field only', mrr: 40, expected: [480, 'mrr'] },
  { name: 'Nothing', expected: [0, 'none'] },
  { name: 'Churned', status: 'churned', mrr: 500, history: [['2026-10', 500]], expected: [0, 'churned'] },
  { name: 'Entered', arr: 99_000, mrr: 10, history: [['2026-10', 10]], expected: [99_000, 'entered'] },
];

describe('effective ARR: one rule for the portfolio, the health totals and the what-if book', () => {
  let temp: { dir: string; cleanup: () => void };
  let workspace: Workspace;
  const ids = new Map<string, number>();

  beforeAll(async () => {
    temp = makeTempDir('csm-effective-arr-');
    workspace = await openWorkspace(path.join(temp.dir, 'w.csm'), { ifMissing: 'create', clock: () => NOW });
    const { sqlite } = workspace;
    const insertAccount = sqlite.prepare('INSERT INTO accounts (name, status, arr, mrr, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
    const insertHistory = sqlite.prepare('INSERT INTO revenue_history (account_id, period, mrr) VALUES (?, ?, ?)');
    const insertSubscription = sqlite.prepare(
      'INSERT INTO subscriptions (account_id, start_date, end_date, mrr, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    for (const account of BOOK) {
      const id = Number(insertAccount.run(account.name, account.status ?? 'active', account.arr ?? 0, account.mrr ?? 0, STAMP, STAMP).lastInsertRowid);
      ids.set(account.name, id);
      for (const [period, mrr] of account.history ?? []) insertHistory.run(id, period, mrr);
      for (const [start, end, mrr] of account.subscriptions ?? []) insertSubscription.run(id, start, end, mrr, STAMP, STAMP);
    }
  });
  afterAll(async () => {
    await workspace?.close();
    temp?.cleanup();
  });

  const expectedByName = () => Object.fromEntries(BOOK.map((account) => [account.name, account.expected]));

  it('portfolio rows carry each account’s effective ARR and its source, the first screen as the whole book', () => {
    const whole = listAccountRows(workspace.sqlite, undefined, STAMP);
    expect(Object.fromEntries(whole.map((row) => [row.name, [row.arr, row.arrSource]]))).toEqual(expectedByName());
    const firstScreen = listAccountRows(workspace.sqlite, 4, STAMP);
    expect(firstScreen).toEqual(whole.slice(0, 4));
    // The gathering column does not leak onto the wire.
    expect(JSON.parse(JSON.stringify(whole[0]))).not.toHaveProperty('revenueMrr');
  });

  it('the what-if book weighs each account by the same ARR', () => {
    const book = readHealthBook(workspace, NOW);
    expect(Object.fromEntries(book.accounts.map((account) => [account.name, [account.arr, account.arrSource]]))).toEqual(expectedByName());
  });

  it('health by band sums the active accounts’ effective ARR, says how much is derived, and lists them largest first', () => {
    const { health } = healthSummary(workspace.sqlite, null, NOW);
    const unscored = health.find((total) => total.band === NO_SNAPSHOT)!;
    const active = BOOK.filter((account) => account.status !== 'churned');
    expect(unscored.accounts).toBe(active.length);
    expect(unscored.arr).toBe(active.reduce((sum, account) => sum + account.expected[0], 0));
    expect(unscored.derivedArr).toBe(1800 + 3000 + 720 + 1080 + 480);
    const ranked = [...active].sort((a, b) => b.expected[0] - a.expected[0] || ids.get(a.name)! - ids.get(b.name)!);
    expect(unscored.accountIds).toEqual(ranked.map((account) => ids.get(account.name)));
  });

  it('reads the revenue as of the day asked for', () => {
    // On 2026-10-15 the book's month is still October; "Subscriptions" has not gained today's 50 nor lost the 70.
    const rows = listAccountRows(workspace.sqlite, undefined, '2026-10-15T00:00:00.000Z');
    const arr = Object.fromEntries(rows.map((row) => [row.name, row.arr]));
    expect(arr.Subscriptions).toBe(12 * (200 + 70));
    expect(arr.History).toBe(1800);
  });
});
