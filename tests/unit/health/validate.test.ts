import { describe, expect, it } from 'vitest';
import { defaultScorecard, validateScorecard, validateScorecardSet, type Scorecard } from '../../../shared/domain/health';
import { measure, scorecard, thresholds } from './helpers';

const messages = (card: Scorecard) => validateScorecard(card).map((problem) => problem.message);

describe('validateScorecard', () => {
  it('accepts the default scorecard', () => {
    expect(validateScorecard(defaultScorecard())).toEqual([]);
  });

  it('wants weights above 0', () => {
    expect(validateScorecard(scorecard([measure('breadth', 0), measure('depth', -2)]))).toEqual([
      { path: 'measures[0].weight', message: 'Measure "breadth": the weight must be greater than 0 (got 0)' },
      { path: 'measures[1].weight', message: 'Measure "depth": the weight must be greater than 0 (got -2)' },
    ]);
  });

  it('wants threshold raw values rising and scores moving the way `better` says', () => {
    const card = scorecard([
      measure('breadth', 1, thresholds('higher', 'linear', [[0, 0], [50, 60], [40, 80]])),
      measure('depth', 1, thresholds('higher', 'linear', [[0, 50], [10, 40]])),
      measure('openHighPriorityTickets', 1, thresholds('lower', 'steps', [[0, 60], [1, 90]])),
      measure('nps', 1, thresholds('higher', 'steps', [[0, 0], [9, 120]])),
      measure('csmPulse', 1, thresholds('higher', 'linear', [[3, 50]])),
    ]);
    expect(messages(card)).toEqual([
      'Measure "breadth": threshold raw values must rise: threshold 3 (40) is not above threshold 2 (50)',
      'Measure "depth": when higher is better, scores must not fall: threshold 2 scores 40 after 50',
      'Measure "openHighPriorityTickets": when lower is better, scores must not rise: threshold 2 scores 90 after 60',
      'Measure "nps": threshold 2 must score from 0 to 100 (got 120)',
      'Measure "csmPulse" needs at least 2 threshold points (got 1)',
    ]);
  });

  it('wants bands covering 0–100 with no gap and no overlap', () => {
    const bands = (list: [string, number, number][]) => scorecard([measure('breadth', 1)], { bands: list.map(([id, min, max]) => ({ id, label: id, min, max })) });
    expect(messages(bands([['red', 0, 50], ['yellow', 53, 75], ['green', 76, 100]]))).toEqual([
      'Scores 51–52 have no band: between red (0–50) and yellow (53–75)',
    ]);
    expect(messages(bands([['red', 0, 50], ['yellow', 52, 75], ['green', 76, 100]]))).toEqual(['Score 51 has no band: between red (0–50) and yellow (52–75)']);
    expect(messages(bands([['red', 0, 50], ['yellow', 45, 75], ['green', 76, 100]]))).toEqual([
      'Bands red (0–50) and yellow (45–75) overlap or are out of order: list them from low to high scores, each starting after the one before',
    ]);
    expect(messages(bands([['red', 5, 50], ['green', 51, 99]]))).toEqual([
      'Scores 0–4 have no band: the first band (red) must start at 0',
      'The last band (green) must end at 100 (ends at 99)',
    ]);
    expect(messages(bands([['red', 0, 50.5], ['green', 51, 100]]))).toEqual(['Band red needs whole-number bounds with min ≤ max (got 0–50.5)']);
    expect(messages(bands([['not_scored', 0, 100]]))).toEqual(['"not_scored" is reserved for accounts without enough data; pick another band id']);
    expect(messages(bands([]))).toEqual(['The scorecard needs at least one band']);
  });

  it('checks ids, metrics and the minimum number of measures', () => {
    const card = scorecard([measure('breadth', 1, undefined, 'same'), measure('depth', 1, undefined, 'same'), { ...measure('depth', 1), metric: 'logins' as never }], {
      minMeasuresWithData: 4,
      version: 0,
    });
    expect(messages(card)).toEqual([
      'The version must be a whole number from 1 (got 0)',
      'Two measures share the id "same"',
      expect.stringMatching(/^Measure "depth": unknown metric "logins" \(known: usageFrequency, /),
      'The minimum number of measures with data (4) is more than the 3 measures: no account could be scored',
    ]);
  });
});

describe('validateScorecardSet', () => {
  const card = (id: string, appliesTo: Scorecard['appliesTo']) => ({ ...scorecard([measure('breadth', 1)]), id, name: id, appliesTo });

  it('accepts specific scorecards before a catch-all', () => {
    expect(validateScorecardSet([card('strategic', { tiers: ['strategic'] }), card('all', {})])).toEqual([]);
  });

  it('wants a catch-all, last, and distinct ids', () => {
    expect(validateScorecardSet([card('strategic', { tiers: ['strategic'] })]).map((p) => p.message)).toEqual([
      'No scorecard applies to every account: add one with no tier or segment rule, last',
    ]);
    expect(validateScorecardSet([card('all', {}), card('smb', { segments: ['SMB'] }), card('all', {})]).map((p) => p.message)).toEqual([
      'Two scorecards share the id "all"',
      'Scorecard "smb" comes after "all", which applies to every account, so it is never used',
      'Scorecard "all" comes after "all", which applies to every account, so it is never used',
    ]);
  });

  it('reports each scorecard\'s own problems under its name', () => {
    const broken = { ...card('all', {}), minMeasuresWithData: 0 };
    expect(validateScorecardSet([broken])).toEqual([
      { path: '[0].minMeasuresWithData', message: 'Scorecard "all": The minimum number of measures with data must be a whole number from 1 (got 0)' },
    ]);
  });
});
