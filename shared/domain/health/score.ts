import { asOfDay, dayText, type AsOf } from './dates';
import { compileScorecard, exactScoreOf, METRIC_COUNT, readMetricsInto, wholeScore } from './engine';
import { nextBandHint, type NextBandHint } from './explain';
import type { HealthInputs } from './inputs';
import { METRICS, type MetricKey } from './metrics';
import { bandIndexOf, NOT_SCORED, NOT_SCORED_LABEL, type Scorecard } from './scorecard';
import { scoreOnThresholds } from './thresholds';

/** One measure of an account's score, explained (DOMAIN.md: "every score explains itself"). */
export interface MeasureBreakdown {
  id: string;
  label: string;
  metric: MetricKey;
  /** The raw value, or null when the measure has no data ("n/a"). */
  raw: number | null;
  /** The raw value in words, or "n/a: <why>". */
  rawText: string;
  /** The facts behind the raw value or its absence ("20 active users, 50 seats", "answered 2025-01-03"), or null. */
  context: string | null;
  /** 0–100 (unrounded), or null for n/a: left out of the average, never counted as 0. */
  score: number | null;
  weight: number;
  /** Weight ÷ the weights of the measures with data: this measure's part of the score. Null when n/a or not scored. */
  share: number | null;
  /** share × score: the points this measure adds; the points of all measures sum to the exact score. */
  points: number | null;
  /** What raw value would lift the account one band; null when n/a, not scored, or already in the top band. */
  nextBand: NextBandHint | null;
}

export interface AccountHealth {
  /** The score as shown, a whole number from 0 to 100; null when not scored. */
  score: number | null;
  exactScore: number | null;
  /** A band id of the scorecard, or NOT_SCORED. */
  band: string;
  bandLabel: string;
  measuresWithData: number;
  /** Why the account is not scored, in words; null when it is scored. */
  notScoredReason: string | null;
  measures: MeasureBreakdown[];
  scorecardId: string;
  scorecardVersion: number;
  /** The day scored, YYYY-MM-DD. */
  asOf: string;
}

/** An account's health under a scorecard on a day, with every measure explained. */
export function scoreAccount(inputs: HealthInputs, scorecard: Scorecard, asOf: AsOf): AccountHealth {
  const card = compileScorecard(scorecard);
  const day = asOfDay(asOf);
  const readings = new Float64Array(METRIC_COUNT);
  readMetricsInto(inputs, day, readings, 0, card.usesMetric);
  const exact = exactScoreOf(card, readings);
  const scored = !Number.isNaN(exact);

  let weightWithData = 0;
  const rows = scorecard.measures.map((measure) => {
    const metric = METRICS[measure.metric];
    const reading = metric.read(inputs, day);
    const raw = typeof reading === 'number' ? reading : null;
    if (raw !== null) weightWithData += measure.weight;
    return {
      measure,
      raw,
      rawText: raw === null ? `n/a: ${String(reading)}` : metric.format(raw, inputs),
      context: metric.context(inputs),
      score: raw === null ? null : scoreOnThresholds(measure.thresholds, raw),
    };
  });
  const measuresWithData = rows.filter((row) => row.raw !== null).length;
  const score = scored ? wholeScore(exact) : null;
  const bandIndex = score === null ? -1 : bandIndexOf(scorecard.bands, score);
  const band = scorecard.bands[bandIndex];
  const next = scorecard.bands[bandIndex + 1];

  const measures = rows.map(({ measure, raw, rawText, context, score: measureScore }): MeasureBreakdown => {
    const share = scored && measureScore !== null ? measure.weight / weightWithData : null;
    const hasHint = share !== null && raw !== null && measureScore !== null && next !== undefined && band !== undefined;
    return {
      id: measure.id,
      label: measure.label,
      metric: measure.metric,
      raw,
      rawText,
      context,
      score: measureScore,
      weight: measure.weight,
      share,
      points: share === null || measureScore === null ? null : share * measureScore,
      nextBand: hasHint ? nextBandHint({ measure, raw, score: measureScore, exactScore: exact, weightWithData, next, inputs }) : null,
    };
  });

  return {
    score,
    exactScore: scored ? exact : null,
    band: band?.id ?? NOT_SCORED,
    bandLabel: band?.label ?? NOT_SCORED_LABEL,
    measuresWithData,
    notScoredReason: scored
      ? null
      : `${measuresWithData} of ${scorecard.measures.length} measures have data; ${scorecard.minMeasuresWithData} are needed for a score`,
    measures,
    scorecardId: scorecard.id,
    scorecardVersion: scorecard.version,
    asOf: dayText(day),
  };
}
