import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../electron/backend';
import { openWorkspace } from '../../../electron/backend/db/workspace';
import { AppError } from '../../../shared/api/errors';
import { fixedClock, makeTempDir } from '../../helpers/tempDir';
import { BOOK_SQL, alphaUsageSql, NOW, TODAY } from './book';

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('health through the contract', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  /** A back-end over the hand-built book whose clock the test moves. */
  async function bookBackend(): Promise<{ backend: Backend; setNow: (iso: string) => void; snapshots: () => Promise<Record<string, unknown>[]> }> {
    const { dir, cleanup } = makeTempDir('csm-health-');
    const file = path.join(dir, 'book.csm');
    const seeded = await openWorkspace(file, { ifMissing: 'create', clock: fixedClock() });
    seeded.sqlite.exec(BOOK_SQL + alphaUsageSql());
    await seeded.close();
    let now = NOW.toISOString();
    const backend = await createBackend({ dbPath: file, clock: () => new Date(now), ifMissing: 'fail', workspacesDir: dir });
    cleanups.push(async () => {
      await backend.close();
      cleanup();
    });
    const snapshots = async () => {
      const reader = await openWorkspace(file, { ifMissing: 'fail', clock: fixedClock() });
      try {
        return reader.sqlite.prepare('SELECT account_id, date, score, band, computed_at FROM health_snapshots ORDER BY account_id').all() as Record<string, unknown>[];
      } finally {
        await reader.close();
      }
    };
    return { backend, setNow: (iso) => (now = iso), snapshots };
  }

  it('recomputes the book, shows scores on the portfolio rows, and explains one account with its trend', async () => {
    const { backend, setNow } = await bookBackend();
    // Opening a book with no snapshot of today scores it (see refreshOnOpen.test.ts).
    const before = (await backend.dispatch('accounts.list', {})).rows;
    expect(before.map((row) => [row.name, row.healthScore, row.healthBand])).toEqual([['Alpha', 81, 'green'], ['Beta', null, 'not_scored'], ['Gamma', null, 'not_scored']]);

    setNow('2026-10-01T09:00:00.000Z');
    await backend.dispatch('health.recompute', {});
    setNow(NOW.toISOString());
    expect(await backend.dispatch('health.recompute', {})).toEqual({ date: TODAY, scored: 1, notScored: 2 });

    const rows = (await backend.dispatch('accounts.list', {})).rows;
    expect(rows.map((row) => [row.name, row.healthScore, row.healthBand])).toEqual([['Alpha', 81, 'green'], ['Beta', null, 'not_scored'], ['Gamma', null, 'not_scored']]);

    const detail = await backend.dispatch('health.get', { accountId: 1 });
    expect(detail.health).toMatchObject({ score: 81, band: 'green', scorecardId: 'default', scorecardVersion: 1 });
    expect(detail.effective).toMatchObject({ score: 81, overridden: false });
    expect(detail.health.measures.find((m) => m.id === 'usageFrequency')).toMatchObject({ raw: 3, score: 75, weight: 15 });
    expect(detail.trend.points.map((p) => p.date)).toEqual(['2026-10-01', TODAY]);
    expect(detail.trend.markers).toEqual([]);
  });

  it('rescores exactly the account an activity is logged for, or an update changes', async () => {
    const { backend, setNow, snapshots } = await bookBackend();
    await backend.dispatch('health.recompute', {});
    const first = await snapshots();

    setNow(`${TODAY}T15:00:00.000Z`);
    // A call today: Alpha's engagement goes from the ideal interval (76) to just touched (100).
    await backend.dispatch('activities.log', { accountId: 1, type: 'call', occurredAt: `${TODAY}T14:00:00Z`, subject: 'Follow-up' });
    const second = await snapshots();
    expect(second[0]).toMatchObject({ account_id: 1, computed_at: `${TODAY}T15:00:00.000Z`, score: Math.round((5297 + 12 * 24) / 65) });
    expect(second.slice(1)).toEqual(first.slice(1));

    setNow(`${TODAY}T16:00:00.000Z`);
    // Gamma turns strategic: still too few measures, but rescored (and only it).
    await backend.dispatch('accounts.update', { id: 3, patch: { tier: 'strategic' } });
    const third = await snapshots();
    expect(third[2]).toMatchObject({ account_id: 3, computed_at: `${TODAY}T16:00:00.000Z` });
    expect(third.slice(0, 2)).toEqual(second.slice(0, 2));

    // A new account is scored as it is created; the others stay as they were.
    const created = await backend.dispatch('accounts.create', { name: 'Zeta' });
    const fourth = await snapshots();
    expect(fourth.at(-1)).toMatchObject({ account_id: created.id, band: 'not_scored', computed_at: `${TODAY}T16:00:00.000Z` });
    expect(fourth.slice(0, 3)).toEqual(third);
  });

  it('refuses an unknown account and bad input with clear errors', async () => {
    const { backend } = await bookBackend();
    const missing = await rejection(backend.dispatch('health.get', { accountId: 99 }));
    expect(missing.code).toBe('NOT_FOUND');
    expect(missing.message).toBe('Account 99 does not exist');
    expect((await rejection(backend.dispatch('health.get', { accountId: -1 } as never))).code).toBe('BAD_INPUT');
    expect((await rejection(backend.dispatch('health.recompute', { all: true } as never))).code).toBe('BAD_INPUT');
  });
});
