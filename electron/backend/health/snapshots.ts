import type Database from 'better-sqlite3';
import type { EffectiveHealth, HealthSnapshot, Scorecard } from '../../../shared/domain/health';
import type { SnapshotScore } from './snapshotScore';

const UPSERT_SQL = `
  INSERT INTO health_snapshots (account_id, date, score, band, breakdown, scorecard_id, scorecard_version, override_score, override_band, computed_at)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (account_id, date) DO UPDATE SET
    score = excluded.score, band = excluded.band, breakdown = excluded.breakdown,
    scorecard_id = excluded.scorecard_id, scorecard_version = excluded.scorecard_version,
    override_score = excluded.override_score, override_band = excluded.override_band, computed_at = excluded.computed_at`;

/** `effective` is null when no override applies (the common case: nothing to build for it). */
export type SnapshotWriter = (accountId: number, day: string, computed: SnapshotScore, effective: EffectiveHealth | null) => void;

/** Writes (or replaces: the latest of the day wins) the snapshot of one account; run inside the caller's transaction. */
export function snapshotWriter(sqlite: Database.Database, nowIso: string): SnapshotWriter {
  const upsert = sqlite.prepare(UPSERT_SQL);
  return (accountId, day, computed, effective) => {
    const overridden = effective !== null && effective.overridden;
    upsert.run(
      accountId, day, computed.score, computed.band, computed.breakdown, computed.scorecardId, computed.scorecardVersion,
      overridden ? effective.score : null, overridden ? effective.band : null, nowIso,
    );
  };
}

/** One measure of a stored breakdown. */
export interface StoredMeasure {
  id: string;
  raw: number | null;
  score: number | null;
  weight: number;
}

/**
 * A snapshot's breakdown by measure, given the scorecard version it cites (scorecard_id,
 * scorecard_version): [raw, score] pairs in the scorecard's order, or (snapshots written before
 * 2026-11-23) the measures spelled out as {id, raw, score, weight}.
 */
export function readBreakdown(breakdown: string, card: Scorecard): StoredMeasure[] {
  const stored = JSON.parse(breakdown) as unknown[];
  if (stored.every((entry) => !Array.isArray(entry))) return stored as StoredMeasure[];
  if (stored.length !== card.measures.length) {
    throw new Error(`A health breakdown has ${stored.length} measures but scorecard ${card.id} version ${card.version} has ${card.measures.length}`);
  }
  return card.measures.map((measure, m) => {
    const [raw, score] = stored[m] as [number | null, number | null];
    return { id: measure.id, raw, score, weight: measure.weight };
  });
}

/** An account's snapshots, oldest first, for healthTrend (scores are the computed ones, overrides aside). */
export function snapshotsOf(sqlite: Database.Database, accountId: number): HealthSnapshot[] {
  return sqlite
    .prepare('SELECT date, score, scorecard_id AS scorecardId, scorecard_version AS scorecardVersion FROM health_snapshots WHERE account_id = ? ORDER BY date')
    .all(accountId) as HealthSnapshot[];
}
