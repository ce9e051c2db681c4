import { afterEach, describe, expect, it } from 'vitest';
import { generateDemoWorkspace, GENERATED_TABLES } from '../../../electron/backend/demo';
import { countRows, DEMO_NOW, hashTables, openTempWorkspace, type TempWorkspace } from './fixtures';

const opened: TempWorkspace[] = [];
async function fresh(now: Date = DEMO_NOW): Promise<TempWorkspace> {
  const temp = await openTempWorkspace(now);
  opened.push(temp);
  return temp;
}
afterEach(async () => {
  for (const temp of opened.splice(0)) await temp.close();
});

describe('generateDemoWorkspace: determinism', () => {
  it('writes identical rows for the same seed and now, in two separate workspaces', async () => {
    const first = await fresh();
    const second = await fresh();
    generateDemoWorkspace(first.sqlite, { now: DEMO_NOW, seed: 1234 });
    generateDemoWorkspace(second.sqlite, { now: DEMO_NOW, seed: 1234 });
    const a = hashTables(first.sqlite);
    expect(hashTables(second.sqlite)).toEqual(a);
    expect(Object.keys(a)).toHaveLength(GENERATED_TABLES.length + 1);
  });

  it('writes a different book for another seed, and shifts history with now', async () => {
    const base = await fresh();
    const otherSeed = await fresh();
    const later = new Date('2025-09-03T08:00:00.000Z');
    const otherNow = await fresh(later);
    generateDemoWorkspace(base.sqlite, { now: DEMO_NOW, seed: 1 });
    generateDemoWorkspace(otherSeed.sqlite, { now: DEMO_NOW, seed: 2 });
    generateDemoWorkspace(otherNow.sqlite, { now: later, seed: 1 });
    expect(hashTables(otherSeed.sqlite)['accounts']).not.toBe(hashTables(base.sqlite)['accounts']);
    const lastPeriod = otherNow.sqlite.prepare('SELECT max(period) FROM revenue_history').pluck().get();
    expect(lastPeriod).toBe('2025-09');
  });

  it('honours the accounts option and reports progress up to the total', async () => {
    const temp = await fresh();
    const progress: [number, number][] = [];
    const summary = generateDemoWorkspace(temp.sqlite, {
      now: DEMO_NOW,
      accounts: 40,
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(summary.counts.accounts).toBe(40);
    expect(countRows(temp.sqlite, 'accounts')).toBe(40);
    expect(progress.at(-1)).toEqual([40, 40]);
    expect(progress.every(([, total]) => total === 40)).toBe(true);
  });
});

describe('generateDemoWorkspace: refusals leave nothing half-written', () => {
  it('refuses a workspace that already holds data, naming the table', async () => {
    const temp = await fresh();
    generateDemoWorkspace(temp.sqlite, { now: DEMO_NOW, accounts: 20 });
    const before = hashTables(temp.sqlite);
    expect(() => generateDemoWorkspace(temp.sqlite, { now: DEMO_NOW })).toThrow(/table accounts is not empty/);
    expect(hashTables(temp.sqlite)).toEqual(before);
  });

  it('rolls everything back when generation fails part-way', async () => {
    const temp = await fresh();
    expect(() =>
      generateDemoWorkspace(temp.sqlite, {
        now: DEMO_NOW,
        onProgress: (done) => {
          if (done >= 75) throw new Error('cancelled by the test');
        },
      }),
    ).toThrow('cancelled by the test');
    for (const table of GENERATED_TABLES) expect(countRows(temp.sqlite, table), table).toBe(0);
    expect(temp.sqlite.prepare("SELECT count(*) FROM workspace_meta WHERE key = 'is_demo'").pluck().get()).toBe(0);
  });

  it('rejects bad options with a one-line BAD_INPUT error naming the option', async () => {
    const temp = await fresh();
    const cases: [unknown, RegExp][] = [
      [{ now: new Date('not a date') }, /now must be a valid Date/],
      [{ now: DEMO_NOW, accounts: 0 }, /accounts must be an integer from 1 to 5000 \(got 0\)/],
      [{ now: DEMO_NOW, seed: 1.5 }, /seed must be an integer/],
      [{ now: DEMO_NOW, onProgress: 'yes' }, /onProgress must be a function/],
    ];
    for (const [options, message] of cases) {
      let caught: unknown;
      try {
        generateDemoWorkspace(temp.sqlite, options as never);
      } catch (error) {
        caught = error;
      }
      expect(caught).toMatchObject({ code: 'BAD_INPUT' });
      expect((caught as Error).message).toMatch(message);
      expect((caught as Error).message).not.toContain('\n');
    }
    expect(countRows(temp.sqlite, 'accounts')).toBe(0);
  });
});
