import { METRIC_KEYS, METRIC_INDEX, METRIC_LIST } from './metrics';
import type { HealthInputs } from './inputs';
import { scoreOnThresholds } from './thresholds';
import type { Scorecard, Thresholds } from './scorecard';
import { assertValidScorecard } from './validate';

/**
 * The allocation-free core shared by scoreAccount (one account, explained) and
 * compareScorecards (a whole book): raw values go into a Float64Array indexed like
 * METRIC_KEYS, NaN standing for "n/a", and a compiled scorecard turns them into a score.
 */

export interface CompiledScorecard {
  readonly card: Scorecard;
  /** Per measure, the slot of its metric in a readings buffer. */
  readonly slots: Int32Array;
  readonly weights: Float64Array;
  readonly thresholds: readonly Thresholds[];
  /** Per metric slot, 1 when a measure of this scorecard reads it. */
  readonly usesMetric: Uint8Array;
}

export const METRIC_COUNT = METRIC_KEYS.length;

// Scorecards are values: an edit makes a new object. Compiling once per object keeps a
// book-wide recompute from validating the same scorecard 100,000 times.
const compiled = new WeakMap<Scorecard, CompiledScorecard>();

/** The scorecard checked and prepared for scoring; a one-line error when it is invalid. */
export function compileScorecard(card: Scorecard): CompiledScorecard {
  const cached = compiled.get(card);
  if (cached !== undefined) return cached;
  assertValidScorecard(card);
  const usesMetric = new Uint8Array(METRIC_COUNT);
  const slots = Int32Array.from(card.measures, (measure) => METRIC_INDEX[measure.metric]);
  for (const slot of slots) usesMetric[slot] = 1;
  const result: CompiledScorecard = {
    card,
    slots,
    weights: Float64Array.from(card.measures, (measure) => measure.weight),
    thresholds: card.measures.map((measure) => measure.thresholds),
    usesMetric,
  };
  compiled.set(card, result);
  return result;
}

/** Reads the metrics marked in `wanted` (all when omitted) into `out` from `offset`; NaN where there is no data. */
export function readMetricsInto(inputs: HealthInputs, day: number, out: Float64Array, offset = 0, wanted?: Uint8Array): void {
  for (let slot = 0; slot < METRIC_COUNT; slot++) {
    if (wanted !== undefined && wanted[slot] === 0) continue;
    const reading = METRIC_LIST[slot]!.read(inputs, day);
    out[offset + slot] = typeof reading === 'number' ? reading : NaN;
  }
}

/**
 * Σ(weight × score) ÷ Σ(weight of the measures with data) for the readings at `offset`, or NaN
 * when fewer measures than the scorecard's minimum have data. A measure without data is left out, never scored as 0.
 */
export function exactScoreOf(card: CompiledScorecard, readings: Float64Array, offset = 0): number {
  let weighted = 0;
  let weightWithData = 0;
  let withData = 0;
  for (let m = 0; m < card.slots.length; m++) {
    const raw = readings[offset + card.slots[m]!]!;
    if (Number.isNaN(raw)) continue;
    const weight = card.weights[m]!;
    weighted += weight * scoreOnThresholds(card.thresholds[m]!, raw);
    weightWithData += weight;
    withData++;
  }
  if (withData < card.card.minMeasuresWithData) return NaN;
  return snap(weighted / weightWithData);
}

/**
 * Float sums depend on the order of the terms by a few 1e-15; snapping to 1e-9 keeps the order
 * of measures from ever tipping a score across a rounding edge such as 50.5.
 */
export function snap(score: number): number {
  return Math.round(score * 1e9) / 1e9;
}

/** The score as shown: a whole number. Bands are judged on it, so what is shown and its band agree. */
export function wholeScore(exact: number): number {
  return Math.round(exact);
}
