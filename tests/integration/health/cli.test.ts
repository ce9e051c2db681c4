import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../electron/backend/db/workspace';
import { fixedClock, makeTempDir } from '../../helpers/tempDir';
import { runInProcess, stderrLines } from '../cli/run';
import { BOOK_SQL } from './book';

describe('csm health and csm recompute', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

  /** The book without usage: dates relative to the real today would make the scores move with the calendar. */
  async function bookFile(): Promise<string> {
    const { dir, cleanup } = makeTempDir('csm-health-cli-');
    cleanups.push(cleanup);
    const file = path.join(dir, 'book.csm');
    const workspace = await openWorkspace(file, { ifMissing: 'create', clock: fixedClock() });
    workspace.sqlite.exec(BOOK_SQL);
    await workspace.close();
    return file;
  }

  it('prints every account with score and band as JSON, and each measure explained with --explain', async () => {
    const file = await bookFile();
    const plain = await runInProcess(['health', '--workspace', file, '--json']);
    expect(plain.code).toBe(0);
    const output = JSON.parse(plain.stdout) as { date: string; accounts: Record<string, unknown>[] };
    expect(output.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(output.accounts.map((a) => a.name)).toEqual(['Alpha', 'Beta', 'Gamma']);
    expect(Object.keys(output.accounts[0]!).sort()).toEqual(
      ['accountId', 'band', 'bandLabel', 'computedBand', 'computedScore', 'name', 'notScoredReason', 'override', 'overridden', 'score', 'scorecard'].sort(),
    );
    expect(output.accounts[1]).toMatchObject({ accountId: 2, score: null, band: 'not_scored', bandLabel: 'Not scored' });

    const explained = await runInProcess(['health', '--workspace', file, '--account', '1', '--explain', '--json']);
    expect(explained.code).toBe(0);
    const [alpha] = (JSON.parse(explained.stdout) as { accounts: { measures: Record<string, unknown>[]; trend: unknown }[] }).accounts;
    expect(alpha!.measures).toHaveLength(13);
    expect(Object.keys(alpha!.measures[0]!).sort()).toEqual(['id', 'label', 'nextBand', 'raw', 'rawText', 'score', 'share', 'weight']);
    expect(alpha!.measures.find((m) => m.id === 'depth')).toMatchObject({ raw: null, score: null, share: null, rawText: 'n/a: no key-feature usage' });
    expect(alpha!.trend).toMatchObject({ points: [] });

    const text = await runInProcess(['health', '--workspace', file, '--explain']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^ID\s+NAME\s+SCORE\s+BAND$/m);
    expect(text.stdout).toMatch(/MEASURE\s+RAW\s+SCORE\s+WEIGHT\s+SHARE\s+NEXT BAND/);
    expect(text.stdout).toContain('health as of');
  });

  it('recomputes with a progress line and stores the snapshots', async () => {
    const file = await bookFile();
    const result = await runInProcess(['recompute', '--workspace', file]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^recomputing health: 3 of 3 accounts\nhealth recomputed for \d{4}-\d{2}-\d{2}: \d scored, \d not scored\n$/);
    const json = await runInProcess(['recompute', '--workspace', file, '--json']);
    expect(Object.keys(JSON.parse(json.stdout) as object)).toEqual(['date', 'scored', 'notScored']);
    const workspace = await openWorkspace(file, { ifMissing: 'fail', clock: fixedClock() });
    expect(workspace.sqlite.prepare('SELECT count(*) FROM health_snapshots').pluck().get()).toBe(3);
    await workspace.close();
  });

  it('fails with one line for an unknown account, a bad id, or a missing workspace', async () => {
    const file = await bookFile();
    const unknown = await runInProcess(['health', '--workspace', file, '--account', '99']);
    expect(unknown.code).toBe(1);
    expect(stderrLines(unknown)).toEqual([`csm: account 99 does not exist in ${file}`]);
    const bad = await runInProcess(['health', '--workspace', file, '--account', 'abc']);
    expect(bad.code).toBe(2);
    expect(stderrLines(bad)).toEqual(['csm: --account must be an account id, a whole number from 1 (got "abc")']);
    const missing = await runInProcess(['recompute', '--workspace', path.join(path.dirname(file), 'nope.csm')]);
    expect(missing.code).toBe(1);
    expect(stderrLines(missing)).toHaveLength(1);
    expect(stderrLines(missing)[0]).toMatch(/^csm: no workspace at /);
  });
});
