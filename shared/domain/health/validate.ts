import { isMetricKey, METRIC_KEYS } from './metrics';
import { isCatchAll, NOT_SCORED, type Band, type Measure, type Scorecard, type Thresholds } from './scorecard';

/** One thing wrong with a scorecard: where (for the editor to highlight) and what, in words. */
export interface ScorecardProblem {
  path: string;
  message: string;
}

type Report = (path: string, message: string) => void;

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const isWhole = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value);
const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/**
 * Every problem with a scorecard as a user edited it, in readable words; empty when it can be
 * used. Checks weights, thresholds (ordered, monotone, scores 0–100) and that the bands cover
 * 0–100 without gaps or overlaps.
 */
export function validateScorecard(card: Scorecard): ScorecardProblem[] {
  const problems: ScorecardProblem[] = [];
  const report: Report = (path, message) => problems.push({ path, message });
  if (!isText(card.id)) report('id', 'The scorecard needs an id');
  if (!isText(card.name)) report('name', 'The scorecard needs a name');
  if (!isWhole(card.version) || card.version < 1) report('version', `The version must be a whole number from 1 (got ${String(card.version)})`);
  checkRule(card, report);
  const measures = Array.isArray(card.measures) ? card.measures : [];
  if (measures.length === 0) report('measures', 'The scorecard needs at least one measure');
  const seen = new Set<string>();
  measures.forEach((measure, index) => {
    checkMeasure(measure, `measures[${index}]`, measureName(measure, index), report);
    if (isText(measure.id) && seen.has(measure.id)) report(`measures[${index}].id`, `Two measures share the id "${measure.id}"`);
    seen.add(measure.id);
  });
  checkBands(Array.isArray(card.bands) ? card.bands : [], report);
  const minimum = card.minMeasuresWithData;
  if (!isWhole(minimum) || minimum < 1) {
    report('minMeasuresWithData', `The minimum number of measures with data must be a whole number from 1 (got ${String(minimum)})`);
  } else if (measures.length > 0 && minimum > measures.length) {
    report('minMeasuresWithData', `The minimum number of measures with data (${minimum}) is more than the ${measures.length} measures: no account could be scored`);
  }
  return problems;
}

function measureName(measure: Measure, index: number): string {
  return isText(measure?.label) ? `Measure "${measure.label}"` : `Measure ${index + 1}`;
}

function checkRule(card: Scorecard, report: Report): void {
  const rule: unknown = card.appliesTo;
  if (typeof rule !== 'object' || rule === null) {
    report('appliesTo', 'The scorecard needs a rule for which accounts it applies to ({} for all)');
    return;
  }
  for (const key of ['tiers', 'segments'] as const) {
    const list = card.appliesTo[key];
    if (list !== undefined && !(Array.isArray(list) && list.every(isText))) report(`appliesTo.${key}`, `The ${key} of the rule must be a list of names`);
  }
}

function checkMeasure(measure: Measure, path: string, name: string, report: Report): void {
  if (typeof measure !== 'object' || measure === null) {
    report(path, `${name} is not a measure`);
    return;
  }
  if (!isText(measure.id)) report(`${path}.id`, `${name} needs an id`);
  if (!isText(measure.label)) report(`${path}.label`, `${name} needs a label`);
  if (!isMetricKey(measure.metric)) {
    report(`${path}.metric`, `${name}: unknown metric "${String(measure.metric)}" (known: ${METRIC_KEYS.join(', ')})`);
  }
  if (!isFiniteNumber(measure.weight) || measure.weight <= 0) report(`${path}.weight`, `${name}: the weight must be greater than 0 (got ${String(measure.weight)})`);
  checkThresholds(measure.thresholds, `${path}.thresholds`, name, report);
}

function checkThresholds(thresholds: Thresholds | undefined, path: string, name: string, report: Report): void {
  if (typeof thresholds !== 'object' || thresholds === null) {
    report(path, `${name} needs thresholds`);
    return;
  }
  if (thresholds.better !== 'higher' && thresholds.better !== 'lower') report(`${path}.better`, `${name}: say whether higher or lower raw values are better`);
  if (thresholds.shape !== 'linear' && thresholds.shape !== 'steps') report(`${path}.shape`, `${name}: the thresholds are either linear or steps`);
  const points = Array.isArray(thresholds.points) ? thresholds.points : [];
  if (points.length < 2) {
    report(`${path}.points`, `${name} needs at least 2 threshold points (got ${points.length})`);
    return;
  }
  points.forEach((point, index) => {
    const at = `${path}.points[${index}]`;
    if (!isFiniteNumber(point.raw)) report(`${at}.raw`, `${name}: threshold ${index + 1} needs a raw value`);
    if (!isFiniteNumber(point.score) || point.score < 0 || point.score > 100) {
      report(`${at}.score`, `${name}: threshold ${index + 1} must score from 0 to 100 (got ${String(point.score)})`);
    }
    const before = points[index - 1];
    if (before === undefined) return;
    if (point.raw <= before.raw) {
      report(`${at}.raw`, `${name}: threshold raw values must rise: threshold ${index + 1} (${point.raw}) is not above threshold ${index} (${before.raw})`);
    }
    if (thresholds.better === 'higher' && point.score < before.score) {
      report(`${at}.score`, `${name}: when higher is better, scores must not fall: threshold ${index + 1} scores ${point.score} after ${before.score}`);
    }
    if (thresholds.better === 'lower' && point.score > before.score) {
      report(`${at}.score`, `${name}: when lower is better, scores must not rise: threshold ${index + 1} scores ${point.score} after ${before.score}`);
    }
  });
}

function bandName(band: Band, index: number): string {
  return isText(band.label) ? band.label : `band ${index + 1}`;
}

/** "Score 51 has" or "Scores 51–52 have". */
function scoreRange(from: number, to: number): string {
  return from === to ? `Score ${from} has` : `Scores ${from}–${to} have`;
}

function checkBands(bands: readonly Band[], report: Report): void {
  if (bands.length === 0) {
    report('bands', 'The scorecard needs at least one band');
    return;
  }
  const seen = new Set<string>();
  let wellFormed = true;
  bands.forEach((band, index) => {
    const path = `bands[${index}]`;
    const name = bandName(band, index);
    if (!isText(band.id)) report(`${path}.id`, `Band ${index + 1} needs an id`);
    else if (band.id === NOT_SCORED) report(`${path}.id`, `"${NOT_SCORED}" is reserved for accounts without enough data; pick another band id`);
    else if (seen.has(band.id)) report(`${path}.id`, `Two bands share the id "${band.id}"`);
    seen.add(band.id);
    if (!isText(band.label)) report(`${path}.label`, `Band ${index + 1} needs a label`);
    if (!isWhole(band.min) || !isWhole(band.max) || band.min > band.max) {
      report(path, `Band ${name} needs whole-number bounds with min ≤ max (got ${String(band.min)}–${String(band.max)})`);
      wellFormed = false;
    }
  });
  if (!wellFormed) return;
  const first = bands[0]!;
  const last = bands[bands.length - 1]!;
  if (first.min !== 0) report('bands[0].min', `${scoreRange(0, first.min - 1)} no band: the first band (${bandName(first, 0)}) must start at 0`);
  if (last.max !== 100) report(`bands[${bands.length - 1}].max`, `The last band (${bandName(last, bands.length - 1)}) must end at 100 (ends at ${last.max})`);
  for (let i = 1; i < bands.length; i++) {
    const before = bands[i - 1]!;
    const band = bands[i]!;
    const names = `${bandName(before, i - 1)} (${before.min}–${before.max}) and ${bandName(band, i)} (${band.min}–${band.max})`;
    if (band.min <= before.max) report(`bands[${i}].min`, `Bands ${names} overlap or are out of order: list them from low to high scores, each starting after the one before`);
    else if (band.min > before.max + 1) report(`bands[${i}].min`, `${scoreRange(before.max + 1, band.min - 1)} no band: between ${names}`);
  }
}

/** A scorecard ready to score with, or a one-line error naming its first problem. */
export function assertValidScorecard(card: Scorecard): void {
  const problems = validateScorecard(card);
  if (problems.length === 0) return;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  throw new Error(`Scorecard "${String(card.name ?? card.id)}" cannot be used: ${problems[0]!.message}${more}`);
}

/**
 * Problems with the ordered list selectScorecard picks from: each scorecard's own, shared ids,
 * no catch-all (some accounts would get no score), and scorecards the catch-all hides.
 */
export function validateScorecardSet(cards: readonly Scorecard[]): ScorecardProblem[] {
  const problems: ScorecardProblem[] = [];
  const ids = new Set<string>();
  cards.forEach((card, index) => {
    const name = `Scorecard "${String(card.name ?? card.id)}"`;
    for (const problem of validateScorecard(card)) problems.push({ path: `[${index}].${problem.path}`, message: `${name}: ${problem.message}` });
    if (ids.has(card.id)) problems.push({ path: `[${index}].id`, message: `Two scorecards share the id "${card.id}"` });
    ids.add(card.id);
  });
  const catchAll = cards.findIndex((card) => typeof card.appliesTo === 'object' && card.appliesTo !== null && isCatchAll(card.appliesTo));
  if (catchAll === -1) {
    problems.push({ path: '', message: 'No scorecard applies to every account: add one with no tier or segment rule, last' });
  }
  cards.slice(catchAll === -1 ? cards.length : catchAll + 1).forEach((card, offset) => {
    problems.push({
      path: `[${catchAll + 1 + offset}].appliesTo`,
      message: `Scorecard "${card.name}" comes after "${cards[catchAll]!.name}", which applies to every account, so it is never used`,
    });
  });
  return problems;
}
