import { describe, expect, it } from 'vitest';
import { compareOnBook, readBook, validateScorecardSet } from '../../../shared/domain/health';
import { appendReadings, BOOK_METRIC_KEYS, bookFromReadings } from '../../../shared/domain/health/bookReadings';
import { affectedTargets, assignScorecards, newScorecardId, placeScorecard, sameDefinition } from '../../../shared/domain/health/scorecardSet';
import { compareSetsOnBook } from '../../../shared/domain/health/whatIfSet';
import { AS_OF, identityInputs, measure, scorecard } from './helpers';

const catchAll = scorecard([measure('breadth', 1)], { id: 'all', name: 'All' });
const strategic = scorecard([measure('depth', 1)], { id: 'strategic', name: 'Strategic', appliesTo: { tiers: ['strategic'] } });
const emea = scorecard([measure('breadth', 1)], { id: 'emea', name: 'EMEA', appliesTo: { segments: ['emea'] } });

describe('placing a scorecard in the order', () => {
  it('puts a new scorecard with a rule before the catch-all, a new catch-all last, and keeps an edited one in place', () => {
    expect(placeScorecard([catchAll], strategic).map((c) => c.id)).toEqual(['strategic', 'all']);
    expect(placeScorecard([strategic, catchAll], emea).map((c) => c.id)).toEqual(['strategic', 'emea', 'all']);
    expect(placeScorecard([strategic, catchAll], { ...catchAll, id: 'all2' }).map((c) => c.id)).toEqual(['strategic', 'all', 'all2']);
    const edited = { ...strategic, name: 'Key accounts' };
    const placed = placeScorecard([emea, strategic, catchAll], edited);
    expect(placed.map((c) => c.id)).toEqual(['emea', 'strategic', 'all']);
    expect(placed[1]).toBe(edited);
  });

  it('moves a scorecard to the position asked for, clamped to the list', () => {
    expect(placeScorecard([emea, strategic, catchAll], strategic, 0).map((c) => c.id)).toEqual(['strategic', 'emea', 'all']);
    expect(placeScorecard([emea, catchAll], strategic, 99).map((c) => c.id)).toEqual(['emea', 'all', 'strategic']);
    expect(validateScorecardSet(placeScorecard([emea, catchAll], strategic, 99))[0]!.message).toContain('never used');
  });
});

describe('which accounts a change reaches', () => {
  const targets = [
    { id: 1, tier: 'strategic', segment: 'emea' },
    { id: 2, tier: 'strategic', segment: null },
    { id: 3, tier: null, segment: 'emea' },
    { id: 4, tier: null, segment: null },
  ];

  it('assigns each account the first scorecard whose rule matches', () => {
    expect([...assignScorecards(targets, [strategic, emea, catchAll])]).toEqual([0, 0, 1, 2]);
    expect([...assignScorecards(targets, [emea, strategic])]).toEqual([0, 1, 0, -1]);
  });

  it('reaches the accounts of the edited scorecard only', () => {
    const before = [strategic, emea, catchAll];
    const after = [strategic, { ...emea, version: 2 }, catchAll];
    expect(affectedTargets(targets, before, after).map((t) => t.id)).toEqual([3]);
  });

  it('reaches the accounts that change scorecard when one is added, reordered or removed', () => {
    expect(affectedTargets(targets, [catchAll], [strategic, catchAll]).map((t) => t.id)).toEqual([1, 2]);
    expect(affectedTargets(targets, [strategic, emea, catchAll], [emea, strategic, catchAll]).map((t) => t.id)).toEqual([1]);
    expect(affectedTargets(targets, [strategic, emea, catchAll], [strategic, catchAll]).map((t) => t.id)).toEqual([3]);
    expect(affectedTargets(targets, [strategic, catchAll], [strategic, catchAll])).toEqual([]);
  });
});

describe('comparing lists of scorecards on a book', () => {
  // breadth 90 (green under the catch-all), depth 30 (red under the strategic scorecard).
  const accounts = [
    { id: 'a', arr: 100, inputs: identityInputs({ breadth: 90, depth: 30 }) },
    { id: 'b', arr: 200, inputs: identityInputs({ breadth: 40, depth: 80 }) },
    { id: 'c', arr: 400, inputs: identityInputs({ breadth: 60, depth: 60 }) },
  ];
  const targets = [{ tier: 'strategic', segment: null }, { tier: 'strategic', segment: null }, { tier: null, segment: null }];
  const book = readBook(accounts, AS_OF);

  it('moves the accounts a new rule hands to another scorecard, and says which switched', () => {
    const comparison = compareSetsOnBook(book, targets, [catchAll], [strategic, catchAll]);
    expect(comparison.moves.map((m) => [m.from, m.to, m.accountIds])).toEqual([
      ['red', 'green', ['b']],
      ['green', 'red', ['a']],
    ]);
    expect(comparison.switched).toEqual({ accounts: 2, arr: 300, accountIds: ['a', 'b'] });
    expect(comparison.unchanged).toEqual({ accounts: 1, arr: 400 });
  });

  it('agrees with compareOnBook when both lists hold one catch-all', () => {
    const proposed = { ...catchAll, version: 2, measures: [measure('breadth', 1), measure('depth', 1)] };
    const { switched, ...comparison } = compareSetsOnBook(book, targets, [catchAll], [proposed]);
    expect(comparison).toEqual(compareOnBook(book, catchAll, proposed));
    expect(switched.accounts).toBe(0);
  });

  it('gives bands of the same id one column across scorecards, in score order', () => {
    const amber = { ...strategic, bands: [{ id: 'red', label: 'Red', min: 0, max: 40 }, { id: 'amber', label: 'Amber', min: 41, max: 100 }] };
    const comparison = compareSetsOnBook(book, targets, [catchAll], [amber, catchAll]);
    expect(comparison.after.map((total) => total.band)).toEqual(['red', 'amber', 'yellow', 'green', 'not_scored']);
    expect(comparison.after.find((total) => total.band === 'amber')).toMatchObject({ accounts: 1, arr: 200 });
  });

  it('works the current side out again when the same list meets other targets', () => {
    const current = [strategic, catchAll];
    const asStrategic = compareSetsOnBook(book, targets, current, [catchAll]);
    const nobodyStrategic = targets.map(() => ({ tier: null, segment: null }));
    expect(asStrategic.switched.accounts).toBe(2);
    expect(compareSetsOnBook(book, nobodyStrategic, current, [catchAll]).switched.accounts).toBe(0);
    expect(compareSetsOnBook(book, targets, current, [catchAll])).toEqual(asStrategic);
  });

  it('counts an account no scorecard applies to as not scored, and refuses targets that do not fit the book', () => {
    expect(compareSetsOnBook(book, targets, [catchAll], [strategic]).after.at(-1)).toMatchObject({ band: 'not_scored', accounts: 1, arr: 400 });
    expect(() => compareSetsOnBook(book, targets.slice(1), [catchAll], [catchAll])).toThrow('The book has 3 accounts but 2 tiers and segments were given');
  });
});

describe('the book on the wire', () => {
  const accounts = [
    { id: 7, arr: 1000, inputs: identityInputs({ breadth: 55 }) },
    { id: 8, arr: 2000, inputs: identityInputs({ depth: 20 }) },
  ];

  it('round-trips readings through JSON, n/a as null', () => {
    const book = readBook(accounts, AS_OF);
    const readings: (number | null)[] = [];
    for (let i = 0; i < accounts.length; i++) appendReadings(readings, book.readings, i * BOOK_METRIC_KEYS.length);
    const wire = JSON.parse(JSON.stringify({ metricKeys: BOOK_METRIC_KEYS, readings })) as { metricKeys: string[]; readings: (number | null)[] };
    expect(wire.readings.filter((value) => value === null).length).toBeGreaterThan(0);
    const back = bookFromReadings([{ id: 7, arr: 1000 }, { id: 8, arr: 2000 }], wire);
    expect([...back.readings]).toEqual([...book.readings]);
    expect([...back.arr]).toEqual([1000, 2000]);
  });

  it('reads metrics by name: unknown ones are skipped, missing ones n/a; a size mismatch is a one-line error', () => {
    const back = bookFromReadings([{ id: 1, arr: 5 }], { metricKeys: ['future', 'breadth'], readings: [3, 42] });
    const { switched } = compareSetsOnBook(back, [{ tier: null, segment: null }], [catchAll], [catchAll]);
    expect(switched.accounts).toBe(0);
    expect(compareOnBook(back, catchAll, catchAll).before.find((t) => t.band === 'red')).toMatchObject({ accounts: 1 }); // 42 scores red
    expect(() => bookFromReadings([{ id: 1, arr: 5 }], { metricKeys: ['breadth'], readings: [1, 2] })).toThrow('1 accounts × 1 metrics need 1');
  });
});

describe('scorecard ids and sameness', () => {
  it('makes an id from the name, unlike the ids taken', () => {
    expect(newScorecardId('Strategic EMEA', [])).toBe('strategic-emea');
    expect(newScorecardId('Strategic EMEA', ['strategic-emea', 'strategic-emea-2'])).toBe('strategic-emea-3');
    expect(newScorecardId('  ¡!  ', [])).toBe('scorecard');
  });

  it('ignores the version when comparing definitions', () => {
    expect(sameDefinition(catchAll, { ...catchAll, version: 9 })).toBe(true);
    expect(sameDefinition(catchAll, { ...catchAll, minMeasuresWithData: 2 })).toBe(false);
  });
});
