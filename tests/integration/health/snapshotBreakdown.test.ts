import { afterEach, describe, expect, it } from 'vitest';
import { gatherHealthInputs, recomputeHealth } from '../../../electron/backend/health';
import { loadScorecards, scorecardFor } from '../../../electron/backend/health/scorecards';
import { readBreakdown } from '../../../electron/backend/health/snapshots';
import { inputWindows } from '../../../electron/backend/health/window';
import { scoreAccount } from '../../../shared/domain/health';
import { NOW, openBook, TODAY } from './book';

/**
 * A snapshot stores its breakdown as [raw, score] per measure (the scorecard version it cites
 * holds the ids and weights): read back, it is every measure as scoreAccount explains it.
 */
describe('snapshot breakdown', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  it('reads back as each measure with its raw value, score and weight, and reads the older spelled-out form as it is', async () => {
    const { workspace, cleanup } = await openBook();
    cleanups.push(cleanup);
    recomputeHealth(workspace, { now: NOW });
    const cards = loadScorecards(workspace.sqlite, NOW.toISOString());
    const stored = workspace.sqlite.prepare('SELECT account_id AS id, breakdown FROM health_snapshots ORDER BY account_id').all() as { id: number; breakdown: string }[];
    const accounts = gatherHealthInputs(workspace.sqlite, [1, 2, 3], inputWindows(TODAY));
    expect(stored.map((row) => row.id)).toEqual([1, 2, 3]);
    for (const [i, account] of accounts.entries()) {
      const card = scorecardFor(account, cards);
      const explained = scoreAccount(account.inputs, card, TODAY).measures.map((m) => ({ id: m.id, raw: m.raw, score: m.score, weight: m.weight }));
      expect(readBreakdown(stored[i]!.breakdown, card), `account ${account.id}`).toEqual(explained);
    }
    expect(stored[0]!.breakdown.length).toBeLessThan(150);
    const old = [{ id: 'nps', raw: 9, score: 100, weight: 10 }];
    expect(readBreakdown(JSON.stringify(old), cards[0]!)).toEqual(old);
    expect(() => readBreakdown('[[1,2]]', cards[0]!)).toThrow(/has 1 measures but scorecard/);
  });
});
