import { afterEach, describe, expect, it } from 'vitest';
import type { Scorecard } from '../../../shared/domain/health';
import { openBookBackend, rejection, snapshots, type BookBackend } from './backend';

/**
 * scorecards.reorder: the order decides which scorecard scores an account (the first whose
 * rule matches), so a new order rescores exactly the accounts another scorecard now scores.
 * Alpha (strategic) and Beta are both in the Enterprise segment: Alpha matches two scorecards.
 */
const ENTERPRISE_SQL = "UPDATE accounts SET segment = 'Enterprise' WHERE id IN (1, 2);";

const strategicCard = (base: Scorecard): Scorecard => ({ ...base, id: 'strategic', name: 'Strategic', version: 1, appliesTo: { tiers: ['strategic'] } });
/** Its own bands, so an account it scores shows it in the snapshot's band. */
const enterpriseCard = (base: Scorecard): Scorecard => ({
  ...base,
  id: 'enterprise',
  name: 'Enterprise',
  version: 1,
  appliesTo: { segments: ['Enterprise'] },
  bands: [
    { id: 'at-risk', label: 'At risk', min: 0, max: 60 },
    { id: 'healthy', label: 'Healthy', min: 61, max: 100 },
  ],
});

async function threeScorecards(opened: BookBackend): Promise<void> {
  const { backend, db } = opened;
  const base = (await backend.dispatch('scorecards.list', {})).scorecards[0]!.scorecard;
  await backend.dispatch('scorecards.save', { scorecard: strategicCard(base) });
  await backend.dispatch('scorecards.save', { scorecard: enterpriseCard(base) });
  await backend.dispatch('health.recompute', {});
  db.prepare('DELETE FROM health_snapshots').run();
  opened.events.splice(0);
}

const orderOf = async (opened: BookBackend) => (await opened.backend.dispatch('scorecards.list', {})).scorecards.map((entry) => entry.scorecard.id);
const storedRows = (opened: BookBackend) => opened.db.prepare('SELECT id, version, position, definition FROM health_scorecards ORDER BY id, version').all();

describe('scorecards.reorder', () => {
  const opened: BookBackend[] = [];
  afterEach(async () => {
    for (const one of opened.splice(0)) await one.close();
  });
  const open = async () => {
    const one = await openBookBackend(ENTERPRISE_SQL);
    opened.push(one);
    await threeScorecards(one);
    return one;
  };

  it('puts the scorecards in the new order and rescores exactly the accounts another scorecard now scores, adding no version', async () => {
    const book = await open();
    const { backend, db } = book;
    expect(await orderOf(book)).toEqual(['strategic', 'enterprise', 'default']);
    const versions = db.prepare('SELECT id, version, definition FROM health_scorecards ORDER BY id, version').all();

    const result = await backend.dispatch('scorecards.reorder', { ids: ['enterprise', 'strategic', 'default'] });
    expect(result.rescored).toBe(1);
    expect(result.scorecards.map((entry) => [entry.scorecard.id, entry.position])).toEqual([['enterprise', 0], ['strategic', 1], ['default', 2]]);
    // Alpha is strategic and Enterprise: the Enterprise scorecard, first now, scores it with its own bands. Beta kept its scorecard.
    expect(snapshots(db)).toEqual([{ id: 1, band: 'healthy', card: 'enterprise', version: 1 }]);
    expect(book.events).toEqual([{ name: 'accounts.changed', payload: { ids: [1] } }]);
    expect(await orderOf(book)).toEqual(['enterprise', 'strategic', 'default']);
    expect(db.prepare('SELECT id, version, definition FROM health_scorecards ORDER BY id, version').all()).toEqual(versions);

    // The previous order back (the UI's Undo): Alpha is the strategic scorecard's again.
    db.prepare('DELETE FROM health_snapshots').run();
    expect((await backend.dispatch('scorecards.reorder', { ids: ['strategic', 'enterprise', 'default'] })).rescored).toBe(1);
    expect(snapshots(db)).toEqual([{ id: 1, band: 'green', card: 'strategic', version: 1 }]);

    // The same order again reaches nobody.
    db.prepare('DELETE FROM health_snapshots').run();
    book.events.splice(0);
    expect((await backend.dispatch('scorecards.reorder', { ids: ['strategic', 'enterprise', 'default'] })).rescored).toBe(0);
    expect(snapshots(db)).toEqual([]);
    expect(book.events).toEqual([]);
  });

  it('refuses an unknown, repeated or missing id, and a catch-all before the end, naming it and changing nothing', async () => {
    const book = await open();
    const { backend, db } = book;
    const before = storedRows(book);

    const unknown = await rejection(backend.dispatch('scorecards.reorder', { ids: ['enterprise', 'nope', 'strategic', 'default'] }));
    expect(unknown.code).toBe('BAD_INPUT');
    expect(unknown.message).toBe('No scorecard in force has the id "nope": reload the scorecards and order them again');
    expect(unknown.details).toEqual({ id: 'nope' });

    const twice = await rejection(backend.dispatch('scorecards.reorder', { ids: ['enterprise', 'strategic', 'enterprise', 'default'] }));
    expect(twice).toMatchObject({ code: 'BAD_INPUT', message: 'Scorecard "Enterprise" (id "enterprise") is listed twice in the order' });

    const missing = await rejection(backend.dispatch('scorecards.reorder', { ids: ['enterprise', 'default'] }));
    expect(missing).toMatchObject({ code: 'BAD_INPUT', message: 'The order leaves out scorecard "Strategic" (id "strategic"): list every scorecard in force once' });

    const hidden = await rejection(backend.dispatch('scorecards.reorder', { ids: ['strategic', 'default', 'enterprise'] }));
    expect(hidden.code).toBe('BAD_INPUT');
    expect(hidden.message).toBe(
      'The scorecards cannot be put in this order: Scorecard "Enterprise" comes after "Default", which applies to every account, so it is never used',
    );

    expect(storedRows(book)).toEqual(before);
    expect(await orderOf(book)).toEqual(['strategic', 'enterprise', 'default']);
    expect(snapshots(db)).toEqual([]);
    expect(book.events).toEqual([]);

    // A retired scorecard is not in force: its id is unknown to the order.
    await backend.dispatch('scorecards.delete', { id: 'enterprise' });
    const retired = await rejection(backend.dispatch('scorecards.reorder', { ids: ['enterprise', 'strategic', 'default'] }));
    expect(retired.message).toBe('No scorecard in force has the id "enterprise": reload the scorecards and order them again');
    expect(await orderOf(book)).toEqual(['strategic', 'default']);
  });

  it('refuses through the contract an empty order', async () => {
    const book = await open();
    const empty = await rejection(book.backend.dispatch('scorecards.reorder', { ids: [] }));
    expect(empty.code).toBe('BAD_INPUT');
    expect(await orderOf(book)).toEqual(['strategic', 'enterprise', 'default']);
  });
});
