import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../electron/backend';
import { openWorkspace } from '../../../electron/backend/db/workspace';
import type { AppError } from '../../../shared/api/errors';
import { healthTrend } from '../../../shared/domain/health';
import { fixedClock, makeTempDir } from '../../helpers/tempDir';
import { BOOK_SQL, alphaUsageSql, daysBefore, NOW, TODAY } from './book';

/** The account page's health: clearing, the pulse and override history, and the portfolio's trend column. */
describe('account health detail, clearing and history', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  /** The hand-built book behind a backend whose clock the test can move. */
  async function bookBackend(extraSql = ''): Promise<{ backend: Backend; setNow: (iso: string) => void }> {
    const { dir, cleanup } = makeTempDir('csm-health-detail-');
    const file = path.join(dir, 'book.csm');
    const seeded = await openWorkspace(file, { ifMissing: 'create', clock: fixedClock() });
    seeded.sqlite.exec(BOOK_SQL + alphaUsageSql() + extraSql);
    await seeded.close();
    let now = NOW;
    const backend = await createBackend({ dbPath: file, clock: () => now, ifMissing: 'fail', workspacesDir: dir });
    cleanups.push(async () => {
      await backend.close();
      cleanup();
    });
    await backend.dispatch('health.recompute', {});
    return { backend, setNow: (iso) => (now = new Date(iso)) };
  }

  const refusal = (promise: Promise<unknown>) =>
    promise.then(
      () => {
        throw new Error('expected a refusal');
      },
      (error: unknown) => error as AppError,
    );

  it('names the bands an override may pick and starts with an empty history', async () => {
    const { backend } = await bookBackend();
    const detail = await backend.dispatch('health.get', { accountId: 1 });
    expect(detail.bands.map((band) => band.id)).toEqual(['red', 'yellow', 'green']);
    expect(detail.history).toEqual([]);
  });

  it('clears an override: the computed health shows again, the history keeps both, and setting it again undoes the clear', async () => {
    const { backend } = await bookBackend();
    const set = await backend.dispatch('health.setOverride', { accountId: 1, band: 'red', reason: 'Champion left', expiresOn: '2027-01-15' });
    expect(set.effective).toMatchObject({ overridden: true, band: 'red' });
    const alphaRow = async () => (await backend.dispatch('accounts.list', {})).rows.find((row) => row.id === 1);
    expect(await alphaRow()).toMatchObject({ healthBand: 'red', healthOverridden: 1 });

    const cleared = await backend.dispatch('health.clearOverride', { accountId: 1, kind: 'override' });
    expect(cleared.effective).toMatchObject({ overridden: false, band: 'green', override: null });
    expect(cleared.history.map((event) => [event.kind, event.action, event.expiresOn])).toEqual([
      ['override', 'set', '2027-01-15'],
      ['override', 'cleared', '2027-01-15'],
    ]);
    expect(await alphaRow()).toMatchObject({ healthBand: 'green', healthOverridden: 0 });

    const undone = await backend.dispatch('health.setOverride', { accountId: 1, band: 'red', reason: 'Champion left', expiresOn: '2027-01-15' });
    expect(undone.effective).toMatchObject({ overridden: true, band: 'red' });
    expect(undone.history.map((event) => event.action)).toEqual(['set', 'cleared', 'set']);
  });

  it('clears a pulse, which then counts as n/a again; nothing to clear is refused in words', async () => {
    const { backend } = await bookBackend();
    await backend.dispatch('health.setPulse', { accountId: 1, pulse: 2, reason: 'Budget frozen', expiresOn: '2027-01-15' });
    const cleared = await backend.dispatch('health.clearOverride', { accountId: 1, kind: 'pulse' });
    expect(cleared.health.measures.find((m) => m.id === 'csmPulse')?.score ?? null).toBeNull();
    expect(cleared.history.map((event) => [event.kind, event.action, event.pulse])).toEqual([
      ['pulse', 'set', 2],
      ['pulse', 'cleared', 2],
    ]);

    const again = await refusal(backend.dispatch('health.clearOverride', { accountId: 1, kind: 'pulse' }));
    expect(again).toMatchObject({ code: 'BAD_INPUT', message: 'Account 1 has no CSM pulse in force to clear' });
    expect((await refusal(backend.dispatch('health.clearOverride', { accountId: 1, kind: 'override' }))).message).toMatch(/no override in force/);
    expect((await refusal(backend.dispatch('health.clearOverride', { accountId: 99, kind: 'override' }))).code).toBe('NOT_FOUND');
  });

  it('an override falls away on its expiry day, and the history says when; a replaced one just gives way', async () => {
    const { backend, setNow } = await bookBackend();
    await backend.dispatch('health.setOverride', { accountId: 1, score: 30, reason: 'First read', expiresOn: '2026-12-10' });
    setNow('2026-11-25T09:00:00Z');
    await backend.dispatch('health.setOverride', { accountId: 1, band: 'yellow', reason: 'Second read', expiresOn: '2026-12-01' });

    setNow('2026-12-05T09:00:00Z');
    const later = await backend.dispatch('health.get', { accountId: 1 });
    expect(later.effective.overridden).toBe(false);
    expect(later.effective.expired).toMatchObject({ on: '2026-12-01', override: { band: 'yellow' } });
    expect(later.history.map((event) => [event.action, event.at.slice(0, 10), event.reason])).toEqual([
      ['set', TODAY, 'First read'],
      ['set', '2026-11-25', 'Second read'],
      ['expired', '2026-12-01', 'Second read'],
    ]);
  });

  it('the portfolio row carries the same trend change as health.get, from the computed scores', async () => {
    // Alpha's computed score today is 81 (overridesContract.test.ts); Beta is not scored today.
    const snapshots = [
      [1, daysBefore(60), 40],
      [1, daysBefore(35), 60],
      [1, daysBefore(20), 75],
      [2, daysBefore(25), 55],
      [2, daysBefore(10), 47],
    ]
      .map(([id, date, score]) => `(${id}, '${date}', ${score}, 'x', '[]', 'default', 1, 't')`)
      .join(', ');
    const { backend } = await bookBackend(`
      INSERT INTO health_snapshots (account_id, date, score, band, breakdown, scorecard_id, scorecard_version, computed_at) VALUES ${snapshots};`);
    await backend.dispatch('health.setOverride', { accountId: 1, band: 'red', reason: 'An override never moves the trend', expiresOn: '2027-01-15' });
    const rows = (await backend.dispatch('accounts.list', {})).rows;
    const changeOf = (id: number) => rows.find((row) => row.id === id)?.healthChange;

    const alpha = await backend.dispatch('health.get', { accountId: 1 });
    expect(alpha.trend.change).toBe(81 - 60); // against the latest snapshot 30 or more days older
    expect(changeOf(1)).toBe(alpha.trend.change);

    const beta = await backend.dispatch('health.get', { accountId: 2 });
    expect(beta.health.score).toBeNull();
    expect(beta.trend.change).toBe(47 - 55); // latest scored (10 days ago) against the oldest: none is 30 days older
    expect(changeOf(2)).toBe(beta.trend.change);

    expect(changeOf(3)).toBeNull(); // one snapshot: no trend
    expect(healthTrend([{ date: TODAY, score: 50, scorecardId: 'default', scorecardVersion: 1 }]).change).toBeNull();
  });
});
