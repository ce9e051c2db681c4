import { defaultScorecard, METRICS, validateScorecard, validateScorecardSet, type Band, type Measure, type MetricKey, type Scorecard, type ScorecardProblem } from '../../../shared/domain/health';
import { newScorecardId, placeScorecard, sameDefinition } from '../../../shared/domain/health/scorecardSet';

/**
 * The scorecard being edited, and the pure steps the editor takes on it. The draft is always a
 * whole Scorecard (numbers that do not parse are NaN), so validation and the what-if run on
 * exactly what Save would send.
 */
export interface Draft {
  card: Scorecard;
  /** The saved scorecard it started from; null for a new one. */
  base: Scorecard | null;
}

export function isDirty(draft: Draft): boolean {
  return draft.base === null || !sameDefinition(draft.base, draft.card);
}

/** A new scorecard starts as a copy of `template` (usually the catch-all) for the tiers it will be given. */
export function newDraft(template: Scorecard, takenIds: Iterable<string>): Draft {
  const name = 'New scorecard';
  return { base: null, card: { ...structuredClone(template), id: newScorecardId(name, takenIds), name, version: 1, appliesTo: { tiers: [], segments: [] } } };
}

const uniqueId = (base: string, taken: readonly string[]): string => {
  if (!taken.includes(base)) return base;
  let n = 2;
  while (taken.includes(`${base}-${n}`)) n++;
  return `${base}-${n}`;
};

/** A measure of `metric` with the default scorecard's thresholds for it (or 0→0, 100→100), weight 10. */
export function newMeasure(metric: MetricKey, existing: readonly Measure[]): Measure {
  const template = defaultScorecard().measures.find((measure) => measure.metric === metric);
  const thresholds = template?.thresholds ?? { better: 'higher', shape: 'linear', points: [{ raw: 0, score: 0 }, { raw: 100, score: 100 }] };
  return { id: uniqueId(metric, existing.map((measure) => measure.id)), metric, label: template?.label ?? METRICS[metric].label, weight: 10, thresholds: structuredClone(thresholds) };
}

/** Splits the top band in two at the middle of its range, so the bands still cover 0–100. */
export function splitTopBand(bands: readonly Band[]): Band[] {
  const top = bands[bands.length - 1];
  const id = uniqueId('band', bands.map((band) => band.id));
  if (top === undefined) return [{ id, label: 'All', min: 0, max: 100 }];
  const middle = Math.floor((top.min + top.max) / 2);
  return [...bands.slice(0, -1), { ...top, max: middle }, { id, label: 'New band', min: middle + 1, max: top.max }];
}

/** Removes a band and stretches the one below (or above) over its range, so the bands still cover 0–100. */
export function removeBand(bands: readonly Band[], index: number): Band[] {
  const removed = bands[index]!;
  const rest = bands.filter((_band, i) => i !== index);
  if (index > 0) rest[index - 1] = { ...rest[index - 1]!, max: removed.max };
  else if (rest[0] !== undefined) rest[0] = { ...rest[0], min: removed.min };
  return rest;
}

export function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  return list.map((old, i) => (i === index ? item : old));
}

export interface DraftCheck {
  /** The list of scorecards as it would be after Save. */
  proposed: Scorecard[];
  /** The draft's own problems, or (when it has none) the problems of the list it would join. */
  problems: ScorecardProblem[];
}

/** What Save would do with the draft at `position` among `inForce`, and what it would refuse. */
export function checkDraft(inForce: readonly Scorecard[], card: Scorecard, position?: number): DraftCheck {
  const proposed = placeScorecard(inForce, card, position);
  const own = validateScorecard(card);
  const problems = own.length > 0 ? own : validateScorecardSet(proposed);
  // A number field left empty or half-typed holds NaN: say so in words.
  return { proposed, problems: problems.map((problem) => ({ ...problem, message: problem.message.replaceAll('(got NaN)', '(it is empty or not a number)') })) };
}

/** The problems whose path starts with `prefix` ("measures[2]", "bands"), for showing beside that part of the form. */
export function problemsAt(problems: readonly ScorecardProblem[], prefix: string): string[] {
  return problems.filter((problem) => problem.path === prefix || problem.path.startsWith(`${prefix}.`) || problem.path.startsWith(`${prefix}[`)).map((p) => p.message);
}
