import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIFECYCLE_STAGES, TIERS } from '../../../shared/api/enums';
import { generateDemoWorkspace, salesforceChecksum, type DemoSummary } from '../../../electron/backend/demo';
import { column, countRows, DEMO_NOW, openTempWorkspace, scalar, type TempWorkspace } from './fixtures';

// DEMO_NOW is 2025-06-11: the 18 periods run from 2024-01 to 2025-06.
const FIRST_PERIOD = '2024-01';
const LAST_PERIOD = '2025-06';
const TODAY = '2025-06-11';

let temp: TempWorkspace;
let summary: DemoSummary;
const all = <T>(sql: string, ...params: unknown[]) => temp.sqlite.prepare(sql).all(...params) as T[];

beforeAll(async () => {
  temp = await openTempWorkspace();
  summary = generateDemoWorkspace(temp.sqlite, { now: DEMO_NOW });
});
afterAll(async () => {
  await temp.close();
});

describe('the demo book: accounts', () => {
  it('holds 140-160 accounts across all three tiers, with the strategic tier the smallest', () => {
    const accounts = countRows(temp.sqlite, 'accounts');
    expect(accounts).toBeGreaterThanOrEqual(140);
    expect(accounts).toBeLessThanOrEqual(160);
    const byTier = Object.fromEntries(all<{ tier: string; n: number }>('SELECT tier, count(*) AS n FROM accounts GROUP BY tier').map((r) => [r.tier, r.n]));
    expect(Object.keys(byTier).sort()).toEqual([...TIERS].sort());
    expect(byTier['strategic']).toBeLessThan(byTier['mid-touch']!);
    expect(byTier['mid-touch']).toBeLessThan(byTier['tech-touch']!);
  });

  it('reports the rows it wrote, per table', () => {
    for (const [table, count] of Object.entries(summary.counts)) {
      expect(countRows(temp.sqlite, table), table).toBe(count);
    }
    expect(summary.seed).toBe(42);
  });

  it('uses known stages, regions, several segments and owners, and ARR within each tier band', () => {
    const stages = column<string>(temp.sqlite, 'SELECT DISTINCT stage FROM accounts');
    for (const stage of stages) expect(LIFECYCLE_STAGES).toContain(stage);
    expect(column<string>(temp.sqlite, 'SELECT DISTINCT region FROM accounts ORDER BY 1')).toEqual(['APAC', 'EMEA', 'LATAM', 'NA']);
    expect(scalar<number>(temp.sqlite, 'SELECT count(DISTINCT segment) FROM accounts')).toBeGreaterThanOrEqual(4);
    expect(scalar<number>(temp.sqlite, 'SELECT count(DISTINCT owner) FROM accounts')).toBeGreaterThanOrEqual(4);
    const bands = { strategic: [150_000, 1_200_000], 'mid-touch': [25_000, 150_000], 'tech-touch': [2_000, 25_000] };
    for (const row of all<{ tier: keyof typeof bands; arr: number; mrr: number }>("SELECT tier, arr, mrr FROM accounts WHERE status = 'active'")) {
      const [low, high] = bands[row.tier];
      expect(row.arr).toBeGreaterThanOrEqual(low! * 0.99);
      expect(row.arr).toBeLessThanOrEqual(high!);
      expect(row.mrr * 12).toBeCloseTo(row.arr, 6);
    }
    expect(column<string>(temp.sqlite, 'SELECT DISTINCT currency FROM accounts ORDER BY 1')).toEqual(['EUR', 'GBP', 'USD']);
    expect(scalar<number>(temp.sqlite, "SELECT count(*) FROM accounts WHERE currency = 'USD'")).toBeGreaterThan(100);
  });

  it('gives every account a unique domain and most of them custom fields', () => {
    expect(scalar<number>(temp.sqlite, 'SELECT count(DISTINCT domain) FROM accounts')).toBe(countRows(temp.sqlite, 'accounts'));
    const withFields = column<string>(temp.sqlite, "SELECT custom_fields FROM accounts WHERE custom_fields <> '{}'");
    expect(withFields.length).toBeGreaterThan(50);
    expect(Object.keys(JSON.parse(withFields[0]!))).toContain('Support Plan');
  });

  it('spreads the active accounts\' renewals over at least 10 months, all inside the next 12 months', () => {
    const renewals = column<string>(temp.sqlite, "SELECT renewal_date FROM accounts WHERE status = 'active'");
    expect(new Set(renewals.map((d) => d.slice(5, 7))).size).toBeGreaterThanOrEqual(10);
    for (const date of renewals) {
      expect(date > TODAY).toBe(true);
      expect(date <= '2026-06-11').toBe(true);
    }
  });
});

describe('the demo book: contacts', () => {
  it('gives each account 2-6 contacts, and most a champion or decision maker', () => {
    const perAccount = column<number>(
      temp.sqlite,
      'SELECT (SELECT count(*) FROM contacts c WHERE c.account_id = a.id) FROM accounts a',
    );
    expect(Math.min(...perAccount)).toBeGreaterThanOrEqual(2);
    expect(Math.max(...perAccount)).toBeLessThanOrEqual(6);
    const withoutLead = scalar<number>(
      temp.sqlite,
      "SELECT count(*) FROM accounts a WHERE NOT EXISTS (SELECT 1 FROM contacts c WHERE c.account_id = a.id AND c.role IN ('champion', 'decision_maker'))",
    );
    expect(withoutLead).toBeGreaterThan(0); // a few lost their champion: a risk worth showing
    expect(withoutLead).toBeLessThan(perAccount.length * 0.15);
  });

  it('puts contact e-mails at the account domain', () => {
    const mismatched = scalar<number>(
      temp.sqlite,
      "SELECT count(*) FROM contacts c JOIN accounts a ON a.id = c.account_id WHERE c.email NOT LIKE '%@' || a.domain",
    );
    expect(mismatched).toBe(0);
    expect(column<string>(temp.sqlite, 'SELECT DISTINCT role FROM contacts ORDER BY 1')).toEqual([
      'billing', 'champion', 'decision_maker', 'executive_sponsor', 'user',
    ]);
  });
});

describe('the demo book: external ids', () => {
  it('carries 18-character Salesforce ids with valid checksums and numeric HubSpot ids', () => {
    const salesforce = all<{ entity: string; external_id: string }>("SELECT entity, external_id FROM external_ids WHERE source = 'salesforce'");
    const prefixes = { account: '001', contact: '003', opportunity: '006' } as Record<string, string>;
    for (const { entity, external_id: id } of salesforce) {
      expect(id).toMatch(/^[0-9A-Za-z]{18}$/);
      expect(id.slice(0, 3)).toBe(prefixes[entity]);
      expect(id.slice(15)).toBe(salesforceChecksum(id.slice(0, 15)));
    }
    const accountsInSalesforce = salesforce.filter((r) => r.entity === 'account').length;
    expect(accountsInSalesforce).toBeGreaterThan(countRows(temp.sqlite, 'accounts') * 0.75);
    const hubspot = column<string>(temp.sqlite, "SELECT external_id FROM external_ids WHERE source = 'hubspot'");
    expect(hubspot.length).toBeGreaterThan(0);
    for (const id of hubspot) expect(id).toMatch(/^\d{6,12}$/);
  });

  it('computes the checksum the way Salesforce does', () => {
    // Known pair from Salesforce's documentation of 15/18-character ids.
    expect(salesforceChecksum('001A0000006Vm9r')).toBe('IAC');
  });
});

describe('the demo book: the workspace marker', () => {
  it('marks the workspace as a demo with its seed', () => {
    expect(scalar<string>(temp.sqlite, "SELECT value FROM workspace_meta WHERE key = 'is_demo'")).toBe('1');
    expect(scalar<string>(temp.sqlite, "SELECT value FROM workspace_meta WHERE key = 'demo_seed'")).toBe('42');
  });

  it('leaves no dangling foreign keys', () => {
    expect(temp.sqlite.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
  });

  it('keeps every generated moment at or before now', () => {
    const nowIso = DEMO_NOW.toISOString();
    expect(scalar<string>(temp.sqlite, 'SELECT max(occurred_at) FROM activities') <= nowIso).toBe(true);
    expect(scalar<string>(temp.sqlite, 'SELECT max(responded_at) FROM nps_responses') <= nowIso).toBe(true);
    expect(scalar<string>(temp.sqlite, 'SELECT max(opened_at) FROM support_tickets') <= nowIso).toBe(true);
    expect(scalar<string>(temp.sqlite, 'SELECT max(closed_at) FROM support_tickets') <= nowIso).toBe(true);
    expect(scalar<string>(temp.sqlite, 'SELECT max(created_at) FROM accounts') <= nowIso).toBe(true);
    expect(scalar<string>(temp.sqlite, 'SELECT max(date) FROM usage') <= TODAY).toBe(true);
    expect(scalar<string>(temp.sqlite, 'SELECT max(period) FROM revenue_history')).toBe(LAST_PERIOD);
    expect(scalar<string>(temp.sqlite, 'SELECT min(period) FROM revenue_history')).toBe(FIRST_PERIOD);
  });
});
