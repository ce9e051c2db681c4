import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../electron/backend';
import { openWorkspace } from '../../../electron/backend/db/workspace';
import type { AppError } from '../../../shared/api/errors';
import { fixedClock, makeTempDir } from '../../helpers/tempDir';
import { BOOK_SQL, alphaUsageSql, NOW } from './book';

describe('pulse and overrides through the contract', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  async function bookBackend(): Promise<Backend> {
    const { dir, cleanup } = makeTempDir('csm-health-');
    const file = path.join(dir, 'book.csm');
    const seeded = await openWorkspace(file, { ifMissing: 'create', clock: fixedClock() });
    seeded.sqlite.exec(BOOK_SQL + alphaUsageSql());
    await seeded.close();
    const backend = await createBackend({ dbPath: file, clock: () => NOW, ifMissing: 'fail', workspacesDir: dir });
    cleanups.push(async () => {
      await backend.close();
      cleanup();
    });
    await backend.dispatch('health.recompute', {});
    return backend;
  }

  const rejection = (promise: Promise<unknown>) =>
    promise.then(
      () => {
        throw new Error('expected a refusal');
      },
      (error: unknown) => error as AppError,
    );

  it('an override puts its band on the portfolio row, beside the computed score it keeps', async () => {
    const backend = await bookBackend();
    const detail = await backend.dispatch('health.setOverride', {
      accountId: 1,
      band: 'red',
      reason: 'Champion left last week',
      expiresOn: '2027-01-15',
    });
    expect(detail.effective).toMatchObject({ band: 'red', overridden: true });
    expect(detail.health).toMatchObject({ score: 81, band: 'green' });
    const alpha = (await backend.dispatch('accounts.list', {})).rows.find((row) => row.id === 1);
    expect(alpha).toMatchObject({ healthBand: 'red' });
  });

  it('a pulse becomes a measure of the score at once, and bad input is refused in words', async () => {
    const backend = await bookBackend();
    const before = await backend.dispatch('health.get', { accountId: 1 });
    expect(before.health.measures.find((m) => m.id === 'csmPulse')?.score ?? null).toBeNull();
    const after = await backend.dispatch('health.setPulse', { accountId: 1, pulse: 1, reason: 'Budget frozen', expiresOn: '2027-01-15' });
    expect(after.health.measures.find((m) => m.id === 'csmPulse')).toMatchObject({ raw: 1 });
    expect(after.health.score).toBeLessThan(before.health.score!);

    expect((await rejection(backend.dispatch('health.setPulse', { accountId: 1, pulse: 4, reason: 'ok', expiresOn: '2020-01-01' }))).message).toMatch(
      /must be after today/,
    );
    expect((await rejection(backend.dispatch('health.setPulse', { accountId: 99, pulse: 4, reason: 'ok', expiresOn: '2027-01-01' }))).code).toBe('NOT_FOUND');
    const both = await rejection(backend.dispatch('health.setOverride', { accountId: 1, band: 'red', score: 10, reason: 'x', expiresOn: '2027-01-01' }));
    expect(both).toMatchObject({ code: 'BAD_INPUT', message: expect.stringMatching(/either a band or a score/) as string });
    const unknownBand = await rejection(backend.dispatch('health.setOverride', { accountId: 1, band: 'purple', reason: 'x', expiresOn: '2027-01-01' }));
    expect(unknownBand.message).toMatch(/Unknown band "purple"/);
  });
});
