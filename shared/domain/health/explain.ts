import type { HealthInputs } from './inputs';
import { wholeScore } from './engine';
import { METRICS, roundTowardBetter } from './metrics';
import { formatNumber } from './readings';
import type { Band, Measure } from './scorecard';
import { rawForScore, scoreOnThresholds } from './thresholds';

/** What one measure would have to reach, all other measures unchanged, to lift the account one band. */
export interface NextBandHint {
  band: string;
  bandLabel: string;
  /** The raw value (rounded to one the account can reach) that would do it; null when this measure alone cannot. */
  target: number | null;
  text: string;
}

export interface HintFacts {
  measure: Measure;
  raw: number;
  score: number;
  /** The account's unrounded score and the total weight of its measures with data. */
  exactScore: number;
  weightWithData: number;
  next: Band;
  inputs: HealthInputs;
}

/**
 * The account reaches the next band when its shown (rounded) score reaches the band's minimum,
 * i.e. when the exact score reaches min − 0.5. Moving one measure's score by d moves the account
 * by d × weight ÷ Σweights, so the measure needs score + (min − 0.5 − exact) × Σweights ÷ weight;
 * the thresholds turn that score back into a raw value.
 */
export function nextBandHint(facts: HintFacts): NextBandHint {
  const { measure, next, inputs } = facts;
  const thresholds = measure.thresholds;
  const metric = METRICS[measure.metric];
  const needed = facts.score + ((next.min - 0.5 - facts.exactScore) * facts.weightWithData) / measure.weight;
  const better = thresholds.better;
  const [min, max] = metric.range;
  // The best an account can do is bounded by what its raw value can be (a pulse of 5, no tickets).
  const best = scoreOnThresholds(thresholds, better === 'higher' ? max : min);
  const base = { band: next.id, bandLabel: next.label };
  if (needed > best + 1e-9) {
    const gain = formatNumber(((best - facts.score) * measure.weight) / facts.weightWithData, 1);
    const distance = next.min - wholeScore(facts.exactScore);
    const text = `Even at its best (score ${formatNumber(best, 1)}), ${measure.label} would add ${gain} points; ${next.label} is ${distance} points away`;
    return { ...base, target: null, text };
  }
  // Float noise of ~1e-14 here is absorbed by engine.snap, so an exact edge (61, not 62) stays exact.
  const raw = clamp(rawForScore(thresholds, Math.min(best, needed))!, min, max);
  const target = clamp(metric.roundTarget?.(raw, better, inputs) ?? roundTowardBetter(raw, metric.decimals, better), min, max);
  const bound = better === 'higher' ? 'At least' : 'At most';
  const text = `${bound} ${metric.format(target, inputs)} (now ${metric.format(facts.raw, inputs)}) would move the account to ${next.label}`;
  return { ...base, target, text };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
