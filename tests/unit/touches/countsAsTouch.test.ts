import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { TOUCH_CONDITION } from '../../../electron/backend/db/repos/touchCondition';
import { ACTIVITY_TYPES, DIRECTIONS } from '../../../shared/api/vocabulary';
import { countsAsTouch, type TouchLike } from '../../../shared/domain/touches';

const TRI = [true, false, null] as const;

/** Every combination of what decides a touch: type, direction, reply and completion. */
const ALL: TouchLike[] = ACTIVITY_TYPES.flatMap((type) =>
  [...DIRECTIONS, null].flatMap((direction) => TRI.flatMap((replied) => TRI.map((done) => ({ type, direction, replied, done })))),
);

describe('countsAsTouch', () => {
  it('does not count a CRM task that is not done, whatever its type', () => {
    expect(countsAsTouch({ type: 'call', direction: null, replied: null, done: false })).toBe(false);
    expect(countsAsTouch({ type: 'note', direction: null, replied: null, done: false })).toBe(false);
    expect(countsAsTouch({ type: 'email', direction: 'inbound', replied: true, done: false })).toBe(false);
  });

  it('counts a touch logged by hand (completion unknown) and a completed task', () => {
    expect(countsAsTouch({ type: 'note', direction: null, replied: null, done: null })).toBe(true);
    expect(countsAsTouch({ type: 'meeting', direction: null, replied: null, done: true })).toBe(true);
  });

  it('still does not count an unanswered outbound email, done or not', () => {
    expect(countsAsTouch({ type: 'email', direction: 'outbound', replied: false, done: null })).toBe(false);
    expect(countsAsTouch({ type: 'email', direction: 'outbound', replied: false, done: true })).toBe(false);
    expect(countsAsTouch({ type: 'email', direction: 'outbound', replied: null, done: null })).toBe(true);
  });

  it('agrees with its SQL twin TOUCH_CONDITION on every combination', () => {
    const sqlite = new Database(':memory:');
    try {
      sqlite.exec('CREATE TABLE activities (id INTEGER PRIMARY KEY, type TEXT, direction TEXT, replied INTEGER, done INTEGER)');
      const insert = sqlite.prepare('INSERT INTO activities (id, type, direction, replied, done) VALUES (?, ?, ?, ?, ?)');
      const stored = (value: boolean | null) => (value === null ? null : value ? 1 : 0);
      ALL.forEach((touch, id) => insert.run(id, touch.type, touch.direction, stored(touch.replied), stored(touch.done)));
      const counted = new Set(sqlite.prepare(`SELECT id FROM activities t WHERE ${TOUCH_CONDITION}`).pluck().all() as number[]);
      const expected = ALL.flatMap((touch, id) => (countsAsTouch(touch) ? [id] : []));
      expect([...counted].sort((a, b) => a - b)).toEqual(expected);
      // Both rules bite: the set is neither everything nor nothing.
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(ALL.length);
    } finally {
      sqlite.close();
    }
  });
});
