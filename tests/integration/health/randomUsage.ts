import type Database from 'better-sqlite3';
import { daysBefore } from './book';

/** A usage row as the tests write it. */
export interface UsageRow {
  accountId: number;
  date: string;
  feature: string | null;
  activeUsers: number | null;
  logins: number | null;
  featuresUsed: number | null;
  seats: number | null;
}

/**
 * A seeded random book of every usage shape: daily and weekly totals (weekly logins not a
 * multiple of the users, so a week counts a fraction of days), feature logs, two totals rows on
 * one day, rows with no counts, idle days, negative counts, usage only before the window, and
 * (with `odd`) usage dated after the scoring day.
 */
export function randomUsageRows(random: () => number, firstId: number, accounts: number, odd = false): UsageRow[] {
  const count = () => (random() < 0.25 ? null : random() < 0.25 ? 0 : random() < 0.03 ? -1 : Math.floor(random() * 12));
  const rows: UsageRow[] = [];
  for (let accountId = firstId; accountId < firstId + accounts; accountId++) {
    const shape = random();
    const n = Math.floor(random() * 25);
    for (let k = 0; k < n; k++) {
      const back = shape < 0.25 ? 7 * Math.floor(random() * 10) : shape > 0.9 ? 60 + Math.floor(random() * 30) : Math.floor(random() * 70) - (odd ? 5 : 2);
      const feature = shape > 0.55 && random() < 0.6 ? 'ABCX'[Math.floor(random() * 4)]! : null;
      const totals = feature === null;
      rows.push({ accountId, date: daysBefore(back), feature, activeUsers: totals ? count() : null, logins: totals ? count() : null, featuresUsed: totals ? count() : null, seats: random() < 0.5 ? null : count() });
    }
  }
  return rows;
}

export function insertUsage(sqlite: Database.Database, rows: readonly UsageRow[]): void {
  const insert = sqlite.prepare('INSERT INTO usage (account_id, date, feature, active_users, logins, features_used, seats) VALUES (?, ?, ?, ?, ?, ?, ?)');
  sqlite.transaction(() => {
    for (const row of rows) insert.run(row.accountId, row.date, row.feature, row.activeUsers, row.logins, row.featuresUsed, row.seats);
  })();
}

/** INSERT of `count` accounts from `firstId`, named for the test. */
export function accountsSql(firstId: number, count: number): string {
  const values = Array.from({ length: count }, (_, i) => `(${firstId + i}, 'Random ${i}', 't', 't')`).join(', ');
  return `INSERT INTO accounts (id, name, created_at, updated_at) VALUES ${values};`;
}
