import { afterEach, describe, expect, it } from 'vitest';
import type { Scorecard } from '../../../shared/domain/health';
import { openBookBackend, rejection, snapshots, type BookBackend } from './backend';

/**
 * scorecards.version reads an old version as it was saved; restoring it is saving its content
 * through scorecards.save on top of the version in force: a new version, history untouched,
 * and the accounts it applies to rescored. In the hand-built book Gamma has two measures with
 * data: "not scored" under the default minimum of three, yellow with a minimum of two.
 */
describe('reading and restoring an old scorecard version', () => {
  const opened: BookBackend[] = [];
  afterEach(async () => {
    for (const one of opened.splice(0)) await one.close();
  });
  const open = async () => {
    const one = await openBookBackend();
    opened.push(one);
    return one;
  };

  it('restores version 1 as version 3 on top of version 2, rescoring its accounts and leaving the history as it was', async () => {
    const { backend, db } = await open();
    const v1 = (await backend.dispatch('scorecards.list', {})).scorecards[0]!.scorecard;
    const v2 = (await backend.dispatch('scorecards.save', { scorecard: { ...v1, minMeasuresWithData: 2 } })).scorecard.scorecard;
    expect(v2.version).toBe(2);

    const old = await backend.dispatch('scorecards.version', { id: 'default', version: 1 });
    expect(old.scorecard).toEqual(v1);
    expect(old.savedAt).toBe('2026-11-23T09:00:00.000Z');

    db.prepare('DELETE FROM health_snapshots').run();
    // The UI sends the old content with the version it is restoring over, as any edit of it.
    const restored = await backend.dispatch('scorecards.save', { scorecard: { ...old.scorecard, version: v2.version } });
    expect(restored.scorecard.scorecard).toEqual({ ...v1, version: 3 });
    expect(restored.rescored).toBe(3);
    expect(snapshots(db).map((row) => [row.id, row.version, row.band])).toEqual([
      [1, 3, 'green'],
      [2, 3, 'not_scored'],
      [3, 3, 'not_scored'],
    ]);
    const listed = await backend.dispatch('scorecards.list', {});
    expect(listed.history.map((version) => version.version)).toEqual([3, 2, 1]);
    expect((await backend.dispatch('scorecards.version', { id: 'default', version: 2 })).scorecard).toEqual(v2);
    expect((await backend.dispatch('scorecards.version', { id: 'default', version: 1 })).scorecard).toEqual(v1);

    // Restoring what is already in force adds nothing and rescores nobody.
    const again = await backend.dispatch('scorecards.save', { scorecard: { ...old.scorecard, version: 3 } });
    expect(again).toMatchObject({ rescored: 0, scorecard: { scorecard: { version: 3 } } });
    // A restore over a version that is no longer the latest is refused, not applied over it.
    const stale = await rejection(backend.dispatch('scorecards.save', { scorecard: v2 }));
    expect(stale.code).toBe('BAD_INPUT');
    expect(stale.message).toContain('version 3 is the latest');
    expect((await backend.dispatch('scorecards.list', {})).history).toHaveLength(3);
  });

  it('keeps a restored scorecard in its place in the order', async () => {
    const { backend } = await open();
    const base = (await backend.dispatch('scorecards.list', {})).scorecards[0]!.scorecard;
    const strategic: Scorecard = { ...base, id: 'strategic', name: 'Strategic', version: 1, appliesTo: { tiers: ['strategic'] } };
    await backend.dispatch('scorecards.save', { scorecard: strategic });
    await backend.dispatch('scorecards.save', { scorecard: { ...strategic, name: 'Strategic (edited)' } });
    const old = (await backend.dispatch('scorecards.version', { id: 'strategic', version: 1 })).scorecard;
    const restored = await backend.dispatch('scorecards.save', { scorecard: { ...old, version: 2 } });
    expect(restored.scorecard).toMatchObject({ position: 0, scorecard: { name: 'Strategic', version: 3 } });
    expect(restored.rescored).toBe(1); // Alpha, the one strategic account
    expect((await backend.dispatch('scorecards.list', {})).scorecards.map((entry) => `${entry.scorecard.id}@${entry.scorecard.version}`)).toEqual([
      'strategic@3',
      'default@1',
    ]);
  });

  it('answers NOT_FOUND for a version never saved and for a retirement, naming it', async () => {
    const { backend } = await open();
    const base = (await backend.dispatch('scorecards.list', {})).scorecards[0]!.scorecard;
    const never = await rejection(backend.dispatch('scorecards.version', { id: 'default', version: 9 }));
    expect(never).toMatchObject({ code: 'NOT_FOUND', message: 'Scorecard "default" has no version 9' });
    expect((await rejection(backend.dispatch('scorecards.version', { id: 'ghost', version: 1 }))).message).toBe('Scorecard "ghost" has no version 1');

    await backend.dispatch('scorecards.save', { scorecard: { ...base, id: 'strategic', name: 'Strategic', version: 1, appliesTo: { tiers: ['strategic'] } } });
    await backend.dispatch('scorecards.delete', { id: 'strategic' });
    const retired = await rejection(backend.dispatch('scorecards.version', { id: 'strategic', version: 2 }));
    expect(retired).toMatchObject({ code: 'NOT_FOUND', message: 'Version 2 of scorecard "strategic" is its retirement, not a scorecard' });
    expect((await backend.dispatch('scorecards.version', { id: 'strategic', version: 1 })).scorecard.name).toBe('Strategic');
  });
});
