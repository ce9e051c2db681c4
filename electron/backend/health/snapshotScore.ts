import { asOfDay } from '../../../shared/domain/health/dates';
import { compileScorecard, exactScoreOf, METRIC_COUNT, readMetricsInto, wholeScore } from '../../../shared/domain/health/engine';
import { NOT_SCORED, NOT_SCORED_LABEL, scoreOnThresholds, type ComputedHealth, type HealthInputs, type Scorecard } from '../../../shared/domain/health';
import { bandIndexOf } from '../../../shared/domain/health/scorecard';

/** A snapshot's per-measure breakdown as stored: enough to chart a measure over time, small enough for a row a day. */
export interface StoredMeasure {
  id: string;
  raw: number | null;
  score: number | null;
  weight: number;
}

export interface SnapshotScore extends ComputedHealth {
  measures: StoredMeasure[];
  scorecardId: string;
  scorecardVersion: number;
}

const readings = new Float64Array(METRIC_COUNT);

/**
 * What a snapshot stores, through the same engine as scoreAccount (so the score and band are
 * the same) but without the words and next-band hints a recompute of the whole book would
 * compute only to throw away: those come from scoreAccount when an account is looked at.
 */
export function snapshotScore(inputs: HealthInputs, card: Scorecard, day: string): SnapshotScore {
  const compiled = compileScorecard(card);
  readings.fill(NaN);
  readMetricsInto(inputs, asOfDay(day), readings, 0, compiled.usesMetric);
  const exact = exactScoreOf(compiled, readings);
  const score = Number.isNaN(exact) ? null : wholeScore(exact);
  const band = score === null ? undefined : card.bands[bandIndexOf(card.bands, score)];
  const measures = card.measures.map((measure, m): StoredMeasure => {
    const raw = readings[compiled.slots[m]!]!;
    const known = !Number.isNaN(raw);
    return { id: measure.id, raw: known ? raw : null, score: known ? scoreOnThresholds(measure.thresholds, raw) : null, weight: measure.weight };
  });
  return {
    score,
    band: band?.id ?? NOT_SCORED,
    bandLabel: band?.label ?? NOT_SCORED_LABEL,
    measures,
    scorecardId: card.id,
    scorecardVersion: card.version,
  };
}
