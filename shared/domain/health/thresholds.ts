import type { ThresholdPoint, Thresholds } from './scorecard';

/**
 * Thresholds map a raw value to a score (0–100) and back. They are assumed valid (ascending raw
 * values, scores monotone in the `better` direction; see validateScorecard).
 */

/** The score of a raw value; outside the points it stays at the nearest end point's score. */
export function scoreOnThresholds(thresholds: Thresholds, raw: number): number {
  const points = thresholds.points;
  const first = points[0]!;
  const last = points[points.length - 1]!;
  if (raw <= first.raw) return first.score;
  if (raw >= last.raw) return last.score;
  for (let k = 1; k < points.length; k++) {
    const upper = points[k]!;
    if (raw > upper.raw) continue;
    const lower = points[k - 1]!;
    if (thresholds.shape === 'linear') {
      return lower.score + ((raw - lower.raw) * (upper.score - lower.score)) / (upper.raw - lower.raw);
    }
    // Steps: "from raw up" when higher is better, "up to raw" when lower is better.
    if (thresholds.better === 'lower') return upper.score;
    return raw === upper.raw ? upper.score : lower.score;
  }
  return last.score;
}

/** The best score the thresholds give. */
export function bestScore(thresholds: Thresholds): number {
  const points = thresholds.points;
  return thresholds.better === 'higher' ? points[points.length - 1]!.score : points[0]!.score;
}

/**
 * The least good raw value that still scores at least `target`: the smallest one when higher is
 * better, the largest when lower is better. Null when no raw value reaches the target.
 */
export function rawForScore(thresholds: Thresholds, target: number): number | null {
  if (target > bestScore(thresholds)) return null;
  const points = thresholds.points;
  const linear = thresholds.shape === 'linear';
  if (thresholds.better === 'higher') {
    const k = points.findIndex((point) => point.score >= target);
    const reached = points[k]!;
    if (!linear || k === 0) return reached.raw;
    return interpolateRaw(points[k - 1]!, reached, target);
  }
  const k = points.findLastIndex((point) => point.score >= target);
  const reached = points[k]!;
  if (!linear || k === points.length - 1) return reached.raw;
  return interpolateRaw(reached, points[k + 1]!, target);
}

/** The raw value where the line between two points of different scores crosses `target`. */
function interpolateRaw(a: ThresholdPoint, b: ThresholdPoint, target: number): number {
  return a.raw + ((target - a.score) * (b.raw - a.raw)) / (b.score - a.score);
}
