import { describe, expect, it } from 'vitest';
import { defaultScorecard, validateScorecard } from '../../../shared/domain/health';
import { checkDraft, isDirty, newDraft, newMeasure, problemsAt, removeBand, splitTopBand } from '../../../renderer/features/scorecards/draft';

const base = defaultScorecard();

describe('the scorecard editor draft', () => {
  it('is dirty when new or when anything but the version differs from what was saved', () => {
    expect(isDirty({ base, card: base })).toBe(false);
    expect(isDirty({ base, card: { ...base, name: 'Renamed' } })).toBe(true);
    expect(isDirty(newDraft(base, ['default']))).toBe(true);
  });

  it('starts a new scorecard from the template with an unused id and an empty rule that validation asks to fill', () => {
    const draft = newDraft(base, ['new-scorecard']);
    expect(draft.card).toMatchObject({ id: 'new-scorecard-2', name: 'New scorecard', version: 1, appliesTo: { tiers: [], segments: [] } });
    expect(draft.card.measures).toEqual(base.measures);
    expect(draft.card.measures).not.toBe(base.measures);
    const { problems, proposed } = checkDraft([base], draft.card);
    expect(proposed.map((card) => card.id)).toEqual(['default', 'new-scorecard-2']);
    expect(problems.map((problem) => problem.message)).toEqual(['Scorecard "New scorecard" comes after "Default", which applies to every account, so it is never used']);
    expect(checkDraft([base], { ...draft.card, appliesTo: { tiers: ['strategic'] } }).problems).toEqual([]);
  });

  it('adds a measure with the default thresholds of its metric and an id of its own', () => {
    const depth = newMeasure('depth', base.measures);
    expect(depth).toMatchObject({ id: 'depth-2', metric: 'depth', weight: 10, label: 'Depth (key features used)' });
    expect(depth.thresholds).toEqual(base.measures.find((m) => m.metric === 'depth')!.thresholds);
    expect(validateScorecard({ ...base, measures: [...base.measures, depth] })).toEqual([]);
  });

  it('splits and removes bands so that they still cover 0–100', () => {
    const split = splitTopBand(base.bands);
    expect(split.slice(-2).map((band) => [band.id, band.min, band.max])).toEqual([['green', 76, 88], ['band', 89, 100]]);
    expect(validateScorecard({ ...base, bands: split })).toEqual([]);
    const withoutYellow = removeBand(base.bands, 1);
    expect(withoutYellow.map((band) => [band.id, band.min, band.max])).toEqual([['red', 0, 75], ['green', 76, 100]]);
    expect(removeBand(base.bands, 0).map((band) => [band.id, band.min, band.max])).toEqual([['yellow', 0, 75], ['green', 76, 100]]);
  });

  it('words an empty number field, and files problems under the part of the form they belong to', () => {
    const card = { ...base, measures: base.measures.map((m, i) => (i === 1 ? { ...m, weight: Number.NaN } : m)) };
    const { problems } = checkDraft([base], card);
    expect(problems.map((problem) => problem.message)).toEqual(['Measure "Usage trend": the weight must be greater than 0 (it is empty or not a number)']);
    expect(problemsAt(problems, 'measures[1]')).toHaveLength(1);
    expect(problemsAt(problems, 'measures[10]')).toEqual([]);
    expect(problemsAt(problems, 'bands')).toEqual([]);
  });
});
