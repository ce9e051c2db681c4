import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Workspace } from '../../../../electron/backend/db/workspace';
import { undoBatch } from '../../../../electron/backend/import/sync';
import { ACCOUNTS_CSV, csmImport, initWorkspace, RAVENSTACK, SUBSCRIPTIONS_CSV, useTempDirs, withOpenWorkspace } from '../revenue/helpers';

const USAGE_CSV = path.join(RAVENSTACK, 'ravenstack_feature_usage.csv');
const TICKETS_CSV = path.join(RAVENSTACK, 'ravenstack_support_tickets.csv');

/** The RavenStack tables hold no quoted cells: a plain split reads them, independently of the importer. */
function readPlainCsv(file: string): Record<string, string>[] {
  const [header, ...lines] = fs.readFileSync(file, 'utf8').split(/\r?\n/).filter((line) => line !== '');
  const names = header!.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((cell, i) => [names[i]!, cell])));
}

/** usage id -> the account id RavenStack's own join (usage -> subscription -> account) gives, for ids that occur once. */
function expectedUsageAccounts(): { accounts: Map<string, string>; repeatedIdRows: number } {
  const accountOf = new Map(readPlainCsv(SUBSCRIPTIONS_CSV).map((row) => [row['subscription_id']!, row['account_id']!]));
  const seen = new Map<string, number>();
  const usage = readPlainCsv(USAGE_CSV);
  for (const row of usage) seen.set(row['usage_id']!, (seen.get(row['usage_id']!) ?? 0) + 1);
  const accounts = new Map<string, string>();
  for (const row of usage) if (seen.get(row['usage_id']!) === 1) accounts.set(row['usage_id']!, accountOf.get(row['subscription_id']!)!);
  const repeatedIds = [...seen.values()].filter((n) => n > 1);
  // The first row of a repeated id imports; every later one is refused as a duplicate.
  return { accounts, repeatedIdRows: repeatedIds.reduce((sum, n) => sum + n - 1, 0) };
}

/** What the usage and ticket imports wrote, to prove a re-import wrote nothing. */
function dumpImported(ws: Workspace): string {
  return ['usage', 'support_tickets', 'external_ids', 'sync_record_state', 'sync_conflicts']
    .map((table) => JSON.stringify(ws.sqlite.prepare(`SELECT * FROM ${table} ORDER BY 1, 2, 3`).all()))
    .join('\n');
}

describe('csm import of the RavenStack tables', () => {
  const tempDir = useTempDirs();

  it('imports feature usage through its subscriptions and the support tickets, re-imports as unchanged, and keeps the subscriptions usage points at', { timeout: 120_000 }, async () => {
    const expected = expectedUsageAccounts();
    const usageRows = readPlainCsv(USAGE_CSV).length;
    const ticketRows = readPlainCsv(TICKETS_CSV).length;
    expect([usageRows, ticketRows, expected.repeatedIdRows]).toEqual([25_000, 2_000, 21]);

    const workspace = await initWorkspace(tempDir());
    const first = await csmImport(workspace, [ACCOUNTS_CSV, SUBSCRIPTIONS_CSV, USAGE_CSV, TICKETS_CSV]);
    expect(first.usage).toMatchObject({ new: usageRows - expected.repeatedIdRows, invalid: expected.repeatedIdRows, conflicts: 0 });
    expect(first.usage!.errors[0]).toMatchObject({ file: 'ravenstack_feature_usage.csv', column: null, reason: expect.stringMatching(/^duplicate of row \d+: same generic id U-/) });
    expect(first.tickets).toMatchObject({ new: ticketRows, invalid: 0, conflicts: 0 });

    const before = await withOpenWorkspace(workspace, (ws) => {
      const linked = ws.sqlite
        .prepare(
          `SELECT e.external_id AS usageId, a.external_id AS accountId, u.feature, u.subscription_id IS NOT NULL AS hasSubscription
           FROM usage u
           JOIN external_ids e ON e.entity = 'usage' AND e.entity_id = u.id
           JOIN external_ids a ON a.entity = 'account' AND a.entity_id = u.account_id`,
        )
        .all() as { usageId: string; accountId: string; feature: string; hasSubscription: number }[];
      const got = new Map(linked.map((row) => [row.usageId, row.accountId]));
      for (const [usageId, accountId] of expected.accounts) expect(got.get(usageId), usageId).toBe(accountId);
      expect(linked.every((row) => row.hasSubscription === 1 && /^feature_\d+$/.test(row.feature))).toBe(true);
      expect(ws.sqlite.prepare("SELECT custom_fields FROM usage WHERE feature IS NOT NULL LIMIT 1").pluck().get()).toMatch(/"usage_count":"\d+"/);
      expect(ws.sqlite.prepare('SELECT count(*) FROM support_tickets WHERE closed_at < opened_at').pluck().get()).toBe(0);
      return dumpImported(ws);
    });

    const again = await csmImport(workspace, [USAGE_CSV, TICKETS_CSV]);
    expect(again.usage).toMatchObject({ new: 0, updated: 0, unchanged: usageRows - expected.repeatedIdRows, invalid: expected.repeatedIdRows });
    expect(again.tickets).toMatchObject({ new: 0, updated: 0, unchanged: ticketRows });
    expect(await withOpenWorkspace(workspace, dumpImported)).toBe(before);

    // Undoing usage batches is proven on small batches (usage.test.ts); here: subscriptions stay while usage uses them.
    await withOpenWorkspace(workspace, (ws) => {
      expect(() => undoBatch(ws, first.revenue!.batchId!)).toThrow(/now has usage/);
      expect(ws.sqlite.prepare('SELECT count(*) FROM subscriptions').pluck().get()).toBe(5_000);
    });
  });
});
