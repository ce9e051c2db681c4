import { dayNumber } from './dates';

/** A stored health score of an account on a day (the back-end keeps one per recompute or per day). */
export interface HealthSnapshot {
  date: string;
  /** Null when the account was not scored that day. */
  score: number | null;
  scorecardId: string;
  scorecardVersion: number;
}

export type TrendArrow = 'up' | 'flat' | 'down';

/** The arrow compares the latest score with the one this many days earlier… */
export const TREND_LOOKBACK_DAYS = 30;
/** …and points up or down only for a move of this many points or more: smaller moves are noise. */
export const TREND_TOLERANCE = 5;

export interface TrendOptions {
  lookbackDays?: number;
  tolerance?: number;
}

/** Where the scorecard changed, to mark on the chart: a jump there may be the scorecard's, not the customer's. */
export interface VersionMarker {
  date: string;
  scorecardId: string;
  scorecardVersion: number;
  previousScorecardId: string;
  previousScorecardVersion: number;
}

export interface HealthTrend {
  /** Null with fewer than two scored snapshots. */
  arrow: TrendArrow | null;
  /** Latest score minus the compared one. */
  change: number | null;
  /** The date of the snapshot compared with. */
  comparedWith: string | null;
  /** True when the scorecard changed between the compared snapshot and the latest one. */
  acrossVersionChange: boolean;
  /** Oldest first; a null score is a gap in the sparkline. */
  points: { date: string; score: number | null }[];
  markers: VersionMarker[];
}

/**
 * The trend of an account's health from its snapshots (in any order). The arrow compares the
 * latest scored snapshot with the latest one at least `lookbackDays` older, or with the oldest
 * scored one when the history is shorter.
 */
export function healthTrend(snapshots: readonly HealthSnapshot[], options: TrendOptions = {}): HealthTrend {
  const lookback = options.lookbackDays ?? TREND_LOOKBACK_DAYS;
  const tolerance = options.tolerance ?? TREND_TOLERANCE;
  const days = new Map(snapshots.map((snapshot) => [snapshot, dayNumber(snapshot.date, 'A snapshot date')]));
  const sorted = [...snapshots].sort((a, b) => days.get(a)! - days.get(b)! || (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  const markers: VersionMarker[] = [];
  const changedAt = new Set<number>();
  for (let i = 1; i < sorted.length; i++) {
    const before = sorted[i - 1]!;
    const now = sorted[i]!;
    if (before.scorecardId === now.scorecardId && before.scorecardVersion === now.scorecardVersion) continue;
    changedAt.add(i);
    markers.push({
      date: now.date,
      scorecardId: now.scorecardId,
      scorecardVersion: now.scorecardVersion,
      previousScorecardId: before.scorecardId,
      previousScorecardVersion: before.scorecardVersion,
    });
  }
  const points = sorted.map((snapshot) => ({ date: snapshot.date, score: snapshot.score }));

  const latestIndex = sorted.findLastIndex((snapshot) => snapshot.score !== null);
  const firstIndex = sorted.findIndex((snapshot) => snapshot.score !== null);
  const none = { arrow: null, change: null, comparedWith: null, acrossVersionChange: false, points, markers };
  if (latestIndex <= firstIndex) return none;

  const latest = sorted[latestIndex]!;
  const cutoff = days.get(latest)! - lookback;
  let referenceIndex = firstIndex;
  for (let i = latestIndex - 1; i >= firstIndex; i--) {
    if (sorted[i]!.score !== null && days.get(sorted[i]!)! <= cutoff) {
      referenceIndex = i;
      break;
    }
  }
  const reference = sorted[referenceIndex]!;
  const change = latest.score! - reference.score!;
  let acrossVersionChange = false;
  for (let i = referenceIndex + 1; i <= latestIndex; i++) if (changedAt.has(i)) acrossVersionChange = true;
  const arrow: TrendArrow = change >= tolerance ? 'up' : change <= -tolerance ? 'down' : 'flat';
  return { arrow, change, comparedWith: reference.date, acrossVersionChange, points, markers };
}
