import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend';
import type { Scorecard } from '../../../shared/domain/health';
import { bookFromReadings } from '../../../shared/domain/health/bookReadings';
import { compareSetsOnBook } from '../../../shared/domain/health/whatIfSet';
import { openBookBackend, rejection, snapshots } from '../scorecards/backend';
import { daysBefore } from './book';

/** The hand-built book (Alpha strategic and scored, Beta and Gamma not scored) behind a real backend, closed after the test. */
async function bookBackend(cleanups: (() => Promise<void>)[], extraSql = ''): Promise<{ backend: Backend; db: Database.Database }> {
  const opened = await openBookBackend(extraSql);
  cleanups.push(opened.close);
  return opened;
}


const strategicCard = (base: Scorecard): Scorecard => ({ ...base, id: 'strategic', name: 'Strategic', version: 1, appliesTo: { tiers: ['strategic'] } });

describe('scorecards through the contract', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  it('lists the default scorecard, then saves an edit as a new version and rescores every account it applies to', async () => {
    const { backend, db } = await bookBackend(cleanups);
    const listed = await backend.dispatch('scorecards.list', {});
    expect(listed.scorecards.map((entry) => [entry.scorecard.id, entry.scorecard.version, entry.position])).toEqual([['default', 1, 0]]);
    expect(listed.history.map((version) => [version.id, version.version, version.name])).toEqual([['default', 1, 'Default']]);

    const base = listed.scorecards[0]!.scorecard;
    const edited = { ...base, minMeasuresWithData: 2 };
    const saved = await backend.dispatch('scorecards.save', { scorecard: edited });
    expect(saved.scorecard.scorecard.version).toBe(2);
    expect(saved.rescored).toBe(3);
    // Gamma has two measures with data: scored now that two are enough.
    expect(snapshots(db).map((row) => [row.id, row.version, row.band === 'not_scored'])).toEqual([[1, 2, false], [2, 2, true], [3, 2, false]]);
    const versions = db.prepare("SELECT version, json_extract(definition, '$.minMeasuresWithData') AS minimum FROM health_scorecards ORDER BY version").all();
    expect(versions).toEqual([{ version: 1, minimum: 3 }, { version: 2, minimum: 2 }]); // version 1 as it was saved

    // The same scorecard again: nothing new to save, nothing to rescore.
    const again = await backend.dispatch('scorecards.save', { scorecard: saved.scorecard.scorecard });
    expect(again).toMatchObject({ rescored: 0, scorecard: { scorecard: { version: 2 } } });
    // An edit of version 1, now stale, is refused rather than overwriting version 2.
    const stale = await rejection(backend.dispatch('scorecards.save', { scorecard: { ...base, name: 'Old edit' } }));
    expect(stale.code).toBe('BAD_INPUT');
    expect(stale.message).toContain('version 2 is the latest');
    expect((await backend.dispatch('scorecards.list', {})).history.map((version) => version.version)).toEqual([2, 1]);
  });

  it('refuses an unusable scorecard with a message naming the measure or band, and writes nothing', async () => {
    const { backend, db } = await bookBackend(cleanups);
    const base = (await backend.dispatch('scorecards.list', {})).scorecards[0]!.scorecard;
    const rows = () => db.prepare('SELECT count(*) FROM health_scorecards').pluck().get();
    const count = rows();

    const zeroWeight = { ...base, measures: base.measures.map((m, i) => (i === 2 ? { ...m, weight: 0 } : m)) };
    const weight = await rejection(backend.dispatch('scorecards.save', { scorecard: zeroWeight }));
    expect(weight.code).toBe('BAD_INPUT');
    expect(weight.message).toBe('Scorecard "Default" cannot be saved: Measure "Breadth (seats active)": the weight must be greater than 0 (got 0)');

    const gap = { ...base, bands: [{ id: 'red', label: 'Red', min: 0, max: 40 }, { id: 'green', label: 'Green', min: 60, max: 100 }] };
    const bands = await rejection(backend.dispatch('scorecards.save', { scorecard: gap }));
    expect(bands.message).toContain('Scores 41–59 have no band: between Red (0–40) and Green (60–100)');
    expect(bands.details?.problems).toEqual([{ path: 'bands[1].min', message: expect.stringContaining('Scores 41–59') }]);

    const unknownMetric = { ...base, measures: [{ ...base.measures[0]!, metric: 'logins' }] };
    expect((await rejection(backend.dispatch('scorecards.save', { scorecard: unknownMetric }))).message).toContain('unknown metric "logins"');
    expect(rows()).toBe(count);
  });

  it('adds a scorecard for one tier before the catch-all and rescores exactly the accounts that move to it', async () => {
    const { backend, db } = await bookBackend(cleanups);
    await backend.dispatch('health.recompute', {});
    const base = (await backend.dispatch('scorecards.list', {})).scorecards[0]!.scorecard;
    db.prepare('DELETE FROM health_snapshots').run();

    const saved = await backend.dispatch('scorecards.save', { scorecard: strategicCard(base) });
    expect(saved).toMatchObject({ rescored: 1, scorecard: { position: 0, scorecard: { id: 'strategic', version: 1 } } });
    expect(snapshots(db)).toEqual([{ id: 1, band: 'green', card: 'strategic', version: 1 }]);
    const order = (await backend.dispatch('scorecards.list', {})).scorecards.map((entry) => [entry.scorecard.id, entry.position]);
    expect(order).toEqual([['strategic', 0], ['default', 1]]);

    // Another catch-all placed first would hide every scorecard after it: refused, named.
    const hiding = await rejection(backend.dispatch('scorecards.save', { scorecard: { ...base, id: 'all', name: 'Everyone', version: 1 }, position: 0 }));
    expect(hiding.message).toContain('comes after "Everyone", which applies to every account, so it is never used');

    // Editing the default reaches Beta and Gamma only: Alpha is the strategic scorecard's.
    db.prepare('DELETE FROM health_snapshots').run();
    expect((await backend.dispatch('scorecards.save', { scorecard: { ...base, name: 'Everyone else' } })).rescored).toBe(2);
    expect(snapshots(db).map((row) => row.id)).toEqual([2, 3]);
  });

  it('deletes a scorecard (its versions stay), rescoring its accounts, and never the last catch-all', async () => {
    const { backend, db } = await bookBackend(cleanups);
    const base = (await backend.dispatch('scorecards.list', {})).scorecards[0]!.scorecard;
    await backend.dispatch('scorecards.save', { scorecard: strategicCard(base) });
    db.prepare('DELETE FROM health_snapshots').run();

    expect(await backend.dispatch('scorecards.delete', { id: 'strategic' })).toEqual({ deleted: true });
    expect(snapshots(db)).toEqual([{ id: 1, band: 'green', card: 'default', version: 1 }]);
    const listed = await backend.dispatch('scorecards.list', {});
    expect(listed.scorecards.map((entry) => entry.scorecard.id)).toEqual(['default']);
    expect(listed.history.map((version) => `${version.id}@${version.version}`)).toContain('strategic@1');
    expect(await backend.dispatch('scorecards.delete', { id: 'strategic' })).toEqual({ deleted: false });

    const last = await rejection(backend.dispatch('scorecards.delete', { id: 'default' }));
    expect(last.code).toBe('BAD_INPUT');
    expect(last.message).toContain('"Default" is the last that applies to every account');

    // A scorecard saved again under a retired id starts above its tombstone.
    const revived = await backend.dispatch('scorecards.save', { scorecard: strategicCard(base) });
    expect(revived.scorecard.scorecard.version).toBe(3);
  });

  it('gives the book readings that score, in the renderer, to the bands a save stores', async () => {
    const { backend, db } = await bookBackend(cleanups);
    const current = (await backend.dispatch('scorecards.list', {})).scorecards.map((entry) => entry.scorecard);
    const dto = await backend.dispatch('health.book', {});
    expect(dto.asOf).toBe('2026-11-23');
    expect(dto.accounts.map((account) => [account.id, account.name, account.tier])).toEqual([[1, 'Alpha', 'strategic'], [2, 'Beta', null], [3, 'Gamma', 'tech-touch']]);
    expect(dto.readings).toHaveLength(3 * dto.metricKeys.length);
    expect(dto.readings[dto.metricKeys.indexOf('breadth')]).toBe(50); // Alpha: 5 active users of 10 seats

    await backend.dispatch('health.recompute', {});
    const before = new Map(snapshots(db).map((row) => [row.id, row.band]));
    const proposed = [{ ...current[0]!, minMeasuresWithData: 2, version: 2 }];
    const whatIf = compareSetsOnBook(bookFromReadings(dto.accounts, dto), dto.accounts, current, proposed);
    expect(whatIf.moves.map((move) => [move.from, move.to, move.accountIds])).toEqual([['not_scored', 'yellow', [3]]]);

    await backend.dispatch('scorecards.save', { scorecard: { ...proposed[0]!, version: 1 } });
    const predicted = new Map(before);
    for (const move of whatIf.moves) for (const id of move.accountIds) predicted.set(Number(id), move.to);
    expect(new Map(snapshots(db).map((row) => [row.id, row.band]))).toEqual(predicted);
  });

  it('picks key features from the usage log and rescores the accounts whose depth they change', async () => {
    const features = ['Reports', 'API', 'Reports', 'SSO', 'Reports'].map((feature, back) => `(1, '${daysBefore(back + 1)}', '${feature}')`);
    const { backend, db } = await bookBackend(cleanups, `INSERT INTO usage (account_id, date, feature) VALUES ${features.join(', ')};`);
    expect(await backend.dispatch('health.keyFeatures', {})).toEqual({ features: [], known: ['Reports', 'API', 'SSO'] });
    db.prepare('DELETE FROM health_snapshots').run();

    const state = await backend.dispatch('health.setKeyFeatures', { features: ['Reports', 'API', 'Dashboards', 'Reports'] });
    expect(state).toEqual({ features: ['Reports', 'API', 'Dashboards'], known: ['Reports', 'API', 'SSO', 'Dashboards'] });
    expect(snapshots(db).map((row) => row.id)).toEqual([1]); // only Alpha has usage
    const depth = (await backend.dispatch('health.get', { accountId: 1 })).health.measures.find((m) => m.id === 'depth')!;
    expect(depth.raw).toBeCloseTo(200 / 3, 9); // Reports and API of 3 key features

    expect((await backend.dispatch('health.setKeyFeatures', { features: [] })).features).toEqual([]);
    expect((await backend.dispatch('health.get', { accountId: 1 })).health.measures.find((m) => m.id === 'depth')!.raw).toBeNull();
  });
});
