import type Database from 'better-sqlite3';
import type { HealthOverrideEvent } from '../../../shared/api/dto';
import { validateOverride, type Band, type HealthOverride } from '../../../shared/domain/health';
import { inScope, type IdScope } from './idScope';

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

const LATEST_SQL = (kind: 'override' | 'pulse', columns: string, scope: IdScope) => `
  SELECT o.account_id AS accountId, ${columns}
  FROM health_overrides o
  WHERE o.id IN (SELECT max(id) FROM health_overrides
                 WHERE kind = '${kind}' AND ${inScope('account_id', scope)} GROUP BY account_id)`;

export function latestPulses(sqlite: Database.Database, scope: IdScope): Map<number, StoredPulse> {
  const rows = sqlite.prepare(LATEST_SQL('pulse', 'o.pulse, o.reason, o.expires_on AS expiresOn', scope)).all(scope) as StoredPulse[];
  return new Map(rows.map((row) => [row.accountId, row]));
}

export function latestOverrides(sqlite: Database.Database, scope: IdScope): Map<number, HealthOverride> {
  const rows = sqlite.prepare(LATEST_SQL('override', 'o.band, o.score, o.reason, o.expires_on AS expiresOn', scope)).all(scope) as (HealthOverride & { accountId: number })[];
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

type OverrideKind = HealthOverrideEvent['kind'];

interface OverrideRow {
  kind: OverrideKind;
  band: string | null;
  score: number | null;
  pulse: number | null;
  reason: string;
  expiresOn: string;
  createdAt: string;
}

const ROWS_SQL = `
  SELECT kind, band, score, pulse, reason, expires_on AS expiresOn, created_at AS createdAt
  FROM health_overrides WHERE account_id = ? ORDER BY id`;

/**
 * Ends the account's pulse or override in force on the day of `nowIso` by adding a copy of it
 * that expires that very day: rows stay append-only, the recompute sees it as expired, and the
 * history tells it apart as "cleared" (an expiry no later than its own creation day can only
 * come from here: the handlers refuse such an expiry from a user). Returns the row it ended.
 */
export function clearLatest(sqlite: Database.Database, accountId: number, kind: OverrideKind, nowIso: string): HealthOverrideEvent {
  const today = nowIso.slice(0, 10);
  const latest = (sqlite.prepare(ROWS_SQL).all(accountId) as OverrideRow[]).findLast((row) => row.kind === kind);
  if (latest === undefined || latest.expiresOn <= today) throw new Error(`Account ${accountId} has no ${kind === 'pulse' ? 'CSM pulse' : 'override'} in force to clear`);
  sqlite
    .prepare('INSERT INTO health_overrides (account_id, kind, band, score, pulse, reason, expires_on, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    .run(accountId, kind, latest.band, latest.score, latest.pulse, latest.reason, today, nowIso);
  return eventOf(latest, 'set', latest.createdAt);
}

const isClearing = (row: OverrideRow) => row.expiresOn <= row.createdAt.slice(0, 10);

function eventOf(row: OverrideRow, action: HealthOverrideEvent['action'], at: string): HealthOverrideEvent {
  return { kind: row.kind, action, at, band: row.band, score: row.score, pulse: row.pulse, reason: row.reason, expiresOn: row.expiresOn };
}

/**
 * What happened to the account's pulses and overrides up to `today` (YYYY-MM-DD), oldest first:
 * each one set, each one cleared, and each one that reached its expiry before anything replaced
 * it ("expired" on its expiry day). One replaced by a newer one simply gives way to it.
 */
export function overrideHistory(sqlite: Database.Database, accountId: number, today: string): HealthOverrideEvent[] {
  const rows = sqlite.prepare(ROWS_SQL).all(accountId) as OverrideRow[];
  const events: HealthOverrideEvent[] = [];
  for (const kind of ['override', 'pulse'] as const) {
    const ofKind = rows.filter((row) => row.kind === kind);
    ofKind.forEach((row, i) => {
      if (isClearing(row)) {
        events.push({ ...eventOf(row, 'cleared', row.createdAt), expiresOn: ofKind[i - 1]?.expiresOn ?? row.expiresOn });
        return;
      }
      events.push(eventOf(row, 'set', row.createdAt));
      const next = ofKind[i + 1];
      const endedBeforeNext = next === undefined || row.expiresOn <= next.createdAt.slice(0, 10);
      if (row.expiresOn <= today && endedBeforeNext) events.push(eventOf(row, 'expired', row.expiresOn));
    });
  }
  // A day (an expiry) sorts before any time on that day: it took effect at the day's start.
  return events.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}
