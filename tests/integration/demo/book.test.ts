import { afterEach, describe, expect, it } from 'vitest';
import { TIERS } from '../../../shared/api/enums';
import { generateBook } from '../../../electron/backend/demo';
import { column, countRows, DEMO_NOW, hashTables, openTempWorkspace, scalar, type TempWorkspace } from './fixtures';

const opened: TempWorkspace[] = [];
async function fresh(): Promise<TempWorkspace> {
  const temp = await openTempWorkspace(DEMO_NOW, 'book.csm.db');
  opened.push(temp);
  return temp;
}
afterEach(async () => {
  for (const temp of opened.splice(0)) await temp.close();
});

describe('generateBook', () => {
  it('writes 2,000 accounts with exactly the default rows per account', async () => {
    const temp = await fresh();
    const book = generateBook(temp.sqlite, { accounts: 2_000, now: DEMO_NOW });
    expect(book.counts.accounts).toBe(2_000);
    expect(book.counts.contacts).toBe(6_000);
    expect(book.counts.usage).toBe(2_000 * 12);
    expect(book.counts.activities).toBe(10_000);
    for (const [table, count] of Object.entries(book.counts)) expect(countRows(temp.sqlite, table), table).toBe(count);

    const perAccount = (table: string) =>
      column<number>(temp.sqlite, `SELECT (SELECT count(*) FROM ${table} t WHERE t.account_id = a.id) FROM accounts a`);
    expect(new Set(perAccount('contacts'))).toEqual(new Set([3]));
    expect(new Set(perAccount('usage'))).toEqual(new Set([12]));
    expect(new Set(perAccount('activities'))).toEqual(new Set([5]));
    const revenueRows = perAccount('revenue_history');
    expect(Math.min(...revenueRows)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...revenueRows)).toBe(18);
  });

  it('has the demo\'s shape: tiers, churn, renewals, ids and sane usage', async () => {
    const temp = await fresh();
    generateBook(temp.sqlite, { accounts: 2_000, now: DEMO_NOW });
    expect(column<string>(temp.sqlite, 'SELECT DISTINCT tier FROM accounts ORDER BY 1')).toEqual([...TIERS].sort());
    const churned = scalar<number>(temp.sqlite, "SELECT count(*) FROM accounts WHERE status = 'churned'");
    expect(churned / 2_000).toBeGreaterThanOrEqual(0.08);
    expect(churned / 2_000).toBeLessThanOrEqual(0.15);
    expect(scalar<number>(temp.sqlite, "SELECT count(DISTINCT substr(renewal_date, 6, 2)) FROM accounts WHERE status = 'active'")).toBe(12);
    expect(scalar<number>(temp.sqlite, 'SELECT count(*) FROM usage WHERE active_users > seats')).toBe(0);
    expect(scalar<number>(temp.sqlite, "SELECT count(*) FROM external_ids WHERE entity = 'account' AND source = 'salesforce'")).toBeGreaterThan(1_500);
    expect(scalar<number>(temp.sqlite, 'SELECT count(DISTINCT domain) FROM accounts')).toBe(2_000);
    expect(temp.sqlite.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
  });

  it('honours custom per-account counts', async () => {
    const temp = await fresh();
    const book = generateBook(temp.sqlite, {
      accounts: 300,
      now: DEMO_NOW,
      contactsPerAccount: 5,
      usageRowsPerAccount: 50,
      activitiesPerAccount: 2,
    });
    expect([book.counts.contacts, book.counts.usage, book.counts.activities]).toEqual([1_500, 15_000, 600]);
    expect(countRows(temp.sqlite, 'usage')).toBe(15_000);
    expect(scalar<number>(temp.sqlite, 'SELECT count(DISTINCT date) FROM usage')).toBeGreaterThanOrEqual(50);
  });

  it('is deterministic and leaves the workspace in WAL mode', async () => {
    const first = await fresh();
    const second = await fresh();
    generateBook(first.sqlite, { accounts: 300, now: DEMO_NOW, seed: 99 });
    generateBook(second.sqlite, { accounts: 300, now: DEMO_NOW, seed: 99 });
    expect(hashTables(second.sqlite)).toEqual(hashTables(first.sqlite));
    expect(first.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(scalar<string>(first.sqlite, "SELECT value FROM workspace_meta WHERE key = 'demo_kind'")).toBe('book');
  });

  it('requires a positive account count', async () => {
    const temp = await fresh();
    expect(() => generateBook(temp.sqlite, { accounts: -5, now: DEMO_NOW })).toThrow(
      /generateBook: accounts must be an integer from 1 to 1000000 \(got -5\)/,
    );
    expect(() => generateBook(temp.sqlite, { accounts: 10, now: DEMO_NOW, contactsPerAccount: 0 })).toThrow(/contactsPerAccount/);
  });
});
