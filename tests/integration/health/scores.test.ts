import { afterEach, describe, expect, it } from 'vitest';
import { addOverride, addPulse, accountHealthDetail, recomputeHealth } from '../../../electron/backend/health';
import { DEFAULT_BANDS } from '../../../shared/domain/health';
import { NOW, openBook, snapshotRows, TODAY } from './book';

describe('health scores stored in the workspace', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });
  async function book(extraSql = '') {
    const opened = await openBook(extraSql);
    cleanups.push(opened.cleanup);
    return opened.workspace;
  }

  it('scores a hand-built book as worked out by hand, n/a measures left out', async () => {
    const workspace = await book();
    expect(recomputeHealth(workspace, { now: NOW })).toEqual({ date: TODAY, scored: 1, notScored: 2 });

    const alpha = accountHealthDetail(workspace, 1, NOW)!.health;
    const byId = Object.fromEntries(alpha.measures.map((m) => [m.id, m]));
    // Raw values from the SQL inputs.
    expect(byId.usageFrequency!.raw).toBe(3); // 12 active days in 4 weeks
    expect(byId.usageTrend!.raw).toBe(0); // 12 in the 4 weeks before
    expect(byId.breadth!.raw).toBe(50); // 5 active users of 10 seats
    expect(byId.nps!.raw).toBe(9); // the latest response, not the 2025 one
    expect(byId.touchRecency!.raw).toBe(1); // 7 days (the unanswered email does not count), strategic ideal 7
    expect(byId.touchTrend!.raw).toBe(0); // 1 touch in the last 90 days, 1 in the 90 before
    expect(byId.daysToRenewal!.raw).toBe(90);
    expect(byId.renewalStage!.raw).toBe(90); // Negotiation/Review; the expansion is not a renewal
    for (const id of ['depth', 'openHighPriorityTickets', 'ticketTrend', 'ticketsWithoutFollowUp', 'csmPulse']) {
      expect(byId[id]!.raw, id).toBeNull();
      expect(byId[id]!.share, id).toBeNull();
    }
    // (15×75 + 5×80 + 10×70 + 10×100 + 12×76 + 3×100 + 4×65 + 6×100) ÷ 65 = 5297 ÷ 65 = 81.49
    expect(alpha.exactScore).toBeCloseTo(5297 / 65, 9);
    expect(alpha.score).toBe(81);
    expect(alpha.band).toBe('green');
    expect(byId.usageFrequency!.share).toBeCloseTo(15 / 65, 12);

    const rows = snapshotRows(workspace);
    expect(rows.map((r) => [r.account_id, r.date, r.score, r.band, r.scorecard_id, r.scorecard_version])).toEqual([
      [1, TODAY, 81, 'green', 'default', 1],
      [2, TODAY, null, 'not_scored', 'default', 1],
      // Gamma: NPS 7 (70) and 90 days to renewal (65) are two measures; the default needs 3.
      [3, TODAY, null, 'not_scored', 'default', 1],
    ]);
    const beta = accountHealthDetail(workspace, 2, NOW)!.health;
    expect(beta.notScoredReason).toBe('0 of 13 measures have data; 3 are needed for a score');
  });

  it('inserts the default scorecard once, at first use', async () => {
    const workspace = await book();
    const count = () => workspace.sqlite.prepare('SELECT count(*) FROM health_scorecards').pluck().get();
    expect(count()).toBe(0);
    recomputeHealth(workspace, { now: NOW });
    recomputeHealth(workspace, { now: NOW });
    expect(count()).toBe(1);
  });

  it('keeps one snapshot per account and day, the latest winning', async () => {
    const workspace = await book();
    recomputeHealth(workspace, { now: NOW });
    workspace.sqlite.exec("UPDATE accounts SET renewal_date = '2026-12-23' WHERE id = 1"); // 30 days: 35 instead of 65
    recomputeHealth(workspace, { now: new Date(`${TODAY}T18:00:00Z`), accountIds: [1] });
    const alpha = snapshotRows(workspace).filter((r) => r.account_id === 1);
    expect(alpha).toHaveLength(1);
    expect(alpha[0]!.score).toBe(Math.round((5297 - 4 * 65 + 4 * 35) / 65)); // 79.6 → 80
  });

  it('counts a CSM pulse with its reason until it expires; an override survives recomputes and falls away after expiry', async () => {
    const workspace = await book();
    addPulse(workspace.sqlite, { accountId: 3, pulse: 4, reason: 'Exec sponsor engaged', expiresOn: '2027-01-01' }, NOW.toISOString());
    addOverride(workspace.sqlite, 3, { band: 'red', score: null, reason: 'Champion left', expiresOn: '2026-12-01' }, DEFAULT_BANDS, NOW.toISOString());

    recomputeHealth(workspace, { now: NOW });
    // (10×80 pulse + 4×65 renewal + 10×70 NPS) ÷ 24 = 73.3
    const gamma = () => snapshotRows(workspace).filter((r) => r.account_id === 3);
    expect(gamma().map((r) => [r.date, r.score, r.band, r.override_band])).toEqual([[TODAY, 73, 'yellow', 'red']]);
    const detail = accountHealthDetail(workspace, 3, NOW)!;
    expect(detail.effective).toMatchObject({ band: 'red', overridden: true, computed: { score: 73, band: 'yellow' } });

    recomputeHealth(workspace, { now: NOW });
    expect(workspace.sqlite.prepare('SELECT count(*) FROM health_overrides').pluck().get()).toBe(2);
    expect(gamma()[0]!.override_band).toBe('red');

    const expiry = new Date('2026-12-01T09:00:00Z');
    recomputeHealth(workspace, { now: expiry });
    // 82 days to renewal scores 35 + 52/60 × 30 = 61: (800 + 4×61 + 700) ÷ 24 = 72.7
    expect(gamma().map((r) => [r.date, r.score, r.band, r.override_band])).toEqual([
      [TODAY, 73, 'yellow', 'red'],
      ['2026-12-01', 73, 'yellow', null],
    ]);
    const after = accountHealthDetail(workspace, 3, expiry)!;
    expect(after.effective.overridden).toBe(false);
    expect(after.effective.expired?.on).toBe('2026-12-01');
    expect(workspace.sqlite.prepare('SELECT count(*) FROM health_overrides').pluck().get()).toBe(2);

    // Once the pulse expires Gamma is down to two measures: not scored, never red.
    const later = new Date('2027-01-02T09:00:00Z');
    recomputeHealth(workspace, { now: later });
    expect(gamma().at(-1)).toMatchObject({ score: null, band: 'not_scored', override_band: null });
  });

  it('refuses an override without a reason, in one line, writing nothing', async () => {
    const workspace = await book();
    expect(() => addOverride(workspace.sqlite, 1, { band: 'red', score: null, reason: ' ', expiresOn: '2026-12-01' }, DEFAULT_BANDS, NOW.toISOString()))
      .toThrow(/^Health override of account 1: An override needs a reason$/);
    expect(() => addPulse(workspace.sqlite, { accountId: 1, pulse: 6, reason: 'x', expiresOn: '2026-12-01' }, NOW.toISOString())).toThrow(/1 to 5/);
    expect(workspace.sqlite.prepare('SELECT count(*) FROM health_overrides').pluck().get()).toBe(0);
  });

  it('leaves every snapshot as it was when a recompute fails half-way', async () => {
    const workspace = await book();
    recomputeHealth(workspace, { now: NOW });
    const before = snapshotRows(workspace);
    // A scorecard for strategic accounts that is stored damaged: the recompute must fail before writing.
    workspace.sqlite.prepare("INSERT INTO health_scorecards (id, version, position, definition, created_at) VALUES ('broken', 1, 0, '{', 't')").run();
    expect(() => recomputeHealth(workspace, { now: new Date('2026-11-24T09:00:00Z') })).toThrow(/Scorecard broken is stored damaged/);
    expect(snapshotRows(workspace)).toEqual(before);
  });
});
