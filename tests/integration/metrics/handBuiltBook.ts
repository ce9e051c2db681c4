import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, expect } from 'vitest';
import { makeTempDir } from '../../helpers/tempDir';
import { runInProcess } from '../cli/run';

/**
 * A six-account book whose June 2024 figures are worked out by hand below. MRR at the end of
 * May (the start) and of June (the end):
 *
 * | account | segment    | source                                   | May  | June | June movement       |
 * |---------|------------|------------------------------------------|------|------|---------------------|
 * | Acme    | Enterprise | revenue_history                          | 1000 | 1200 | expansion 200       |
 * | Beta    | Enterprise | subscription ending 2024-06-15           | 500  | 0    | churned 500         |
 * | Gamma   | SMB        | 300 open + 100 ending 2024-06-10         | 400  | 300  | contraction 100     |
 * | Delta   | SMB        | subscription from 2024-06-05             | 0    | 250  | new 250             |
 * | Echo    | SMB        | paid Jan–Feb (ended 03-15), again 06-01  | 0    | 150  | reactivation 150    |
 * | Foxtrot | Enterprise | revenue_history (its subscription of 9999 is ignored) | 800 | 800 | flat     |
 *
 * Start MRR 2700 over 4 customers, end MRR 2700 over 5.
 */
export const JUNE_2024 = {
  mrr: { start: 2700, end: 2700 },
  customers: { start: 4, end: 5, new: 1, reactivated: 1, churned: 1, joinedAndChurned: 0 },
  mrrMovements: { new: 250, expansion: 200, contraction: 100, churned: 500, reactivation: 150 },
  logoChurnRate: 1 / 4,
  grossMrrChurn: 600 / 2700,
  netMrrChurn: (600 - 200 - 150) / 2700,
  grr: 2100 / 2700,
  nrr: (2700 + 200 + 150 - 600) / 2700,
  crr: (5 - 1 - 1) / 4,
  arpa: 2700 / 5,
  // Monthly logo churn Feb–Jun: 0, 1/3 (Echo's end in March), 0, 0, 1/4; January had no customers at its start.
  ltv: 540 / ((0 + 1 / 3 + 0 + 0 + 1 / 4) / 5),
  // In the 12 months to June: Acme 10 and 9, Beta 7, Gamma 3 (one answer before and one after are left out).
  npsResponses: { promoters: 2, passives: 1, detractors: 1, total: 4 },
  nps: 25,
};

const ACCOUNTS: [string, string][] = [
  ['Acme', 'Enterprise'],
  ['Beta', 'Enterprise'],
  ['Gamma', 'SMB'],
  ['Delta', 'SMB'],
  ['Echo', 'SMB'],
  ['Foxtrot', 'Enterprise'],
];

/** Writes the book into an initialised workspace; returns account ids by name. */
function writeBook(file: string): Record<string, number> {
  const sqlite = new Database(file);
  try {
    const now = '2024-07-01T00:00:00.000Z';
    const id: Record<string, number> = {};
    const insertAccount = sqlite.prepare('INSERT INTO accounts (name, segment, seats, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
    for (const [name, segment] of ACCOUNTS) id[name] = Number(insertAccount.run(name, segment, name === 'Acme' ? 10 : null, now, now).lastInsertRowid);
    const history = sqlite.prepare('INSERT INTO revenue_history (account_id, period, mrr) VALUES (?, ?, ?)');
    history.run(id.Acme, '2024-05', 1000);
    history.run(id.Acme, '2024-06', 1200);
    history.run(id.Foxtrot, '2024-05', 800);
    history.run(id.Foxtrot, '2024-06', 800);
    const subscription = sqlite.prepare('INSERT INTO subscriptions (account_id, start_date, end_date, mrr, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
    const subscriptions: [string, string, string | null, number][] = [
      ['Beta', '2024-01-01', '2024-06-15', 500],
      ['Gamma', '2024-01-01', null, 300],
      ['Gamma', '2024-03-01', '2024-06-10', 100],
      ['Delta', '2024-06-05', null, 250],
      ['Echo', '2024-01-01', '2024-03-15', 200],
      ['Echo', '2024-06-01', null, 150],
      ['Foxtrot', '2024-01-01', null, 9999],
    ];
    for (const [name, start, end, mrr] of subscriptions) subscription.run(id[name], start, end, mrr, now, now);
    const nps = sqlite.prepare('INSERT INTO nps_responses (account_id, score, responded_at) VALUES (?, ?, ?)');
    const answers: [string, number, string][] = [
      ['Acme', 10, '2024-06-20T10:00:00Z'],
      ['Acme', 9, '2023-08-01'],
      ['Beta', 7, '2024-02-11'],
      ['Gamma', 3, '2024-06-30T23:00:00Z'],
      ['Gamma', 0, '2023-06-30'],
      ['Delta', 0, '2024-07-02'],
    ];
    for (const [name, score, date] of answers) nps.run(id[name], score, date);
    const usage = sqlite.prepare('INSERT INTO usage (account_id, date, feature, active_users, logins) VALUES (?, ?, ?, ?, ?)');
    // Acme: 4 users on each of the last 7 days of June, first seen in January (so averaged over 30 days).
    usage.run(id.Acme, '2024-01-10', null, 2, 2);
    for (let day = 24; day <= 30; day += 1) usage.run(id.Acme, `2024-06-${day}`, null, 4, 6);
    // Gamma: a feature log, two features on the 29th (one of them used twice) and one on the 30th.
    usage.run(id.Gamma, '2024-06-29', 'reports', null, null);
    usage.run(id.Gamma, '2024-06-29', 'reports', null, null);
    usage.run(id.Gamma, '2024-06-29', 'export', null, null);
    usage.run(id.Gamma, '2024-06-30', 'reports', null, null);
    return id;
  } finally {
    sqlite.close();
  }
}

/** A fresh workspace holding the hand-built book, per test; removed after it. */
export function useHandBuiltBook(): () => Promise<{ workspace: string; id: Record<string, number> }> {
  const cleanups: (() => void)[] = [];
  afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));
  return async () => {
    const { dir, cleanup } = makeTempDir('csm-metrics-');
    cleanups.push(cleanup);
    const workspace = path.join(dir, 'book.csm');
    const init = await runInProcess(['init', '--workspace', workspace]);
    expect(init.code, init.stderr).toBe(0);
    return { workspace, id: writeBook(workspace) };
  };
}
