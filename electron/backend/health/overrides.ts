import type Database from 'better-sqlite3';
import { validateOverride, type Band, type HealthOverride } from '../../../shared/domain/health';

/**
 * Manual overrides and CSM pulses (DOMAIN.md: a reason and an expiry date, never wiped by a
 * recompute). Rows are only ever added: the latest of each kind per account is the one that
 * counts, and it stops counting on its expiry day; older and expired rows stay as history.
 */
export interface StoredPulse {
  accountId: number;
  pulse: number;
  reason: string;
  expiresOn: string;
}

const LATEST_SQL = (kind: 'override' | 'pulse', columns: string) => `
  SELECT o.account_id AS accountId, ${columns}
  FROM health_overrides o
  WHERE o.id IN (SELECT max(id) FROM health_overrides
                 WHERE kind = '${kind}' AND account_id IN (SELECT value FROM json_each(?)) GROUP BY account_id)`;

export function latestPulses(sqlite: Database.Database, idsJson: string): Map<number, StoredPulse> {
  const rows = sqlite.prepare(LATEST_SQL('pulse', 'o.pulse, o.reason, o.expires_on AS expiresOn')).all(idsJson) as StoredPulse[];
  return new Map(rows.map((row) => [row.accountId, row]));
}

export function latestOverrides(sqlite: Database.Database, idsJson: string): Map<number, HealthOverride> {
  const rows = sqlite.prepare(LATEST_SQL('override', 'o.band, o.score, o.reason, o.expires_on AS expiresOn')).all(idsJson) as (HealthOverride & { accountId: number })[];
  return new Map(rows.map(({ accountId, ...override }) => [accountId, override]));
}

/** Saves an override after checking it against the bands of the account's scorecard; a one-line error when it is unusable. */
export function addOverride(sqlite: Database.Database, accountId: number, override: HealthOverride, bands: readonly Band[], nowIso: string): void {
  const problems = validateOverride(override, bands);
  if (problems.length > 0) throw new Error(`Health override of account ${accountId}: ${problems[0]}`);
  sqlite
    .prepare(`INSERT INTO health_overrides (account_id, kind, band, score, reason, expires_on, created_at) VALUES (?, 'override', ?, ?, ?, ?, ?)`)
    .run(accountId, override.band, override.score, override.reason.trim(), override.expiresOn.slice(0, 10), nowIso);
}

export function addPulse(sqlite: Database.Database, pulse: StoredPulse, nowIso: string): void {
  if (!Number.isInteger(pulse.pulse) || pulse.pulse < 1 || pulse.pulse > 5) throw new Error(`A CSM pulse is a whole number from 1 to 5 (got ${pulse.pulse})`);
  if (pulse.reason.trim() === '') throw new Error('A CSM pulse needs a reason');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(pulse.expiresOn)) throw new Error(`A CSM pulse needs an expiry date as YYYY-MM-DD (got "${pulse.expiresOn}")`);
  sqlite
    .prepare(`INSERT INTO health_overrides (account_id, kind, pulse, reason, expires_on, created_at) VALUES (?, 'pulse', ?, ?, ?, ?)`)
    .run(pulse.accountId, pulse.pulse, pulse.reason.trim(), pulse.expiresOn, nowIso);
}
