import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../electron/backend';
import { openWorkspace } from '../../../electron/backend/db/workspace';
import { DEMO_HEALTH_HISTORY_WEEKS, refreshHealthOnOpen } from '../../../electron/backend/health/refresh';
import { fixedClock, makeTempDir } from '../../helpers/tempDir';
import { BOOK_SQL, NOW, TODAY, alphaUsageSql, daysBefore } from './book';

/** Health is today's when a workspace opens, and a new demo arrives with a history to chart. */
describe('health on opening a workspace', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  async function open(file: string, dir: string, ifMissing: 'demo' | 'fail', now = NOW): Promise<Backend> {
    const backend = await createBackend({ dbPath: file, clock: () => now, ifMissing, workspacesDir: dir });
    cleanups.push(() => backend.close());
    return backend;
  }

  function tempFile(): { dir: string; file: string } {
    const { dir, cleanup } = makeTempDir('csm-health-open-');
    cleanups.push(async () => cleanup());
    return { dir, file: path.join(dir, 'book.csm') };
  }

  async function seededBook(file: string, extraSql = ''): Promise<void> {
    const seeded = await openWorkspace(file, { ifMissing: 'create', clock: fixedClock() });
    seeded.sqlite.exec(BOOK_SQL + alphaUsageSql() + extraSql);
    await seeded.close();
  }

  async function snapshotDates(file: string): Promise<string[]> {
    const workspace = await openWorkspace(file, { ifMissing: 'fail', clock: fixedClock() });
    try {
      return (workspace.sqlite.prepare('SELECT DISTINCT date FROM health_snapshots ORDER BY date').all() as { date: string }[]).map((row) => row.date);
    } finally {
      await workspace.close();
    }
  }

  it('scores a new demo book weekly over the last weeks and today, so the portfolio and sparklines have data', async () => {
    const { dir, file } = tempFile();
    const backend = await open(file, dir, 'demo');
    const { rows } = await backend.dispatch('accounts.list', {});
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((row) => row.healthScore !== null && row.healthScore !== undefined).length).toBeGreaterThan(rows.length / 2);
    await backend.close();
    const dates = await snapshotDates(file);
    expect(dates).toHaveLength(DEMO_HEALTH_HISTORY_WEEKS + 1);
    expect(dates.at(-1)).toBe(TODAY);
    expect(dates[0]).toBe(daysBefore(DEMO_HEALTH_HISTORY_WEEKS * 7));
  });

  it('rescores a book whose newest snapshot is older than today, and leaves a fresh one alone', async () => {
    const { dir, file } = tempFile();
    await seededBook(file, `INSERT INTO health_snapshots (account_id, date, score, band, scorecard_id, scorecard_version, breakdown, computed_at)
      SELECT id, '${daysBefore(3)}', 40, 'red', 'default', 1, '[]', 't' FROM accounts;`);
    const backend = await open(file, dir, 'fail');
    const alpha = (await backend.dispatch('accounts.list', {})).rows.find((row) => row.name === 'Alpha')!;
    expect(alpha.healthScore).not.toBe(40);
    await backend.close();
    expect(await snapshotDates(file)).toEqual([daysBefore(3), TODAY]);

    const counts = async () => {
      const workspace = await openWorkspace(file, { ifMissing: 'fail', clock: fixedClock() });
      try {
        return workspace.sqlite.prepare('SELECT count(*) AS n, max(computed_at) AS last FROM health_snapshots').get();
      } finally {
        await workspace.close();
      }
    };
    const before = await counts();
    await open(file, dir, 'fail', new Date(`${TODAY}T18:00:00.000Z`));
    expect(await counts()).toEqual(before);
  });

  it('opens a big stale book at once and rescores it behind, telling the window when done', async () => {
    const { file } = tempFile();
    await seededBook(file);
    const workspace = await openWorkspace(file, { ifMissing: 'fail', clock: fixedClock() });
    cleanups.push(() => workspace.close());
    const todays = () => workspace.sqlite.prepare('SELECT count(*) FROM health_snapshots WHERE date = ?').pluck().get(TODAY) as number;
    let told = 0;
    // An in-line limit of 1 account makes the 3-account book "big".
    const background = refreshHealthOnOpen(workspace, NOW, () => told++, 1);
    expect(background).not.toBeNull();
    expect(todays()).toBe(0);
    await background;
    expect(todays()).toBe(3);
    expect(told).toBe(1);
    // Scored today as a whole: the next opening leaves it alone.
    expect(refreshHealthOnOpen(workspace, NOW, () => told++, 1)).toBeNull();
  });
});
