import type Database from 'better-sqlite3';
import { AppError } from '../../../../shared/api/errors';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A subscription is active on a day when it started on or before it and has not ended by it
 * (no end date, or an end date after the day): the end date itself is the first day without it.
 */
const ACTIVE_ON = 'start_date <= ? AND (end_date IS NULL OR end_date > ?)';

function assertDay(date: string): void {
  const parsed = new Date(`${date}T00:00:00Z`);
  // The round trip refuses days that do not exist (2024-02-30).
  if (!ISO_DAY.test(date) || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) {
    throw new AppError('BAD_INPUT', `Expected a date as YYYY-MM-DD, got "${date}"`, { date });
  }
}

/** The MRR of every subscription active on the day (YYYY-MM-DD). */
export function activeMrrOn(sqlite: Database.Database, date: string): number {
  assertDay(date);
  const row = sqlite.prepare(`SELECT total(mrr) AS mrr FROM subscriptions WHERE ${ACTIVE_ON}`).get(date, date) as { mrr: number };
  return row.mrr;
}

/** Active MRR on the day per account id; accounts with nothing active are left out. */
export function activeMrrByAccountOn(sqlite: Database.Database, date: string): Map<number, number> {
  assertDay(date);
  const rows = sqlite
    .prepare(`SELECT account_id AS accountId, total(mrr) AS mrr FROM subscriptions WHERE ${ACTIVE_ON} GROUP BY account_id`)
    .all(date, date) as { accountId: number; mrr: number }[];
  return new Map(rows.map((row) => [row.accountId, row.mrr]));
}
