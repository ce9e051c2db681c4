import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../electron/backend';
import { openWorkspace } from '../../../electron/backend/db/workspace';
import { SCORING_CHUNK } from '../../../electron/backend/health';
import { BOOK_SCORED_ON } from '../../../electron/backend/health/recompute';
import type { ProgressEvent } from '../../../shared/api/dto';
import { AppError } from '../../../shared/api/errors';
import { fixedClock, makeTempDir } from '../../helpers/tempDir';

/** The app's full recompute: chunk by chunk, with progress a window can show, and one at a time. */
describe('health.recompute from the app', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  async function bookOf(accounts: number): Promise<Backend> {
    const { dir, cleanup } = makeTempDir('csm-recompute-');
    const file = path.join(dir, 'book.csm');
    const seeded = await openWorkspace(file, { ifMissing: 'create', clock: fixedClock() });
    seeded.sqlite.exec(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${accounts})
      INSERT INTO accounts (name, seats, renewal_date, created_at, updated_at) SELECT 'Account ' || i, 10, '2027-01-15', 't', 't' FROM n`);
    // Every third account has an NPS response and a touch, so some are scored and some are not.
    seeded.sqlite.exec(`INSERT INTO nps_responses (account_id, score, responded_at) SELECT id, id % 11, '2026-10-01' FROM accounts WHERE id % 3 = 0;
      INSERT INTO activities (account_id, type, occurred_at, subject, created_at) SELECT id, 'call', '2026-11-10T10:00:00Z', 'Check-in', 't' FROM accounts WHERE id % 3 = 0;`);
    // Marked as scored today, so opening it starts no background refresh (refreshOnOpen.test.ts covers that).
    seeded.sqlite.prepare('INSERT INTO workspace_meta (key, value) VALUES (?, ?)').run(BOOK_SCORED_ON, '2026-11-23');
    await seeded.close();
    const backend = await createBackend({ dbPath: file, clock: fixedClock(), ifMissing: 'fail', workspacesDir: dir });
    cleanups.push(async () => {
      await backend.close();
      cleanup();
    });
    return backend;
  }

  it('reports progress under its task id up to the whole book, and scores every account', async () => {
    const accounts = SCORING_CHUNK * 2 + 500;
    const backend = await bookOf(accounts);
    const events: ProgressEvent[] = [];
    backend.events.subscribe((event) => {
      if (event.name === 'progress') events.push(event.payload as ProgressEvent);
    });
    const result = await backend.dispatch('health.recompute', { taskId: 'recompute-1' });
    expect(result.scored + result.notScored).toBe(accounts);
    expect(result.scored).toBeGreaterThan(0);
    expect(result.notScored).toBeGreaterThan(0);
    expect(events.length).toBeGreaterThanOrEqual(2);
    expect(events.every((event) => event.taskId === 'recompute-1' && event.total === accounts)).toBe(true);
    expect(events.at(-1)?.done).toBe(accounts);
    const dones = events.map((event) => event.done);
    expect([...dones].sort((a, b) => a - b)).toEqual(dones);
  });

  it('refuses a second recompute while one is under way, and answers other requests in between', async () => {
    const backend = await bookOf(SCORING_CHUNK * 3);
    const first = backend.dispatch('health.recompute', {});
    const second = await backend.dispatch('health.recompute', {}).then(
      () => null,
      (error: unknown) => error,
    );
    expect(second).toBeInstanceOf(AppError);
    expect((second as AppError).code).toBe('BUSY');
    // The window stays usable: a read is answered before the recompute is over.
    let recomputeDone = false;
    void first.then(() => (recomputeDone = true));
    const list = await backend.dispatch('accounts.list', { limit: 5 });
    expect(list.rows).toHaveLength(5);
    expect(recomputeDone).toBe(false);
    await expect(first).resolves.toMatchObject({ date: '2026-11-23' });
    await expect(backend.dispatch('health.recompute', {})).resolves.toMatchObject({ date: '2026-11-23' });
  });
});
