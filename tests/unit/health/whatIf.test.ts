import { describe, expect, it } from 'vitest';
import { compareOnBook, compareScorecards, readBook } from '../../../shared/domain/health';
import { AS_OF, identityInputs, measure, scorecard } from './helpers';

// Two identity measures: breadth and depth score their raw value.
const current = scorecard([measure('breadth', 1), measure('depth', 1)], { minMeasuresWithData: 2 });
// Proposed: depth weighs 3 and one measure with data is enough.
const proposed = { ...current, version: 2, minMeasuresWithData: 1, measures: [measure('breadth', 1), measure('depth', 3)] };

const accounts = [
  // (40 + 80) / 2 = 60 yellow → (40 + 240) / 4 = 70 yellow
  { id: 'a', arr: 1000, inputs: identityInputs({ breadth: 40, depth: 80 }) },
  // (90 + 30) / 2 = 60 yellow → (90 + 90) / 4 = 45 red
  { id: 'b', arr: 2000, inputs: identityInputs({ breadth: 90, depth: 30 }) },
  // (20 + 100) / 2 = 60 yellow → (20 + 300) / 4 = 80 green
  { id: 'c', arr: 4000, inputs: identityInputs({ breadth: 20, depth: 100 }) },
  // (60 + 50) / 2 = 55 yellow → (60 + 150) / 4 = 52.5 → 53 yellow
  { id: 'd', arr: 8000, inputs: identityInputs({ breadth: 60, depth: 50 }) },
  // depth only: not scored → 70 yellow
  { id: 'e', arr: 16000, inputs: identityInputs({ depth: 70 }) },
  // (100 + 0) / 2 = 50 red → (100 + 0) / 4 = 25 red
  { id: 'f', arr: 32000, inputs: identityInputs({ breadth: 100, depth: 0 }) },
];

describe('compareScorecards', () => {
  const comparison = compareScorecards(accounts, current, proposed, AS_OF);

  it('counts accounts and ARR per band under each scorecard', () => {
    expect(comparison.before).toEqual([
      { band: 'red', bandLabel: 'Red', accounts: 1, arr: 32000 },
      { band: 'yellow', bandLabel: 'Yellow', accounts: 4, arr: 15000 },
      { band: 'green', bandLabel: 'Green', accounts: 0, arr: 0 },
      { band: 'not_scored', bandLabel: 'Not scored', accounts: 1, arr: 16000 },
    ]);
    expect(comparison.after.map((total) => [total.band, total.accounts, total.arr])).toEqual([
      ['red', 2, 34000], ['yellow', 3, 25000], ['green', 1, 4000], ['not_scored', 0, 0],
    ]);
  });

  it('lists which accounts move between which bands', () => {
    expect(comparison.moves).toEqual([
      { from: 'yellow', fromLabel: 'Yellow', to: 'red', toLabel: 'Red', accounts: 1, arr: 2000, accountIds: ['b'] },
      { from: 'yellow', fromLabel: 'Yellow', to: 'green', toLabel: 'Green', accounts: 1, arr: 4000, accountIds: ['c'] },
      { from: 'not_scored', fromLabel: 'Not scored', to: 'yellow', toLabel: 'Yellow', accounts: 1, arr: 16000, accountIds: ['e'] },
    ]);
    expect(comparison.moved).toEqual({ accounts: 3, arr: 22000 });
    expect(comparison.unchanged).toEqual({ accounts: 3, arr: 41000 });
  });

  it('compares on a book read once, as a scorecard editor does on every change', () => {
    const book = readBook(accounts, AS_OF);
    expect(compareOnBook(book, current, proposed)).toEqual(comparison);
    expect(compareOnBook(book, current, current).moves).toEqual([]);
  });

  it('treats bands renamed by the proposal as moves', () => {
    const renamed = { ...current, bands: current.bands.map((band) => ({ ...band, id: `${band.id}2` })) };
    expect(compareScorecards(accounts, current, renamed, AS_OF).moved.accounts).toBe(5);
  });

  it('refuses an account without a finite ARR', () => {
    expect(() => compareScorecards([{ id: 7, arr: Number.NaN, inputs: identityInputs({}) }], current, proposed, AS_OF)).toThrow(
      'Account 7: arr must be a finite number (got NaN)',
    );
  });
});
