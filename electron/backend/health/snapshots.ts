import type Database from 'better-sqlite3';
import type { EffectiveHealth, HealthSnapshot } from '../../../shared/domain/health';
import type { SnapshotScore } from './snapshotScore';

const UPSERT_SQL = `
  INSERT INTO health_snapshots (account_id, date, score, band, breakdown, scorecard_id, scorecard_version, override_score, override_band, computed_at)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (account_id, date) DO UPDATE SET
    score = excluded.score, band = excluded.band, breakdown = excluded.breakdown,
    scorecard_id = excluded.scorecard_id, scorecard_version = excluded.scorecard_version,
    override_score = excluded.override_score, override_band = excluded.override_band, computed_at = excluded.computed_at`;

export type SnapshotWriter = (accountId: number, day: string, computed: SnapshotScore, effective: EffectiveHealth) => void;

/** Writes (or replaces: the latest of the day wins) the snapshot of one account; run inside the caller's transaction. */
export function snapshotWriter(sqlite: Database.Database, nowIso: string): SnapshotWriter {
  const upsert = sqlite.prepare(UPSERT_SQL);
  return (accountId, day, computed, effective) => {
    upsert.run(
      accountId, day, computed.score, computed.band, JSON.stringify(computed.measures), computed.scorecardId, computed.scorecardVersion,
      effective.overridden ? effective.score : null, effective.overridden ? effective.band : null, nowIso,
    );
  };
}

/** An account's snapshots, oldest first, for healthTrend (scores are the computed ones, overrides aside). */
export function snapshotsOf(sqlite: Database.Database, accountId: number): HealthSnapshot[] {
  return sqlite
    .prepare('SELECT date, score, scorecard_id AS scorecardId, scorecard_version AS scorecardVersion FROM health_snapshots WHERE account_id = ? ORDER BY date')
    .all(accountId) as HealthSnapshot[];
}
