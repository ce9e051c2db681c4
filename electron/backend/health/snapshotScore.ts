import { asOfDay } from '../../../shared/domain/health/dates';
import { compileScorecard, exactScoreOf, METRIC_COUNT, readMetricsInto, wholeScore } from '../../../shared/domain/health/engine';
import { NOT_SCORED, NOT_SCORED_LABEL, scoreOnThresholds, type ComputedHealth, type HealthInputs, type Scorecard } from '../../../shared/domain/health';
import { bandIndexOf } from '../../../shared/domain/health/scorecard';

export interface SnapshotScore extends ComputedHealth {
  /** The per-measure breakdown as stored (see snapshots.ts readBreakdown). */
  breakdown: string;
  scorecardId: string;
  scorecardVersion: number;
}

const readings = new Float64Array(METRIC_COUNT);
let lastDay = { text: '', day: NaN };

/** A number as JSON.stringify writes it: n/a (NaN), like any non-finite number, as null. */
const json = (value: number) => (Number.isFinite(value) ? String(value) : 'null');

/**
 * What a snapshot stores, through the same engine as scoreAccount (so the score and band are
 * the same) but without the words and next-band hints a recompute of the whole book would
 * compute only to throw away: those come from scoreAccount when an account is looked at. The
 * breakdown is written straight as JSON text, [raw, score] per measure in the scorecard's order
 * (about 60 bytes rather than 400 with ids and weights, which the scorecard version holds).
 */
export function snapshotScore(inputs: HealthInputs, card: Scorecard, day: string): SnapshotScore {
  const compiled = compileScorecard(card);
  if (lastDay.text !== day) lastDay = { text: day, day: asOfDay(day) };
  readings.fill(NaN);
  readMetricsInto(inputs, lastDay.day, readings, 0, compiled.usesMetric);
  const exact = exactScoreOf(compiled, readings);
  const score = Number.isNaN(exact) ? null : wholeScore(exact);
  const band = score === null ? undefined : card.bands[bandIndexOf(card.bands, score)];
  let breakdown = '[';
  for (let m = 0; m < compiled.slots.length; m++) {
    const raw = readings[compiled.slots[m]!]!;
    const measureScore = Number.isNaN(raw) ? NaN : scoreOnThresholds(compiled.thresholds[m]!, raw);
    breakdown += `${m === 0 ? '' : ','}[${json(raw)},${json(measureScore)}]`;
  }
  return {
    score,
    band: band?.id ?? NOT_SCORED,
    bandLabel: band?.label ?? NOT_SCORED_LABEL,
    breakdown: breakdown + ']',
    scorecardId: card.id,
    scorecardVersion: card.version,
  };
}
