import type Database from 'better-sqlite3';
import type { AtRiskAccount, HealthBandTotal } from '../../../shared/api/healthDto';
import { DEFAULT_BANDS, NOT_SCORED, NOT_SCORED_LABEL, TREND_LOOKBACK_DAYS, TREND_TOLERANCE, type Band, type Scorecard } from '../../../shared/domain/health';
import { isDerivedArr } from '../../../shared/domain/metrics';
import { arrFactColumns, arrParams, settleArr, type ArrFactRow } from '../db/repos/effectiveArr';

/** The band of an active account that has no health snapshot yet. */
export const NO_SNAPSHOT = 'none';
const NO_SNAPSHOT_LABEL = 'No score yet';
/** The at-risk list is cut here (largest ARR first); the total says how many there are. */
export const AT_RISK_LIMIT = 500;

export interface HealthSummary {
  health: HealthBandTotal[];
  atRisk: AtRiskAccount[];
  atRiskTotal: number;
}

interface HealthRow extends ArrFactRow {
  id: number;
  name: string;
  band: string | null;
  score: number | null;
  latestScore: number | null;
  referenceScore: number | null;
}

/**
 * Each active account's current health (the latest snapshot, an override winning, as the
 * portfolio shows it) and its trend: the latest computed score against the latest one at
 * least TREND_LOOKBACK_DAYS older, else the oldest one, as shared/domain/health healthTrend
 * compares them for the account page's arrow. Index seeks per account, no scan of all snapshots.
 * ARR is the effective ARR (db/repos/effectiveArr.ts), so it is ranked in JavaScript, not here.
 */
const HEALTH_SQL = `
  WITH current AS (
    SELECT a.id, a.name, ${arrFactColumns('a')},
           coalesce(h.override_band, h.band) AS band,
           coalesce(h.override_score, h.score) AS score,
           (SELECT s.date FROM health_snapshots s WHERE s.account_id = a.id AND s.score IS NOT NULL ORDER BY s.date DESC LIMIT 1) AS scoredDay
    FROM accounts a
    LEFT JOIN health_snapshots h
      ON h.account_id = a.id AND h.date = (SELECT max(l.date) FROM health_snapshots l WHERE l.account_id = a.id)
    WHERE a.status <> 'churned' AND (:segment IS NULL OR lower(trim(a.segment)) = :segment)
  )
  SELECT c.id, c.name, c.arr, c.status, c.mrr, c.arrSource, c.revenueMrr, c.band, c.score,
         (SELECT s.score FROM health_snapshots s WHERE s.account_id = c.id AND s.date = c.scoredDay) AS latestScore,
         coalesce(
           (SELECT s.score FROM health_snapshots s
             WHERE s.account_id = c.id AND s.score IS NOT NULL AND s.date <= date(c.scoredDay, :lookback) ORDER BY s.date DESC LIMIT 1),
           (SELECT s.score FROM health_snapshots s
             WHERE s.account_id = c.id AND s.score IS NOT NULL AND s.date < c.scoredDay ORDER BY s.date LIMIT 1)
         ) AS referenceScore
  FROM current c`;

/** The bands of the scorecards in force, read without writing (no default is stored here). */
function scorecardBands(sqlite: Database.Database): { bands: Band[]; lowest: Set<string> } {
  const definitions = sqlite
    .prepare(
      `SELECT s.definition FROM health_scorecards s
       WHERE s.version = (SELECT max(version) FROM health_scorecards v WHERE v.id = s.id) ORDER BY s.position, s.id`,
    )
    .pluck()
    .all() as string[];
  const bandSets: Band[][] = [];
  for (const definition of definitions) {
    try {
      const bands = (JSON.parse(definition) as Scorecard).bands;
      if (Array.isArray(bands) && bands.length > 0) bandSets.push(bands);
    } catch {
      // A damaged scorecard is reported where it is scored with; here its bands are just unknown.
    }
  }
  if (bandSets.length === 0) bandSets.push([...DEFAULT_BANDS]);
  const byId = new Map<string, Band>();
  const lowest = new Set<string>();
  for (const bands of bandSets) {
    for (const band of bands) if (!byId.has(band.id)) byId.set(band.id, band);
    lowest.add(bands.reduce((low, band) => (band.min < low.min ? band : low)).id);
  }
  return { bands: [...byId.values()].sort((a, b) => a.min - b.min), lowest };
}

/**
 * The health distribution (accounts and ARR per band, lowest band first) and the at-risk list
 * (in the lowest band of its scorecard, or falling by TREND_TOLERANCE points or more), both
 * over the active accounts of one segment (trimmed, case-insensitive) or of the whole book.
 * ARR is each account's effective ARR as of `now`.
 */
export function healthSummary(sqlite: Database.Database, segment: string | null, now: Date): HealthSummary {
  const { bands, lowest } = scorecardBands(sqlite);
  const labels = new Map<string, string>([...bands.map((band): [string, string] => [band.id, band.label]), [NOT_SCORED, NOT_SCORED_LABEL], [NO_SNAPSHOT, NO_SNAPSHOT_LABEL]]);
  const totals = new Map<string, HealthBandTotal>();
  const emptyTotal = (band: string, bandLabel: string): HealthBandTotal => ({ band, bandLabel, accounts: 0, arr: 0, derivedArr: 0, accountIds: [] });
  for (const id of [...bands.map((band) => band.id), NOT_SCORED, NO_SNAPSHOT]) totals.set(id, emptyTotal(id, labels.get(id)!));

  const atRisk: AtRiskAccount[] = [];
  let atRiskTotal = 0;
  const params = { segment: segment?.trim().toLowerCase() || null, lookback: `-${TREND_LOOKBACK_DAYS} days`, ...arrParams(now) };
  const rows = (sqlite.prepare(HEALTH_SQL).all(params) as HealthRow[]).map(settleArr);
  // Largest ARR first, so each band's drill-down and the at-risk list (cut at AT_RISK_LIMIT) are in that order.
  rows.sort((a, b) => b.arr - a.arr || a.id - b.id);
  for (const row of rows) {
    const band = row.band ?? NO_SNAPSHOT;
    let total = totals.get(band);
    if (total === undefined) totals.set(band, (total = emptyTotal(band, band)));
    total.accounts += 1;
    total.arr += row.arr;
    if (isDerivedArr(row.arrSource)) total.derivedArr += row.arr;
    total.accountIds.push(row.id);

    const scoreChange = row.latestScore !== null && row.referenceScore !== null ? row.latestScore - row.referenceScore : null;
    const red = lowest.has(band);
    const falling = scoreChange !== null && scoreChange <= -TREND_TOLERANCE;
    if (!red && !falling) continue;
    atRiskTotal += 1;
    if (atRisk.length >= AT_RISK_LIMIT) continue;
    const reason = red && falling ? 'red_and_falling' : red ? 'red' : 'falling';
    atRisk.push({ id: row.id, name: row.name, arr: row.arr, arrSource: row.arrSource, band, bandLabel: total.bandLabel, score: row.score, scoreChange, reason });
  }
  // Every band of the scorecards is shown, empty or not; "not scored" and "no score yet" only when they hold accounts.
  const health = [...totals.values()].filter((total) => total.accounts > 0 || (total.band !== NOT_SCORED && total.band !== NO_SNAPSHOT));
  return { health, atRisk, atRiskTotal };
}
